using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The outlet named first on the byline's line under the headline (OutletNames.BylineLine), parted by a middle dot or a
/// bar from the writer's credit or the date, as a feed reader's or a read-later copy prints it under its own toolbar. And
/// the lines like it that name no outlet: a section's label, a place, a writer alone, a photo's credit, chrome parted by
/// dots. Invented pages, in other words than the tuning pages that showed it.
/// </summary>
public sealed class OutletOnBylineLineTests
{
    private static string Page(string language, string line)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Articles.GappedMenu(language), p[0], line, p[1], p[2], p[3], Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "The Harrowgate Courier · By Tom Pike · 4 March 2025", "The Harrowgate Courier")]
    [InlineData("fr", "Le Courrier du Vexin · Par Anne Roux · 4 mars 2025 à 08h10", "Le Courrier du Vexin")]
    [InlineData("de", "Kinzigtaler Bote · 04.03.2025, 07:30 Uhr · von Jana Keller", "Kinzigtaler Bote")]
    [InlineData("es", "El Diario del Jalón | Por Marta Gil | 4 de marzo de 2025", "El Diario del Jalón")]
    [InlineData("it", "Gazzetta di Valsesia · di Paolo Neri · 4 marzo 2025", "Gazzetta di Valsesia")]
    [InlineData("pt", "Jornal da Beira Serra · Por Rui Calado · 4 de março de 2025", "Jornal da Beira Serra")]
    [InlineData("nl", "Dagblad Zuidwest · Door Eva de Wit · 4 maart 2025", "Dagblad Zuidwest")]
    public void AnOutletFirstOnTheBylinesLine_IsTheSource(string language, string line, string expected)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(expected, article.Source);
    }

    // Guards: a section's label, a place, a writer alone, a photo's credit before the byline or the date; a paper's name
    // among chrome parted by dots, with no byline nor date.
    [Theory]
    [InlineData("de", "Lokales · von Jana Keller · 04.03.2025")]
    [InlineData("fr", "Port-Kerhel · Par Anne Roux · 4 mars 2025")]
    [InlineData("en", "Tom Pike · 4 March 2025")]
    [InlineData("de", "Foto: Kinzigtaler Bote · 04.03.2025")]
    [InlineData("it", "Cronaca · di Paolo Neri · 4 marzo 2025")]
    [InlineData("nl", "Dagblad Zuidwest · Nieuwsbrief · Podcasts")]
    [InlineData("es", "Opinión | Por Marta Gil | 4 de marzo de 2025")]
    public void ALineNamingNoOutletBeforeTheBylineOrDate_NamesNoSource(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.Null(article.Source);
    }

    // A pasted article's credit line, parted by commas: the outlet, the date, the writer ("L'Écho du Vexin, 4 mars 2025,
    // par Anne Roux"), as a forum's post or an e-mail prints it under the article's headline. The outlet is the source and
    // the writer the author, never the outlet's name read as a person's.
    [Theory]
    [InlineData("en", "The Harrowgate Echo, 4 March 2025, by Tom Pike", "The Harrowgate Echo", "Tom Pike")]
    [InlineData("en", "The Harrowgate Courier, 4 March 2025, by Tom Pike", "The Harrowgate Courier", "Tom Pike")]
    [InlineData("fr", "L'Écho du Vexin, 4 mars 2025, par Anne Roux", "L'Écho du Vexin", "Anne Roux")]
    [InlineData("fr", "Le Courrier du Vexin, 4 mars 2025, par Anne Roux", "Le Courrier du Vexin", "Anne Roux")]
    [InlineData("de", "Kinzigtaler Echo, 04.03.2025, von Jana Keller", "Kinzigtaler Echo", "Jana Keller")]
    [InlineData("es", "El Eco del Jalón, 4 de marzo de 2025, por Marta Gil", "El Eco del Jalón", "Marta Gil")]
    [InlineData("it", "L'Eco di Valsesia, 4 marzo 2025, di Paolo Neri", "L'Eco di Valsesia", "Paolo Neri")]
    [InlineData("pt", "O Eco da Beira Serra, 4 de março de 2025, por Rui Calado", "O Eco da Beira Serra", "Rui Calado")]
    [InlineData("nl", "De Echo van Zuidwest, 4 maart 2025, door Eva de Wit", "De Echo van Zuidwest", "Eva de Wit")]
    public void AnOutletBeforeTheDateAndTheWriter_PartedByCommas_IsTheSource(string language, string line, string source, string author)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(author, article.Author);
    }

    // Guards: a town before the date and the writer (a dateline, even of several words), a section's label, a writer and
    // a date, a paper's name among chrome parted by commas with no byline nor date.
    [Theory]
    [InlineData("fr", "Le Havre, 4 mars 2025, par Anne Roux")]
    [InlineData("es", "Puerto Llano, 4 de marzo de 2025, por Marta Gil")]
    [InlineData("de", "Lokales, 04.03.2025, von Jana Keller")]
    [InlineData("en", "Tom Pike, 4 March 2025")]
    [InlineData("it", "Cronaca, 4 marzo 2025, di Paolo Neri")]
    [InlineData("nl", "Dagblad Zuidwest, Nieuwsbrief, Podcasts")]
    [InlineData("pt", "Braga, 4 de março de 2025, por Rui Calado")]
    public void ALineNamingNoOutletBeforeTheDatePartedByCommas_NamesNoSource(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.Null(article.Source);
    }

    // A pasted article's credit under its standfirst (session 67): a forum's post or a channel's repost prints the
    // headline, the deck, then "Outlet, date, by writer", and the article's paragraphs after it, glued or parted by
    // blanks. The standfirst stays the body's first paragraph; the credit's outlet is the source, its writer the author.
    [Theory]
    [InlineData("en", "The Harrowgate Echo, 4 March 2025, by Tom Pike", "The Harrowgate Echo", "Tom Pike")]
    [InlineData("fr", "L'Écho du Vexin, 4 mars 2025, par Anne Roux", "L'Écho du Vexin", "Anne Roux")]
    [InlineData("de", "Kinzigtaler Bote · 04.03.2025 · von Jana Keller", "Kinzigtaler Bote", "Jana Keller")]
    [InlineData("es", "El Diario del Jalón | 4 de marzo de 2025 | Por Marta Gil", "El Diario del Jalón", "Marta Gil")]
    [InlineData("it", "L'Eco di Valsesia, 4 marzo 2025, di Paolo Neri", "L'Eco di Valsesia", "Paolo Neri")]
    [InlineData("pt", "Jornal da Beira Serra | 4 de março de 2025 | Por Rui Calado", "Jornal da Beira Serra", "Rui Calado")]
    [InlineData("nl", "Dagblad Zuidwest, 4 maart 2025, door Eva de Wit", "Dagblad Zuidwest", "Eva de Wit")]
    public void AnOutletOnTheCreditUnderAPastedStandfirst_IsTheSource(string language, string line, string source, string author)
    {
        foreach (var separator in new[] { "\n", "\n\n" })
        {
            var article = ArticleParser.Parse(PastedPage(language, line, separator));

            Assert.Equal(Articles.Of(language)[0], article.Title);
            Assert.Equal(source, article.Source);
            Assert.Equal(author, article.Author);
            Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
        }
    }

    // Guards: under the standfirst, a town's dateline, a section's label, a writer and a date name no outlet; and a
    // paragraph of the article that opens with a paper's name and a date stays body and names no source.
    [Theory]
    [InlineData("fr", "Le Havre, 4 mars 2025, par Anne Roux")]
    [InlineData("de", "Lokales · 04.03.2025 · von Jana Keller")]
    [InlineData("en", "Tom Pike, 4 March 2025")]
    [InlineData("es", "Puerto Llano | 4 de marzo de 2025 | Por Marta Gil")]
    [InlineData("it", "Cronaca, 4 marzo 2025, di Paolo Neri")]
    [InlineData("pt", "Braga, 4 de março de 2025, por Rui Calado")]
    [InlineData("nl", "Dagblad Zuidwest, Nieuwsbrief, Podcasts")]
    public void ALineNamingNoOutletUnderAPastedStandfirst_NamesNoSource(string language, string line)
    {
        var article = ArticleParser.Parse(PastedPage(language, line, "\n\n"));

        Assert.Null(article.Source);
    }

    [Theory]
    [InlineData("en", "The Harrowgate Echo, 4 March 2025, was the first paper to report that the service would be cut, and the council confirmed it a day later.")]
    [InlineData("fr", "L'Écho du Vexin, 4 mars 2025, avait déjà annoncé la suppression de la ligne, ce que le conseil a confirmé le lendemain.")]
    [InlineData("de", "Der Kinzigtaler Bote, 04.03.2025, hatte zuerst über die Kürzung berichtet, die der Rat am nächsten Tag bestätigte.")]
    [InlineData("es", "El Diario del Jalón, 4 de marzo de 2025, fue el primero en informar del recorte, que el consejo confirmó al día siguiente.")]
    [InlineData("it", "La Gazzetta di Valsesia, 4 marzo 2025, aveva anticipato il taglio della linea, confermato il giorno dopo dal consiglio.")]
    [InlineData("pt", "O Jornal da Beira Serra, 4 de março de 2025, foi o primeiro a noticiar o corte, que o conselho confirmou no dia seguinte.")]
    [InlineData("nl", "Dagblad Zuidwest, 4 maart 2025, meldde als eerste dat de lijn zou verdwijnen, wat de raad een dag later bevestigde.")]
    public void AParagraphOpeningWithAPapersNameAndADate_UnderTheStandfirst_StaysBody(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Articles.GappedMenu(language), p[0], p[1], paragraph, p[2], p[3], Articles.Closing(language)));

        Assert.Null(article.Source);
        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }

    // The menu, then the headline, the standfirst (the first paragraph) and the credit's line, then the article's paragraphs.
    private static string PastedPage(string language, string line, string separator)
    {
        var p = Articles.Of(language);
        return Articles.GappedMenu(language) + "\n\n" + string.Join(separator, p[0], p[1], line, p[2], p[3], Articles.Closing(language));
    }
}
