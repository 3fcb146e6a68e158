namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Laut Restauratorin Mira Feld": German forms the woman's noun of the Latin agent nouns in "-orin"
/// ("Restauratorin", "Moderatorin", "Lektorin"), and writes it before a name with no article as any
/// trade. Read by its ending as the other feminine trades are (<see cref="UnlistedFemaleTradeTests"/>),
/// it is no part of the name. The man's "-or" ends things ("Motor", "Sektor") and first names
/// ("Viktor", "Gregor") too and is left out. The other languages write the trade in lower case
/// before the name ("la restauratrice Mira Feld"), which no name reading takes.
/// </summary>
public sealed class UnlistedLatinAgentNounTests
{
    [Theory]
    [InlineData("Laut Restauratorin Mira Feld hat das Bild die Jahre gut überstanden: „Es wurde trocken gelagert.“", "Mira Feld")]
    [InlineData("„Das Publikum war begeistert“, sagte Moderatorin Lena Kastl am Abend.", "Lena Kastl")]
    [InlineData("Am Montag erklärte Lektorin Ute Brandl: „Das Buch erscheint im Mai.“", "Ute Brandl")]
    public void AFemaleLatinAgentNoun_BeforeAName_IsNoPartOfIt(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a man's "-or" before a name, and a first name in "-or", stay as they were read.
    [Theory]
    [InlineData("„Das Publikum war begeistert“, sagte Viktor Lena Kastl am Abend.", "Viktor Lena Kastl")]
    [InlineData("„Das Publikum war begeistert“, sagte Viktor Kastl am Abend.", "Viktor Kastl")]
    public void ANameWithNoFemaleTrade_IsReadWhole(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // The other languages write the trade in lower case before the name: the name alone speaks.
    [Theory]
    [InlineData("fr", "Selon la restauratrice Mira Feld, le tableau a bien vieilli : « Il a été conservé au sec. »", "Mira Feld")]
    [InlineData("es", "«Se guardó en un lugar seco», explicó la restauradora Mira Feld.", "Mira Feld")]
    [InlineData("it", "«È stato conservato all'asciutto», ha spiegato la restauratrice Mira Feld.", "Mira Feld")]
    [InlineData("pt", "«Foi guardado num sítio seco», explicou a restauradora Mira Feld.", "Mira Feld")]
    [InlineData("nl", "“Het is droog bewaard”, zei restauratrice Mira Feld.", "Mira Feld")]
    [InlineData("en", "\"It was kept somewhere dry,\" said the restorer Mira Feld.", "Mira Feld")]
    public void ALowerCaseTrade_BeforeAName_IsNoPartOfIt(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.InLanguage(language, "Probe", LanguageLeads.For(language) + " " + sentence));
}
