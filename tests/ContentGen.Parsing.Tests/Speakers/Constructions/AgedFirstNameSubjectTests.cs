namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A person met by a first name alone with an age right after it, who is the subject of the
/// quote's own cue (<c>Chiara, 22 anni, si è detta «…»</c>) or of the sentence before a quote with no
/// cue (<c>Chiara, 22 anni, lavora al bar. «…»</c>): the age says the word is a person, so the
/// quote is that person's, although the article writes the name only as sentences open.
/// </summary>
public sealed class AgedFirstNameSubjectTests
{
    [Theory]
    [InlineData("fr", "Maëlle, 29 ans, estime que le marché « a changé la rue » depuis le printemps.")]
    [InlineData("it", "Chiara, 22 anni, si è detta «stanca, ma felice» dopo la prima giornata.")]
    [InlineData("es", "Lucía, de 31 años, asegura que el mercado «ha cambiado el barrio» desde la primavera.")]
    [InlineData("pt", "Rita, 31 anos, garante que o mercado «mudou o bairro» desde a primavera.")]
    [InlineData("en", "Tom, 34, said the market had \"changed the whole street\" since the spring.")]
    [InlineData("de", "Jonas, 19, sagte, der Markt habe „die ganze Straße verändert“.")]
    [InlineData("nl", "Jonas (19) zegt dat de markt \"de hele straat heeft veranderd\".")]
    public void AFirstNameGivenAnAge_IsTheSubjectOfItsOwnSentencesCue(string language, string paragraph)
        => Assert.Equal(Expected(paragraph), ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("fr", "Maëlle, 29 ans, tient le stand des fromages depuis dix ans. « Avant, tout était fermé le dimanche et personne ne venait. »")]
    [InlineData("it", "Chiara, 22 anni, lavora al banco del pesce da due anni. «Abbiamo aspettato tutto l'inverno che tornasse la gente».")]
    [InlineData("es", "Lucía, de 31 años, atiende el puesto de quesos desde hace diez años. «Antes todo cerraba el domingo y no venía nadie»."
        )]
    [InlineData("pt", "Rita, 31 anos, tem a banca dos queijos há dez anos. «Antes estava tudo fechado ao domingo e não vinha ninguém».")]
    public void AFirstNameGivenAnAge_OpeningTheSentenceBefore_IsWhoseTheQuoteWithNoCueIs(string language, string paragraph)
        => Assert.Equal(Expected(paragraph), ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where it must not fire: a number with no word for years after a link is no age, so the
    // capitalised word before it is no person's name; and a named speaker's cue keeps the quote.
    [Theory]
    [InlineData("es", "Lescarra, de 40 plazas, asegura que el centro «está completo» desde marzo.", "Lescarra")]
    [InlineData("fr", "Lescarrat, 40 places, affiche « complet » depuis mars.", "Lescarrat")]
    public void ANumberThatIsNoAge_MakesNoSpeaker(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("fr", "Maëlle, 29 ans, tient le stand des fromages. « Nous avons tenu bon tout l'hiver », a dit Paul Mercier.", "Paul Mercier")]
    [InlineData("it", "Chiara, 22 anni, lavora al banco del pesce. «Abbiamo resistito tutto l'inverno», ha detto Paolo Neri.", "Paolo Neri")]
    public void ANamedSpeakersCue_KeepsTheQuote(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    private static string Expected(string paragraph) => paragraph.Substring(0, paragraph.IndexOfAny([',', ' ']));
}
