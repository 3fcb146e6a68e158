using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A bulletin exported from print repeats its running header (the publication, a gap, the issue and its date) atop each
/// printed page: it names the publication, never the writer, who signs under the article ("Verena Lutz, Hauptamt").
/// </summary>
public sealed class RunningHeaderAuthorTests
{
    [Theory]
    [InlineData("de", "Amtsblatt der Stadt Hohenfeld", "Nr. 9 · Freitag, 7. März 2025")]
    [InlineData("nl", "Gemeenteblad Waterweide", "nr. 14 · vrijdag 4 april 2025")]
    [InlineData("en", "Parish Newsletter Marlow Fen", "No. 3 · Friday 4 April 2025")]
    public void ARunningHeaderInsideTheArticle_IsNoWriter(string language, string outlet, string issue)
    {
        var p = Articles.Of(language);
        var running = outlet + "            " + issue;
        var page = string.Join("\n\n", running, p[0], p[1], p[2], "– 2 –", running, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.NotEqual(outlet, article.Author?.Substring(0, System.Math.Min(outlet.Length, article.Author.Length)));
        Assert.DoesNotContain(outlet.Split(' ')[0], article.Author ?? string.Empty);
    }
}
