using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Authoring;

/// <summary>Markdown seeds read into the same article shape as text seeds.</summary>
public sealed class MarkdownTests
{
    [Fact]
    public void FirstLevelOneHeading_IsTheTitle_AndOtherHeadingsStartSections()
    {
        var article = Read("Intro line before.\n\n# Harbour news\n\nFirst.\n\nSecond heading\n--------------\n\nSecond.\n\n# Another top heading\n\nThird.\n");

        Assert.Equal("Harbour news", article.Title);
        Assert.Equal(new TextPosition(22, 3, 3), article.TitlePosition);
        Assert.Equal(["Intro line before.", "First.", "Second.", "Third."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal([null, "Second heading", "Another top heading"], article.Sections.Select(s => s.Heading));
        Assert.Equal([(0, 2), (2, 1), (3, 1)], article.Sections.Select(s => (s.FirstParagraph, s.ParagraphCount)));
    }

    [Fact]
    public void FrontMatterTitle_LeavesTheFirstHeadingAsASection()
    {
        var article = Read("---\ntitle: From the front matter\n---\n# Harbour news\n\nFirst.\n");

        Assert.Equal("From the front matter", article.Title);
        Assert.Equal("Harbour news", Assert.Single(article.Sections).Heading);
    }

    [Fact]
    public void Paragraphs_AreFlattenedToPlainText()
    {
        var article = Read("# T\n\nThe **keeper** hands _over_ the [keys](https://example.org), `LAMP-2`, &amp; <https://example.org/a>\nand ![the light](l.jpg) <span>too</span>.\n");

        Assert.Equal("The keeper hands over the keys, LAMP-2, & https://example.org/a and the light too.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void BlockQuote_IsAQuote_WithItsClosingDashLineAsSpeaker()
    {
        var article = Read("# T\n\n> \u201cThe sea never sleeps.\u201d\n> \u2014 Morag Campbell\n\n> Second one,\n> over two lines.\n>\n> -- Ann Lee\n\n> No speaker here.\n");

        Assert.Equal(
            [("The sea never sleeps.", "Morag Campbell", 0), ("Second one, over two lines.", "Ann Lee", 1), ("No speaker here.", null, 2)],
            article.Quotes.Select(q => (q.Text, q.Speaker, q.Paragraph)));
        Assert.Equal(new TextPosition(5, 3, 1), article.Quotes[0].Position);
    }

    [Fact]
    public void QuotesInsideParagraphs_GoThroughTheTextReader_AtTheirPlaceInTheSeed()
    {
        var article = Read("# T\n\nIntro.\n\nThe **mayor**, Ana Lima, said: \u00ab We will rebuild \u00bb.\n");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("We will rebuild", "Ana Lima", 1), (quote.Text, quote.Speaker, quote.Paragraph));
        Assert.Equal(new TextPosition(44, 5, 32), quote.Position);
        Assert.Equal('\u00ab', "# T\n\nIntro.\n\nThe **mayor**, Ana Lima, said: \u00ab We will rebuild \u00bb.\n"[quote.Position.Offset]);
    }

    [Fact]
    public void UnclosedQuote_InAParagraph_IsReportedAtItsMark()
    {
        var text = "# T\n\nShe said \u201cwe never give up.\n";

        var problem = Assert.Single(Read(text).Problems);

        Assert.Equal(ProblemKind.UnclosedQuote, problem.Kind);
        Assert.Equal(text.IndexOf('\u201c', StringComparison.Ordinal), problem.Position.Offset);
    }

    [Fact]
    public void ListsTablesCodeAndMarkup_KeepTheirText_InTheDocumentedForm()
    {
        var article = Read("# T\n\n- one\n- two\n  1. nested\n\n3) third\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\nx = 1\ny = 2\n```\n\n<div>raw</div>\n\n[ref]: https://example.org\n\n---\n");

        Assert.Equal(["• one", "• two", "1. nested", "3) third", "A | B", "1 | 2", "x = 1\ny = 2"], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(["<div>raw</div>", "[ref]: https://example.org"], article.Boilerplate.Select(b => b.Text));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Markup, b.Kind));
    }

    // Git checks a seed out with the machine's line endings: the constants must not depend on them.
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CodeAndMarkupLines_ReadTheSame_WhateverTheLineEndings(string newline)
    {
        const string Seed = "# Ferry code\n\nRun this:\n\n```\nferry --times\nferry --north\n```\n\n    indented one\n    indented two\n\n<div>\nraw\n</div>\n";
        var lf = Read(Seed);
        var other = Read(Seed.Replace("\n", newline, StringComparison.Ordinal));

        Assert.Equal(["Run this:", "ferry --times\nferry --north", "indented one\nindented two"], lf.Paragraphs.Select(p => p.Text));
        Assert.Equal(lf.Paragraphs.Select(p => p.Text), other.Paragraphs.Select(p => p.Text));
        Assert.Equal(["<div>\nraw\n</div>"], lf.Boilerplate.Select(b => b.Text));
        Assert.Equal(lf.Boilerplate.Select(b => b.Text), other.Boilerplate.Select(b => b.Text));
    }

    [Fact]
    public void Html_IsTheBodyRenderedByMarkdig_WithoutTheFrontMatter()
    {
        var article = Read("---\nx: 1\n---\n# Harbour *news*\n\nBoats.\n");

        Assert.Equal("<h1>Harbour <em>news</em></h1>\n<p>Boats.</p>\n", article.Html);
        Assert.Null(ArticleReader.Read("seeds/a.txt", "Harbour news\n\nBoats.\n").Html);
    }

    [Fact]
    public void WithoutAnyHeading_TheFirstParagraphIsTheTitle_AndAnEmptySeedIsEmpty()
    {
        Assert.Equal("Just a line.", Read("Just a line.\n\nAnd more.\n").Title);
        Assert.Equal(ProblemKind.Empty, Assert.Single(Read("  \n\n").Problems).Kind);
        Assert.Equal(ProblemKind.OnlyBoilerplate, Assert.Single(Read("<div>x</div>\n").Problems).Kind);
    }

    private static Article Read(string text) => ArticleReader.Read("seeds/news.md", text);
}
