using System.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// A line may end in LF, CRLF or a bare CR (classic Mac OS, some exporters), and the reader splits lines at all three.
/// A bare CR takes one character as LF does, so a document whose LFs are swapped for CRs has the same offsets, line
/// numbers and columns: every page and article the evaluation holds must read to an equal article, positions and all.
/// A rule that looks at a neighbouring line by searching for LF alone would read a CR document as one long line.
/// </summary>
public sealed class LineEndingEquivalenceTests
{
    public static TheoryData<string> Documents()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "invented");
        var documents = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(path => !path.Contains("HeldOut", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(folder, path).Replace('\\', '/'));
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ADocument_ReadsTheSame_WithBareCarriageReturns(string document)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "invented", document), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);

        var withLineFeeds = ArticleParser.Parse(text);
        var withCarriageReturns = ArticleParser.Parse(text.Replace('\n', '\r'));

        Assert.Equal(withLineFeeds, withCarriageReturns);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void TheSeedDocument_ReadsTheSameTitleAndParagraphs_WhateverItsLineEnds(string lineEnd)
    {
        const string Page = "Home | News | Sport\n\nHarbour wall to be rebuilt after storm\n\nBy Ann Lee\n\nThe council said on Monday that the wall would be rebuilt.\n\nWork starts in May.\n\nSign up for our newsletter\nSubscribe\n";
        var article = ArticleParser.Parse(Page.Replace("\n", lineEnd, StringComparison.Ordinal));
        var reference = ArticleParser.Parse(Page);

        Assert.Equal(reference.Title, article.Title);
        Assert.Equal(reference.Paragraphs.Select(p => p.Text), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(reference.Boilerplate.Select(b => (b.Kind, b.Text)), article.Boilerplate.Select(b => (b.Kind, b.Text)));
    }
}
