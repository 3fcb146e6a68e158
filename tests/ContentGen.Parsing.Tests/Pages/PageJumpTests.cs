using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An e-paper's text export or a scanned edition breaks an article off with a jump line ("» Fortsetzung auf Seite 7") and
/// resumes it under another ("Continued from page 1"): the page's furniture, read by its parts (a word of going on, a
/// page's noun and its number, function words; <c>PageJumps</c>), in every language. A subheading or a sentence that
/// holds a page's number stays the article's.
/// </summary>
public sealed class PageJumpTests
{
    [Theory]
    [InlineData("en", "Continued on page 7", "Continued from page 1")]
    [InlineData("en", "» See page 12", "Continued from Page 1")]
    [InlineData("fr", "Suite en page 7", "Suite de la page 1")]
    [InlineData("fr", "Lire la suite page 5", "Suite de la une, page 1")]
    [InlineData("de", "» Fortsetzung auf Seite 7", "» Fortsetzung von Seite 1")]
    [InlineData("de", "Fortsetzung auf S. 9", "Fortsetzung von S. 1")]
    [InlineData("es", "Continúa en la página 7", "Viene de la página 1")]
    [InlineData("es", "Sigue en pág. 12", "Viene de la pág. 1")]
    [InlineData("it", "Continua a pagina 7", "Continua dalla pagina 1")]
    [InlineData("pt", "Continua na página 7", "Continuação da página 1")]
    [InlineData("nl", "Lees verder op pagina 7", "Vervolg van pagina 1")]
    [InlineData("nl", "Vervolg op blz. 7", "Vervolg van blz. 1")]
    [InlineData("en", "Turn to page 7", "Continued from page 1")]
    [InlineData("de", "Weiter auf Seite 7", "Fortsetzung von Seite 1")]
    [InlineData("it", "Segue a pagina 7", "Segue dalla pagina 1")]
    [InlineData("pt", "Segue na página 7", "Vem da página 1")]
    [InlineData("pt", "Passa para a pág. 12", "Continuação da pág. 1")]
    public void JumpLinesBetweenAnArticlesParagraphs_AreChrome(string language, string away, string back)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], away, back, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(p[0], article.Title);

        // Nor a section's heading: a jump line made a heading would split the article where it only breaks off.
        Assert.DoesNotContain(article.Sections, section => section.Heading == away || section.Heading == back);
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == away);
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == back);
    }

    // The jump's words in the article's own lines: a subheading that names its subject, a sentence with a verb.
    [Theory]
    [InlineData("fr", "Suite page 3 : les riverains s'inquiètent")]
    [InlineData("en", "The council's report continues on page 40 with the costs of the new routes.")]
    [InlineData("es", "Sigue la polémica por la página 7 del informe")]
    [InlineData("de", "Weiter geht es auf Seite 7 mit den Kosten für die neuen Linien der Stadtwerke.")]
    [InlineData("it", "Il bilancio continua a pagina 12 con le spese per le nuove linee.")]
    [InlineData("it", "Segue a pagina 7 l'elenco delle nuove linee")]
    [InlineData("pt", "Segue na página 7 a lista das obras da câmara")]
    [InlineData("en", "Turn to page 7 for the full list of new routes")]
    [InlineData("pt", "O orçamento passa na página 12 às despesas com as escolas.")]
    public void LinesThatHoldAJumpsWords_StayTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], line, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(line, article.Paragraphs.Select(x => x.Text).Concat(article.Sections.Select(x => x.Heading ?? string.Empty)));
    }
}
