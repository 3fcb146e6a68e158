using ContentGen.Cli.Report;
using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests.Report;

/// <summary>The report's page model: which fate each line gets, where quotes stand, where diagnostics go.</summary>
public sealed class PageModelTests
{
    [Fact]
    public void SampleSeed_EachLineGetsTheFateTheReaderGaveIt()
    {
        // seeds/000_7f261bbe20e88e81.txt, read by eye: a "Skip to content" line, the title with
        // its site name, paragraphs on even lines 4–16 with one heading on line 8, and a closing
        // French disclaimer on line 18.
        var seed = Pages.Seed(File.ReadAllText(Tool.OriginalSeed), Tool.OriginalSeed);

        Assert.Equal(18, seed.Lines.Count);
        Assert.Equal((FateKind.Boilerplate, "Navigation"), Fate(seed, 1));
        Assert.Equal((FateKind.Title, "Title + Source"), Fate(seed, 2));
        Assert.Equal((FateKind.Paragraph, "Paragraph1"), Fate(seed, 4));
        Assert.Equal((FateKind.Paragraph, "Paragraph2"), Fate(seed, 6));
        Assert.Equal((FateKind.Heading, "Heading1"), Fate(seed, 8));
        Assert.Equal((FateKind.Paragraph, "Paragraph3"), Fate(seed, 10));
        Assert.Equal((FateKind.Paragraph, "Paragraph6"), Fate(seed, 16));
        Assert.Equal((FateKind.Boilerplate, "Disclaimer"), Fate(seed, 18));
        Assert.All(new[] { 3, 5, 7, 9, 11, 13, 15, 17 }, n => Assert.Equal(FateKind.Blank, seed.Lines[n - 1].Fate.Kind));
        // The body is English; its French closing notice does not change that.
        Assert.Equal([new ModelField("Title", "Russian representative takes stock of negotiations with NATO"), new ModelField("Source", "RT in French"), new ModelField("Language", "en")], seed.Fields);
    }

    [Fact]
    public void SampleSeed_MembersAreThoseOfTheGeneratedClass()
    {
        var seed = Pages.Seed(File.ReadAllText(Tool.OriginalSeed), Tool.OriginalSeed);

        Assert.Equal("RussianRepresentativeTakesStockOfNegotiationsWithNato", seed.TypeName);
        Assert.Equal(
            ["Title", "Source", "SeedPath", "Author", "Published", "Language", "Heading1", "Paragraph1", "Paragraph2", "Paragraph3", "Paragraph4", "Paragraph5", "Paragraph6", "Quote1", "Quote2", "Quote3", "Quote4", "Paragraphs", "Sections", "Quotes", "Speakers", "Article"],
            seed.Members);
    }

