using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A label that would end the article ("Noticias relacionadas", "Most read") alone on its line between the article's
/// paragraphs ends nothing and is set aside; the bulleted headlines printed under it are its links, and the article's
/// paragraphs under them stay. An article's own bulleted list of sentences, or bullets under a paragraph, stay too.
/// </summary>
public sealed class LinkListLabelTests
{
    public static TheoryData<string, string, string, string> Boxes() => new()
    {
        { "es", "Noticias relacionadas", "• El puerto cierra su mejor año desde 2008", "• Los arroceros piden garantías antes del dragado" },
        { "en", "Most read", "• Harbour wall to be rebuilt before winter", "• Ferry fares to rise in April" },
        { "pt", "Notícias relacionadas", "• Porto fecha o melhor ano desde 2008", "• Agricultores pedem garantias antes da dragagem" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void BulletedHeadlinesUnderALabel_BetweenParagraphs_AreItsLinks(string language, string label, string first, string second)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "05/02/2025 12:40", p[1], p[2], label, first + "\n" + second, p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], closing }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == second);
    }

    // Bullets that are sentences, under the same label, are no headlines: the article's list.
    [Fact]
    public void BulletedSentencesUnderALabel_StayTheArticles()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var items = "• The first bus leaves at midnight.\n• The last bus returns at four.";
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "05/02/2025 12:40", p[1], p[2], "Most read", items, p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.StartsWith("• The last bus", StringComparison.Ordinal) || x.Text.EndsWith("• The last bus returns at four.", StringComparison.Ordinal));
    }

    // Under a paragraph, with no label, bulleted lines are the article's list.
    [Fact]
    public void BulletedLinesUnderAParagraph_StayTheArticles()
    {
        var p = Articles.Of("es");
        var closing = Articles.Closing("es");
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "05/02/2025 12:40", p[1], p[2], "• Ampliación del horario nocturno\n• Nuevas paradas en los pueblos", p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.Contains("Nuevas paradas en los pueblos", StringComparison.Ordinal));
    }
}
