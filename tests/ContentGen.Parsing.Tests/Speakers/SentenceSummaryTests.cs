using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence's summary (the union of its tokens' word classes, summed as it is split) turns away
/// rules that need a class no token has; it must never turn one away from a sentence that has it.
/// </summary>
public sealed class SentenceSummaryTests
{
    private static readonly SpeechTables s_english = SpeechTables.For("en");

    private static List<TokenRange> Split(string text, List<Token> tokens, List<TokenRange> sentences, List<TokenRange>? spare = null, SpeechTables? words = null)
        => Sentences.Split(Token.Read(text, QuoteScanner.Scan(text).Quotes, tokens, words), sentences, spare);

    [Fact]
    public void SplitSentences_LackOnlyTheClassesNoTokenOfTheirsHas()
    {
        var sentences = Split("The ferry left at noon. Ruth Kemp and Jon Vale said it was late.", new List<Token>(), new List<TokenRange>(), words: s_english);

        Assert.Equal(2, sentences.Count);
        Assert.True(sentences[0].Summary.Lacks(WordClass.Reporting));
        Assert.True(sentences[0].Summary.Lacks(WordClass.Coordinator));
        Assert.False(sentences[0].Summary.Lacks(WordClass.Definite));
        Assert.False(sentences[1].Summary.Lacks(WordClass.Reporting));
        Assert.False(sentences[1].Summary.Lacks(WordClass.Coordinator));
    }

    [Fact]
    public void ARangeSetAgain_SummarisesItsNewSentence_NotTheOldOne()
    {
        var tokens = new List<Token>();
        var sentences = new List<TokenRange>();
        var spare = new List<TokenRange>();
        Split("Ann Lee and Tom Vale said so.", tokens, sentences, spare, s_english);
        Assert.False(sentences[0].Summary.Lacks(WordClass.Reporting));
        var used = sentences[0];
        Sentences.Recycle(sentences, spare);

        Split("The boat sank at dawn.", tokens, sentences, spare, s_english);

        Assert.Same(used, sentences[0]);
        Assert.True(sentences[0].Summary.Lacks(WordClass.Reporting));
        Assert.True(sentences[0].Summary.Lacks(WordClass.Coordinator));
    }

    [Fact]
    public void WordsReadWithoutTheTables_TurnNoRuleAway()
    {
        // Each rule looks such a word up itself: its classes are unknown to the summary.
        var sentences = Split("The boat sank at dawn.", new List<Token>(), new List<TokenRange>());

        Assert.False(sentences[0].Summary.Lacks(WordClass.Reporting));
        Assert.False(SentenceSummary.Of(new List<Token>()).Lacks(WordClass.Coordinator));
    }
}
