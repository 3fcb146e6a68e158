using System.Collections.Immutable;
using ContentGen.Naming;

namespace ContentGen.Tests.Naming;

/// <summary>
/// <see cref="NameTable"/>: names are given in ordinal path order whatever order the seeds come
/// in, a clash gets the next free number, a generated member's name gets "Article"; and a table
/// finds each path's name.
/// </summary>
public sealed class NameTableTests
{
    private static NameTable Resolve(params (string Path, string Name)[] requests)
        => NameTable.Resolve(requests.Select(r => new NameRequest(r.Path, r.Name)).ToImmutableArray(), CancellationToken.None);

    [Fact]
    public void Clashes_AreNumbered_InPathOrder_WhateverTheOrderGiven()
    {
        var table = Resolve(("c.txt", "Talks"), ("a.txt", "Talks"), ("b.txt", "talks"), ("d.txt", "Talks2"));
        Assert.Equal(
            new[] { ("a.txt", "Talks"), ("b.txt", "talks2"), ("c.txt", "Talks3"), ("d.txt", "Talks22") },
            table.Names.Select(n => (n.Path, n.TypeName)).ToArray());
        Assert.Equal(3, table.Diagnostics.Count);
    }

    [Fact]
    public void ANameTheProjectAsksFor_IsGivenBeforeNamesMadeFromFilesOrTitles()
    {
        var table = NameTable.Resolve(
            [new NameRequest("north/harbour-news.txt", "HarbourNews"), new NameRequest("south/harbour-news.txt", "HarbourNews"), new NameRequest("zz-pier.txt", "HarbourNews", Explicit: true)],
            CancellationToken.None);

        Assert.Equal(
            [("north/harbour-news.txt", "HarbourNews2"), ("south/harbour-news.txt", "HarbourNews3"), ("zz-pier.txt", "HarbourNews")],
            table.Names.Select(n => (n.Path, n.TypeName)));
        Assert.Equal(2, table.Diagnostics.Count);
    }

    [Theory]
    [InlineData("Paragraph1", "Paragraph1Article")]
    [InlineData("Heading12", "Heading12Article")]
    [InlineData("Quote0", "Quote0Article")]
    [InlineData("Paragraph9", "Paragraph9Article")]
    [InlineData("@Quote3", "Quote3Article")]
    [InlineData("Title", "TitleArticle")]
    // Only the prefix with digits after it, and digits only.
    [InlineData("Paragraph", "Paragraph")]
    [InlineData("Paragraphs1", "Paragraphs1")]
    [InlineData("Paragraph1a", "Paragraph1a")]
    [InlineData("Paragraph/", "Paragraph/")]
    [InlineData("Paragraph:", "Paragraph:")]
    [InlineData("Quote1Extra", "Quote1Extra")]
    public void AGeneratedMembersName_GetsArticle(string requested, string expected)
        => Assert.Equal(expected, Resolve(("a.txt", requested)).Names[0].TypeName);

    [Fact]
    public void Find_GivesEachPathsName_AndNullForAnUnknownPath()
    {
        var paths = Enumerable.Range(0, 9).Select(i => $"seeds/{(char)('a' + i)}.txt").ToArray();
        var table = Resolve(paths.Reverse().Select(p => (p, "N" + p[6])).ToArray());
        foreach (var path in paths)
        {
            Assert.Equal("N" + path[6], table.Find(path));
        }

        Assert.Null(table.Find("seeds/0.txt"));
        Assert.Null(table.Find("seeds/z.txt"));
        Assert.Null(table.Find("seeds/b0.txt"));
    }

    [Fact]
    public void Resolve_StopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(
            () => NameTable.Resolve(ImmutableArray.Create(new NameRequest("a.txt", "A")), cancelled.Token));
    }
}
