namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>
/// The consumers' Program.cs files. Classic Main methods inside namespace <c>Consumer</c>, so that
/// they compile under C# 7.3 and find <c>Articles</c> in the root namespace or the global one.
/// </summary>
internal static class Programs
{
    /// <summary>Prints the seed's title and its quote count, from the class named <paramref name="articles"/>.</summary>
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

    /// <summary>Prints how many articles there are, then each title, in the order of <c>Articles.All</c>.</summary>
    public const string AllTitles = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(Articles.All.Count);
                    foreach (var article in Articles.All)
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
