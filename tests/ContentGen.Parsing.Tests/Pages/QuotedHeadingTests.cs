using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Newspapers head a section with a few words someone said, in quotation marks ("« On navigue à vue »", or
/// straight single marks in English and Dutch papers: "'We were never asked'"),
/// or with a phrase trailing off ("Le port, la ville et la mer..."). A pull quote, a whole sentence
/// with its full stop, heads nothing.
/// </summary>
public sealed class QuotedHeadingTests
{
    [Theory]
    [InlineData("en", "“We are steering blind”")]
    [InlineData("fr", "« On navigue à vue »")]
    [InlineData("fr", "\"On navigue à vue\"")]
    [InlineData("de", "„Wir fahren auf Sicht“")]
    [InlineData("es", "«Navegamos a ciegas»")]
    [InlineData("it", "«Navighiamo a vista»")]
    [InlineData("pt", "«Navegamos à vista»")]
    [InlineData("nl", "‘We varen op zicht’")]
    [InlineData("fr", "Le port, la ville et la mer...")]
    [InlineData("en", "The valley, the buses and the night…")]
    [InlineData("en", "'We were never asked'")]
    [InlineData("en", "'A bridge too far'")]
    [InlineData("nl", "'We varen op zicht'")]
    [InlineData("de", "'Wir fahren auf Sicht'")]
    public void AQuotedOrTrailingHeading_BetweenParagraphs_HeadsTheSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], heading, closing, p[3]));

        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "“We are steering blind, and everyone in the valley knows it.”")]
    [InlineData("fr", "« On navigue à vue, et tout le monde le sait. »")]
    [InlineData("fr", "Et…")]
    [InlineData("en", "'We were never asked, and nobody in the valley will forget it.'")]
    [InlineData("nl", "'We varen op zicht, en iedereen in het dorp weet het.'")]
    public void APullQuoteOrAFragment_HeadsNothing(string language, string line)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line, closing, p[3]));

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
