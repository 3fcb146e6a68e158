using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S7 alone (<see cref="SentenceEndCue"/>): a cue at the sentence's end after a comma that is
/// not the quote's own (S1 reads that one), within twelve tokens of the end, the final marks
/// not counted; a cue with a later quote after it is that quote's.
/// </summary>
public sealed class SentenceEndCueBoundaryTests
{
    private static string? Speaker(string sentence, int whichQuote = 0)
        => OneSentence.Speaker(new SentenceEndCue(new AdjacentCue(OneSentence.Cues), OneSentence.Cues).Find, sentence, whichQuote);

    [Theory]
    [InlineData("The plan is \"dead in the water\" for now, he said.", "he")]
    [InlineData("The plan is \"dead in the water\" for now, said Ann Lee.", "Ann Lee")]
    [InlineData("The plan is \"dead in the water\" for now, said Ann Lee!)", "Ann Lee")]
    [InlineData("The plan is \"dead in the water\" for now, said Ann Lee", "Ann Lee")]
    public void ACueAfterALaterComma_NamesTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The comma right after the quote is S1's, not this sieve's.
    [InlineData("The plan is \"dead\", he said.")]
    [InlineData("The plan is \"dead\" he said.")]
    // The cue is followed by a quote of its own: it is that quote's.
    [InlineData("The plan is \"dead\" for now, he said \"again\".")]
    // What follows the comma is no cue.
    [InlineData("The plan is \"dead\" for now, and that is that.")]
    public void NoCueAfterALaterComma_NamesNobody(string sentence) => Assert.Null(Speaker(sentence));

    // Twelve tokens from the sentence's end, the final marks not counted.
    [Theory]
    [InlineData(9, ".", "he")]
    [InlineData(9, "!!!", "he")]
    [InlineData(10, ".", null)]
    public void TheComma_IsLookedFor_TwelveTokensFromTheEnd(int fillerWords, string marks, string? speaker)
    {
        // ", he said" and the filler words: the comma stands at end - (fillerWords + 3).
        var filler = string.Join(" ", Enumerable.Repeat("again", fillerWords));
        Assert.Equal(speaker, Speaker($"The plan is \"dead\" for now, he said {filler}{marks}"));
    }
}
