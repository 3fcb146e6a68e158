using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The session-25 review's probes, kept as guards: each put a new rule's words in an innocent role, and each reads as at
/// the session's start.
/// </summary>
public sealed class ReviewS25PageGuardTests
{
    private static IEnumerable<string> Headings(Article article) => article.Sections.Select(s => s.Heading).OfType<string>();

    // A lower-case job after a byline's comma needs a person's name and a job's words: a subheading is no byline (1, 1b).
    [Fact]
    public void ASubheadingOpeningWithBy_AndAnOfficesWord_StaysAHeading()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", p[0], p[1], p[2], "By Easter Sunday, office hours resume", p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Contains("By Easter Sunday, office hours resume", Headings(article));
    }

    [Fact]
    public void AFrenchSubheading_WithACompanyAndAService_StaysAHeading()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", "Grève dans les transports ce jeudi", p[1], p[2], "Le trafic aérien perturbé", p[3], "Par Air France, service minimum assuré", Articles.Closing("fr"));

        var article = ArticleParser.Parse(page);

        Assert.Equal("Grève dans les transports ce jeudi", article.Title);
        Assert.Null(article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing("fr") }, article.Paragraphs.Select(x => x.Text));
    }

    // A time with its unit and zone under a headline is the headline's stamp, no programme guide (9).
    [Theory]
    [InlineData("Wetter am Wochenende wird mild", "Brücke am Markt wird ab Montag gesperrt", "09:41 Uhr MEZ", "de")]
    [InlineData("Weekend weather to stay mild", "Storm closes coastal road for the night", "10:32 AM EST", "en")]
    public void AHeadlineOverATimeWithItsZone_StaysTheTitle(string promo, string headline, string stamp, string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Startseite\nRegion", promo, headline + "\n" + stamp, p[1], p[2]);

        Assert.Equal(headline, ArticleParser.Parse(page).Title);
    }

    // A most-read list over the site's footer prose: the footer stays out (8).
    [Fact]
    public void AMostReadList_OverTheFootersProse_KeepsItOut()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews", p[0], "12/03/2024", p[1], p[2], p[3],
            "MOST READ IN NEWS\nDad's fury as parking fine arrives for a car that was stolen\nSeaside town named Britain's friendliest for the second year\nMystery as hundreds of rubber ducks wash up on the beach",
            "The Millbrook Gazette is written by volunteers who live in the town, and we are funded by our readers and a few local shops.",
            "Our office on the high street is open on Saturday mornings for anyone who wants to drop in with a story or a photograph.",
            "Copyright Millbrook Gazette 2024");

        // The list is not read as an insert (the footer's prose shares no word with the article). Since session 32 the
        // headlines under the list's label in capitals are set aside as a box of other stories' links (TeaserRuns); the
        // footer's blurb under them is still kept, a miss older than the rule.
        var paragraphs = ArticleParser.Parse(page).Paragraphs.Select(x => x.Text).ToList();
        Assert.Equal(new[] { p[1], p[2], p[3] }, paragraphs.Take(3));
        Assert.DoesNotContain(paragraphs, x => x.StartsWith("Dad's fury", StringComparison.Ordinal));
    }

    // A German line cut mid-sentence on a preposition after an adverb, over a block going on in lower case, heads nothing (3, 4).
    [Theory]
    [InlineData("Der Bürgermeister sprach nach der Sitzung lange mit", "den Anwohnern über die Pläne. Viele von ihnen waren mit dem Ergebnis zufrieden.")]
    [InlineData("Die Fahrgäste müssen sich dafür am Markt vorne an", "der Haltestelle anstellen, sagte der Sprecher der Verkehrsbetriebe am Dienstag.")]
    public void ALineCutOnAParticlesWord_OverALowerCaseBlock_HeadsNothing(string cut, string goesOn)
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", p[0], p[1], cut, goesOn, p[2], p[3]);

        Assert.Empty(Headings(ArticleParser.Parse(page)));
    }
}
