namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A capitalised article opening a name inside a sentence ("basisschool De Meeuwen", "l'association
/// Le Phare", "zei De Vries") opens a thing's name, or a surname that keeps its article: what is
/// left after the article is a person only as someone the article names in full ("Jan de Vries").
/// English "The" (read as a body's or place's article), German (whose article opens every noun)
/// and an organisation's noun or a role after the article are read as before.
/// </summary>
public sealed class CapitalisedArticleTests
{
    [Theory]
    [InlineData("De raad besprak het plan. \"Dit is een klap,\" zei De Vries.")]
    [InlineData("De raad besprak het plan. De supportersclub van voetbalclub De Meeuwen noemde het besluit \"een klap voor de stad\".")]
    [InlineData("Le conseil s'est réuni lundi. L'association de quartier Le Phare a jugé le plan « injuste ».")]
    [InlineData("Le conseil s'est réuni lundi. Le Pen a déclaré : « Le port doit rester ouvert. »")]
    public void ANameAfterACapitalisedArticle_IsNoOneUnlessNamedInFull(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Haven", paragraph));

    // Guards: the person the article named in full; English "The", German nouns, Italian and Spanish
    // articles before a woman's surname.
    [Theory]
    [InlineData("Jan de Vries leidt de raad. De Vries zei: \"Dit is een klap.\"", "Jan de Vries")]
    [InlineData("Marine Le Pen était à Lyon lundi. Le Pen a déclaré : « Le port doit rester ouvert. »", "Marine Le Pen")]
    [InlineData("Anna Rossi guida la lista civica. La Rossi ha detto: «Il porto resta aperto».", "Anna Rossi")]
    [InlineData("Ana Gil preside la cofradía. «El puerto seguirá abierto», dijo la Gil.", "Ana Gil")]
    [InlineData("Die Werft schließt im Mai. Die Gewerkschaft Nordwind sprach von einem „schwarzen Tag für die Stadt“.", "Gewerkschaft Nordwind")]
    [InlineData("The council met on Monday. Members of the rowing club The Herons called the plan \"a blow\".", "Herons")]
    public void ANameTheArticleGivesInFullOrAnotherArticle_IsKept(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Haven", paragraph));
}
