using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A box of other stories inside the article (an end signal's label, two headlines glued under it), then a subheading and
/// the article's next section, on a page a dump wrapped at a fixed width: the article goes on under the box whatever the
/// width, so the paragraph under it is read from its opening sentence, not from its first line, whose words the width cut
/// short. The same box over the site's footer keeps ending the article.
/// </summary>
public sealed class WrappedListInsertTests
{
    private const int Width = 60;

    private sealed record Page(string Header, string Headline, string Byline, string[] Before, string Box, string Subheading, string[] After, string Footer);

    private static readonly Dictionary<string, Page> s_pages = new()
    {
        ["de"] = new(
            "Zum Inhalt springen\nTalbote\nStartseite  Lokales  Sport  Kultur\nAnmelden",
            "Landstraße bei Oberau bleibt bis Ende Mai gesperrt",
            "Von Anna Berger\n6. März 2026, 17:30 Uhr",
            ["Die Sanierung der Landstraße zwischen Oberau und Kirchdorf dauert länger als geplant. Pendler müssen bereits seit Januar einen Umweg fahren, die Umleitung ist ausgeschildert.", "Eigentlich sollte die Straße Mitte März wieder frei sein. Daraus wird nichts: Das Landratsamt rechnet nun mit Ende Mai.", "Bei den Arbeiten hatte sich gezeigt, dass der Boden unter der alten Fahrbahn stärker durchnässt ist als erwartet."],
            "Das könnte Sie auch interessieren\nKirchdorf: Gemeinde sucht neuen Ortsvorsteher\nNeuer Radweg nach Oberau soll 2027 kommen",
            "Was Pendler jetzt wissen müssen",
            ["Die Umleitung bleibt ausgeschildert. Der Schulbus fährt ab Montag in Kirchdorf bereits um 6.48 Uhr ab, damit die Kinder rechtzeitig ankommen.", "Der Ortsvorsteher von Kirchdorf hofft, dass es beim neuen Termin bleibt. Noch eine Verschiebung wäre den Leuten nicht zu vermitteln."],
            "Mehr aus Kirchdorf\nFeuerwehr feiert 150-jähriges Bestehen\nDorfgemeinschaft rettet das letzte Gasthaus\n\nKommentare (2)\nZum Kommentieren melden Sie sich bitte an.\n\nImpressum  Datenschutz  Kontakt\n© Talbote 2026"),
        ["nl"] = new(
            "Naar de inhoud\nDe Streekbode\nNieuws  Regio  Sport  Cultuur\nInloggen",
            "Provinciale weg bij Oosterhout blijft tot eind mei dicht",
            "Door Anne de Boer\n6 maart 2026, 17:30",
            ["Het herstel van de provinciale weg tussen Oosterhout en Kerkdorp duurt langer dan gepland. Forenzen moeten al sinds januari omrijden, de omleiding staat aangegeven.", "Eigenlijk zou de weg half maart weer open zijn. Dat wordt het niet: de provincie rekent nu op eind mei.", "Bij de werkzaamheden bleek dat de grond onder het oude wegdek natter is dan verwacht."],
            "Meer nieuws uit Kerkdorp\nGemeente zoekt nieuwe voorzitter voor de dorpsraad\nNieuw fietspad naar Oosterhout komt in 2027",
            "Wat forenzen nu moeten weten",
            ["De omleiding blijft aangegeven. De schoolbus vertrekt vanaf maandag in Kerkdorp al om 6.48 uur, zodat de kinderen op tijd aankomen.", "De dorpsraad van Kerkdorp hoopt dat het bij de nieuwe datum blijft. Nog een keer uitstellen valt niet meer uit te leggen."],
            "Reacties (2)\nLog in om te reageren.\n\nColofon  Privacy  Contact\n© De Streekbode 2026"),
        ["en"] = new(
            "Skip to content\nThe Dale Courier\nNews  Sport  What's On\nSign in",
            "Road near Oakfield to stay shut until the end of May",
            "By Anna Barker\n6 March 2026, 17:30",
            ["Repairs to the main road between Oakfield and Kirkby are taking longer than planned. Drivers have already been using the diversion since January, and it remains signposted.", "The road was meant to reopen in the middle of March. The county council now expects the end of May.", "Workers found that the ground under the old road surface was wetter than expected."],
            "More from Kirkby\nParish council looks for a new chair after resignation\nNew cycle path to Oakfield will open in 2027",
            "What drivers need to know now",
            ["The diversion remains signposted. From Monday the school bus will already leave Kirkby at 6.48am, so that the children arrive in time.", "The Kirkby parish chair hopes the new date holds. Another delay would be hard to explain to people here."],
            "Comments (2)\nSign in to comment.\n\nContact  Privacy  Terms\n© The Dale Courier 2026"),
    };

    public static TheoryData<string> Languages() => new() { "de", "nl", "en" };

    private static string Wrapped(string text) => HardWrap.Lines(text, Width);

    private static string Print(Page page, bool boxBetween)
    {
        var parts = new List<string> { page.Header, page.Headline, page.Byline };
        parts.AddRange(page.Before.Select(Wrapped));
        if (boxBetween)
        {
            parts.Add(page.Box);
            parts.Add(page.Subheading);
            parts.AddRange(page.After.Select(Wrapped));
        }
        else
        {
            parts.Add(page.Box);
        }

        parts.Add(page.Footer);
        return string.Join("\n\n", parts) + "\n";
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ABoxBetweenSections_OfAWrappedPage_LeavesTheArticleGoingOn(string language)
    {
        var page = s_pages[language];
        Assert.True(Wrapped(page.After[0]).Split('\n')[0].Split(' ').Length <= 12);

        var article = ArticleParser.Parse(Print(page, boxBetween: true));

        Assert.Equal(page.Headline, article.Title);
        Assert.Equal(page.Before.Concat(page.After), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(page.Subheading, article.Sections.Select(s => s.Heading));
    }

    // The same page printed a paragraph a line reads the same.
    [Theory]
    [MemberData(nameof(Languages))]
    public void ABoxBetweenSections_OfAPagePrintedAParagraphALine_LeavesTheArticleGoingOn(string language)
    {
        var page = s_pages[language];
        var text = string.Join("\n\n", new[] { page.Header, page.Headline, page.Byline }.Concat(page.Before).Append(page.Box).Append(page.Subheading).Concat(page.After).Append(page.Footer));

        Assert.Equal(page.Before.Concat(page.After), ArticleParser.Parse(text).Paragraphs.Select(x => x.Text));
    }

    // Under the article's last paragraph, over the comments and the footer: the box ends the article.
    [Theory]
    [MemberData(nameof(Languages))]
    public void ABoxOverTheFooter_OfAWrappedPage_EndsTheArticle(string language)
    {
        var page = s_pages[language];

        var article = ArticleParser.Parse(Print(page, boxBetween: false));

        Assert.Equal(page.Before, article.Paragraphs.Select(x => x.Text));
    }
}
