using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// The parts of a line between its separators, as the navigation bars, the count bars and the byline's
/// rest read them: untrimmed, in order, an empty part wherever two separators meet or one ends the text.
/// </summary>
public sealed class SeparatedPartsTests
{
    [Theory]
    [InlineData("Sign in | Subscribe", "|", "Sign in ~ Subscribe")]
    [InlineData("Sign in", "|", "Sign in")]
    [InlineData("", "|", "")]
    [InlineData("a || b|", "|", "a ~~ b~")]
    [InlineData("|a", "|", "~a")]
    [InlineData("Jean Roux · 12 mars 2024 · Paris", " · ", "Jean Roux~12 mars 2024~Paris")]
    [InlineData("412 J'aime·57 réponses", "·", "412 J'aime~57 réponses")]
    public void Parts_AreTheTextBetweenSeparators_Untrimmed(string text, string separator, string expected)
    {
        var parts = new List<string>();
        var reader = new SeparatedParts(text.AsSpan(), separator.AsSpan());
        while (reader.Read())
        {
            parts.Add(reader.Part.ToString());
        }

        Assert.Equal(expected.Split('~'), parts);
    }

    [Theory]
    [InlineData("Mode sombre · Police : Serif | Partager", "Mode sombre ~ Police : Serif ~ Partager")]
    [InlineData("01 23 45 67 89", "01 23 45 67 89")]
    [InlineData("", "")]
    [InlineData("a|·b·", "a~~b~")]
    public void Parts_BetweenEitherOfTwoCharacters_AreUntrimmedToo(string text, string expected)
    {
        var parts = new List<string>();
        var reader = new SeparatedParts(text.AsSpan(), '·', '|');
        while (reader.Read())
        {
            parts.Add(reader.Part.ToString());
        }

        Assert.Equal(expected.Split('~'), parts);
    }
}
