using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump drops a list's bullets: the article's list is then short lines printed one under another
/// between its paragraphs. Each looks like a menu link and four like other stories' headlines, yet
/// they are the article's text, and so is every paragraph after them.
/// </summary>
public sealed class ArticleListTests
{
    public static TheoryData<string, string, string[]> Lists() => new()
    {
        { "en", "Skip to main content", new[] { "What the plan includes", "Free shuttle buses", "Park and ride", "Larger tourist office" } },
        { "fr", "Aller au contenu principal", new[] { "Les mesures prévues", "Navettes gratuites", "Parking relais", "Office de tourisme agrandi" } },
        { "de", "Zum Inhalt springen", new[] { "Die geplanten Maßnahmen", "Kostenlose Shuttlebusse", "Neue Parkplätze", "Größeres Touristenbüro" } },
        { "es", "Saltar al contenido", new[] { "Las medidas previstas", "Lanzaderas gratuitas", "Aparcamiento disuasorio", "Oficina de turismo ampliada" } },
        { "it", "Vai al contenuto", new[] { "Le misure previste", "Navette gratuite", "Parcheggio scambiatore", "Ufficio turistico ampliato" } },
        { "pt", "Ir para o conteúdo", new[] { "As medidas previstas", "Autocarros gratuitos", "Parque dissuasor", "Posto de turismo ampliado" } },
        { "nl", "Naar de inhoud", new[] { "De geplande maatregelen", "Gratis pendelbussen", "Transferium", "Groter toeristenbureau" } },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void AListWithoutBullets_BetweenParagraphs_StaysWithTheArticle(string language, string skipLink, string[] list)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", skipLink, p[0], p[1], p[2], string.Join("\n", list), closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2] }.Concat(list).Append(closing), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(skipLink, Assert.Single(article.Boilerplate).Text);
    }
}
