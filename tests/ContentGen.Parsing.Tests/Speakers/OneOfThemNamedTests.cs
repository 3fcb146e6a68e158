using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// One of a group of role holders, named after a comma ("said one of their lawyers, Michalis
/// Papadakis"), is that name's; unnamed, they are no one.
/// </summary>
public sealed class OneOfThemNamedTests
{
    private static string? Speaker(string paragraph) => QuoteSpeakers.Under("Sprinters face hearing", paragraph)[0];

    [Theory]
    [InlineData("\"A decision is now expected by the end of the month,\" said one of their lawyers, Nikos Papadakis.")]
    [InlineData("\"A decision is now expected by the end of the month,\" one of their lawyers, Nikos Papadakis, said.")]
    public void OneOfTheRoleHoldersNamedAfterAComma_Speaks(string paragraph)
        => Assert.Equal("Nikos Papadakis", Speaker(paragraph));

    [Theory]
    [InlineData("\"A decision is now expected by the end of the month,\" said one of their lawyers.")]
    [InlineData("\"A decision is now expected by the end of the month,\" said one of their lawyers, who asked not to be named.")]
    public void OneOfTheRoleHoldersUnnamed_IsNoOne(string paragraph)
        => Assert.Null(Speaker(paragraph));
}
