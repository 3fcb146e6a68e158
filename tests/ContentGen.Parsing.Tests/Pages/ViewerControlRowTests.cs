using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 70 (pfresh): a print replica's viewer (an e-paper, a digital edition) prints its controls on one line with wide
/// gaps, the count of its pages and its zoom buttons beside a print button ("Page 1 / 24   Zoom +   Zoom -   Imprimer"). On
/// main the French replica's row was read as the page's headline. It is a row of buttons (<c>IsViewerControlRow</c>) in
/// every language; a line with one part that is no control, or a page's count alone, stays what the rules around it read.
/// </summary>
public sealed class ViewerControlRowTests
{
    [Theory]
    [InlineData("en", "Page 1 / 24   Zoom +   Zoom -   Print")]
    [InlineData("en", "Page 3 of 40   Zoom in   Zoom out")]
    [InlineData("fr", "Page 1 / 24   Zoom +   Zoom -   Imprimer")]
    [InlineData("fr", "Page 2 sur 16   Agrandir   Réduire")]
    [InlineData("de", "Seite 3 von 24   Vergrößern   Verkleinern   Drucken")]
    [InlineData("es", "Página 1 / 32   Ampliar   Reducir")]
    [InlineData("it", "Pagina 5 di 48   Ingrandisci   Riduci")]
    [InlineData("pt", "Página 2 / 20   Aumentar zoom   Diminuir zoom")]
    [InlineData("nl", "Pagina 1 van 28   Inzoomen   Uitzoomen")]
    public void AReplicasViewerRow_OverTheHeadline_IsChrome(string language, string row)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language) + "\n" + row, p[0], Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Page 1 / 24   Zoom +   Zoom -   Imprimer", true)]
    [InlineData("Seite 3 von 24   Vergrößern", true)]
    [InlineData("Zoom in   Zoom out", true)]
    [InlineData("Page 1 / 24   Lisbonne", false)]
    [InlineData("Page 1 / 24", false)]
    [InlineData("Zoom sur la Sorne   Imprimer", false)]
    [InlineData("Imprimer   Partager", false)]
    [InlineData("Page 1 / 2026   Zoom +", false)]
    [InlineData("Page 1 / 24 Zoom + Zoom -", false)]
    public void OnlyAViewersControls_MakeARow(string line, bool row)
        => Assert.Equal(row, BoilerplateLines.IsViewerControlRow(line.AsSpan()));
}
