using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dumped page's ornaments: a line with no letter or digit (".", "* * *") alone between blank lines says nothing
/// and is no paragraph; glued under a line it ends that line's sentence and stays with it, and an editor's cut
/// ("[…]") or an ellipsis stays too (PaywallAndStrayLineTests).
/// </summary>
public sealed class OrnamentLineTests
{
    [Theory]
    [InlineData("en", ".")]
    [InlineData("fr", "* * *")]
    [InlineData("de", "—")]
    [InlineData("it", "•")]
    public void ALineWithoutWords_AloneBetweenParagraphs_IsNoParagraph(string language, string ornament)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], ornament, paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("...")]
    [InlineData("(…)")]
    public void AnEllipsisAlone_StaysTheArticles(string cut)
    {
        var paragraphs = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], cut, paragraphs[2], paragraphs[3], "Share\nPrivacy policy");

        Assert.Contains(cut, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void APunctuationLineGluedUnderAListItem_StaysWithTheArticle()
    {
        var paragraphs = Articles.Of("fr");
        var list = "Les travaux porteront sur trois points :\nla réfection complète de la chaussée du quai, entre le pont et la gare routière\n;\nle remplacement des lampadaires le long du canal et sur la place du marché ;";
        var page = string.Join("\n\n", "Accueil\nActualités", paragraphs[0], "12/03/2024", paragraphs[1], list, paragraphs[2], paragraphs[3], "Partager\nMentions légales");
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, p => p.Text == ";" || p.Text.EndsWith(";", StringComparison.Ordinal) && p.Text.Contains("gare routière", StringComparison.Ordinal));
        Assert.Equal(paragraphs[3], article.Paragraphs[^1].Text);
    }
}
