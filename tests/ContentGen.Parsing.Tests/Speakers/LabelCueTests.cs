using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S2 with no colon, asked alone: a list's line that gives a full name and then the words ends
/// with the quote; without the list's mark, with words after the quote, or with one name word,
/// it labels nothing.
/// </summary>
public sealed class LabelCueTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new LabelCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("- Harbour boss Tom Fox \"We deserved the win.\"")]
    [InlineData("• Harbour boss Tom Fox \"We deserved the win.\"")]
    [InlineData("- Harbour boss Tom Fox \"We deserved the win\".")]
    public void AListsLine_WithAFullNameThenTheWords_GivesTheName(string sentence)
        => Assert.Equal("Tom Fox", Speaker(sentence));

    [Theory]
    [InlineData("Harbour boss Tom Fox \"We deserved the win.\"")] // no list mark
    [InlineData("- Harbour boss Tom Fox \"We deserved the win,\" he added.")] // words after the quote
    [InlineData("- Harbour boss Tom Fox and \"We deserved the win.\"")] // no name just before the quote
    [InlineData("- Acme \"Premium\"")] // one word: a title in capitals
    public void OtherwiseTheLine_LabelsNothing(string sentence)
        => Assert.Null(Speaker(sentence));
}
