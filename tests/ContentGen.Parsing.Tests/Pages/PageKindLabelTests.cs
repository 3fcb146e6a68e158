using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A label naming a kind of item ("FOTOGALLERY", "Video", "Podcast") glued over the page's headline, before any sentence
/// of the page, labels the page itself: the line under it is the headline, not a linked item's title. Lower down, under
/// the page's sentences, the same label still announces another item, and a "read also" label takes its headline anywhere.
/// </summary>
public sealed class PageKindLabelTests
{
    [Theory]
    [InlineData("it", "FOTOGALLERY")]
    [InlineData("en", "VIDEO")]
    [InlineData("fr", "Vidéo")]
    [InlineData("nl", "Podcast")]
    public void AKindLabel_OverTheHeadline_LabelsThePage(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", label + "\n" + p[0], p[1], "Jane Roe\n12/03/2024 18:30", p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: under the page's sentences the label's next line is the linked item's; a "read also" label over the headline's
    // place still takes its headline.
    [Fact]
    public void AKindLabel_UnderTheArticlesSentences_StillTakesItsItem()
    {
        var p = Articles.Of("en");
        const string clip = "Watch the first night bus leave the station";
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", p[0], "Jane Roe\n12/03/2024 18:30", p[1], "VIDEO\n" + clip, p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == clip);
    }

    [Fact]
    public void AReadAlsoLabel_AtThePagesTop_StillTakesItsHeadline()
    {
        var p = Articles.Of("fr");
        const string teaser = "Le marché de Noël ouvre ses portes vendredi";
        var page = string.Join("\n\n", "Menu\nSite\nAccueil Infos Sport", "À lire aussi\n" + teaser, p[0], "Jeanne Roux\n12/03/2024 18:30", p[1], p[2], p[3], "Partager\nMentions légales");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == teaser);
    }

    // Guard: a media label over another story's title in the page's header, above the headline with its byline and date,
    // leaves the headline the title.
    [Fact]
    public void AKindLabelOverATeaser_AboveTheHeadline_LeavesTheHeadline()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", "VIDEO\nWatch: the lantern parade in two minutes", p[0], "By Jane Roe\n12/03/2024 18:30", p[1], p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
