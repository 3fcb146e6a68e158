using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A reader's tip line ("Have you seen something or do you have a tip? Send us your photos …") is an appeal; a footer's
/// section under it that speaks of something else stays the page's. (A closing section of the article's own there that
/// shares one word of the article's is still set aside: a teaser card under a footer's line reads the same.)
/// </summary>
public sealed class ClosingSectionAfterTipLineTests
{
    private const string Headline = "Solar park on the old landfill delivers its first power";
    private const string Lead = "The solar park on the former landfill at Hollowfield was switched on on Wednesday. Its panels rest on a layer of soil that seals the old waste heap, and they can power four thousand homes.";
    private const string Second = "The park belongs to a cooperative of residents and the council. More than six hundred people bought a share, and the first payments are due in the autumn after the landfill is checked.";
    private const string Third = "Building on the landfill was harder than on an ordinary field. The posts could not pierce the cover, because gas might escape from the waste below, so the panels sit on concrete blocks.";
    private const string Tip = "Have you seen something or do you have a tip? Send us your photos and videos through the app.";

    private static string Page(string heading, string paragraph)
        => string.Join("\n\n", "Home\nNews\nLocal\nSport\nWeather\nTV", Headline, "Jane Roe\n5 February 2025, 16:05", Lead, Second, Third, Tip, heading, paragraph,
            "Share on WhatsApp\nShare on Facebook", "More local news\nBarn fire on the ring road, nobody hurt\nNew bridge over the canal opens", "Privacy policy");

    [Fact]
    public void AFootersSection_OnSomethingElse_StaysThePages()
    {
        const string paragraph = "Our newsroom has covered the county since 1921. Our reporters work from offices in three market towns.";
        var article = ArticleParser.Parse(Page("About our newsroom", paragraph));

        Assert.DoesNotContain(paragraph, article.Paragraphs.Select(x => x.Text));
    }
}
