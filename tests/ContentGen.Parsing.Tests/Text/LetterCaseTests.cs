using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// The three questions about a word's capitals that page and speaker readers ask: an acronym
/// (every character a capital), a word set in capitals (every letter a capital, past hyphens and
/// digits) and text with no lower-case letter at all.
/// </summary>
public sealed class LetterCaseTests
{
    [Theory]
    [InlineData("RSPCA", true)]
    [InlineData("ÖBB", true)]
    [InlineData("EU", true)]
    [InlineData("A", false)]
    [InlineData("", false)]
    [InlineData("G7", false)]
    [InlineData("AT&T", false)]
    [InlineData("Nato", false)]
    public void IsAcronym(string word, bool acronym) => Assert.Equal(acronym, LetterCase.IsAcronym(word.AsSpan()));

    [Theory]
    [InlineData("KRESSBRUNN", true)]
    [InlineData("AIX-EN-PROVENCE", true)]
    [InlineData("G7", false)]
    [InlineData("O", false)]
    [InlineData("--", false)]
    [InlineData("Aix-en-Provence", false)]
    public void IsCapitalsWord(string word, bool capitals) => Assert.Equal(capitals, LetterCase.IsCapitalsWord(word.AsSpan()));

    [Theory]
    [InlineData("ANA RUIZ / EFE", true)]
    [InlineData("12 MAI 2026", true)]
    [InlineData("", true)]
    [InlineData("Ana RUIZ", false)]
    public void HasNoLowerCase(string text, bool none) => Assert.Equal(none, LetterCase.HasNoLowerCase(text.AsSpan()));
}
