namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A portfolio of two fields joined by a conjunction before the title ("Economic and Fiscal Policy
/// Minister Kenji Morita") belongs to the title: the holder named after it speaks, never the
/// portfolio's first word.
/// </summary>
public sealed class JoinedPortfolioTests
{
    [Fact]
    public void AJoinedPortfolio_BeforeTheTitle_GivesTheHolder_AfterTheVerb()
        => Assert.Equal(
            new string?[] { "Kenji Morita" },
            QuoteSpeakers.Under(
                "Growth falls again",
                "Figures showed that output fell in the last quarter. \"The economy has some soft patches,\" said Economic and Fiscal Policy Minister Kenji Morita."));

    [Fact]
    public void AJoinedPortfolio_BeforeTheTitle_GivesTheHolder_BeforeTheVerb()
        => Assert.Equal(
            new string?[] { "Ann Lister" },
            QuoteSpeakers.Under(
                "Ferry subsidy cut",
                "\"We cannot keep paying for empty crossings,\" Transport and Harbours Secretary Ann Lister said."));

    [Fact]
    public void APersonJoinedToATitledHolder_IsNoPortfolio()
        => Assert.Equal(
            new string?[] { "Tom Fenwick" },
            QuoteSpeakers.Under(
                "Ferry subsidy cut",
                "\"We cannot keep paying for empty crossings,\" said Tom Fenwick and Harbours Minister Ann Lister."));
}
