using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6 alone (<see cref="AccordingTo"/>): the phrase up to sixty tokens on either side of the
/// quote, phrases of one to three words, and the French view "Pour X, « … »", which must name
/// someone (a name, a role, a pronoun) ending at the comma before the quote.
/// </summary>
public sealed class AccordingToBoundaryTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new AccordingTo(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("According to Tom Fox, \"the plan is dead\".", "Tom Fox")]
    [InlineData("\"The plan is dead,\" according to Tom Fox.", "Tom Fox")]
    [InlineData("Selon Jean Dupont, « le plan est mort ».", "Jean Dupont")]
    // Phrases of three words, the longest.
    [InlineData("De acordo com Ricardo Almeida, “o plano está morto”.", "Ricardo Almeida")]
    [InlineData("A detta di Roberto Esposito, «il piano è morto».", "Roberto Esposito")]
    public void AnAccordingToPhrase_OnEitherSide_NamesTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The phrase with nothing after it, or cut by a mark.
    [InlineData("\"The plan is dead,\" according to.")]
    [InlineData("\"The plan is dead,\" according, to Tom Fox.")]
    // Words up to the sentence's end with no mark after them: no phrase read past the end.
    [InlineData("\"The plan is dead,\" said the mayor")]
    public void AnAccordingToPhrase_WithoutANameAfterIt_NamesNobody(string sentence) => Assert.Null(Speaker(sentence));

    // Sixty tokens is the reach, before the quote and after it.
    [Theory]
    [InlineData(55, "Tom Fox")]
    [InlineData(56, null)]
    public void AnAccordingToPhrase_IsLookedFor_SixtyTokensBeforeTheQuote(int fillerWords, string? speaker)
    {
        // "According to Tom Fox", the filler words and a comma: the phrase starts at quote - (fillerWords + 5).
        var filler = string.Join(" ", Enumerable.Repeat("and", fillerWords));
        Assert.Equal(speaker, Speaker($"According to Tom Fox {filler}, \"the plan is dead\"."));
    }

    [Theory]
    [InlineData(58, "Tom Fox")]
    [InlineData(59, null)]
    public void AnAccordingToPhrase_IsLookedFor_SixtyTokensAfterTheQuote(int fillerWords, string? speaker)
    {
        // The quote, a comma, the filler words: the phrase starts at quote + fillerWords + 2.
        var filler = string.Join(" ", Enumerable.Repeat("and", fillerWords));
        Assert.Equal(speaker, Speaker($"\"The plan is dead\", {filler} according to Tom Fox."));
    }

    [Theory]
    [InlineData("Pour Jean Dupont, « le plan est mort ».", "Jean Dupont")]
    [InlineData("Pour Dupont, « le plan est mort ».", "Dupont")]
    // A role points back to whoever it names.
    [InlineData("Pour le ministre, « le plan est mort ».", "ministre")]
    // Ten words of name before the comma: the preposition is twelve tokens before the quote.
    [InlineData("Pour Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj, « le plan est mort ».", "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj")]
    public void AFrenchView_NamesTheSpeaker(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The name does not end at the comma, or there is no comma before the quote.
    [InlineData("Pour Jean Dupont le plan, « est mort ».")]
    [InlineData("Pour Jean Dupont « le plan est mort ».")]
    // The quote is too close to the sentence's start to have a view before it.
    [InlineData("Dupont, « le plan est mort ».")]
    public void NoFrenchView_NamesNobody(string sentence) => Assert.Null(Speaker(sentence));
}
