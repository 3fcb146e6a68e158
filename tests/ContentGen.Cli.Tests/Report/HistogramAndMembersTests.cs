using ContentGen.Cli.Report;

namespace ContentGen.Cli.Tests.Report;

/// <summary>The corpus charts' bins, and the member list read from generated source.</summary>
public sealed class HistogramAndMembersTests
{
    [Fact]
    public void Histogram_PutsEachShareInItsTenth_OneInTheLastBin_NoShareLeftOut()
    {
        var histogram = Histogram.Of([0.0, 0.05, 0.1, 0.55, 0.95, 1.0, null, null]);

        Assert.Equal([2, 1, 0, 0, 0, 1, 0, 0, 0, 2], histogram.Counts);
        Assert.Equal(2, histogram.Left);
    }

    [Fact]
    public void Members_AreThePublicMembersOfTheArticleClass_NotOfItsNestedTypes()
    {
        const string source = """
            namespace Demo.Articles
            {
                public static partial class Ferries
                {
                    public const string Title = "t";
                    public const string? Source = null;
                    private const string Hidden = "h";
                    public static partial class Location
                    {
                        public const string Town = "Port Ellis";
                    }

                    public static string[] Paragraphs { get; } = new string[0];
                }
            }
            """;

        Assert.Equal(["Title", "Source", "Paragraphs"], GeneratedMembers.Of(source));
        Assert.Empty(GeneratedMembers.Of(null));
    }
}
