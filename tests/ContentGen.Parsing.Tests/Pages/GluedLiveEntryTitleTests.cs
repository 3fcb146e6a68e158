using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A live report may print an entry's time, its title and its text as one group of lines, with no blank line between
/// ("12:15" / "Pódio feminino" / "Marta Cerejeira venceu …"). The short line glued under the time and over the entry's
/// text is that entry's title, a subheading, not a teaser's headline glued over its blurb. A line glued under no time, or a
/// sentence under the time, stays the entry's text.
/// </summary>
public sealed class GluedLiveEntryTitleTests
{
    // Each row: language, the entry's time and its title; the page stamps three other entries.
    public static TheoryData<string, string, string> Entries() => new()
    {
        { "pt", "11:02", "Autocarros voltam ao centro" },
        { "en", "14:15", "Ferry crossings called off" },
        { "de", "14:35 Uhr", "Fähren nach Borkum fallen aus" },
        { "fr", "10h32", "Les navettes arrivent en gare" },
        { "es", "11:45", "Sin autobuses a la montaña" },
        { "it", "ore 10:30", "Il sindaco visita il cantiere" },
        { "nl", "09:40", "Veerboot vaart weer uit" },
    };

    private static string Page(string language, string entry)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Home\nNews\nLive\nSport\nWeather\nTV", "LIVE", p[0], p[1], "06.02.2025, 08:10", "15:20\n" + p[2], entry, "08:05\n" + p[3],
            "07:30\n" + Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void AnEntrysTitle_GluedBetweenItsTimeAndItsText_HeadsTheEntry(string language, string time, string title)
    {
        var article = ArticleParser.Parse(Page(language, time + "\n" + title + "\n" + EntryText(language)));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Contains(Headings(article), x => x == title);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == title);
        Assert.Contains(article.Paragraphs, x => x.Text == EntryText(language));
    }

    // Guard: a sentence glued under the time opens the entry's text ("Bom dia e bem-vindos …"); it heads nothing.
    [Theory]
    [MemberData(nameof(Entries))]
    public void ASentence_GluedUnderItsTime_StaysText(string language, string time, string title)
    {
        var sentence = title + ".";
        var article = ArticleParser.Parse(Page(language, time + "\n" + sentence + "\n" + EntryText(language)));

        Assert.DoesNotContain(Headings(article), x => x.StartsWith(title, StringComparison.Ordinal));
    }

    // Guard: the same short line glued over a paragraph with no time over it heads nothing on a page that sets its
    // paragraphs apart (a teaser's headline over its blurb reads so).
    [Theory]
    [MemberData(nameof(Entries))]
    public void AShortLine_GluedOverTextUnderNoTime_HeadsNothing(string language, string time, string title)
    {
        _ = time;
        var article = ArticleParser.Parse(Page(language, title + "\n" + EntryText(language)));

        Assert.DoesNotContain(Headings(article), x => x == title);
    }

    private static string EntryText(string language) => language switch
    {
        "pt" => "Os autocarros da linha 3 voltaram a circular pela Avenida Marginal depois de duas horas de desvios, informou a empresa municipal.",
        "en" => "The operator said the last two sailings of the day would not run because of the wind, and passengers would be offered a place tomorrow.",
        "de" => "Wegen des Sturms fallen die letzten beiden Fähren des Tages aus, teilte die Reederei mit. Die Fahrgäste sollen morgen mitfahren können.",
        "fr" => "Les premières navettes sont arrivées devant la gare avec une heure de retard, selon la compagnie, qui promet un service normal demain.",
        "es" => "La empresa de transportes ha suspendido las líneas que suben a la sierra por la nieve, y no volverán a circular hasta mañana por la mañana.",
        "it" => "Il sindaco ha visitato il cantiere del ponte con i tecnici della provincia e ha promesso che i lavori finiranno entro la fine del mese.",
        _ => "De veerdienst naar het eiland vaart sinds het middaguur weer volgens de dienstregeling, meldt de rederij, nadat de wind was gaan liggen.",
    };

    private static IEnumerable<string> Headings(Article article) => article.Sections.Select(s => s.Heading).OfType<string>();
}
