using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What the sieves ask of a sentence's words, asked alone: which words are reporting verbs (an
/// inverted pronoun included), how far a verb is looked for (60 tokens), and what an inverted
/// verb's subject is found past: time words, a day's number beside its month, a filler phrase,
/// and a medium ("sur France Bleu", "dans un long entretien").
/// </summary>
public sealed class CuesReachTests
{
    private static Cues Cues => OneSentence.Cues;

    private static List<Token> Tokens(string sentence)
        => Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>());

    [Theory]
    [InlineData("said", true)]
    [InlineData("Said", false)]
    [InlineData("dit-elle", true)]
    [InlineData("ajoute-t-il", true)]
    [InlineData("peut-être", false)]
    [InlineData("arbre-il", false)]
    [InlineData("harbour", false)]
    public void AReportingVerb_IsALowerCaseVerbOfSpeech_OrOneWithItsPronounInverted(string word, bool verb)
        => Assert.Equal(verb, Cues.IsReportingVerb(Tokens(word)[0]));

    [Theory]
    [InlineData("dit-elle", true)]
    [InlineData("craint-il", true)]
    [InlineData("Jean-Luc", false)]
    [InlineData("-il", false)]
    [InlineData("il", false)]
    public void AnInvertedPronoun_IsJoinedAfterAWordByAHyphen(string word, bool inverted)
        => Assert.Equal(inverted, Cues.HasInvertedPronoun(word.AsSpan()));

    [Fact]
    public void AReportingVerb_IsLookedFor_InTheSentencesFirstSixtyTokens()
    {
        static string VerbAt(int index) => string.Join(" ", Enumerable.Repeat("harbour", index)) + " said";

        Assert.True(Cues.HasReportingVerb(Tokens(VerbAt(59))));
        Assert.False(Cues.HasReportingVerb(Tokens(VerbAt(60))));
    }

    [Fact]
    public void AnAttribution_IsLookedFor_SixtyTokensBackAtMost()
    {
        static List<Token> Sentence(int after) => Tokens("Jane Doe said " + string.Join(" ", Enumerable.Repeat("harbour", after)));

        var near = Sentence(59);
        var far = Sentence(60);

        Assert.Equal("Jane Doe", Cues.FindReportingSubject(near, near.Count).Text);
        Assert.False(Cues.FindReportingSubject(far, far.Count).IsFound);
    }

    [Theory]
    [InlineData("a estimé mardi 6 décembre Luc Moreau", "Luc")]
    [InlineData("a estimé 6 décembre Luc Moreau", "Luc")]
    [InlineData("a estimé mardi 6 Luc Moreau", "Luc")]
    [InlineData("estime de son côté la députée", "la")]
    [InlineData("a déclaré sur franceinfo Luc Moreau", "Luc")]
    [InlineData("a déclaré sur France Bleu Valmont la directrice", "la")]
    [InlineData("a déclaré dans un long entretien le ministre", "le")]
    [InlineData("a déclaré dans un très long entretien le ministre", "le")]
    public void AnInvertedSubject_IsFoundPastTimeWordsFillersAndAMedium(string words, string subject)
    {
        var tokens = Tokens(words);
        var start = tokens.FindIndex(token => token.Text is "estimé" or "estime" or "déclaré") + 1;

        Assert.Equal(tokens.FindIndex(token => token.Text == subject), Cues.SkipToInvertedSubject(tokens, start));
    }

    [Theory]
    [InlineData("a estimé 6 Luc Moreau", "6")]
    [InlineData("a déclaré dans un très long bel entretien le ministre", "entretien")]
    public void ALoneNumber_OrAMediumOfMoreThanThreeWords_IsNotPassedOver(string words, string stop)
    {
        var tokens = Tokens(words);
        var start = tokens.FindIndex(token => token.Text is "estimé" or "déclaré") + 1;

        Assert.Equal(tokens.FindIndex(token => token.Text == stop), Cues.SkipToInvertedSubject(tokens, start));
    }
}
