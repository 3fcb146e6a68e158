using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Smaller shapes of the session's review and news pages: a critic's job after the byline's name ("Film Critic",
/// "Kritikerin", "recensent") is no second writer; a graphic's credit ends a caption as a photo's does ("Grafik: …");
/// a publication stamp printed only in the footer ("Artikel veröffentlicht am …") dates the page; "Partilhe este artigo"
/// is a share prompt.
/// </summary>
public sealed class ReviewPageLinesTests
{
    [Theory]
    [InlineData("en", "By Helen Marsh, Film Critic", "Helen Marsh")]
    [InlineData("de", "Von Jonas Riedel, Kritiker", "Jonas Riedel")]
    [InlineData("nl", "Door Femke Visser, recensent", "Femke Visser")]
    public void ACriticsJob_IsNoSecondWriter(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], byline + "\n14/03/2025 06:00", p[1], p[2], p[3], "© 2025");

        Assert.Equal(author, ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("de", "Die neue Linie im Überblick. Grafik: Allgäuer Rundschau")]
    [InlineData("en", "The new route at a glance. Graphic: Valley Courier")]
    public void AGraphicsCredit_EndsACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "14/03/2025 06:00", p[1], p[2], caption, p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading == caption);
    }

    [Theory]
    [InlineData("de", "Artikel veröffentlicht am 12.03.2025 um 18:40 Uhr", "2025-03-12T18:40")]
    [InlineData("fr", "Article publié le 12/03/2025 à 18h40", "2025-03-12T18:40")]
    [InlineData("es", "Artículo publicado el 12/03/2025", "2025-03-12")]
    public void AStampInTheFooter_DatesThePage(string language, string stamp, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], p[3], Articles.Closing(language), "More\nOne headline here today\nAnother headline today", stamp, "© 2025");

        Assert.Equal(date, ArticleParser.Parse(page).Published);
    }

    // A stamp under the headline still wins over one in the footer.
    [Fact]
    public void AStampUnderTheHeadline_WinsOverTheFooters()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "Veröffentlicht: 10.03.2025, 09:00 Uhr", p[1], p[2], p[3], "Artikel veröffentlicht am 12.03.2025 um 18:40 Uhr", "© 2025");

        Assert.Equal("2025-03-10T09:00", ArticleParser.Parse(page).Published);
    }

    [Fact]
    public void APortugueseSharePrompt_IsChrome()
    {
        var p = Articles.Of("pt");
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "14/03/2025 06:00", p[1], p[2], p[3], Articles.Closing("pt"), "Partilhe este artigo\nFacebook   X   WhatsApp", "© 2025");

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing("pt") }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
