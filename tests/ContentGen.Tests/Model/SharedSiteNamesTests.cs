using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Tests.Model;

/// <summary>
/// <see cref="SharedSiteNames"/> alone: which suffixes count as a site across the titles (any
/// suffix of several words that recurs; a one-word one only at a quarter of the titles), and
/// which titles are then split (not one with a source or one the front matter set).
/// </summary>
public sealed class SharedSiteNamesTests
{
    private static SeedNaming Seed(string title, string? source = null, bool fromFrontMatter = false, string path = "seeds/001.txt")
        => new(path, "Requested", null, title, source, fromFrontMatter);

    private static string[] Find(params SeedNaming[] seeds) => SharedSiteNames.Find(seeds).ToArray();

    [Fact]
    public void ARecurringSuffixOfSeveralWords_IsASite_InOrdinalOrder_Once()
        => Assert.Equal(
            new[] { "Marlow Gazette", "The Coast Herald" },
            Find(
                Seed("Ferries return – The Coast Herald"),
                Seed("Harbour plan approved – Marlow Gazette"),
                Seed("Library opens late – The Coast Herald"),
                Seed("Council meets – Marlow Gazette")));

    [Fact]
    public void ATitleAlreadySplit_CountsTowardsItsSitesRecurrence()
        => Assert.Equal(new[] { "The Coast Herald" }, Find(Seed("Ferries return", source: "The Coast Herald"), Seed("Library opens late – The Coast Herald")));

    [Fact]
    public void ASuffixSeenOnce_IsNoSite_AndSeedsWithoutATitleDoNotCount()
        => Assert.Empty(Find(Seed("Ferries return – The Coast Herald"), new SeedNaming("seeds/2.txt", "Requested", null, null, null)));

    [Theory]
    // Two "Moss" titles of eight are a quarter: a site; of nine, less: not one.
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void AOneWordSuffix_IsASite_AtAQuarterOfTheTitles(int otherTitles, bool isSite)
    {
        var seeds = Enumerable.Range(0, otherTitles).Select(i => Seed($"Harbour story number {i}"))
            .Append(Seed("Fares must come down - Moss"))
            .Append(Seed("Keep ferries running daily - Moss"))
            .ToArray();
        Assert.Equal(isSite ? new[] { "Moss" } : Array.Empty<string>(), Find(seeds));
    }

    [Fact]
    public void ApplyToANaming_SplitsTheTitle_AndAsksForTheNameOfWhatIsLeft()
    {
        var sites = new EquatableArray<string>(new[] { "The Coast Herald" });
        var split = SharedSiteNames.Apply(new SeedNaming("seeds/001.txt", "FerriesReturnTheCoastHerald", null, "Ferries return – The Coast Herald", null), sites);
        Assert.Equal(("Ferries return", "FerriesReturn"), (split.Title, split.RequestedName));
    }

    [Theory]
    [InlineData("Ferries return – The Coast Herald", "Elsewhere", false)]
    [InlineData("Ferries return – The Coast Herald", null, true)]
    [InlineData("Ferries return – Marlow Gazette", null, false)]
    [InlineData("– The Coast Herald", null, false)]
    [InlineData("Ferries return", null, false)]
    public void ApplyToANaming_LeavesAloneWhatItMayNotSplit(string title, string? source, bool fromFrontMatter)
    {
        var seed = Seed(title, source, fromFrontMatter);
        Assert.Same(seed, SharedSiteNames.Apply(seed, new EquatableArray<string>(new[] { "The Coast Herald" })));
    }

    [Fact]
    public void ApplyToANaming_WithNoSites_LeavesItAlone()
    {
        var seed = Seed("Ferries return – The Coast Herald");
        Assert.Same(seed, SharedSiteNames.Apply(seed, default));
    }

    [Fact]
    public void ApplyToAnArticle_SplitsTitleAndSource_UnlessItHasASourceOrAFrontMatterTitle()
    {
        var sites = new EquatableArray<string>(new[] { "The Coast Herald" });
        // As the parser leaves a title whose suffix it cannot tell from the headline alone.
        var parsed = ArticleParser.Parse("Ferries return\n\nBoats are back in the harbour this week.\n");
        var article = parsed with { Title = "Ferries return – The Coast Herald", Source = null };

        var split = SharedSiteNames.Apply(article, sites);
        Assert.Equal(("Ferries return", "The Coast Herald"), (split.Title, split.Source));

        var sourced = article with { Source = "Elsewhere" };
        Assert.Same(sourced, SharedSiteNames.Apply(sourced, sites));
        var titled = article with { FrontMatter = article.FrontMatter with { SetsTitle = true } };
        Assert.Same(titled, SharedSiteNames.Apply(titled, sites));
        var otherSite = SharedSiteNames.Apply(article, new EquatableArray<string>(new[] { "Marlow Gazette" }));
        Assert.Same(article, otherSite);
    }
}
