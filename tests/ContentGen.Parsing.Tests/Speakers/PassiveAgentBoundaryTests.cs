using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S5 alone (<see cref="PassiveAgent"/>): how far after the quote the agent word may stand, and
/// when a German agent before the quote is the speaker: it must run up to the quote (or to one
/// word before it, "als") and a participle must follow the quote.
/// </summary>
public sealed class PassiveAgentBoundaryTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new PassiveAgent(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("The plan was branded \"reckless\" by Ann Lee.", "Ann Lee")]
    [InlineData("The plan was branded \"reckless\" yesterday by Ann Lee.", "Ann Lee")]
    [InlineData("The plan was branded \"reckless\" by the Clean Transport Campaign.", "Clean Transport Campaign")]
    public void AnAgentWithinTwoWordsAfterTheQuote_IsTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // Three words after the quote is too far.
    [InlineData("The plan was branded \"reckless\" late yesterday by Ann Lee.")]
    // Only lower-case words may stand between: a capitalised word or a comma ends the search.
    [InlineData("The plan was branded \"reckless\" Monday by Ann Lee.")]
    [InlineData("The plan was branded \"reckless\", by Ann Lee.")]
    // The agent is no name.
    [InlineData("The plan was branded \"reckless\" by the council.")]
    public void NoAgentWithinReach_NamesNobody(string sentence) => Assert.Null(Speaker(sentence));

    [Theory]
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld als „rücksichtslos“ kritisiert.")]
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld „rücksichtslos“ genannt.")]
    // The agent word opens the sentence.
    [InlineData("vom Mieterverein Brückenfeld als „rücksichtslos“ kritisiert.")]
    public void AGermanAgentBeforeTheQuote_RunningUpToIt_IsTheSpeaker(string sentence)
        => Assert.Equal("Mieterverein Brückenfeld", Speaker(sentence));

    [Theory]
    // Something stands between the agent and the quote.
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld am Montag als „rücksichtslos“ kritisiert.")]
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld, als „rücksichtslos“ kritisiert.")]
    // No participle after the quote, or nothing at all after it.
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld als „rücksichtslos“.")]
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld als „rücksichtslos“")]
    [InlineData("Der Plan wurde vom Mieterverein Brückenfeld als „rücksichtslos“ Kritisiert.")]
    public void AGermanAgentThatDoesNotCloseAtTheQuote_OrHasNoParticiple_NamesNobody(string sentence)
        => Assert.Null(Speaker(sentence));

    // Eight words back is the reach before the quote.
    [Theory]
    [InlineData("vom Aa Bb Cc Dd Ee Ff als „rücksichtslos“ kritisiert.", "Aa Bb Cc Dd Ee Ff")]
    [InlineData("vom Aa Bb Cc Dd Ee Ff Gg als „rücksichtslos“ kritisiert.", null)]
    public void AGermanAgent_IsLookedFor_EightWordsBeforeTheQuote(string sentence, string? speaker)
        => Assert.Equal(speaker, Speaker(sentence));
}
