using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// Each thread lends its page buffers to one reading after another: a page read after a longer
/// one must read exactly as it reads alone, and the buffers must not keep a page's text alive.
/// </summary>
public sealed class PageBufferReuseTests
{
    private const string Short = "Harbour plan approved\n\n\"We are delighted,\" said Jane Roe, the mayor.\n\nWork starts in May.\n";

    private static string LongPage()
    {
        var lines = new List<string> { "Home", "News", "Sport", "Coastal Gazette", string.Empty, "Ferry timetable changes next week", string.Empty };
        for (var i = 0; i < 300; i++)
        {
            lines.Add($"Paragraph {i.ToString(System.Globalization.CultureInfo.InvariantCulture)} tells of the ferry, the pier and the tide tables.");
            lines.Add(string.Empty);
        }

        return string.Join("\n", lines);
    }

    [Fact]
    public void APageReadAfterALongerOne_ReadsAsItReadsAlone()
    {
        var alone = ReadingThreads.ReadAlone(Short);

        ArticleParser.Parse(LongPage());
        var after = ArticleParser.Parse(Short);

        Assert.Equal(alone, after);
        Assert.Equal(["\"We are delighted,\" said Jane Roe, the mayor.", "Work starts in May."], after.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void BuffersHandedBackBeforeTheirGroupsWereFinished_HoldNoPage()
    {
        var page = LongPage();
        var buffers = PageBuffers.Rent();
        var groups = new ContentGen.Parsing.Structure.LineGroups(buffers);
        foreach (var line in SourceLine.Split(page).Take(50))
        {
            groups.Add(new LineSegment(line, page));
        }

        // As when a reading stops before its groups are finished.
        buffers.Return();

        var again = PageBuffers.Rent();
        try
        {
            Assert.All(again.Segments, segment => Assert.Equal(default, segment));
        }
        finally
        {
            again.Return();
        }
    }

    [Fact]
    public void TheBuffersHandedBack_HoldNoPage()
    {
        // A quote left open is a problem of the page's.
        var read = ArticleParser.Parse(LongPage() + "\n\nThe skipper said \"the tide turns at noon.\n");
        Assert.NotEmpty(read.Problems);

        var buffers = PageBuffers.Rent();
        try
        {
            Assert.Empty(buffers.Lines);
            Assert.All(buffers.Segments, segment => Assert.Equal(default, segment));
            var body = buffers.Body;
            Assert.Empty(body.Boilerplate);
            Assert.Empty(body.Repeats);
            Assert.Empty(body.FirstCopies);
            Assert.Empty(body.Candidates);
            Assert.Empty(body.Split);
            Assert.Empty(body.Kept);
            Assert.Empty(body.Blocks);
            Assert.Empty(body.NotHeadings);
            Assert.Empty(body.ReadAlsoLabels);
            Assert.Empty(body.LinkedHeadlineLines);
            Assert.Empty(body.ListItems);
            Assert.Empty(body.ChromeOffsets);
            Assert.Empty(body.ChromeBefore);
            Assert.Empty(body.Paragraphs);
            Assert.Empty(body.Sections);
            Assert.Empty(body.Headings);
            Assert.Empty(buffers.Problems);
        }
        finally
        {
            buffers.Return();
        }
    }

    [Fact]
    public void TheNameBuffersHandedBack_HoldNoName()
    {
        ArticleParser.Parse(Short);

        var buffers = PageBuffers.Rent();
        try
        {
            var names = buffers.Names;
            Assert.Equal(0, names.MostItems);
            Assert.Empty(names.Paragraphs);
            Assert.Empty(names.Answers);
            Assert.Empty(names.Quoted);
            Assert.Equal(0, names.Surnames.Count);
            Assert.Empty(names.FirstNames);
            Assert.Empty(names.FullNames);
            Assert.Empty(names.NamedIn);
            Assert.Empty(names.QuoteTexts);
            Assert.Empty(names.TitleLike);
        }
        finally
        {
            buffers.Return();
        }
    }

    // The quotes outside the body may read names while the body's reader holds the page's buffers.
    [Fact]
    public void NameBuffersTakenTwice_GiveTheSecondReaderItsOwn()
    {
        var page = new ContentGen.Parsing.Speakers.NameBuffers();

        var first = page.Take();
        var second = page.Take();
        page.Clear();

        Assert.Same(page, first);
        Assert.NotSame(page, second);
        Assert.Same(page, page.Take());
    }

    // The name facts are lent from page to page too: what one article tells of a name (here, the
    // full name "Tom Vale") must not tell the next article who "Vale" is.
    [Fact]
    public void AQuotedPageReadAfterAnotherNamingTheSamePerson_ReadsAsItReadsAlone()
    {
        const string First = "Ferry service resumes\n\nSkipper Tom Vale brought the ferry back on Monday.\n\n\"The crossing was calm,\" said Tom Vale.\n";
        const string Second = "Pier repairs begin\n\nWork on the pier started on Tuesday.\n\n\"It will take a month,\" Vale said.\n";
        var alone = ReadingThreads.ReadAlone(Second);

        ArticleParser.Parse(First);
        var after = ArticleParser.Parse(Second);

        Assert.Equal(alone, after);
    }
}
