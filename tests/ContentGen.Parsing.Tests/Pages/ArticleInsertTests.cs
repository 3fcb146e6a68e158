using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An article on a dumped page goes on across an insert ("Read also" with its picture, date and
/// teaser headline) when article-sized prose follows it: a subheading after the insert heads its
/// section, while after a promo's lone paragraph nothing heads anything.
/// </summary>
public sealed class ArticleInsertTests
{
    private static readonly string[] s_menu = { "Politics", "Sport", "Culture", "Economy", "Weather", "Video" };

    public static TheoryData<string, string, string[], string[]> Pages() => new()
    {
        {
            "en",
            "What happens next",
            new[] { "Read also: Ferry fares rise again", "Photo: Jane Roe / Reuters", "12 March 2024", "Will ferry fares rise again this summer?" },
            new[]
            {
                "The first stage of the works will begin in May, when the old quay is closed to traffic and the fishing boats move to the eastern basin for the whole summer, which the harbour master has promised to keep open at night as well. The cafés on the quay will stay open.",
                "The second stage, planned for the autumn, will add a new ramp for the ferries and a covered waiting room, and the council hopes that the whole project will be finished before the first storms of the winter reach the coast. The cost is shared with the region.",
            }
        },
        {
            "fr",
            "Les prochaines étapes",
            new[] { "Lire aussi : Les tarifs du bac augmentent encore", "Photo : Jane Roe / AFP", "12/03/2024", "Les tarifs du bac vont-ils encore augmenter cet été ?" },
            new[]
            {
                "La première tranche des travaux commencera en mai, quand le vieux quai sera fermé à la circulation et que les bateaux de pêche rejoindront le bassin est pour tout l'été, que la capitainerie a promis de laisser ouvert la nuit. Les cafés du quai resteront ouverts.",
                "La seconde tranche, prévue pour l'automne, ajoutera une nouvelle rampe pour les bacs et une salle d'attente couverte, et la mairie espère que tout le chantier sera terminé avant que les premières tempêtes de l'hiver n'atteignent la côte. Le coût sera partagé avec la région.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void AHeadingAfterAnInsert_HeadsItsSection(string language, string heading, string[] insert, string[] after)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", s_menu.Concat(new[] { p[0], Byline(language), p[1], Articles.Closing(language), p[2], p[3] }).Concat(insert).Concat(new[] { heading }).Concat(after));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(heading, article.Sections[^1].Heading);
        var section = article.Sections[^1];
        Assert.Equal(after, article.Paragraphs.Skip(section.FirstParagraph).Take(section.ParagraphCount).Select(x => x.Text));
    }

    private static string Byline(string language) => language == "fr" ? "Par Claire Dubois" : "By Helen Marsh";

    // After the article, a promo's lone paragraph under a short line: the line heads nothing.
    [Theory]
    [MemberData(nameof(Pages))]
    public void AShortLineOverALoneParagraphAfterAnInsert_HeadsNothing(string language, string heading, string[] insert, string[] after)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", s_menu.Concat(new[] { p[0], Byline(language), p[1], Articles.Closing(language), p[2], p[3] }).Concat(insert).Concat(new[] { heading, after[0] }));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }
}
