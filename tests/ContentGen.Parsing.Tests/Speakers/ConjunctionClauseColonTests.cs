namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote after a colon belongs to the clause just before it. "But", or "and" after a comma,
/// opens a clause of its own: its subject is a name ("but Jane Roe replied:"), a role's holder,
/// or someone the article names nowhere ("and the warden stepped in:"), never the subject of the
/// clause before the conjunction. "And" between names joins them; a pronoun goes on as before.
/// </summary>
public sealed class ConjunctionClauseColonTests
{
    [Theory]
    [InlineData("Visit to the shelter", "Several residents waited in the hall. Tom Lake arrived with his papers, and the warden stepped in: \"The visit goes on!\"")]
    [InlineData("Visite au foyer de Valmont", "Plusieurs pensionnaires attendent dans le hall. Paul Girard arrive avec ses papiers mais le gardien intervient : « La visite continue ! »")]
    [InlineData("Conversaciones en el puerto", "Los pescadores se reunieron el lunes. Andrés Molina abrió la sesión, pero el guarda dijo: «Necesitamos más tiempo».")]
    [InlineData("Colloqui al porto", "I pescatori si sono riuniti lunedì. Marco Riva ha aperto la seduta, ma il guardiano ha detto: «Serve più tempo».")]
    [InlineData("Conversas no porto", "Os pescadores reuniram-se na segunda-feira. Rui Sousa abriu a sessão, mas o guarda disse: «Precisamos de mais tempo».")]
    [InlineData("Harbour talks", "The fishermen met on Monday. Tom Lake opened the talks, and the minister added: \"We need more time.\"")]
    public void SomeoneUnnamedAfterAConjunction_IsNotTheEarlierClausesSubject(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Harbour talks", "The fishermen met on Monday. Tom Lake is away ill but Jane Roe said: \"We need more time.\"", "Jane Roe")]
    [InlineData("Harbour talks", "Jane Roe, the minister, met the fishermen on Monday. Tom Lake opened the talks, and the minister added: \"We need more time.\"", "Jane Roe")]
    // Innocent neighbours: names joined by "and", an appositive, a pronoun or a verb after the conjunction.
    [InlineData("Harbour talks", "The fishermen met on Monday. Tom Lake and the mayor said: \"We need more time.\"", "Tom Lake")]
    [InlineData("Harbour talks", "The fishermen met on Monday. Tom Lake, the warden, said: \"We need more time.\"", "Tom Lake")]
    [InlineData("Harbour talks", "The fishermen met on Monday. Tom Lake opened the talks, and then said: \"We need more time.\"", "Tom Lake")]
    [InlineData("Discussions au port", "Les pêcheurs se sont réunis lundi. Paul Girard a parlé le premier, mais il a ajouté : « Il faut du temps. »", "Paul Girard")]
    public void ANameARoleHolderOrAPronounAfterAConjunction_IsTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Review of session 19: a role the article used before points back; a pronoun later in the
    // clause is the colon's own subject.
    [InlineData("Flood visit", "Jane Roe was named environment minister in May.", "Jane Roe toured the flooded streets on Monday, and the minister told reporters: \"We will rebuild every home.\"", "Jane Roe")]
    [InlineData("Visite à Valmont", "Julie Caron a été nommée ministre de l'Environnement en mai.", "Julie Caron a parcouru les rues inondées lundi, mais la ministre a prévenu : « Tout ne sera pas reconstruit. »", "Julie Caron")]
    [InlineData("Visita", "Ana Ruiz fue nombrada ministra en mayo.", "Ana Ruiz recorrió las calles el lunes, y la ministra advirtió: «No todo se reconstruirá».", "Ana Ruiz")]
    [InlineData("School visit", "The minister arrived in Eastport at noon.", "Jane Roe visited the school, and the pupils sang for her before she said: \"This is a fine school.\"", "Jane Roe")]
    public void ARoleUsedBefore_OrAPronounLaterInTheClause_KeepsTheSpeaker(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, lead, paragraph));
}
