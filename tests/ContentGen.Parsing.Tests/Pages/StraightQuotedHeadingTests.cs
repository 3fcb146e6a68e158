using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// English and Dutch papers quote a section's heading with straight single marks ("'We were never asked'"), as they
/// quote in their headlines: a few quoted words head the section as curly marks' do. A quoted whole sentence with its
/// stop heads nothing.
/// </summary>
public sealed class StraightQuotedHeadingTests
{
    [Theory]
    [InlineData("en", "'We were never asked'")]
    [InlineData("en", "'A bridge too far'")]
    [InlineData("nl", "'We varen op zicht'")]
    [InlineData("de", "'Wir fahren auf Sicht'")]
    public void AHeadingInStraightSingleQuotes_HeadsTheSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], heading, closing, p[3]));

        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "'We were never asked, and nobody in the valley will forget it.'")]
    [InlineData("nl", "'We varen op zicht, en iedereen in het dorp weet het.'")]
    public void AWholeSentenceInStraightSingleQuotes_HeadsNothing(string language, string line)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line, closing, p[3]));

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Contains(line, article.Paragraphs.Select(x => x.Text));
    }
}
