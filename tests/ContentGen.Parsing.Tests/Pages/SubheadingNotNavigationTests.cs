using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Subheadings that a page's chrome rules could take for navigation (issue 11): a subheading with a colon inside it
/// (a topic, then what the section tells: "Higher fares: what changes for commuters") and a subheading of one or two
/// words ("Reactions"), printed between the article's paragraphs. Each is the article's, a heading over the
/// paragraphs under it; a menu's words between paragraphs, or a "read also" label, stay chrome.
/// </summary>
public sealed class SubheadingNotNavigationTests
{
    // A topic, a colon, then a clause that says what the section tells, in other words than any tuning page's.
    public static TheoryData<string, string> ColonInsideSubheadings() => new()
    {
        { "en", "Higher fares: what changes for commuters" },
        { "en", "Two routes: a longer wait at night" },
        { "fr", "Un coût élevé : ce que prévoit la commune" },
        { "fr", "Deux lignes : une attente plus longue" },
        { "de", "Lange Wartezeit: Wann die Linie startet" },
        { "de", "Zwei Linien: Wer länger warten muss" },
        { "es", "Un coste alto: lo que prevé el ayuntamiento" },
        { "es", "Dos líneas: una espera más larga" },
        { "it", "Costi alti: cosa prevede il comune" },
        { "it", "Due linee: un'attesa più lunga" },
        { "pt", "Custos altos: o que a câmara prevê" },
        { "pt", "Duas linhas: uma espera mais longa" },
        { "nl", "Hoge kosten: wat de gemeente wil" },
        { "nl", "Twee lijnen: langer wachten in de nacht" },
    };

    // Subheadings of one to three words naming the section's topic.
    public static TheoryData<string, string> ShortSubheadings() => new()
    {
        { "en", "Reactions" },
        { "en", "Next steps" },
        { "fr", "Les réactions" },
        { "fr", "Et après ?" },
        { "de", "Kritik" },
        { "de", "Wie es weitergeht" },
        { "es", "Las reacciones" },
        { "es", "Próximos pasos" },
        { "it", "Le reazioni" },
        { "it", "I prossimi passi" },
        { "pt", "As reações" },
        { "pt", "Próximos passos" },
        { "nl", "Reacties" },
        { "nl", "Hoe verder" },
    };

    // Another story's headline between the paragraphs: a place, a colon, what happened there. It stays chrome.
    public static TheoryData<string, string> OtherStorysHeadlines() => new()
    {
        { "en", "Kelby: Lifeboat crew rescue two walkers from the cliffs" },
        { "fr", "Saint-Varent : la piscine fermera tout l'été" },
        { "de", "Kellbach: Neue Brücke wird im Mai eröffnet" },
        { "de", "Hohenfeld: Feuerwehr rettet Katze aus dem Kirchturm" },
        { "nl", "Zuidwolde: Bakkerij sluit na vijftig jaar de deuren" },
    };

    private static string Page(string language, string heading, string gap)
    {
        var p = Articles.Of(language);
        var body = string.Join(gap, p[1], p[2], heading, p[3], Articles.Closing(language));
        return string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", body, "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(ColonInsideSubheadings))]
    [MemberData(nameof(ShortSubheadings))]
    public void ASubheadingBetweenParagraphsSetApartByBlanks_IsTheArticlesHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, heading, "\n\n"));

        Assert.Equal(p[0], article.Title);
        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(ColonInsideSubheadings))]
    [MemberData(nameof(ShortSubheadings))]
    public void ASubheadingBetweenParagraphsPrintedALineEach_IsTheArticlesHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, heading, "\n"));

        Assert.Equal(p[0], article.Title);
        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(OtherStorysHeadlines))]
    public void AnotherStorysHeadlineBetweenParagraphs_StaysChrome(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, headline, "\n\n"));

        Assert.DoesNotContain(headline, article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }
}
