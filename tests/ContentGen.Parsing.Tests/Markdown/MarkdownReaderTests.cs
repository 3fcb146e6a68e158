using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Markdown;

/// <summary>
/// The Markdown reader's rules one by one: which heading is the title, empty sections, where each
/// paragraph, section and quote stands in the seed (through emphasis, code spans, entities and
/// images), list numbering, block quote speakers and marks, and the blocks that give no text.
/// </summary>
public sealed class MarkdownReaderTests
{
    private static Article Read(string text) => ArticleReader.Read("seeds/news.md", text);

    [Fact]
    public void WithoutALevelOneHeading_TheFirstHeadingOrParagraphIsTheTitle()
    {
        var article = Read("## Harbour news\n\nFirst.\n\n## Boats\n\nSecond.\n");

        Assert.Equal(("Harbour news", new TextPosition(3, 1, 4)), (article.Title, article.TitlePosition));
        Assert.Equal([(null, 0, 1), ("Boats", 1, 1)], article.Sections.Select(s => (s.Heading, s.FirstParagraph, s.ParagraphCount)));
        Assert.Equal(new TextPosition(28, 5, 4), article.Sections[1].HeadingPosition);
        Assert.Equal("Intro.", Read("Intro.\n\n## Sub\n\nText.\n").Title);
    }

    [Fact]
    public void HeadingWithNothingUnderIt_IsStillASection_AndAnUnheadedEmptyStartIsNone()
    {
        var article = Read("# T\n\n## Empty\n\n## Full\n\nText.\n");

        Assert.Equal([("Empty", 0, 0), ("Full", 0, 1)], article.Sections.Select(s => (s.Heading, s.FirstParagraph, s.ParagraphCount)));
    }

    [Theory]
    [InlineData("# Harbour news\n", "Harbour news")]
    [InlineData("# harbour news \n", "harbour news")]
    public void FrontMatterTitle_WrittenAgainAsTheFirstHeading_IsTheHeadline_NotASection(string heading, string text)
    {
        // Sites write the title in the front matter and again as the page's heading.
        var article = Read("---\ntitle: Harbour news\n---\n" + heading + "\nFirst.\n\n## Boats\n\nSecond.\n");

        Assert.Equal("Harbour news", article.Title);
        Assert.Equal([(null, 0, 1), ("Boats", 1, 1)], article.Sections.Select(s => (s.Heading, s.FirstParagraph, s.ParagraphCount)));
        var headline = Assert.Single(article.Boilerplate);
        Assert.Equal((BoilerplateKind.Headline, text, 4), (headline.Kind, headline.Text, headline.Position.Line));
    }

    [Fact]
    public void FrontMatterTitle_AndAnotherFirstHeading_KeepsTheHeadingAsASection()
    {
        var article = Read("---\ntitle: Harbour news\n---\n# The harbour opens again\n\nFirst.\n");

        Assert.Equal("Harbour news", article.Title);
        Assert.Equal([("The harbour opens again", 0, 1)], article.Sections.Select(s => (s.Heading, s.FirstParagraph, s.ParagraphCount)));
        Assert.Empty(article.Boilerplate);
    }

