using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A breadcrumb's last crumb names the page it stands on. When the trail ends on a long headline,
/// a whole sentence with its full stop (a speech's or an interview's page), and the page prints that
/// headline again below the trail, the copy below is the title, however long it is.
/// </summary>
public sealed class BreadcrumbTitleTests
{
    public static TheoryData<string, string[], string, string> Pages() => new()
    {
        {
            "en",
            new[] { "1. Home", "2. Resources", "3. Speeches" },
            "Interview with the regional transport minister on the night bus plan, the cost of the new routes and the timetable for the valley villages, on 6 December 2022.",
            "Delivered on 6 December 2022"
        },
        {
            "fr",
            new[] { "1. Accueil", "2. Ressources", "3. Discours" },
            "Interview de la ministre des transports sur le plan de bus de nuit, le coût des nouvelles lignes et les horaires des villages de la vallée, le 6 décembre 2022.",
            "Prononcé le 6 décembre 2022"
        },
        {
            "de",
            new[] { "1. Startseite", "2. Ressourcen", "3. Reden" },
            "Interview mit der Verkehrsministerin über den Nachtbusplan, die Kosten der neuen Linien und den Fahrplan für die Dörfer im Tal, am 6. Dezember 2022.",
            "Gehalten am 6. Dezember 2022"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ALongHeadline_AtTheEndOfABreadcrumb_IsTheTitleBelowIt(string language, string[] crumbs, string headline, string stamp)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var trail = string.Join("\n", crumbs) + "\n" + HardWrap.Lines("4. " + headline, 75);
        var page = string.Join("\n\n", "Menu", trail, HardWrap.Lines(headline, 75), stamp, closing, p[1], p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
