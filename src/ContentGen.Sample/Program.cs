using System.Text;
using ContentGen.Sample;

// Prints every article generated from seeds/ the way a reader would see it.
Console.OutputEncoding = Encoding.UTF8;
foreach (var article in Articles.All)
{
    ArticlePrinter.Print(article, Console.Out);
}
