using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The bracket a text closes on, read once for a photo credit ("(Foto: Jana Kolb)") and an agency's name ("(dpa)",
/// "(ANSA)."): a full stop after it counts only where the caller allows it, and a text that opens on the bracket or
/// ends on no bracket has none.
/// </summary>
public sealed class ClosingBracketsTests
{
    [Theory]
    [InlineData("Il sindaco in municipio. (ANSA).", true, 25, 30)]
    [InlineData("Fischkutter im Hafen. (dpa)", false, 22, 26)]
    [InlineData("The quay at dawn (Image: Coastal Gazette)", false, 17, 40)]
    public void ATextEndingOnABracket_GivesItsBounds(string text, bool stopAfter, int open, int close)
    {
        Assert.True(ClosingBrackets.Find(text, stopAfter, out var foundOpen, out var foundClose));
        Assert.Equal((open, close), (foundOpen, foundClose));
    }

    [Theory]
    [InlineData("Il sindaco in municipio. (ANSA).", false)]
    [InlineData("(dpa)", false)]
    [InlineData("Fischkutter im Hafen (dpa) am Dienstag.", true)]
    [InlineData(")", true)]
    [InlineData("", true)]
    public void NoClosingBracket_OrOneThatOpensTheText_IsNone(string text, bool stopAfter)
        => Assert.False(ClosingBrackets.Find(text, stopAfter, out _, out _));
}
