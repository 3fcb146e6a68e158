namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Dutch writes an alderman's portfolio with a capital between the office and the name
/// ("Wethouder Onderwijs Karin Bos"): the portfolio is no first name (lexicon <c>Portfolios</c>),
/// so the holder is Karin Bos, in the name phrase, in the article's full names and as the
/// sentence's subject past a party in brackets. Before, the speaker was "Onderwijs Karin Bos".
/// </summary>
public sealed class PortfolioBeforeNameTests
{
    [Fact]
    public void APortfolioAfterTheOffice_IsNoPartOfTheName()
        => Assert.Equal(
            new[] { "Karin Bos" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "\"We openen de school in mei\", zei wethouder Onderwijs Karin Bos."));

    [Fact]
    public void TheHolderAfterThePortfolio_IsWhomHijOrZeMeans()
        => Assert.Equal(
            new[] { "Lotte de Wit", "Karin Bos" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "\"Het is klaar\", zei Lotte de Wit.", "Wethouder Onderwijs Karin Bos (D66) was tevreden. \"Dit was een lange weg\", zei ze na afloop."));

    // Guards: a double first name after the office, and a word that is no portfolio, stay in the name.
    [Theory]
    [InlineData("\"We openen de school in mei\", zei wethouder Jan Willem Bos.", "Jan Willem Bos")]
    [InlineData("\"We openen de school in mei\", zei wethouder Karin Bos.", "Karin Bos")]
    public void OtherNamesAfterTheOffice_AreReadAsBefore(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, paragraph));
}
