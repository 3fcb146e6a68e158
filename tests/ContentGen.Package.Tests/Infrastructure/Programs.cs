namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>
/// The consumers' Program.cs files. Classic Main methods inside namespace <c>Consumer</c>, so that
/// they compile under C# 7.3 and find the <c>Articles</c> namespace inside <c>Consumer</c> or at the root.
/// </summary>
internal static class Programs
{
    /// <summary>Prints the seed's title and its quote count, from the namespace <paramref name="articles"/>.</summary>
    public static string TitleAndQuoteCount(string articles) => $$"""
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine({{articles}}.RussianRepresentativeTakesStockOfNegotiationsWithNato.Title);
                    System.Console.WriteLine({{articles}}.RussianRepresentativeTakesStockOfNegotiationsWithNato.Quotes.Count);
                }
            }
        }

        """;

    /// <summary>Prints how many articles there are, then each title, in the order of <c>Articles.Catalog.All</c>.</summary>
    public const string AllTitles = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(Articles.Catalog.All.Count);
                    foreach (var article in Articles.Catalog.All)
                    {
                        System.Console.WriteLine(article.Title);
                    }
                }
            }
        }

        """;

    /// <summary>The output of <see cref="TitleAndQuoteCount"/> for the repository's seed.</summary>
    public static string ExpectedTitleAndQuoteCount => KnownSeeds.RtTitle + "\n" + KnownSeeds.RtQuotes + "\n";
}
