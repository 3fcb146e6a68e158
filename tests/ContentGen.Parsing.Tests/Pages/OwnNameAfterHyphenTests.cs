using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// One word after a hyphen may be a headline's speaker ("Fares must come down - Moss"), so it stayed in the title even when
/// it was the site's one-word name ("… - Talbote"). The page says which: a site prints its name alone on a line (its
/// masthead) or in its rights notice ("© 2025 Talbote"); a speaker's surname stands so nowhere.
/// </summary>
public sealed class OwnNameAfterHyphenTests
{
    [Theory]
    [InlineData("de", "Talbote", true)]
    [InlineData("de", "Talbote", false)]
    [InlineData("nl", "Dalbode", true)]
    [InlineData("nl", "Dalbode", false)]
    [InlineData("en", "Wharfside", true)]
    [InlineData("en", "Wharfside", false)]
    [InlineData("it", "Valligiano", false)]
    public void ASitesOneWordName_AfterAHyphen_IsTheSource_WhenThePageNamesItself(string language, string site, bool masthead)
    {
        var p = Articles.Of(language);
        var top = masthead ? site + "\n\n" : string.Empty;
        var bottom = masthead ? "Impressum" : "© 2025 " + site + ".";
        var page = top + p[0] + " - " + site + "\n\n" + string.Join("\n\n", p[1], p[2], p[3], bottom);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(site, article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a one-word section label over the headline, under the masthead and the menu, is no masthead.
    [Fact]
    public void ASectionLabel_UnderTheMenu_IsNoMasthead()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Skip to content", "Home | News | Sport", "Sport", "Derby ends in a draw after a late goal - Sport", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal("Derby ends in a draw after a late goal - Sport", article.Title);
        Assert.Null(article.Source);
    }

    // Guards: a speaker's surname after the hyphen stays the headline's, with the speaker's full name in the byline or the
    // text, or the surname in a sentence of the rights notice's page.
    [Theory]
    [InlineData("Fares must come down - Moss", "By Helen Marsh\n\nJane Moss, who chairs the riders' group, said the rise was unfair.")]
    [InlineData("Fares must come down - Moss", "Moss\nRiders' group chair\n\nThe riders' group said the rise was unfair to families.")]
    public void ASpeakersSurname_AfterAHyphen_StaysInTheTitle(string headline, string under)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", headline, under, p[1], p[2], p[3], "© 2025 Harbour Press");

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);

        // The rights notice alone names the page's paper ("© 2025 Harbour Press", OutletNames.Foot): that may be the
        // source; the surname never is.
        Assert.NotEqual("Moss", article.Source);
    }
}
