using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Hostile inputs read in work proportional to their length, shown by counting rather than timing:
/// the speaker reader counts every token it reads from a sentence (<see cref="TokenVisits"/>), and
/// twice the input may cost at most about twice the visits. A rule that scans from every token back
/// to its sentence's start or on to its end (as one did in session 49, unseen by the robustness
/// tests, which bound nothing) gives about four times as many.
/// </summary>
public sealed class TokenVisitGrowthTests
{
    // Linear is 2, quadratic about 4: the bound sits just above linear, for what a page reads once whatever its length.
    private const double MaxGrowth = 2.25;

    public static TheoryData<string, int> HostileInputs() => new()
    {
        // One sentence of many names, then its verb and a quote.
        { "Big Name ", 4_000 },
        // One sentence of capitalised names and commas.
        { "Tom Vale, ", 4_000 },
        // One sentence of reporting verbs and commas.
        { "Said said said, ", 2_000 },
        // One sentence of lower-case words, none a reporting verb, with a name now and then.
        { "the old harbour wall near Ann Lee and ", 1_000 },
        // Quotes and cues, sentence after sentence in one paragraph.
        { "\"Yes,\" he said. ", 2_000 },
        // Opening marks that never close.
        { "“", 4_000 },
        // Straight quote marks only.
        { "\"", 8_000 },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void TwiceTheHostileInput_CostsAboutTwiceTheTokenVisits(string unit, int times)
    {
        var once = VisitsFor(unit, times);
        var twice = VisitsFor(unit, times * 2);

        Assert.True(once > 0, "the input reaches the speaker reader");
        Assert.True(twice <= once * MaxGrowth, $"twice the input read {twice:N0} tokens, {(double)twice / once:F2} times the {once:N0} of once");
    }

    // One long sentence that does not name the person, then many quotes cued by a pronoun whose
    // antecedent has no gender shown: the sentence before is not walked again for each quote
    // (SpeakerFinder.PronounRival.cs).
    [Fact]
    public void ManyPronounCuesAfterALongSentence_CostAboutTwiceTheTokenVisits()
    {
        static long Visits(int times)
        {
            var text = "Harbour wall plan goes ahead\n\nTom Vale spoke. The wall " + string.Concat(Enumerable.Repeat("and the old wall ", times * 3)) + "stood. "
                + string.Concat(Enumerable.Repeat("\"Yes,\" she said, ", times)) + "\"and we will.\"";
            var before = TokenVisits.OnThisThread;
            ArticleParser.Parse(text);
            return TokenVisits.OnThisThread - before;
        }

        var once = Visits(2_000);
        var twice = Visits(4_000);
        Assert.True(twice <= once * MaxGrowth, $"twice the input read {twice:N0} tokens, {(double)twice / once:F2} times the {once:N0} of once");
    }

    // A named speaker, then one paragraph of many quotes carried to them by a pronoun, bare or each after
    // a plain sentence: the paragraph's earlier sentences are noted once, not walked again for each
    // quote, and a carried quote reads a bounded number of them (SpeakerFinder.ParagraphNewcomer.cs,
    // SpeakerFinder.MentionedNewcomer.cs).
    [Theory]
    [InlineData("Paul Garnier a parlé.", "« Oui », dit-il. ", 2_000)]
    [InlineData("« Non », dit Paul Garnier.", "Le temps passe. « Oui », dit-il. ", 1_000)]
    public void ManyCarriedQuotesInOneParagraph_CostAboutTwiceTheTokenVisits(string lead, string unit, int times)
    {
        long Visits(int count)
        {
            var text = "Le marché ferme\n\n" + lead + "\n\n" + string.Concat(Enumerable.Repeat(unit, count));
            var before = TokenVisits.OnThisThread;
            ArticleParser.Parse(text);
            return TokenVisits.OnThisThread - before;
        }

        var once = Visits(times);
        var twice = Visits(times * 2);
        Assert.True(twice <= once * MaxGrowth, $"twice the input read {twice:N0} tokens, {(double)twice / once:F2} times the {once:N0} of once");
    }

    // The visits of one parse of `unit` repeated `times` times after a headline, then a cue and a
    // quote (a paragraph with no quote is not read for speakers): counted on this
    // thread, so that tests parsing on other threads at the same time add nothing to it.
    private static long VisitsFor(string unit, int times)
    {
        var text = "Harbour wall plan goes ahead\n\n" + string.Concat(Enumerable.Repeat(unit, times)) + "said Ann Lee, \"and we will.\"";
        var before = TokenVisits.OnThisThread;
        ArticleParser.Parse(text);
        return TokenVisits.OnThisThread - before;
    }
}
