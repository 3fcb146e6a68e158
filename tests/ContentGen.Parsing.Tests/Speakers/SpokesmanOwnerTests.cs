using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A spokesman's owner named by a possessive, before the verb or after it: "Deutsche Bank's
/// spokesman said" gives Deutsche Bank, the owner's name running back to the sentence's start
/// at the furthest.
/// </summary>
public sealed class SpokesmanOwnerTests
{
    private static Phrase Phrase => OneSentence.Cues.Phrase;

    private static List<Token> Tokens(string sentence) => Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>());

    private static (SubjectKind, string) Before(string sentence)
    {
        var tokens = Tokens(sentence);
        var subject = Phrase.ReadBackward(tokens, tokens.FindIndex(t => t.Text == "said"));
        return (subject.Kind, subject.Text);
    }

    private static (SubjectKind, string) After(string sentence)
    {
        var tokens = Tokens(sentence);
        var subject = Phrase.ReadForward(tokens, tokens.FindIndex(t => t.Text == "said") + 1);
        return (subject.Kind, subject.Text);
    }

    [Theory]
    [InlineData("Deutsche Bank's spokesman said it would", "Deutsche Bank")]
    [InlineData("Rover's spokesman said it would", "Rover")]
    [InlineData("Later, Morgan Stanley's spokesman said it would", "Morgan Stanley")]
    public void BeforeTheVerb(string sentence, string owner) => Assert.Equal((SubjectKind.Name, owner), Before(sentence));

    [Theory]
    [InlineData("said Rover's spokesman.", "Rover")]
    public void AfterTheVerb(string sentence, string owner) => Assert.Equal((SubjectKind.Name, owner), After(sentence));
}
