namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>A Markdown seed with front matter, as a user writes one, and what a consumer prints of it.</summary>
internal static class AuthoredSeeds
{
    /// <summary>The seed, saved as <c>seeds/harbour-library.md</c>: class <c>HarbourLibrary</c>.</summary>
    public const string Markdown = """
        ---
        author: Ana Lima
        published: 2024-03-09
        tags: [libraries, harbour]
        reading_time: 2
        rating: 4.5
        featured: true
        location:
          town: Port Ellis
        ---
        # The harbour library opens its doors

        Residents of Port Ellis gathered on **Saturday** for the opening.

        > "We waited ten years for this building."
        > — Ruth Okafor

        """;

    /// <summary>Prints every typed value of the seed: constants, the list, the nested class, Metadata and Html.</summary>
    public const string Program = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(Articles.HarbourLibrary.Title);
                    System.Console.WriteLine(Articles.HarbourLibrary.Author + " " + Articles.HarbourLibrary.Published);
                    int minutes = Articles.HarbourLibrary.ReadingTime;
                    double rating = Articles.HarbourLibrary.Rating;
                    bool featured = Articles.HarbourLibrary.Featured;
                    System.Console.WriteLine(minutes + " " + rating.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + featured);
                    System.Console.WriteLine(Articles.HarbourLibrary.Location.Town);
                    System.Console.WriteLine(string.Join(",", Articles.HarbourLibrary.Article.Tags));
                    System.Console.WriteLine(Articles.HarbourLibrary.Article.Metadata["reading_time"]);
                    System.Console.WriteLine(Articles.HarbourLibrary.Quotes[0].Speaker);
                    System.Console.WriteLine(Articles.HarbourLibrary.Html.Split('\n')[0]);
                }
            }
        }

        """;

    /// <summary>What <see cref="Program"/> prints.</summary>
    public const string Expected = """
        The harbour library opens its doors
        Ana Lima 2024-03-09
        2 4.5 True
        Port Ellis
        libraries,harbour
        2
        Ruth Okafor
        <h1>The harbour library opens its doors</h1>

        """;
}
