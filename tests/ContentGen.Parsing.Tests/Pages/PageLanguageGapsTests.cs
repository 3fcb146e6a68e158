using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Gaps that pages read in one language and not in another, found by rewriting a page into another language: a
/// service section a menu one space apart names in that language ("Inmobiliaria", "Rätsel", "Passatempos"); a "share
/// this article" line in that language's words; a French or Italian deck glued under the headline whose elided article
/// ("L'association …") made it a word shorter than the same deck in Dutch; the writer's job on the line under the
/// byline opening on the job's noun, as Romance languages write it ("Redactora de información municipal").
/// </summary>
public sealed class PageLanguageGapsTests
{
    // --- Service sections in a menu parted by single spaces ---------------------------------------------------------

    [Theory]
    [InlineData("Portada Local Deportes Agenda Inmobiliaria Empleo Contacto")]
    [InlineData("Portada Deportes Clasificados Pasatiempos Necrológicas")]
    [InlineData("Lokales Sport Rätsel Kleinanzeigen E-Paper")]
    [InlineData("Cronaca Sport Immobiliare Giochi Annunci")]
    [InlineData("Início Desporto Concelhos Imobiliário Passatempos")]
    [InlineData("Nieuws Regio Lokaal Puzzels Overlijdensberichten")]
    [InlineData("Actualités Sports Jeux Petites annonces Emploi")]
    public void AMenuOfServiceSections_OneSpaceApart_IsAMenu(string menu)
        => Assert.True(SectionMenus.IsMenuLine(menu.AsSpan()));

    // A headline that opens on a section's word is a clause with words of its own.
    [Theory]
    [InlineData("Inmobiliaria de Valdemora despide a doce empleados")]
    [InlineData("Rätsel um den verschwundenen Maibaum gelöst")]
    [InlineData("Giochi senza frontiere tornano in piazza a luglio")]
    [InlineData("Passatempos de verão enchem a biblioteca de crianças")]
    [InlineData("Puzzels van de dorpsquiz liggen klaar in het buurthuis")]
    public void AHeadlineOpeningOnASectionsWord_IsNoMenu(string text)
        => Assert.False(SectionMenus.IsMenuLine(text.AsSpan()));

