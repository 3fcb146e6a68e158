using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A kicker glued over a compact headline, and a long deck set apart under it over the byline (Dutch and German decks run
/// to more than twice their headline's words): the kicker marks the headline, the deck opens the body.
/// </summary>
public sealed class KickedHeadlineDeckTests
{
    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "nl", "Na jarenlange ruzie over de locatie", "Velderen bouwt nieuwe brandweerkazerne aan de Molenweg", "De gemeenteraad trekt 2,4 miljoen euro uit voor de kazerne, de bouw moet in het najaar beginnen", "Tekst: Eva Mol" },
        { "de", "Nach jahrelangem Streit um den Standort", "Lindenhain baut neues Feuerwehrhaus an der Mühlstraße", "Der Gemeinderat gibt 2,4 Millionen Euro für den Neubau frei, und die Bauarbeiten sollen schon im Herbst dieses Jahres beginnen", "Text: Jana Kolb" },
        { "en", "After years of rows over the site", "Ashcombe to build new fire station on Mill Lane", "Councillors have set aside £2.4m for the station, and the builders are due to start work on the site in the autumn of this year", "By Tom Vale" },
        { "it", "Dopo anni di polemiche sul sito", "Roccalba costruisce la nuova caserma in via Mulino", "Il consiglio comunale stanzia 2,4 milioni di euro per la caserma e i lavori dovrebbero partire già nell'autunno di quest'anno", "di Paolo Neri" },
    };

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Pages))]
    public void ALongDeckUnderAKickedHeadline_OpensTheBody(string language, string kicker, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, "Regio > Lokaal", kicker + "\n" + headline, deck, byline + "\n11-03-25, 18:40", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Two lines glued, the upper as long as the lower: two teasers' headlines, no kicker over a headline. The long line
    // over the byline is not moved off for the line above it.
    [Theory]
    [InlineData("nl", "Gemeente wil blauwe zones in het centrum van Velderen uitbreiden", "Velderen bouwt nieuwe brandweerkazerne aan de Molenweg",
        "De gemeenteraad trekt 2,4 miljoen euro uit voor de kazerne, en de bouw moet al in het najaar van dit jaar beginnen")]
    public void ALineGluedOverThatIsNoKicker_MarksNoHeadline(string language, string upper, string middle, string lower)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, "Regio > Lokaal", upper + "\n" + middle, lower, "Tekst: Eva Mol\n11-03-25, 18:40", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.NotEqual(middle, article.Title);
    }
}
