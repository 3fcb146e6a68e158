using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A share bar joins its buttons with "via" in Dutch, English and German ("Delen via Facebook Delen via X Delen via
/// WhatsApp E-mail"), a word no stopword list holds: the bar read as a subheading, or on a page of short paragraphs as the
/// headline. "via" joins menu words as function words do (MenuJoiners), three menu words or more outnumbering the joiners.
/// </summary>
public sealed class MenuJoinerTests
{
    [Theory]
    [InlineData("nl", "Delen via Facebook Delen via X Delen via WhatsApp E-mail")]
    [InlineData("en", "Share via Facebook Share via WhatsApp Share via Email")]
    public void AShareBarJoinedByVia_IsChrome(string language, string bar)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], bar, p[2], p[3]));

        Assert.Empty(article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Contains(article.Boilerplate, b => b.Text == bar);
    }

    // Guards: a subheading with "via" and fewer menu words stays one.
    [Theory]
    [InlineData("nl", "Nieuws via WhatsApp")]
    [InlineData("nl", "Reizen via Utrecht")]
    [InlineData("en", "Updates via email")]
    public void AHeadingWithVia_StaysAHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], heading, p[2], p[3]));

        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
    }
}
