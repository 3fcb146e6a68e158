using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S2 asked alone: a list's line that gives a full name and then the words, with or without a colon
/// between, ends with the quote; a name and a colon label the words without the list's mark too.
/// Without both the mark and the colon, with words after the quote, or with one name word, the line
/// labels nothing.
/// </summary>
public sealed class LabelCueTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new LabelCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("- Harbour boss Tom Fox \"We deserved the win.\"")]
    [InlineData("• Harbour boss Tom Fox \"We deserved the win.\"")]
    [InlineData("- Harbour boss Tom Fox \"We deserved the win\".")]
    [InlineData("- Harbour boss Tom Fox: \"We deserved the win.\"")]
    [InlineData("Harbour boss Tom Fox: \"We deserved the win.\"")]
    [InlineData("- Tom Fox: \"We deserved the win.\"")]
    [InlineData("- Trainer Tom Fox: „Wir haben verdient gewonnen.“")]
    [InlineData("L'allenatore Tom Fox: «Abbiamo meritato la vittoria».")]
    public void AListsLine_WithAFullNameThenTheWords_GivesTheName(string sentence)
        => Assert.Equal("Tom Fox", Speaker(sentence));

    [Theory]
    [InlineData("Harbour boss Tom Fox \"We deserved the win.\"")] // no list mark
    [InlineData("- Harbour boss Tom Fox \"We deserved the win,\" he added.")] // words after the quote
    [InlineData("- Harbour boss Tom Fox and \"We deserved the win.\"")] // no name just before the quote
    [InlineData("- Acme \"Premium\"")] // one word: a title in capitals
    [InlineData("- Acme: \"Premium\"")] // one word before the colon
    [InlineData("Harbour boss Tom Fox: \"We deserved the win,\" he added.")] // words after the quote
    [InlineData("The plan: \"We deserve a win.\"")] // no name before the colon
    [InlineData("\"We deserved the win.\"")] // nothing before the quote
    public void OtherwiseTheLine_LabelsNothing(string sentence)
        => Assert.Null(Speaker(sentence));

    [Fact]
    public void InAMatchReport_EachManagersLine_GivesTheManager()
    {
        var speakers = QuoteSpeakers.Under(
            "Harbour beat Valley in the derby",
            "Harbour beat Valley 2-1 on Saturday.",
            "- Harbour boss Tom Fox: \"We deserved the win.\"",
            "- Valley manager Ann Lee: \"We had our chances but did not take them.\"");
        Assert.Equal(new[] { "Tom Fox", "Ann Lee" }, speakers);
    }
}
