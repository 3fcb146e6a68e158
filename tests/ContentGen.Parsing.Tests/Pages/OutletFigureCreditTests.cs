using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A figure's or a table's credit inside the article ("Bron: gemeente Veldhoven", "Quelle: eigene Berechnung") names where
/// the figures came from, not an outlet the article was copied from: the masthead at the top, named again by the rights
/// notice at the foot, stays the source. A credit naming another outlet (a paper after its article, a site's address, a
/// paper's name in capitals) still leaves the masthead in doubt. Invented pages; English, French and Portuguese have no
/// source label a credit opens on, so their pages read the masthead with or without the credit.
/// </summary>
public sealed class OutletFigureCreditTests
{
    private static string Page(string language, string credit)
    {
        var p = Articles.Of(language);
        var name = Articles.Masthead(language);
        var header = name + "\n" + Articles.GappedMenu(language);
        return string.Join("\n\n", header, p[0], Articles.Dateline(language), p[1], p[2], credit, p[3], Articles.Closing(language), "© 2026 " + name);
    }

    // A credit naming a body or the writers' own work in lower case: its first word a common noun or an adjective, not an
    // article, and more words after it.
    [Theory]
    [InlineData("nl", "Bron: gemeente Veldhoven")]
    [InlineData("nl", "Bron: provincie Overijssel, bewerking redactie")]
    [InlineData("nl", "Bronnen: waterschap Vallei en Veluwe")]
    [InlineData("de", "Quelle: eigene Berechnung")]
    [InlineData("de", "Quelle: eigene Erhebung nach Angaben des Landratsamts")]
    [InlineData("es", "Fuente: elaboración propia con datos del INE")]
    [InlineData("es", "Fuentes: datos municipales")]
    [InlineData("it", "Fonte: elaborazione su dati Istat")]
    [InlineData("it", "Fonti: uffici comunali")]
    [InlineData("en", "Source: parish council figures")]
    [InlineData("fr", "Source : mairie de Château-Chinon")]
    [InlineData("pt", "Fonte: câmara municipal de Pinhel")]
    public void AFiguresCreditNamingNoOutlet_LeavesTheMastheadTheSource(string language, string credit)
    {
        var article = ArticleParser.Parse(Page(language, credit));

        Assert.Equal(Articles.Masthead(language), article.Source);
    }

    // Guards: a credit naming another outlet, in lower case after its article, as a site's address, or in one lower-case
    // word, leaves the masthead in doubt: no source.
    [Theory]
    [InlineData("nl", "Bron: de Stentor")]
    [InlineData("nl", "Bron: nu.nl")]
    [InlineData("de", "Quelle: tagesschau.de")]
    [InlineData("de", "Quelle: tagesschau")]
    [InlineData("es", "Fuente: elperiodicodearagon.com")]
    [InlineData("es", "Fuente: la Voz del Tiétar")]
    [InlineData("it", "Fonte: il Tirreno")]
    [InlineData("it", "Fonte: Il Resto del Carlino")]
    public void ACreditNamingAnotherOutlet_LeavesNoSource(string language, string credit)
    {
        var article = ArticleParser.Parse(Page(language, credit));

        Assert.Null(article.Source);
    }
}
