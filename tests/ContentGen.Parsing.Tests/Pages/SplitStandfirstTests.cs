using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A standfirst printed in two short paragraphs right over the byline, the second closing on a quote: that paragraph
/// stood where a headline stands, ended as a quoted headline ends, and was taken for the title; both were lost from the body. The headline is the line over both that ends on
/// no stop; a headline that ends on its stop, or three sentences over the byline, are read as before.
/// </summary>
public sealed class SplitStandfirstTests
{
    [Theory]
    [InlineData("en", "Volunteers who guard the oyster beds of Penwick Sound look for successors", "For forty years a handful of volunteers have counted and cleaned the beds.", "The eldest of them puts it plainly: \"Nobody young wants the early starts.\"", "By Harriet Selwood")]
    [InlineData("nl", "Sluiswachter in Grou draait na 38 jaar voor de laatste keer aan de wielen", "Vanaf volgend jaar wordt de sluis bij Grou op afstand bediend.", "De sluiswachter ziet het met gemengde gevoelens aan: „Een camera zwaait niet terug.”", "Door Femke Dijkstra")]
    [InlineData("de", "Die letzte Fährfrau am Altrhein geht nach dreißig Jahren in den Ruhestand", "Seit 1995 hat sie die Fähre bei Hochstetten über den Altrhein gesteuert.", "Der Bürgermeister sagt: „Wir suchen weiter eine Nachfolgerin.“", "Von Carla Wendt")]
    [InlineData("fr", "À Plouzévet, le dernier sabotier du canton range ses outils après un demi-siècle", "Pendant cinquante ans, il a taillé des sabots dans le hêtre de la forêt voisine.", "Le maire le reconnaît : « Personne ne reprendra l'atelier. »", "Par Lucie Garnier")]
    public void AStandfirstInTwoParagraphs_StaysInTheBody_UnderTheHeadline(string language, string headline, string deck, string deck2, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", headline, deck, deck2, byline + "\n12.03.2025", p[1], p[2], p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, deck2 }, new[] { article.Paragraphs[0].Text, article.Paragraphs[1].Text });
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    // Guard: one deck paragraph under a headline that ends on no stop, under a kicker of six words: the headline stays.
    [Theory]
    [InlineData("de", "Ärger an der Schleuse in Brunsholm", "Kanal-Sanierung dauert drei Jahre länger als geplant", "Die Erneuerung der kleinen Schleusenkammern wird deutlich teurer als erwartet.", "Von Carla Wendt")]
    [InlineData("it", "Storie di montagna e di chi ci vive", "Il gestore del rifugio scende a valle dopo quarant'anni", "Al suo posto arriva una cooperativa di giovani guide alpine.", "di Chiara Bonvecchio")]
    public void OneDeckUnderTheHeadline_UnderALongKicker_LeavesTheHeadline(string language, string kicker, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", kicker, headline, deck, byline + "\n12.03.2025", p[1], p[2], p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck, article.Paragraphs[0].Text);
    }
}
