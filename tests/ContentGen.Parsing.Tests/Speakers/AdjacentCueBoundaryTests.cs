using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S1 (a cue right after the quote) asked alone at the sentence's end: a name, a verb or fillers
/// that end the sentence without a full stop are read to the end and no further; and after a
/// quote that ends its own sentence, a verb that goes on with "that" reports words of its own.
/// </summary>
public sealed class AdjacentCueBoundaryTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new AdjacentCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("\"We will win,\" Jane Roe")] // a name, and no verb after it
    [InlineData("\"We will win,\" Jane Roe, the harbour master")] // an appositive, and no verb after it
    [InlineData("\"We will win,\" has also")] // fillers, and no verb after them
    [InlineData("\"We will win,\" Jane Roe also")]
    public void NoVerbBeforeTheSentencesEnd_NamesNobody(string sentence) => Assert.Null(Speaker(sentence));

    [Theory]
    [InlineData("\"We will win,\" Jane Roe said", "Jane Roe")]
    [InlineData("\"We will win,\" Jane Roe also said", "Jane Roe")]
    [InlineData("\"We will win,\" Jane Roe, general secretary of the forum, said", "Jane Roe")]
    [InlineData("\"We will win,\" Jane Roe, general secretary of the forum, said.", "Jane Roe")]
    [InlineData("\"We will win,\" has also said Jane Roe", "Jane Roe")]
    public void AVerbAtTheSentencesEnd_IsRead(string sentence, string expected) => Assert.Equal(expected, Speaker(sentence));

    // "…?" Tory MP Peter Daws said that the law was …: the name says words of its own.
    [Theory]
    [InlineData("\"Is it over?\" Peter Daws said that the law was wrong.", null)]
    [InlineData("\"Is it over?\" Peter Daws said", "Peter Daws")]
    [InlineData("\"Is it over?\" Peter Daws said.", "Peter Daws")]
    [InlineData("\"Is it over,\" Peter Daws said that day.", "Peter Daws")]
    public void AfterAQuoteThatEndsItsSentence_AVerbGoingOnWithThat_ReportsItsOwnWords(string sentence, string? expected)
        => Assert.Equal(expected, Speaker(sentence));
}
