namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An opening that describes someone by what they do or where they stand, a copula, then a person named in full
/// (<c>Die Kassiererin ist Hanne Bechtel, …</c>, <c>La ragazza sul trapezio è Sara Colombo, …</c>): subject and name are
/// one person, the one the writer turns to, whom the next dropped subject or pronoun means, not the speaker before.
/// </summary>
public sealed class PredicateFullNameTests
{
    [Theory]
    [InlineData("en", "The woman at the tiller is Helen Marsh, a teacher from the village. \"We started with six boats,\" she said.", "Helen Marsh")]
    [InlineData("fr", "La trésorière du club, c'est Hélène Marchal, une retraitée du quartier. « Les comptes sont tenus au centime », explique-t-elle.", "Hélène Marchal")]
    [InlineData("de", "Die Frau an der Kasse ist Hanne Bechtel, eine Rentnerin aus dem Viertel. „Die Kasse stimmt auf den Cent“, sagt sie.", "Hanne Bechtel")]
    [InlineData("es", "La mujer del puesto de flores es Marta Olmedo, jubilada del barrio. «Las cuentas salen al céntimo», explica.", "Marta Olmedo")]
    [InlineData("it", "La ragazza sul trapezio è Sara Colombo, figlia di due giocolieri. «Ho cominciato a cinque anni», racconta.", "Sara Colombo")]
    [InlineData("pt", "A mulher da banca das flores é Marta Pinheiro, reformada do bairro. “As contas batem ao cêntimo”, explica.", "Marta Pinheiro")]
    [InlineData("nl", "De vrouw achter de kassa is Marja Dekker, gepensioneerd lerares uit de wijk. ‘De kas klopt tot op de cent’, zegt ze.", "Marja Dekker")]
    [InlineData("it", "Il clown è Piero Gatti, 61 anni, trenta dei quali passati in pista. «Il pubblico d'inverno è il più difficile», dice.", "Piero Gatti")]
    public void APersonNamedInFullAfterADescribedSubjectAndACopula_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where it must not fire: a preposition after the copula makes the name an object ("la colpa è di …"); an opening
    // that names a person of its own ("Il figlio di Marco Villa è …") leaves two people; a name that a clause goes on
    // after ("è Luca Villa a decidere") is no predicate read here; a possessive opening ("Sua figlia è …") is read
    // by the possessed-subject rules. In each the quote stays with the speaker the paragraph names.
    [Theory]
    [InlineData("it", "La colpa è di Luca Villa, che non ha firmato. «Aspettiamo ancora», ha aggiunto la sindaca.")]
    [InlineData("it", "Il figlio di Marco Villa è Luca Villa, che gestisce il bar. «Aspettiamo ancora», ha aggiunto la sindaca.")]
    [InlineData("es", "La culpa es de Luis Vidal, que no firmó. «Seguimos esperando», añadió la alcaldesa.")]
    [InlineData("en", "The fault is with Luke Vale, who never signed. \"We are still waiting,\" the mayor added.")]
    public void APredicateThatIsNoNameOfTheSubject_LeavesTheSpeakerBefore(string language, string paragraph)
        => Assert.Equal(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language)), ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
