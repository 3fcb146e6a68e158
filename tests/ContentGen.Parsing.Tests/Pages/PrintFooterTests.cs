using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A browser's print of a web page, saved as text, closes each printed sheet with its footer: the page's address, a gap
/// and the sheet's number of the count ("https://…/story-4471      1/2"), often between two paragraphs of the article. It is
/// the browser's, never the article's text. An address with a word after it, or an address in a sentence, is not it.
/// </summary>
public sealed class PrintFooterTests
{
    public static TheoryData<string, string> Footers() => new()
    {
        { "en", "https://www.valleycourier.co.uk/news/night-buses-valley-villages-2291                    1/2" },
        { "fr", "https://www.lechodelavallee.fr/actualites/bus-de-nuit-vallee-118          2/3" },
        { "de", "https://www.talbote.de/lokales/nachtbus-doerfer-im-tal-77312     1/2" },
        { "es", "http://www.diariodelvalle.es/local/autobuses-nocturnos-pueblos\t1/4" },
        { "it", "https://www.corrieredellavalle.it/cronaca/autobus-notturni-valle-5521        3/3" },
        { "pt", "https://www.jornaldovale.pt/regiao/autocarros-noturnos-aldeias     1/2" },
        { "nl", "https://www.dalbode.nl/regio/nachtbussen-dorpen-dal-8812            2/2" },
    };

    private static string Page(string language, string between)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], between, p[2], p[3], Articles.Closing(language));
    }

    [Theory]
    [MemberData(nameof(Footers))]
    public void AnAddressAndTheSheetsCount_BetweenParagraphs_IsNoText(string language, string footer)
    {
        var article = ArticleParser.Parse(Page(language, footer));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains("http", System.StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections, section => section.Heading == footer);
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == footer);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // Guards: an address in a sentence, a sentence that ends on a count after a gap. Not a
    // browser's footer: whatever the body makes of them, they are not set aside as one.
    [Theory]
    [InlineData("fr", "Les horaires sont sur https://www.lechodelavallee.fr/bus     1/2")]
    [InlineData("de", "Der Fahrplan steht unter https://www.talbote.de/nachtbus im Netz.")]
    public void AnAddressWithWordsBesideIt_IsNoPrintFooter(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.DoesNotContain(article.Boilerplate, chrome => chrome.Text == line && chrome.Kind == BoilerplateKind.Navigation);
    }
}
