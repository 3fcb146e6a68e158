using System.Text;
using ContentGen.Sample;
using ContentGen.Sample.Articles;

// Prints every article generated from seeds/ the way a reader would see it.
Console.OutputEncoding = Encoding.UTF8;
foreach (var article in Catalog.All)
{
    ArticlePrinter.Print(article, Console.Out);
}

// A Markdown seed's front matter becomes typed members: an int, a bool, a list, a nested class.
Console.WriteLine($"{HarbourLibrary.Title}, by {HarbourLibrary.Author} ({HarbourLibrary.Published}, {HarbourLibrary.Language})");
Console.WriteLine($"  reading time: {HarbourLibrary.ReadingTime} min, featured: {HarbourLibrary.Featured}");
Console.WriteLine($"  location: {HarbourLibrary.Location.Town}, {HarbourLibrary.Location.Seats} seats");
Console.WriteLine($"  tags: {string.Join(", ", HarbourLibrary.Tags)}");

// The shared shape carries the same data, for code that handles any article.
foreach (var article in Catalog.All.Where(a => a.Tags.Contains("harbour")).OrderBy(a => a.Published, StringComparer.Ordinal))
{
    Console.WriteLine($"  {article.Published} {article.Title} ({article.Metadata["reading_time"]} min)");
}

// One article by its class's name, as a route such as /articles/{name} would look it up.
if (Catalog.Find(nameof(HarbourLibrary)) is { } found)
{
    Console.WriteLine($"Found by name: {found.Title} ({found.Paragraphs.Count} paragraphs)");
}
