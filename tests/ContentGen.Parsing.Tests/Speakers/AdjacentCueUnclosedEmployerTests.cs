using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S1 after the quote, where someone works set off by a comma the writer never closed:
/// <c>"…," Tom Ashby, from the Harbour Traders Guild told the local paper</c>. The name before
/// it speaks, as it does when the comma is closed; words that are no employer, or a verb that
/// does not report, leave the quote unread.
/// </summary>
public sealed class AdjacentCueUnclosedEmployerTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new AdjacentCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, from the Harbour Traders Guild told the local paper.", "Tom Ashby")]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, from the Harbour Traders Guild (HTG) told the local paper.", "Tom Ashby")]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, of Brightwater Foods said.", "Tom Ashby")]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, at Brightwater Foods said on Monday.", "Tom Ashby")]
    public void AnEmployerLeftOpen_LeavesTheNameSpeaking(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The employer's run goes on into something else, or what follows it does not report.
    [InlineData("\"The mood is better than ever,\" Tom Ashby, from the Harbour Traders Guild and the council said.")]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, from Leeds moved here in May.")]
    [InlineData("\"The mood is better than ever,\" Tom Ashby, from the Harbour Traders Guild.")]
    public void NoReportingVerbPastTheEmployer_NamesNobody(string sentence)
        => Assert.Null(Speaker(sentence));
}