    [Fact]
    public void MarkdownCodeBlock_RunsOnOverItsBlankLines()
    {
        // Lines: 1 title, 2 blank, 3 fence, 4 code, 5 blank inside the block, 6 code, 7 fence, 8 blank, 9 prose.
        var seed = Pages.Seed("# Ferry log\n\n```\nlamp lit at 16:02\n\nlamp out at 07:40\n```\n\nThe keeper signed the log.\n", "seeds/log.md");

        Assert.Equal(FateKind.Paragraph, seed.Lines[5].Fate.Kind);
        Assert.True(seed.Lines[5].Fate.Continues);
        Assert.Equal(seed.Lines[3].Fate.Label, seed.Lines[5].Fate.Label);
        Assert.Equal(LineFate.Blank, seed.Lines[4].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph2", false), seed.Lines[8].Fate);
        Assert.DoesNotContain(seed.Lines, line => line.Fate == LineFate.Unread);
    }

    [Fact]
    public void WrappedParagraph_ItsLaterLinesContinueIt()
    {
        var seed = Pages.Seed(Seeds.Wrapped);

        Assert.Equal(new LineFate(FateKind.Title, "Title", false), seed.Lines[0].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph1", false), seed.Lines[2].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph1", true), seed.Lines[3].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph1", true), seed.Lines[4].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph2", false), seed.Lines[6].Fate);
        Assert.Equal(new LineFate(FateKind.Paragraph, "Paragraph3", false), seed.Lines[8].Fate);
        Assert.Equal(3, seed.Stats.Paragraphs);
        Assert.Equal(0, seed.Stats.BoilerplateLines);
        Assert.Equal(6, seed.Stats.TextLines);
    }

    [Fact]
    public void Quotes_SpanFromOpeningToClosingMark()
    {
        var seed = Pages.Seed(Seeds.Wrapped);
        var text = Seeds.Wrapped;

        Assert.Equal(2, seed.Quotes.Count);
        var first = seed.Quotes[0];
        Assert.Equal("\"We are ready for the season,\"", text[first.Start..first.End]);
        var second = seed.Quotes[1];
        Assert.Equal("\"closed until spring\"", text[second.Start..second.End]);
        Assert.Equal(1, first.Number);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void QuoteOverALineBreak_CoversBothLines()
    {
        const string text = "Ferry \"back in\n   April\" now";

        var end = QuoteSpans.End("back in April", text, text.IndexOf('"', StringComparison.Ordinal));

        Assert.Equal(text.Length - " now".Length, end);
    }

    [Fact]
    public void QuoteTheFilePartsFrom_EndsAtTheLastWordFound()
    {
        // A quote over two paragraphs repeats its opening mark; the joined words lack it.
        const string text = "\"first part\n\n\"second part\" end";

        var end = QuoteSpans.End("first part second part", text, 0);

        Assert.Equal("\"first part", text[..end]);
    }

    [Fact]
    public void Diagnostic_IsPlacedOnItsLineAtItsColumn()
    {
        var seed = Pages.Seed(Seeds.Unclosed);

        var diagnostic = Assert.Single(seed.Lines[2].Diagnostics);
        Assert.Equal(("CG0004", "warning", 3, 16), (diagnostic.Id, diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Equal('«', Seeds.Unclosed[diagnostic.Offset]);
        Assert.Empty(seed.FileDiagnostics);
        Assert.All(seed.Lines.Where(l => l.Number != 3), l => Assert.Empty(l.Diagnostics));
        Assert.Equal((1, 0), (seed.Stats.Warnings, seed.Stats.Errors));
    }

    [Fact]
    public void BinaryFile_HasNoArticle_ItsLinesAreUnread_AndItsErrorIsPlaced()
    {
        var seed = Pages.Seed("abc\0\u0001def\nsecond line\n", "seeds/binary.txt");

        Assert.Null(seed.TypeName);
        Assert.Empty(seed.Members);
        Assert.All(seed.Lines, l => Assert.Equal(FateKind.Unread, l.Fate.Kind));
        var diagnostic = Assert.Single(seed.Lines[0].Diagnostics);
        Assert.Equal(("CG0007", "error", 4), (diagnostic.Id, diagnostic.Severity, diagnostic.Column));
        Assert.Equal((0, 1), (seed.Stats.Warnings, seed.Stats.Errors));
    }

    [Fact]
    public void CrlfAndByteOrderMark_LinesAndOffsetsMatchTheModel()
    {
        const string text = "\uFEFFHarbour reopens to ferries this spring\r\n\r\nThe ferries return in April, officials said.\r\n";

        var seed = Pages.Seed(text);

        Assert.Equal(3, seed.Lines.Count);
        Assert.Equal("Harbour reopens to ferries this spring", seed.Lines[0].Text);
        Assert.Equal(1, seed.Lines[0].Offset);
        Assert.Equal(FateKind.Title, seed.Lines[0].Fate.Kind);
        Assert.Equal(FateKind.Paragraph, seed.Lines[2].Fate.Kind);
    }

    [Fact]
    public void EverySampleLine_IsAccountedFor()
    {
        var page = Pages.Of((Tool.OriginalSeed, File.ReadAllText(Tool.OriginalSeed)), ("seeds/wrapped.txt", Seeds.Wrapped), ("seeds/hostile.txt", Seeds.Hostile));

        Assert.All(page.Seeds.SelectMany(s => s.Lines), line => Assert.NotEqual(FateKind.Unread, line.Fate.Kind));
    }

    private static (FateKind, string) Fate(SeedPage seed, int line) => (seed.Lines[line - 1].Fate.Kind, seed.Lines[line - 1].Fate.Label);
}
