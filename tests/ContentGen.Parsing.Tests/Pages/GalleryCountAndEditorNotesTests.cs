using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A gallery's label may carry its count in brackets ("Galeria de imagens (6)"): chrome, as the label alone is. A press
/// release's "Notes to editors" label ends the article, in every language, as an author box's label does. "Related
/// story:" opens a link line. The same words in a sentence stay the article's.
/// </summary>
public sealed class GalleryCountAndEditorNotesTests
{
    [Theory]
    [InlineData("pt", "Galeria de imagens (6)")]
    [InlineData("es", "Galería de imágenes (12)")]
    [InlineData("en", "Photo gallery (8)")]
    [InlineData("de", "Bildergalerie (14)")]
    [InlineData("it", "Galleria fotografica (5)")]
    public void AGallerysLabelWithItsCount_BetweenParagraphs_IsChrome(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nNews", p[0], "24/02/2025 15:20", p[1], label, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, x => x.Text == label);
    }

    // A count in brackets after other words, or a year, is no label's count.
    [Theory]
    [InlineData("en", "The old gallery (1887)")]
    [InlineData("pt", "A nova galeria municipal (2025)")]
    public void AHeadingWithANumberInBrackets_StaysTheArticles(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], heading, p[2], p[3]);

        Assert.DoesNotContain(ArticleParser.Parse(page).Boilerplate, x => x.Text == heading);
    }

    [Theory]
    [InlineData("en", "Notes to editors", "Dr Castell is available for interview on request. Images are available from the press office.")]
    [InlineData("fr", "Note aux rédactions", "Le professeur Castell est disponible pour des entretiens. Les images sont disponibles auprès du service de presse.")]
    [InlineData("de", "Hinweis für Redaktionen", "Professorin Castell steht für Interviews zur Verfügung. Bilder gibt es bei der Pressestelle.")]
    [InlineData("es", "Nota para editores", "La profesora Castell está disponible para entrevistas. Las imágenes están disponibles en el gabinete de prensa.")]
    [InlineData("it", "Nota per le redazioni", "La professoressa Castell è disponibile per interviste. Le immagini sono disponibili presso l'ufficio stampa.")]
    [InlineData("pt", "Nota aos editores", "A professora Castell está disponível para entrevistas. As imagens estão disponíveis na assessoria de imprensa.")]
    public void NotesToEditors_UnderTheRelease_EndTheArticle(string language, string label, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nResearch", p[0], "04/03/2025 09:15", p[1], p[2], p[3], label + "\n" + note, "© 2025");

        Assert.Equal(new[] { p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void NotesToEditorsInASentence_StayTheArticles()
    {
        var p = Articles.Of("en");
        var sentence = "Notes to editors sent on Monday said the timetable would be published before the end of the month.";
        var page = string.Join("\n\n", "Home\nNews", p[0], "04/03/2025 09:15", p[1], sentence, p[2], p[3]);

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }

    [Fact]
    public void ARelatedStoryLine_BetweenParagraphs_IsChrome()
    {
        var p = Articles.Of("en");
        var link = "Related story: New glasshouse complex opens at the farm";
        var page = string.Join("\n\n", "Home\nNews", p[0], "04/03/2025 09:15", p[1], link, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Sections.Select(s => s.Heading).OfType<string>());
    }
}