    [Theory]
    [InlineData(">", 100, "")]
    [InlineData("[", 100, "")]
    [InlineData("*", 500, "x")]
    public void NestingPastTheLimit_IsReadAsPlainText_WithAProblemAtTheDeepestLine(string mark, int count, string middle)
    {
        var marks = string.Concat(Enumerable.Repeat(mark, count));
        var text = "# Harbour archive\n\nThe first paragraph stays.\n\n" + marks + middle + (mark == "*" ? marks : "") + " Words at the bottom.\n";

        var article = Read(text);

        var problem = Assert.Single(article.Problems, p => p.Kind == ProblemKind.TooDeeplyNested);
        Assert.Equal((5, 1, "64"), (problem.Position.Line, problem.Position.Column, problem.Detail));
        // Kept, as a paragraph or set aside: never lost.
        Assert.Contains(article.Paragraphs.Select(p => p.Text).Concat(article.Boilerplate.Select(b => b.Text)), t => t.EndsWith("Words at the bottom.", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Text == "The first paragraph stays.");
    }

    [Fact]
    public void ParagraphOfTooManyMarks_IsReadAsPlainText_WithAProblemAtIt_AndNoWordLost()
    {
        // Nothing nests, but Markdig's limit on one paragraph's marks grows with the nesting limit.
        var sentence = "The festival brings **music** and food.";
        var text = "# Festival\n\nThe first paragraph stays.\n\n" + string.Join(" ", Enumerable.Repeat(sentence, 10_000)) + "\n";

        var article = Read(text);

        var problem = Assert.Single(article.Problems, p => p.Kind == ProblemKind.TooDeeplyNested);
        Assert.Equal(5, problem.Position.Line);
        var kept = string.Concat(article.Paragraphs.Select(p => p.Text).Concat(article.Boilerplate.Select(b => b.Text)));
        Assert.Equal(10_000, CountOf(kept, "festival brings"));
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void NestingUpToTheLimit_IsStillMarkdown()
    {
        var article = Read("# T\n\n" + new string('>', 30) + " Deep words.\n");

        Assert.DoesNotContain(article.Problems, p => p.Kind == ProblemKind.TooDeeplyNested);
        Assert.Equal("T", article.Title);
    }

    [Fact]
    public void TitleFromTheFrontMatter_OverAnEmptyBody_IsNoProblem()
        => Assert.Empty(Read("---\ntitle: Harbour news\n---\n").Problems);

    [Fact]
    public void Paragraphs_StandWhereTheirFirstWordStands()
    {
        var text = "# T\n\n**Bold** start.\n\n- item one\n\n```\ncode\n```\n\n> Quoted words.\n";
        var article = Read(text);

        Assert.Equal(["Bold start.", "• item one", "code", "Quoted words."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(
            [text.IndexOf("Bold", StringComparison.Ordinal), text.IndexOf("- item", StringComparison.Ordinal), text.IndexOf("```", StringComparison.Ordinal), text.IndexOf('>')],
            article.Paragraphs.Select(p => p.Position.Offset));
    }

    [Theory]
    [InlineData("# T\n\nA `code` span, then she said \u201cyes\u201d.\n")]
    [InlineData("# T\n\nFish &amp; chips, she said \u201cyes\u201d.\n")]
    [InlineData("# T\n\nA ![](pic.jpg) and *more*, she said \u201cyes\u201d.\n")]
    [InlineData("# T\n\nA hard break  \nthen she said \u201cyes\u201d.\n")]
    [InlineData("# T\n\nA `` double `tick` `` span, she said \u201cyes\u201d.\n")]
    public void QuoteInAParagraph_StandsAtItsMark_WhateverComesBeforeIt(string text)
    {
        var quote = Assert.Single(Read(text).Quotes);

        Assert.Equal("yes", quote.Text);
        Assert.Equal(text.IndexOf('\u201c', StringComparison.Ordinal), quote.Position.Offset);
    }

    [Fact]
    public void ImageWithoutAltText_GivesItsAddress_AndAHardBreakASpace()
        => Assert.Equal(["See pic.jpg here.", "a b"], Read("# T\n\nSee ![](pic.jpg) here.\n\na  \nb\n").Paragraphs.Select(p => p.Text));

    [Fact]
    public void OrderedLists_CountFromTheirStart_WithTheirDelimiter_AndNestedItemsFollowTheirItem()
    {
        var article = Read("# T\n\n7. seven\n8. eight\n   - inner\n     1) deep\n\n1) one\n");

        Assert.Equal(["7. seven", "8. eight", "• inner", "1) deep", "1) one"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void TableRows_JoinEveryCell()
        => Assert.Equal(["A | B | C", "1 | | 3"], Read("# T\n\n| A | B | C |\n|---|---|---|\n| 1 | | 3 |\n").Paragraphs.Select(p => p.Text));

    [Fact]
    public void EmptyCodeBlocksAndBreaks_GiveNoParagraph()
        => Assert.Equal(["Text."], Read("# T\n\n```\n```\n\n***\n\nText.\n").Paragraphs.Select(p => p.Text));

    [Theory]
    [InlineData("> Words.\n> \u2015 Ann Lee\n", "Words.", "Ann Lee")]
    [InlineData("> Words.\n> \u2014\u2014 Ann Lee\n", "Words.", "Ann Lee")]
    [InlineData("> Words.\n> --- Ann Lee\n", "Words.", "Ann Lee")]
    [InlineData("> Words.\n> \u2014\n", "Words. \u2014", null)]
    [InlineData("> \u2014 Ann Lee\n", "\u2014 Ann Lee", null)]
    [InlineData("> Words.\n> - not a name\n", "Words. not a name", null)]
    [InlineData("> \u201c\u201d\n", "\u201c\u201d", null)]
    [InlineData("> \u201cWords.\u00bb\n", "\u201cWords.\u00bb", null)]
    [InlineData("> \u00abWords.\u00bb\n> \u2014 Ann Lee\n", "Words.", "Ann Lee")]
    [InlineData("> First.\n>\n> > Inner.\n> \u2014 Ann Lee\n", "First. Inner.", "Ann Lee")]
    public void BlockQuote_TakesItsSpeakerFromADashLine_AndDropsMarksAroundTheWhole(string quote, string text, string? speaker)
    {
        var found = Assert.Single(Read("# T\n\n" + quote).Quotes);

        Assert.Equal((text, speaker), (found.Text, found.Speaker));
        // The author names a person by the dash line, as the article's Speakers list says.
        Assert.Equal(speaker is null ? null : SpeakerKind.Person, found.SpeakerKind);
    }

    [Fact]
    public void MarkupSetAside_StandsWhereItStartsInTheSeed()
    {
        var text = "# T\n\nText.\n\n<div>raw</div>\n\n[ref]: https://example.org\n";
        var article = Read(text);

        Assert.Equal(
            [text.IndexOf("<div>", StringComparison.Ordinal), text.IndexOf("[ref]", StringComparison.Ordinal)],
            article.Boilerplate.Select(b => b.Position.Offset));
    }

    [Fact]
    public void UnheadedFirstSection_StandsAtItsFirstParagraph()
        => Assert.Equal(new TextPosition(5, 3, 1), Read("# T\n\nFirst.\n\n## Sub\n\nText.\n").Sections[0].HeadingPosition);

    [Fact]
    public void Quotes_AreInSeedOrder_BlockQuotesAndQuotesInParagraphsAlike()
        => Assert.Equal(["a", "b", "c"], Read("# T\n\nShe said \u201ca\u201d.\n\n> \u201cb\u201d\n\nThen \u201cc\u201d.\n").Quotes.Select(q => q.Text));

    [Fact]
    public void MarkupSetAside_IsInSeedOrder()
        => Assert.Equal(["[ref]: https://example.org", "<div>raw</div>"], Read("[ref]: https://example.org\n\n# T\n\nText.\n\n<div>raw</div>\n").Boilerplate.Select(b => b.Text));

    [Theory]
    [InlineData("> ```\n> code line\n> ```\n", "code line", null)]
    [InlineData("> Words.\n> \u2014 Ann Lee\n> <b></b>\n", "Words.", "Ann Lee")]
    public void BlockQuote_ReadsCodeLines_AndSkipsLinesWithNoText(string quote, string text, string? speaker)
    {
        var found = Assert.Single(Read("# T\n\n" + quote).Quotes);

        Assert.Equal((text, speaker), (found.Text, found.Speaker));
    }

    [Fact]
    public void CodeInsideAListItem_IsPartOfTheItem()
        => Assert.Equal(["\u2022 item code"], Read("# T\n\n- item\n\n      code\n").Paragraphs.Select(p => p.Text));

    [Theory]
    [InlineData("# T\n\n`x` starts here.\n", "x")]
    [InlineData("# T\n\n``x`` starts here.\n", "x")]
    [InlineData("# T\n\n<https://example.org> is the site.\n", "https")]
    public void ParagraphStartingWithCodeOrALink_StandsAtItsFirstCharacter(string text, string first)
        => Assert.Equal(text.IndexOf(first, StringComparison.Ordinal), Assert.Single(Read(text).Paragraphs).Position.Offset);

    [Theory]
    [InlineData("# T\n\nRun `say \u201chi\u201d` now.\n")]
    [InlineData("# T\n\nRun ``say \u201chi\u201d`` now.\n")]
    public void QuoteInsideACodeSpan_StandsAtItsMark(string text)
        => Assert.Equal(text.IndexOf('\u201c', StringComparison.Ordinal), Assert.Single(Read(text).Quotes).Position.Offset);

    [Fact]
    public void EmptyBody_IsOneEmptyProblemAtTheStart()
        => Assert.Equal(new Problem(ProblemKind.Empty, "", TextPosition.Start, 0), Assert.Single(Read("\n\n").Problems));

    [Fact]
    public void QuotesInTheTitleAndAHeading_AreListedWithTheirPlace_WhereTheyStandInTheSeed()
    {
        var text = "# Jane Roe: \"We will not give up on the harbour\"\n\n"
            + "Jane Roe, the harbour minister, presented the housing bill on Tuesday.\n\n"
            + "## Next steps: \"a long road\"\n\n"
            + "\"We will build homes for every family on the waiting list,\" said Jane Roe after the vote.\n";
        var article = Read(text);

        Assert.Equal(
            [(QuotePlace.Title, -1, "Jane Roe", text.IndexOf('"')), (QuotePlace.Heading, 1, null, text.IndexOf("\"a long", StringComparison.Ordinal)), (QuotePlace.Body, 1, "Jane Roe", text.LastIndexOf("\"We", StringComparison.Ordinal))],
            article.Quotes.Select(q => (q.Place, q.Paragraph, q.Speaker, q.Position.Offset)));
    }
}
