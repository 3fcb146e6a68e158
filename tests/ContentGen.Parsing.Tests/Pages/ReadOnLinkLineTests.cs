using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72, pfix: a link to read on alone on its line ("Continua a leggere", "Seguir leyendo", "Continue reading ›"),
/// where a paginated article breaks off before its next page, is the page's chrome in every language, as "Lire la suite"
/// and "Weiterlesen" were already: never a paragraph of the article. A sentence that opens on the same words, or the
/// words with more after them, stays the article's.
/// </summary>
public sealed class ReadOnLinkLineTests
{
    [Theory]
    [InlineData("en", "Continue reading ›")]
    [InlineData("fr", "Lire la suite")]
    [InlineData("de", "Weiterlesen")]
    [InlineData("es", "Seguir leyendo")]
    [InlineData("it", "Continua a leggere")]
    [InlineData("pt", "Continuar a ler")]
    [InlineData("nl", "Lees verder")]
    public void AReadOnLink_WhereThePageBreaksOff_IsNoParagraph(string language, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], link, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == link && b.Kind == BoilerplateKind.Navigation);
    }

    [Theory]
    [InlineData("Read more")]
    [InlineData("Continue reading")]
    [InlineData("Seguir leyendo…")]
    [InlineData("Sigue leyendo")]
    [InlineData("Continua a leggere ›")]
    [InlineData("Leggi tutto")]
    [InlineData("Continuar a ler")]
    [InlineData("Ler mais")]
    [InlineData("Lees meer")]
    public void TheLinkAlone_IsNavigation(string line)
        => Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(line.AsSpan()));

    [Theory]
    // The words open a sentence or a heading: more follows them.
    [InlineData("Continue reading the small print, the council warned.")]
    [InlineData("Seguir leyendo en voz alta, la apuesta del club")]
    [InlineData("Continua a leggere ai bambini ogni sera, dice la maestra.")]
    [InlineData("Continuar a ler nas escolas da vila")]
    [InlineData("Lees meer boeken, zegt de bibliothecaris")]
    public void TheWordsOpeningALine_StayTheArticles(string line)
        => Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan()));
}