    [Theory]
    [InlineData("es", "Portada Local Deportes Agenda Inmobiliaria Empleo Contacto", "Por Marta Gil\n14 de noviembre de 2025, 07:45")]
    [InlineData("de", "Lokales Sport Rätsel Kleinanzeigen E-Paper", "Von Jonas Berg\n14.11.2025, 07:45 Uhr")]
    [InlineData("pt", "Início Desporto Concelhos Imobiliário Passatempos", "Por Ana Costa\n14 de novembro de 2025, 07:45")]
    public void TheMenu_OverTheHeadline_IsNeitherTitleNorHeading(string language, string menu, string stamps)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "The Valley Courier\n" + menu, p[0], stamps, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.All(article.Sections, s => Assert.NotEqual(menu, s.Heading));
        Assert.NotNull(article.Published);
    }

    // --- "Share this article" in each language -----------------------------------------------------------------------

    [Theory]
    [InlineData("es", "Compartir este artículo")]
    [InlineData("es", "Compartir esta noticia")]
    [InlineData("pt", "Partilhar este artigo")]
    [InlineData("pt", "Compartilhe esta notícia")]
    [InlineData("it", "Condividi questo articolo")]
    [InlineData("de", "Diesen Artikel teilen")]
    [InlineData("nl", "Deel dit artikel")]
    public void TheShareLine_IsNoParagraph(string language, string share)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], share, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.All(article.Sections, s => Assert.NotEqual(share, s.Heading));
    }

    // "Más noticias" over a box of briefs between paragraphs ends nothing: the article goes on under the box, so the
    // "more news" label is no end of the article in any language (none was added).
    [Theory]
    [InlineData("es", "Más noticias\nMedina. La depuradora, a punto de terminarse\nParedes. Una exposición recuerda a los antiguos molinos")]
    [InlineData("pt", "Mais notícias\nMértola. A piscina abre mais cedo\nSerpa. Feira do queijo muda de data")]
    public void AMoreNewsBoxBetweenParagraphs_EndsNothing(string language, string box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], box, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    // --- An elided article counts as a word -------------------------------------------------------------------------

    [Theory]
    [InlineData("L'association Vivre à Bruyères reprend le bâtiment", 1)]
    [InlineData("L’Union des usagers obtient l’arrêt qu’elle demandait", 3)]
    [InlineData("L'assessore conferma i fondi dell'ente per la fermata", 2)]
    [InlineData("Aujourd'hui la mairie vote", 0)]
    [InlineData("De stichting Samen Heikant neemt het gebouw over", 0)]
    public void ElidedFunctionWords_AreCounted(string text, int expected)
        => Assert.Equal(expected, ElidedWords.Count(text.AsSpan()));

    [Theory]
    [InlineData("fr", "Le foyer rural de Bruyères-le-Haut trouve un repreneur après un an d'incertitude",
        "L'association Vivre à Bruyères reprend le bâtiment")]
    [InlineData("it", "La fermata ferroviaria di Valmorone riaprirà ai viaggiatori a settembre dopo quindici anni",
        "L'assessore regionale conferma il finanziamento dei lavori")]
    public void AGluedDeckWithAnElidedArticle_IsNoPartOfTheTitle(string language, string headline, string deck)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", headline + "\n" + deck, Articles.Closing(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }

    // The same line a word shorter than a deck, with no elision, is read as before: the headline's second line.
    [Fact]
    public void AGluedLineOfSevenWordsWithNoElision_StaysWithTheHeadline()
    {
        var p = Articles.Of("fr");
        var headline = "Le foyer rural de Bruyères-le-Haut trouve un repreneur après un an d'incertitude";
        var line = "Une association de Bruyères reprend le bâtiment";
        var page = string.Join("\n\n", headline + "\n" + line, Articles.Closing("fr"), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline + " " + line, article.Title);
    }

    // --- The writer's job under the byline --------------------------------------------------------------------------

    [Theory]
    [InlineData("es", "Por Marta Gil\nRedactora de información municipal\n14 de noviembre de 2025, 07:45", "Marta Gil")]
    [InlineData("fr", "Par Claire Roy\nJournaliste au service Régions\n14 novembre 2025 à 07h45", "Claire Roy")]
    [InlineData("it", "di Paola Neri\nRedattrice di cronaca locale\n14 novembre 2025, 07:45", "Paola Neri")]
    [InlineData("pt", "Por Ana Costa\nJornalista da secção Local\n14 de novembro de 2025, 07:45", "Ana Costa")]
    [InlineData("en", "By Jane Roe\nReporter for the harbour area\n14 November 2025, 07:45", "Jane Roe")]
    public void TheJobUnderTheByline_IsNoHeading(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "The Valley Courier", p[0], p[1], byline, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal((p[0], author, "2025-11-14T07:45"), (article.Title, article.Author, article.Published));
    }

    // A job's words as a subheading between paragraphs, under no byline, still head their section.
    [Theory]
    [InlineData("es", "El corresponsal en la frontera")]
    [InlineData("fr", "Le correspondant du village")]
    public void AJobsWordsAsASubheading_StillHead(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], heading, Articles.Closing(language), p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
    }

    // --- The writer's note under the article: the writer heads a desk -----------------------------------------------

    [Theory]
    [InlineData("de", "Von Wiebke Harmsdorf", "Wiebke Harmsdorf leitet die Lokalredaktion in Talbach. Sie erreichen sie unter lokales@talbach.example.")]
    [InlineData("nl", "Door Els Smit", "Els Smit leidt de regioredactie in Heikant. U bereikt haar via regio@heikant.example.")]
    [InlineData("es", "Por Marta Gil", "Marta Gil dirige la sección de Local. Puede escribirle a local@valdemora.example.")]
    [InlineData("fr", "Par Claire Roy", "Claire Roy dirige l'agence locale de Bruyères. Écrivez-lui à bruyeres@eveil.example.")]
    [InlineData("pt", "Por Ana Costa", "Ana Costa chefia a secção Local. Pode contactá-la em local@valmorada.example.")]
    [InlineData("en", "By Jane Roe", "Jane Roe heads the local desk. You can reach her at local@courier.example.")]
    public void TheWritersNoteOnTheDeskSheHeads_IsNoParagraph(string language, string byline, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], byline + "\n14.11.2025", p[1], p[2], p[3], note);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Someone else who heads something, in the article's last paragraph, is the article's.
    [Theory]
    [InlineData("de", "Von Wiebke Harmsdorf", "Anna Keller leitet die Tafel seit 2019 und sucht noch Helfer für die Ausgabe am Samstag.")]
    [InlineData("es", "Por Marta Gil", "Rosario Galindo dirige el colegio desde 2019 y espera que el comedor abra en septiembre.")]
    public void SomeoneElseWhoHeadsSomething_StaysTheArticles(string language, string byline, string last)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], byline + "\n14.11.2025", p[1], p[2], p[3], last);

        var article = ArticleParser.Parse(page);

        Assert.Equal(last, article.Paragraphs[^1].Text);
    }

    // --- An author box's label over the writer's note ---------------------------------------------------------------

    [Theory]
    [InlineData("de", "Von Chiara Folcarelli", "Die Autorin", "Chiara Folcarelli ist Redakteurin. Seit 2011 berichtet sie aus den Tälern des Oberallgäus.")]
    [InlineData("en", "By Jane Roe", "The author", "Jane Roe is a reporter. She has covered the valley's villages since 2011.")]
    [InlineData("es", "Por Luis Mora", "El autor", "Luis Mora es redactor. Desde 2011 cubre los pueblos del valle.")]
    [InlineData("nl", "Door Els Smit", "De auteur", "Els Smit is verslaggever. Sinds 2011 schrijft ze over de dorpen in het dal.")]
    [InlineData("pt", "Por Ana Costa", "A autora", "Ana Costa é jornalista. Desde 2011 acompanha as aldeias do vale.")]
    public void TheBoxLabelOverTheWritersNote_IsNoParagraph(string language, string byline, string label, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], byline + "\n14.11.2025", p[1], p[2], p[3], label + "\n" + note);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The article's last paragraph glued over the writer's note is no label: it stays the article's.
    [Theory]
    [InlineData("de", "Von Chiara Folcarelli", "Chiara Folcarelli ist Redakteurin. Seit 2011 berichtet sie aus den Tälern des Oberallgäus.")]
    [InlineData("en", "By Jane Roe", "Jane Roe is a reporter. She has covered the valley's villages since 2011.")]
    public void TheLastParagraphGluedOverTheWritersNote_StaysTheArticles(string language, string byline, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], byline + "\n14.11.2025", p[1], p[2], p[3] + "\n" + note);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }
}
