using System.Globalization;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// The scanner's spans, by index, for the cases the article tests reach only through their
/// text: a quote abandoned for a new one, a continuation mark, the characters that set a mark
/// off as opening or closing, single marks at the text's edges and inside double quotes.
/// A span is written "open-close", "open-" while still open, "a" when abandoned and "+i,j" for
/// its continuation marks; "!i" is a stray closing mark.
/// </summary>
public sealed class QuoteScannerTests
{
    // The scanner searches for the marks of QuoteMarks.All, then asks IsDouble and IsSingle: a
    // mark missing from the list would never be seen, and a character in it but in neither would
    // be read as a single mark.
    [Fact]
    public void TheSearchedMarks_AreExactlyTheDoubleAndSingleMarks()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var searched = QuoteMarks.All.IndexOf(c) >= 0;
            Assert.True(searched == (QuoteMarks.IsDouble(c) || QuoteMarks.IsSingle(c)), "U+" + ((int)c).ToString("X4"));
        }
    }

    // Most paragraphs quote nothing: scanning one makes no lists.
    [Fact]
    public void AParagraphWithoutMarks_ScansToNoQuotes_AllocatingNothing()
    {
        const string Paragraph = "The harbour wall will be repaired in the spring, the council said on Monday.";
        QuoteScanner.Scan(Paragraph);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = QuoteScanner.Scan(Paragraph);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(result.Quotes);
        Assert.Empty(result.StrayClosers);
        Assert.Equal(0, allocated);
    }

    // A scan works in lists kept for the next one: what it returns is its own.
    [Fact]
    public void AResult_StaysAsItWas_AfterTheNextScan()
    {
        var first = QuoteScanner.Scan("“One,” she said. ”");
        QuoteScanner.Scan("And “two” and “three” ” and a stray");

        Assert.Equal(0, Assert.Single(first.Quotes).Open);
        Assert.Equal([17], first.StrayClosers);
    }

    [Fact]
    public void AParagraphWithOnlyApostrophes_ScansToNoQuotes_AllocatingNothing()
    {
        const string Paragraph = "It's the council's plan, and it isn't the harbour's.";
        QuoteScanner.Scan(Paragraph);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = QuoteScanner.Scan(Paragraph);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(result.Quotes);
        Assert.Equal(0, allocated);
    }

    private static string Scan(string text)
    {
        var result = QuoteScanner.Scan(text);
        var spans = result.Quotes.Select(q =>
            $"{q.Open}-{(q.IsOpen ? "" : q.Close.ToString(CultureInfo.InvariantCulture))}{(q.IsAbandoned ? "a" : "")}"
            + (q.Continuations is null ? "" : "+" + string.Join(",", q.Continuations)));
        return string.Join(" ", spans.Concat(result.StrayClosers.Select(i => $"!{i}")));
    }

    [Fact]
    public void SameMarkOpeningAgain_MidSentence_AbandonsTheOpenQuote()
        => Assert.Equal("0-5a 5-9", Scan("\"A b \"C d\" e"));

    [Fact]
    public void SameMarkOpeningAgain_AfterAFullStop_ContinuesTheQuote_AndTheNextQuoteStartsAfresh()
        => Assert.Equal("0-7+4 11-14", Scan("\"A. \"B.\" c \"D.\""));

    [Fact]
    public void AnotherStyleOpeningInsideAQuote_Nests_EvenGluedToItsWord()
        => Assert.Equal("0-21", Scan("“He said «non» today.”"));

    [Fact]
    public void ClosingMarkGluedLikeAnOpeningOne_StillClosesTheOpenQuote()
        => Assert.Equal("0-6", Scan("« oui ”et"));

    [Theory]
    [InlineData("a (»b« c")]
    [InlineData("a [»b« c")]
    [InlineData("a —»b« c")]
    [InlineData("a –»b« c")]
    [InlineData("a -»b« c")]
    [InlineData("a /»b« c")]
    public void MarkAfterAnOpeningBracketOrDash_Opens(string text)
        => Assert.Equal("3-5", Scan(text));

    [Theory]
    [InlineData("late ”, more")]
    [InlineData("late ”. more")]
    [InlineData("late ”; more")]
    [InlineData("late ”: more")]
    [InlineData("late ”! more")]
    [InlineData("late ”? more")]
    [InlineData("late ”) more")]
    [InlineData("late ”] more")]
    public void ClosingMarkBeforePunctuation_ClosesNothing_AndIsStray(string text)
        => Assert.Equal("!5", Scan(text));

    [Fact]
    public void LoneSingleMarkLeftOpen_IsAnApostrophe_NotAQuote()
        => Assert.Equal("", Scan("He said 'maybe"));

    [Theory]
    [InlineData("'tis late")]
    [InlineData("the buses'")]
    [InlineData("a ' b' c")]
    [InlineData("oui› non")]
    [InlineData("a › b")]
    public void SingleMarksThatQuoteNothing_GiveNoQuote(string text)
        => Assert.Equal("", Scan(text));

    [Fact]
    public void SingleGuillemets_GluedToTheirWords_Pair()
        => Assert.Equal("7-11", Scan("Il dit ‹oui› hier."));

    [Fact]
    public void NestedSingleGuillemets_CloseInnermostFirst()
        => Assert.Equal("0-8", Scan("‹a ‹b› c›"));

    [Fact]
    public void StraightSingleMark_ClosesWithACurlyApostrophe()
        => Assert.Equal("8-12", Scan("He said 'yes’ twice"));

    [Fact]
    public void SingleMarkLeftOpenInsideADoubleQuote_WasAnApostrophe()
        => Assert.Equal("0-17", Scan("“He said 'bout it”"));

    [Fact]
    public void DoubleClosingMark_ClosesASingleOpeningMark()
        => Assert.Equal("0-9", Scan("‘Go home,” he said"));

    [Fact]
    public void End_IsPastTheClosingMark_AtTheNewMarkWhenAbandoned_AndTheBlocksEndWhenOpen()
    {
        Assert.Equal(10, new QuoteSpan(2, 9).End(20));
        Assert.Equal(9, new QuoteSpan(2, 9, abandoned: true).End(20));
        Assert.Equal(20, new QuoteSpan(2, -1).End(20));
    }
}
