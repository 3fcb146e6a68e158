using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A box of other stories' headlines is known by its label on the line glued right above it: a blank line between
/// them, in either line ending, leaves the box with no label.
/// </summary>
public sealed class GluedLineAboveTests
{
    [Theory]
    [InlineData("Latest\nFirst headline", "Latest")]
    [InlineData("Latest\r\nFirst headline", "Latest")]
    [InlineData("  Latest  \n  First headline", "Latest")]
    [InlineData("Menu\nLatest\nFirst headline", "Latest")]
    public void TheLineRightAbove_IsRead(string document, string expected)
        => Assert.Equal(expected, TitleFinder.GluedLineAbove(document, document.IndexOf("First", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Latest\n\nFirst headline")]
    [InlineData("Latest\r\n\r\nFirst headline")]
    [InlineData("Latest\n   \nFirst headline")]
    [InlineData("Latest\n\t\n  First headline")]
    [InlineData("First headline")]
    [InlineData("\nFirst headline")]
    public void ABlankLineOrTheStart_GivesNone(string document)
        => Assert.Null(TitleFinder.GluedLineAbove(document, document.IndexOf("First", StringComparison.Ordinal)));
}
