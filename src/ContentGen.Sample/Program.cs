using System.Text;
using ContentGen.Sample;

// Prints every article generated from seeds/ the way a reader would see it.
Console.OutputEncoding = Encoding.UTF8;
foreach (var article in Articles.All)
{
    ArticlePrinter.Print(article, Console.Out);
}

// A Markdown seed's front matter becomes typed members: an int, a bool, a list, a nested class.
Console.WriteLine($"{Articles.HarbourLibrary.Title}, by {Articles.HarbourLibrary.Author} ({Articles.HarbourLibrary.Published}, {Articles.HarbourLibrary.Language})");
Console.WriteLine($"  reading time: {Articles.HarbourLibrary.ReadingTime} min, featured: {Articles.HarbourLibrary.Featured}");
Console.WriteLine($"  location: {Articles.HarbourLibrary.Location.Town}, {Articles.HarbourLibrary.Location.Seats} seats");
Console.WriteLine($"  tags: {string.Join(", ", Articles.HarbourLibrary.Tags)}");

// The shared shape carries the same data, for code that handles any article.
foreach (var article in Articles.All.Where(a => a.Tags.Contains("harbour")).OrderBy(a => a.Published, StringComparer.Ordinal))
{
    Console.WriteLine($"  {article.Published} {article.Title} ({article.Metadata["reading_time"]} min)");
}
