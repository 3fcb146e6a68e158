using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An opinion page prints a writer's box between its headline and the dateline: the name alone, the writer's job on the
/// line under it, then a note that opens with the same name. The job line says what the writer does; it is no headline,
/// however near the dateline it stands.
/// </summary>
public sealed class WriterBoxJobLineTests
{
    public static TheoryData<string, string, string, string, string> Boxes() => new()
    {
        { "fr", "Nos forêts ont besoin d'un plan avant le prochain incendie", "Margaux Delorme", "Forestière, chercheuse associée à l'université de Limoges", "Margaux Delorme étudie depuis dix ans les forêts du plateau. Elle a dirigé un rapport sur les coupes publié en 2022." },
        { "en", "Our rivers need a plan long before the summer drought", "Tamsin Reeve", "Ecologist, research fellow at the University of Hollin", "Tamsin Reeve has studied the small rivers of the uplands for fifteen years. She led a report on summer flows in 2022." },
        { "de", "Unsere Bäche brauchen einen Plan vor dem nächsten Sommer", "Jana Kolbeck", "Hydrologin, Forscherin an der Hochschule Kellerbach", "Jana Kolbeck untersucht seit zehn Jahren die Bäche im Bergland. Sie hat 2022 einen Bericht über Niedrigwasser verfasst." },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void TheJobLineInAWritersBox_IsNoHeadline(string language, string headline, string name, string job, string note)
    {
        var p = Articles.Of(language);
        var dateline = language switch { "fr" => "Publié le 2 avril 2025 à 06h30", "de" => "Veröffentlicht am 02.04.2025, 06:30 Uhr", _ => "Published 2 April 2025, 06:30" };
        var page = string.Join("\n\n", "Home  News  Sport  Weather", headline, name + "\n" + job + "\n" + note, dateline, p[1], p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }
}
