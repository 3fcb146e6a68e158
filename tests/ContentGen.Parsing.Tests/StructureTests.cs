using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Paragraphs from blank-line blocks, wrapped lines joined, one paragraph per line, headings.</summary>
public sealed class StructureTests
{
    [Fact]
    public void HardWrappedLines_AreJoinedIntoOneParagraph()
    {
        var text = string.Join(
            "\n",
            "Night buses reach the villages",
            "",
            "The regional council voted on Tuesday to extend the night bus service to",
            "the outer villages, a move that residents have demanded for many years",
            "and that the opposition had long opposed.",
            "Officials said the extra routes would start in the spring.",
            "",
            "The cost would be shared with the neighbouring towns for the first two",
            "years, after which the region would take it over entirely.");
        var article = ArticleParser.Parse(text);

        Assert.Equal(
            new[]
            {
                "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move that residents have demanded for many years and that the opposition had long opposed.",
                "Officials said the extra routes would start in the spring.",
                "The cost would be shared with the neighbouring towns for the first two years, after which the region would take it over entirely.",
            },
            article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { 3, 6, 8 }, article.Paragraphs.Select(p => p.Position.Line));
    }

    [Fact]
    public void OneParagraphPerLine_WithoutBlankLines_IsUnderstood()
    {
        var lines = new[]
        {
            "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move that residents have demanded for many years.",
            "Officials said the extra routes would start in the spring and that the cost would be shared with the neighbouring towns for two years.",
            "The opposition said the plan came too late and would do little for the commuters who need an early morning service rather than a late one.",
        };
        var article = ArticleParser.Parse("Night buses reach the villages\n" + string.Join("\n", lines));

        Assert.Equal("Night buses reach the villages", article.Title);
        Assert.Equal(lines, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ShortUnpunctuatedLineBeforeBodyText_IsAHeading()
    {
        var text = string.Join(
            "\n\n",
            "Night buses reach the villages",
            "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move residents have demanded.",
            "Costs shared for two years",
            "Officials said the cost would be shared with the neighbouring towns for the first two years, after which the region pays.");
        var article = ArticleParser.Parse(text);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Collection(
            article.Sections,
            intro => Assert.Null(intro.Heading),
            costs =>
            {
                Assert.Equal("Costs shared for two years", costs.Heading);
                Assert.Equal(1, costs.FirstParagraph);
                Assert.Equal(1, costs.ParagraphCount);
            });
    }

    [Fact]
    public void BulletedLines_StayApart()
    {
        var text = "Night buses reach the villages\n\nThe council listed the changes that will take effect from the spring onwards:\n- a bus every hour until two in the morning\n- new stops in three villages";
        var article = ArticleParser.Parse(text);
        Assert.Contains(article.Paragraphs, p => p.Text == "- new stops in three villages");
    }
}
