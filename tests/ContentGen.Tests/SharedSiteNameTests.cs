using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>A site name that ends several titles of one compilation is split off all of them.</summary>
public sealed class SharedSiteNameTests
{
    [Fact]
    public void SuffixEndingSeveralTitles_IsSplitOffEvenShortTitles()
    {
        var articles = Articles(
            ("seeds/1.txt", "Ferries return – The Coast Herald\n\nBoats are back in the harbour this week.\n"),
            ("seeds/2.txt", "Library extends its opening hours tonight – The Coast Herald\n\nThe doors stay open until nine.\n"));

        Assert.Equal(("Ferries return", "The Coast Herald", "FerriesReturn"), articles["seeds/1.txt"]);
        Assert.Equal(("Library extends its opening hours tonight", "The Coast Herald", "LibraryExtendsItsOpeningHoursTonight"), articles["seeds/2.txt"]);
    }

    [Fact]
    public void ShortTitleAlone_LosesAPublicationsName_ButKeepsOtherSuffixes()
    {
        var articles = Articles(
            ("seeds/1.txt", "Ferries return – The Coast Herald\n\nBoats are back in the harbour this week.\n"),
            ("seeds/2.txt", "Ferries return – back in the harbour\n\nBoats are back in the harbour this week.\n"));

        Assert.Equal(("Ferries return", "The Coast Herald", "FerriesReturn"), articles["seeds/1.txt"]);
        Assert.Equal(("Ferries return – back in the harbour", null, "FerriesReturnBackInTheHarbour"), articles["seeds/2.txt"]);
    }

    [Fact]
    public void OneWordAttribution_InAFewTitles_IsNotASite()
    {
        var seeds = Enumerable.Range(1, 10)
            .Select(i => ($"seeds/{i:000}.txt", $"Harbour story number {i}\n\nSome words about the harbour.\n"))
            .Append(("seeds/011.txt", "Fares must come down - Moss\n\nA speech on tax.\n"))
            .Append(("seeds/012.txt", "Keep ferries running daily - Moss\n\nA speech on hope.\n"))
            .ToArray();

        var articles = Articles(seeds);

        Assert.Equal(("Fares must come down - Moss", null, "FaresMustComeDownMoss"), articles["seeds/011.txt"]);
        Assert.Equal(("Keep ferries running daily - Moss", null, "KeepFerriesRunningDailyMoss"), articles["seeds/012.txt"]);
    }

    private static Dictionary<string, (string Title, string? Source, string TypeName)> Articles(params (string Path, string Text)[] seeds)
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest);
        var result = GeneratorHarness.Driver(seeds).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        return result.TrackedSteps[TrackingNames.Articles]
            .SelectMany(step => step.Outputs)
            .Select(output => (ArticleSpec)output.Value)
            .ToDictionary(spec => spec.Path, spec => (spec.Article.Title, spec.Article.Source, spec.TypeName), StringComparer.Ordinal);
    }
}
