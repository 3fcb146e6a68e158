using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Text taken out of a PDF keeps the print's running lines: the page's first line names the publication with its strapline
/// ("Hochwälder Anzeiger · Amtsblatt der Gemeinde"), and where the next printed page begins the same name comes back with
/// the issue or the page's number ("Hochwälder Anzeiger · Ausgabe 12/2025"), often between a paragraph's two halves. The
/// name so repeated is the page's source, and the repeat is the print's furniture, not a paragraph of the article.
/// </summary>
public sealed class PrintRunningLineTests
{
    // The print's header: the running line and, under it, the date; then the article and its byline, the running
    // line where the next printed page begins.
    private static string Print(string language, string first, string running)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", first + "\n" + Articles.Dateline(language), p[0], Articles.Byline(language), p[1], p[2], running, p[3], Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "Marlow Fen Gazette · The parish's own paper", "Marlow Fen Gazette · Issue 48/2026", "Marlow Fen Gazette")]
    [InlineData("en", "Marlow Fen Gazette | The parish's own paper", "Marlow Fen Gazette | Page 3", "Marlow Fen Gazette")]
    [InlineData("fr", "Le Petit Écho du Morvan · Bulletin municipal", "Le Petit Écho du Morvan · Numéro 112 · mars 2025", "Le Petit Écho du Morvan")]
    [InlineData("de", "Hochwälder Anzeiger · Amtsblatt der Gemeinde Hochwald", "Hochwälder Anzeiger · Ausgabe 12/2025", "Hochwälder Anzeiger")]
    [InlineData("de", "Hochwälder Anzeiger · Amtsblatt der Gemeinde Hochwald", "Hochwälder Anzeiger      Seite 4", "Hochwälder Anzeiger")]
    [InlineData("es", "Boletín de Valdemora · Información municipal", "Boletín de Valdemora · Página 3 de 8", "Boletín de Valdemora")]
    [InlineData("it", "Notiziario di Valmora · Periodico del Comune", "Notiziario di Valmora · Anno 12, n. 3", "Notiziario di Valmora")]
    [InlineData("pt", "Boletim de Tabuaço · Informação municipal", "Boletim de Tabuaço · Edição 48 · março de 2025", "Boletim de Tabuaço")]
    [InlineData("nl", "Gemeentenieuws Waterweide | Huis-aan-huisblad", "Gemeentenieuws Waterweide | Pagina 3", "Gemeentenieuws Waterweide")]
    public void ARunningLineDownThePage_NamesTheSource_AndIsSetAside(string language, string first, string running, string outlet)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Print(language, first, running));
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();

        Assert.Equal(p[0], article.Title);
        Assert.Equal(outlet, article.Source);
        Assert.DoesNotContain(running, paragraphs);
        Assert.Contains(p[2], paragraphs);
        Assert.Contains(p[3], paragraphs);
    }

    // Guard: a paragraph that opens on the publication's name and goes on in words stays the article's.
    [Theory]
    [InlineData("en", "Marlow Fen Gazette · The parish's own paper", "Marlow Fen Gazette readers raised 4,000 pounds for the new shelter last year, the parish clerk said.")]
    [InlineData("de", "Hochwälder Anzeiger · Amtsblatt der Gemeinde Hochwald", "Hochwälder Anzeiger · 3 Fragen an den Bürgermeister, der seit zwölf Jahren im Amt ist und im Herbst nicht mehr antritt, weil er nach eigenen Worten genug von den Sitzungen hat.")]
    [InlineData("nl", "Gemeentenieuws Waterweide | Huis-aan-huisblad", "Gemeentenieuws Waterweide verschijnt vanaf 3 april om de week, meldt de gemeente.")]
    public void AParagraphOpeningOnThePublicationsName_IsKept(string language, string first, string paragraph)
    {
        var article = ArticleParser.Parse(Print(language, first, paragraph));

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a menu's line on top repeated lower down names no source (one word before the dot is no publication's name).
    [Theory]
    [InlineData("en", "Home · News · Sport", "Home · Page 2")]
    [InlineData("de", "Startseite · Lokales · Sport", "Startseite · Seite 2")]
    public void AMenusWordBeforeTheDot_NamesNoSource(string language, string first, string running)
    {
        var article = ArticleParser.Parse(Print(language, first, running));

        Assert.NotEqual(first.Split(' ')[0], article.Source);
    }
}
