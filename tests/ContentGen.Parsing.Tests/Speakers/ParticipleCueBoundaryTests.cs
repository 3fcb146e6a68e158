using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S4 alone (<see cref="ParticipleCue"/>): the name just before the participle ("with Tom Fox
/// praising"), or after a comma the subject that opens the sentence; nothing past a full stop or
/// another quote, or farther than twelve tokens back.
/// </summary>
public sealed class ParticipleCueBoundaryTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new ParticipleCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("The board met on Monday, with Tom Fox praising the \"bold\" reforms.", "Tom Fox")]
    [InlineData("Tom Fox praising the \"bold\" reforms was a surprise.", "Tom Fox")]
    // The name before the participle is read back at most ten words.
    [InlineData("The board met, with Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk praising the \"bold\" reforms.", "Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk")]
    public void TheNameJustBeforeTheParticiple_IsTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    [InlineData("Tom Fox backed the plan, saying: \"It will bring jobs.\"", "Tom Fox")]
    [InlineData("He backed the plan, saying: \"It will bring jobs.\"", "He")]
    // Past the conjunctions that open the sentence.
    [InlineData("But he is not envious, insisting: \"It will bring jobs.\"", "he")]
    [InlineData("But Tom Fox backed it, saying: \"It will bring jobs.\"", "Tom Fox")]
    public void AfterAComma_TheSentencesOpeningSubject_IsTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // No comma before the participle, and no name right before it.
    [InlineData("Tom Fox backed the plan saying: \"It will bring jobs.\"")]
    // The sentence opens with no name or pronoun.
    [InlineData("The plan was backed, saying: \"It will bring jobs.\"")]
    // The participle is the first word.
    [InlineData("saying \"it will bring jobs\".")]
    // A full stop or another quote between the participle and the quote.
    [InlineData("Tom Fox backed the plan, saying so. \"It will bring jobs.\"")]
    [InlineData("Tom Fox backed the plan, saying \"yes\" and \"It will bring jobs.\"", 1)]
    public void NoParticipleCue_NamesNobody(string sentence, int whichQuote = 0)
        => Assert.Null(OneSentence.Speaker(new ParticipleCue(OneSentence.Cues).Find, sentence, whichQuote));

    // Twelve tokens back is the reach.
    [Theory]
    [InlineData(10, "Tom Fox")]
    [InlineData(11, null)]
    public void TheParticiple_IsLookedFor_TwelveTokensBeforeTheQuote(int fillerWords, string? speaker)
    {
        // ", saying", the filler words and the colon: the participle stands at quote - (fillerWords + 2).
        var filler = string.Join(" ", Enumerable.Repeat("and", fillerWords));
        Assert.Equal(speaker, Speaker($"Tom Fox backed the plan, saying {filler}: \"It will bring jobs.\""));
    }
}
