using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A web story (or a gallery) copied as text numbers each slide over its text: "1/4", "2/4", "3/4". The counts are the
/// viewer's furniture in every language, read as such when the page numbers several slides out of the same total
/// (<c>PageJumps.IsSlideCountOfRun</c>). A count's shape alone is no proof: "3/12" alone may be a date, "9/11" a heading,
/// the same "3/12" twice a date repeated; those the rule leaves to the other rules.
/// </summary>
public sealed class SlideCountTests
{
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void CountsOverEachSlide_AreChrome(string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], "1/4\n" + p[1], "2/4\n" + p[2], "3/4\n" + p[3], "4/4\n" + p[1]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, section => section.Heading is { } heading && heading.Contains('/'));
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains("/4", StringComparison.Ordinal));
        foreach (var count in new[] { "2/4", "3/4" })
        {
            Assert.Contains(article.Boilerplate, chrome => chrome.Text == count && chrome.Kind == BoilerplateKind.Navigation);
        }

        Assert.Contains(p[2], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void CountsInBlocksOfTheirOwn_AreChrome(string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], "2/3", p[2], "3/3", p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == "2/3" && chrome.Kind == BoilerplateKind.Navigation);
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == "3/3" && chrome.Kind == BoilerplateKind.Navigation);
    }

    // One count's shape, or two that number nothing together: no run, so the lines stay where the other rules put them.
    [Theory]
    [InlineData("en", "9/11", "")]
    [InlineData("fr", "3/12", "")]
    [InlineData("es", "3/12", "5/11")]
    [InlineData("it", "3/12", "3/12")]
    [InlineData("de", "12/5", "13/5")]
    public void ACountsShapeWithNoRun_IsNoSlideCount(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var page = second.Length > 0
            ? string.Join("\n\n", p[0], p[1], first, p[2], second, p[3])
            : string.Join("\n\n", p[0], p[1], first, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Boilerplate, chrome => chrome.Text == first && chrome.Kind == BoilerplateKind.Navigation);
    }

    [Theory]
    [InlineData("2/10", 10)]
    [InlineData("10/10", 10)]
    [InlineData(" 3 / 12 ", 12)]
    [InlineData("12/5", -1)]
    [InlineData("0/4", -1)]
    [InlineData("1/1", -1)]
    [InlineData("5/2026", -1)]
    [InlineData("2/10 slides", -1)]
    [InlineData("1/2 cup of flour", -1)]
    public void ACountsShape_IsTwoSmallNumbersTheFirstNoGreater(string line, int total)
    {
        Assert.Equal(total, ContentGen.Parsing.Structure.PageJumps.SlideCountTotal(line));
    }
}
