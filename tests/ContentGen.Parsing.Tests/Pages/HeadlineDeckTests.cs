using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A standfirst glued under its headline with no blank line, wrapped by the dump to the headline's own width: the deck's
/// first line opens a new sentence with a function word in capitals, so it opens a block of its own and the headline stays
/// the title. A wrapped paragraph whose next line opens with a capitalised noun or a name, a line that goes on into a
/// name, and a label over short items keep their lines as they were.
/// </summary>
public sealed class HeadlineDeckTests
{
    // Headlines of about the dump's width, so that the deck's first word would not fit after them.
    public static TheoryData<string, string, string> Decks => new()
    {
        {
            "en",
            "Ferry slipway at Crossmoor Quay to be rebuilt after the storms",
            "The concrete ramp cracked in January, and the foot ferry has run from a temporary pontoon ever since while the council looked for money."
        },
        {
            "fr",
            "Le moulin de Saint-Orvel va retrouver sa roue à aubes en juin",
            "L'association des amis du moulin a réuni les 48 000 euros nécessaires, et la nouvelle roue sera posée à la fin du mois de mai."
        },
        {
            "de",
            "Der Dorfteich in Hummelsried wird im Herbst endlich ausgebaggert",
            "Nach drei trockenen Sommern ist der Teich zur Hälfte verlandet, und die Fische ziehen vorher in einen Weiher am Bach um."
        },
        {
            "es",
            "El Ayuntamiento de Valdemora restaurará el viejo lavadero del río",
            "La obra costará 85.000 euros y recuperará la cubierta de madera y las pilas de granito, cerradas desde hace seis años."
        },
        {
            "it",
            "La passerella sul torrente Orvella riaprirà solo in autunno inoltrato",
            "Le verifiche sui piloni hanno trovato più ruggine del previsto e il Comune rinvia la riapertura di sei mesi."
        },
        {
            "nl",
            "Gemaal Kranenbroek krijgt nieuwe pompen na de storing in februari",
            "Het waterschap vervangt de drie pompen van het gemaal, dat tijdens de storm twee dagen uitviel."
        },
        {
            "pt",
            "Lagar comunitário de Vale de Giestas volta a moer azeitona este ano",
            "O lagar foi recuperado pela junta de freguesia com fundos europeus e vai servir os pequenos produtores da aldeia."
        },
    };

    private static string[] Split(string text) => SplitBlocks.Of(text);

    // The headline and its deck wrapped together at the headline's width, as a dump prints a standfirst glued under it.
    private static string Glued(string headline, string deck) => headline + "\n" + HardWrap.Lines(deck, headline.Length);

    [Theory]
    [MemberData(nameof(Decks))]
    public void ADeck_GluedUnderAHeadline_IsABlockOfItsOwn(string language, string headline, string deck)
    {
        _ = language;
        Assert.Equal([headline, deck], Split(Glued(headline, deck)));
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void TheHeadline_OverAGluedDeck_IsTheTitle_AndTheDeckIsTheFirstParagraph(string language, string headline, string deck)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { p[1], p[2], p[3], Articles.Closing(language) }.Select(paragraph => HardWrap.Lines(paragraph, headline.Length)));
        var page = CourierHeader.Lines(language) + "\n\n" + Glued(headline, deck) + "\n\n" + body + "\n\n© 2025 " + CourierHeader.Site;

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck, article.Paragraphs[0].Text);
    }

    // Wrapped prose whose first line is its widest: the next line opens with a capitalised noun ("Oktober"), or goes on
    // from a function word into a name ("… from" / "The Hague").
    [Theory]
    [InlineData("Nach dem Gutachten muss der Schlamm aus dem Teich bis spätestens Ende", "Oktober ausgebaggert sein, sonst verlandet er ganz.")]
    [InlineData("Delegations from twenty towns and cities had travelled to the congress from", "The Hague and Rotterdam, and the mayor welcomed them.")]
    [InlineData("Los vecinos de la calle Molinos llevan dos otoños sacando agua de sus garajes en", "La Vega y en el barrio alto, según la asociación.")]
    public void AWrappedParagraph_StaysOneBlock(string line, string next)
        => Assert.Single(Split(line + "\n" + next));

    // The same sentence's lines further down a paragraph: only a group's first line is a headline.
    [Fact]
    public void ACapitalisedArticle_InsideAParagraph_StaysInIt()
        => Assert.Single(Split(
            "The county council has agreed to spend a large sum on a new slipway for the\n"
            + "Crossmoor to Polwenna foot ferry, which carries many passengers each summer\n"
            + "The Quay Trust will pay a third of the bill, the council said on Monday."));

    // A label over a list of short teaser headlines: the items are no deck, however they open.
    [Fact]
    public void ALabelOverShortItems_IsNoHeadlineOverADeck()
    {
        var blocks = Split("More news from the valley towns this week\nThe harbour car park charges rise\nA school wins a reading award");
        Assert.DoesNotContain("The harbour car park charges rise", blocks);
    }
}
