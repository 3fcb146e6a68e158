using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A practical box closing an article ("Getting there" / "Start: …" / "Distance: …" / a paragraph of advice): its
/// subheading heads the box, its "Key: value" lines and the paragraph under them are the article's text, even with
/// one paragraph under them. A contact footer's lines (a phone number, an e-mail address) stay the page's.
/// </summary>
public sealed class KeyValueBoxTests
{
    public static TheoryData<string, string, string[], string> Boxes() => new()
    {
        { "en", "Getting there", new[] { "Start: the village green", "Finish: the old station yard", "Distance: about six miles, mostly flat" }, "The route is waymarked with green arrows, and walking boots are advised after rain." },
        { "it", "Come arrivare", new[] { "Partenza: piazza del mercato, davanti al municipio", "Arrivo: ponte vecchio sul torrente", "Tempo: due ore circa" }, "Il percorso è segnato con bandierine rosse e dopo la pioggia alcuni tratti sono scivolosi." },
        { "nl", "Zo kom je er", new[] { "Start: kerkplein in het dorp", "Eind: oude sluis bij de molen", "Duur: ongeveer anderhalf uur" }, "Het pad is gemarkeerd met groene pijlen en na regen zijn stevige schoenen aan te raden." },
        { "de", "Anfahrt", new[] { "Start: Parkplatz an der Kirche", "Ziel: Gasthaus am Bach", "Dauer: etwa zwei Stunden bergab" }, "Der Weg ist mit einem gelben Rad markiert, nach Regen sind feste Schuhe zu empfehlen." },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ABoxsLines_UnderItsSubheading_OverOneParagraph_StayTheArticles(string language, string heading, string[] lines, string advice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], heading, string.Join("\n", lines), advice, "Facebook\nTwitter\nEmail", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var kept = string.Join("\n", article.Paragraphs.Select(x => x.Text));
        Assert.All(lines, line => Assert.Contains(line, kept));
        Assert.Contains(advice, kept);
        Assert.Contains(heading, article.Sections.Select(x => x.Heading));
    }

    // Guard: a contact footer under a label, over the site's blurb, gives a phone number and an e-mail address: the page's.
    [Fact]
    public void AContactFooter_OverTheSitesBlurb_StaysThePages()
    {
        var p = Articles.Of("en");
        var footer = "Phone: 01632 960 118\nEmail: desk@weekly.example\nAddress: 14 Market Street";
        var blurb = "The Weekly is an independent local newspaper published every Thursday by a cooperative of its readers.";
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "Our newsroom", footer, blurb, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var kept = string.Join("\n", article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain("01632", kept);
        Assert.DoesNotContain(blurb, kept);
    }

    // Guard: a share row's "Share: Facebook" lines name the page's menu.
    [Fact]
    public void AMenusLinesWithColons_StayThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "More from us", "Share: Facebook\nFollow: Instagram", "Sign up to our newsletter for the week's stories in your inbox every Friday morning.", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var kept = string.Join("\n", article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain("Share: Facebook", kept);
    }
}
