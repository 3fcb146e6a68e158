using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A club's or a small site's page prints the date and the section's kicker on one line over the headline
/// ("08.02.2026 | Rowing"): the stack of a date and a kicker, as when each stands on a line of its own. The headline under
/// it is the title, not the listing's label higher up ("The latest news from the section" / "Categories: …"), whether the
/// page sets its items apart with blank lines or prints a paragraph a line with none.
/// </summary>
public sealed class DatedKickerTests
{
    [Theory]
    [InlineData("en", "The latest news from the section", "08.02.2026 | Rowing")]
    [InlineData("de", "Das Neueste aus unserer Abteilung", "08.02.2026 | Rudern")]
    [InlineData("fr", "Les nouvelles de la section", "08/02/2026 | Aviron")]
    [InlineData("es", "Las noticias de la sección", "08/02/2026 | Remo")]
    [InlineData("it", "Le ultime notizie dalla sezione", "08/02/2026 | Canottaggio")]
    [InlineData("pt", "As últimas notícias da secção", "08/02/2026 | Remo")]
    [InlineData("nl", "Het laatste nieuws uit de afdeling", "08-02-2026 | Roeien")]
    public void ADateAndKickerOnOneLine_OverTheHeadline_MarkIt(string language, string label, string dated)
    {
        var p = Articles.Of(language);
        var glued = string.Join("\n", dated, p[0], p[1], p[2], p[3], Articles.Closing(language));
        var apart = string.Join("\n\n", dated, p[0], p[1], p[2], p[3], Articles.Closing(language));

        foreach (var body in new[] { glued, apart })
        {
            var page = string.Join("\n\n", Chrome(), label, "Categories: All | Rowing | Canoeing | Club", body);

            var article = ArticleParser.Parse(page);

            Assert.Equal(p[0], article.Title);
            Assert.Equal(p[1], article.Paragraphs.First().Text);
        }
    }

    // Guard: the writer's name beside the date is a byline, no kicker: between a headline and a deck printed without its
    // stop, the line dates the headline above it, and the deck under it stays no headline.
    [Theory]
    [InlineData("en", "14 Mar 2025 | Ana Gil", "Residents of the outer villages have asked for a late service for more than ten years")]
    [InlineData("es", "14 mar 2025 | Ana Gil", "Los vecinos de los pueblos más alejados llevan más de diez años pidiendo un servicio de noche")]
    [InlineData("de", "14.03.2025 | Ana Gil", "Die Bewohner der äußeren Dörfer fordern seit mehr als zehn Jahren eine späte Verbindung")]
    [InlineData("en", "By Tom Vale | 14 Mar 2025", "Residents of the outer villages have asked for a late service for more than ten years")]
    [InlineData("es", "Por Ana Gil · 14 mar 2025", "Los vecinos de los pueblos más alejados llevan más de diez años pidiendo un servicio de noche")]
    [InlineData("de", "Von Jonas Berg | 14.03.2025", "Die Bewohner der äußeren Dörfer fordern seit mehr als zehn Jahren eine späte Verbindung")]
    public void ADateBesideTheWritersName_IsNoKicker_OverTheDeck(string language, string dated, string deck)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), p[0], dated, deck, p[1], p[2], p[3], Articles.Closing(language));

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    private static string Chrome() => "Riverside Rowing Club\nHome | Club | Sections | Events | Join | Contact\nSections > Rowing > News";
}
