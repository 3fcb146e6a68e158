using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page may open its article with a summary ("Ce qu'il faut retenir", "Key points") whose bullets the
/// dump dropped: short lines between the byline and the first paragraph. Under the page's headline such
/// lines are usually furniture; under a summary's opener they are the article's own text.
/// </summary>
public sealed class SummaryTests
{
    public static TheoryData<string, string, string[]> Summaries() => new()
    {
        { "en", "Key points", new[] { "Night buses to six villages", "First departures at midnight", "Cost shared with neighbouring towns" } },
        { "fr", "Ce qu'il faut retenir", new[] { "Des bus de nuit vers six villages", "Premiers départs à minuit", "Un coût partagé avec les communes voisines" } },
        { "de", "Das Wichtigste in Kürze", new[] { "Nachtbusse in sechs Dörfer", "Erste Abfahrt um Mitternacht", "Kosten mit den Nachbargemeinden geteilt" } },
        { "es", "Lo más importante", new[] { "Autobuses nocturnos a seis pueblos", "Primeras salidas a medianoche", "Coste compartido con los municipios vecinos" } },
        { "it", "In sintesi", new[] { "Autobus notturni per sei paesi", "Prime partenze a mezzanotte", "Costo diviso con i comuni vicini" } },
        { "pt", "Em resumo", new[] { "Autocarros noturnos para seis aldeias", "Primeiras partidas à meia-noite", "Custo dividido com os municípios vizinhos" } },
        { "nl", "In het kort", new[] { "Nachtbussen naar zes dorpen", "Eerste vertrek om middernacht", "Kosten gedeeld met de buurgemeenten" } },
    };

    [Theory]
    [MemberData(nameof(Summaries))]
    public void ASummaryWithoutBullets_UnderItsOpener_IsTheArticlesText(string language, string opener, string[] items)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu", p[0], string.Join("\n", items.Prepend(opener)), closing, p[1], p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        // A dump may wrap the points into one block; what matters is that every line stays in the text.
        Assert.Equal(string.Join(" ", items.Concat(new[] { closing, p[1], p[2], p[3] })), string.Join(" ", article.Paragraphs.Select(x => x.Text)));
        Assert.Contains(article.Boilerplate, b => b.Text == opener);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // Without an opener, short lines between the headline and the first paragraph stay furniture.
    [Fact]
    public void ShortLinesUnderTheHeadline_WithoutAnOpener_AreFurniture()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var lines = new[] { "Transport", "Valley villages", "Night services" };
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], string.Join("\n", lines), closing, p[1]));

        Assert.Equal(new[] { closing, p[1] }, article.Paragraphs.Select(x => x.Text));
    }
}
