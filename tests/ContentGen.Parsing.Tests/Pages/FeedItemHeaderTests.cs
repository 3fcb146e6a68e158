using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 71, pfresh: a feed reader's item header glued over the headline (OutletNames.ItemHeaders): the outlet's name,
/// the item's age, the writer's credit ("The Harrowgate Courier · 3h ago · by Tom Pike"). The outlet is the source and the
/// writer the author, not the reader's name over its list of feeds. And the lines like it that sign nothing: a header a
/// blank line above the headline (a teaser's), a section's label in place of the outlet, a paper's name among chrome.
/// Invented lines, in other words than the tuning page that showed it.
/// </summary>
public sealed class FeedItemHeaderTests
{
    // The reader's menu, then the item header and what stands between it and the headline, glued, then the article.
    private static string Page(string language, string header, string between = "")
    {
        var p = Articles.Of(language);
        var top = between.Length == 0 ? header : header + "\n" + between;
        return Articles.GappedMenu(language) + "\n\n" + top + "\n" + string.Join("\n\n", p[0], p[1], p[2], p[3], Articles.Closing(language));
    }

    // The item's age ("3h ago", "hace 3 h") or its date stands between the outlet and the writer. Glued right over the
    // headline with nothing between, the header is taken for the headline's first line in German, Italian, Portuguese
    // and Dutch (the title readers' choice, not this rule's); the theory below reads the header in all seven languages.
    [Theory]
    [InlineData("en", "The Harrowgate Courier · 3h ago · by Tom Pike", "The Harrowgate Courier", "Tom Pike")]
    [InlineData("fr", "Le Courrier du Vexin · 4 mars 2025 · par Anne Roux", "Le Courrier du Vexin", "Anne Roux")]
    [InlineData("es", "El Diario del Jalón · hace 3 h · por Marta Gil", "El Diario del Jalón", "Marta Gil")]
    public void AnItemHeaderGluedOverTheHeadline_NamesTheSourceAndTheWriter(string language, string header, string source, string author)
    {
        var article = ArticleParser.Parse(Page(language, header));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(author, article.Author);
    }

    // The reader's share button between the header and the headline stays its chrome.
    [Theory]
    [InlineData("en", "The Harrowgate Courier · 4 March 2025 · by Tom Pike", "Share", "The Harrowgate Courier", "Tom Pike")]
    [InlineData("fr", "Le Courrier du Vexin · 4 mars 2025 · par Anne Roux", "Partager", "Le Courrier du Vexin", "Anne Roux")]
    [InlineData("de", "Kinzigtaler Bote · 04.03.2025 · von Jana Keller", "Teilen", "Kinzigtaler Bote", "Jana Keller")]
    [InlineData("es", "El Diario del Jalón · hace 3 h · por Marta Gil", "Compartir", "El Diario del Jalón", "Marta Gil")]
    [InlineData("it", "Gazzetta di Valsesia · 4 marzo 2025 · di Paolo Neri", "Condividi", "Gazzetta di Valsesia", "Paolo Neri")]
    [InlineData("pt", "Jornal da Beira Serra · 4 de março de 2025 · por Rui Calado", "Partilhar", "Jornal da Beira Serra", "Rui Calado")]
    [InlineData("nl", "Dagblad Zuidwest · 4 maart 2025 · door Eva de Wit", "Delen", "Dagblad Zuidwest", "Eva de Wit")]
    public void AnItemHeaderOverTheReadersButtons_NamesTheSourceAndTheWriter(string language, string header, string between, string source, string author)
    {
        var article = ArticleParser.Parse(Page(language, header, between));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(author, article.Author);
    }

    // Guards: a section's label or a place in the outlet's place, and a paper's name among chrome with no credit nor date.
    [Theory]
    [InlineData("de", "Lokales · 04.03.2025 · von Jana Keller")]
    [InlineData("fr", "Port-Kerhel · 4 mars 2025 · par Anne Roux")]
    [InlineData("es", "Opinión · hace 3 h · por Marta Gil")]
    [InlineData("it", "Cronaca · 4 marzo 2025 · di Paolo Neri")]
    [InlineData("nl", "Dagblad Zuidwest · Nieuwsbrief · Podcasts")]
    [InlineData("pt", "Jornal da Beira Serra · Partilhar · Guardar")]
    [InlineData("en", "The Harrowgate Courier · Local News · Sport")]
    public void AHeaderNamingNoOutletBeforeACreditOrADate_NamesNoSource(string language, string header)
    {
        var article = ArticleParser.Parse(Page(language, header));

        Assert.Null(article.Source);
    }

    // Guard: the header a blank line over the headline is not glued to it: a teaser's, or a line of the reader's chrome.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AHeaderParted_FromTheHeadline_ByABlankLine_SignsNothing(string language)
    {
        var header = language switch
        {
            "en" => "The Harrowgate Courier · 3h ago · by Tom Pike",
            "fr" => "Le Courrier du Vexin · 4 mars 2025 · par Anne Roux",
            "de" => "Kinzigtaler Bote · 04.03.2025 · von Jana Keller",
            "es" => "El Diario del Jalón · hace 3 h · por Marta Gil",
            "it" => "Gazzetta di Valsesia · 4 marzo 2025 · di Paolo Neri",
            "pt" => "Jornal da Beira Serra · 4 de março de 2025 · por Rui Calado",
            _ => "Dagblad Zuidwest · 4 maart 2025 · door Eva de Wit",
        };

        var article = ArticleParser.Parse(Page(language, header + "\n"));

        Assert.Null(article.Source);
        Assert.Null(article.Author);
    }
}
