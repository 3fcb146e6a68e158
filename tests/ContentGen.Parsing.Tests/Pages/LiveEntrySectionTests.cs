using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A live report stamps its entries with the time they were posted, over the entry's title or alone. An entry under its
/// time and title, after the report's heaviest run of prose, goes on with the report as a section under its subheading
/// does, so its title heads it (de-stau's last entry). A page that stamps no entry of its article keeps the rule that a
/// section after the article must share its words.
/// </summary>
public sealed class LiveEntrySectionTests
{
    private const string Header = "Zum Inhalt springen\nStartseite | Region | Verkehr\nNewsletter  Abo\n\nVerkehr\n\nSturm über dem Tal: Bahnstrecke gesperrt – alle Entwicklungen\n\n"
        + "Seit dem Morgen ist die Bahnstrecke zwischen Lindenau und Talheim gesperrt, weil Bäume auf den Gleisen liegen. Wir berichten laufend über die Lage.";

    private const string Footer = "Mehr zum Thema Verkehr\nNeuer Radweg zwischen Herborn und Sinn eröffnet\nBahnstrecke nach Siegen ab Montag wieder frei\n\nImpressum  Datenschutz\n© Taler Anzeiger 2025";

    private const string Entries = "12:10 Uhr\nBusse ersetzen die Züge\n\nAb dem Mittag fahren Busse zwischen den Bahnhöfen. Die Fahrt dauert etwa eine halbe Stunde länger als mit dem Zug.\n\n"
        + "10:45 Uhr\n\nDie Feuerwehr hat die ersten Bäume zersägt. Sie rechnet aber mit Arbeiten bis in den Abend.";

    private const string LastEntry = "Die Bahn hat mitgeteilt, dass die Prüfung der Oberleitung mehrere Stunden dauert. Erst danach sollen wieder Züge in beide Richtungen fahren.";

    [Theory]
    [InlineData("Strecke bleibt bis zum Abend zu")]
    [InlineData("Oberleitung wird geprüft")]
    public void TheLastEntrysTitle_UnderItsTime_HeadsIt(string title)
    {
        var page = string.Join("\n\n", Header, Entries, "08:30 Uhr\n" + title, LastEntry, Footer);

        var article = ArticleParser.Parse(page);

        Assert.Contains(Headings(article), x => x == title);
        Assert.Contains(article.Paragraphs, x => x.Text == LastEntry);
    }

    // No entry of the article is stamped: a time and a line over a paragraph that shares none of its words after it head nothing.
    [Fact]
    public void OnAPageThatStampsNoEntry_ATimedLineAfterTheArticle_HeadsNothing()
    {
        var article = "Ab dem Mittag fahren Busse zwischen den Bahnhöfen. Die Fahrt dauert etwa eine halbe Stunde länger als mit dem Zug.\n\n"
            + "Die Feuerwehr hat die ersten Bäume zersägt. Sie rechnet aber mit Arbeiten bis in den Abend.";
        var page = string.Join("\n\n", Header, article, "08:30 Uhr\nKonzert im Kurpark", "Das Orchester spielt am Sonntag Werke von drei jungen Komponistinnen aus der Region, der Eintritt ist frei.", Footer);

        Assert.DoesNotContain(Headings(ArticleParser.Parse(page)), x => x == "Konzert im Kurpark");
    }

    private static IEnumerable<string> Headings(Article article) => article.Sections.Select(s => s.Heading).OfType<string>();
}
