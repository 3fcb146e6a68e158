using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page's save and share buttons dumped on one line with wide gaps between them ("Guardar   Partilhar", "Bookmark
/// Share") under the date line: chrome, never a subheading over the first paragraph. A line with one part that is no
/// button, or a heading with ordinary spaces, stays.
/// </summary>
public sealed class GappedButtonRowTests
{
    [Theory]
    [InlineData("en", "Bookmark   Share", "By Tom Vale")]
    [InlineData("fr", "Sauvegarder   Partager", "Par Anne Lorin")]
    [InlineData("de", "Merken   Teilen", "Von Jana Kolb")]
    [InlineData("es", "Guardar\tCompartir", "Por Marta Ruiz")]
    [InlineData("it", "Salva   Condividi", "di Paolo Neri")]
    [InlineData("pt", "Guardar   Partilhar", "Texto: Rui Sousa")]
    [InlineData("nl", "Bewaren   Delen", "Door Eva Mol")]
    public void AGappedRowOfButtons_UnderTheDate_IsChrome(string language, string row, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette\nNews   Sport   Weather", p[0], byline + "\n05/03/2026 14:32", row, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Guardar   Partilhar", true)]
    [InlineData("Bookmark\tShare", true)]
    [InlineData("Guardar   Lisboa", false)]
    [InlineData("Guardar Partilhar", false)]
    [InlineData("Guardar", false)]
    [InlineData("Save the date   Share", false)]
    public void OnlyWideGapsBetweenButtons_MakeARow(string line, bool row)
        => Assert.Equal(row, BoilerplateLines.IsGappedButtonRow(line.AsSpan()));
}
