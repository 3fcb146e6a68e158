using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>The exact reading the seed document must get: the product's acceptance test.</summary>
public sealed class SeedDocumentTests
{
    private static readonly Article s_seed = ArticleParser.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_7f261bbe20e88e81.txt")));

    [Fact]
    public void Title_IsTheHeadlineWithoutTheSiteName()
        => Assert.Equal("Russian representative takes stock of negotiations with NATO", s_seed.Title);

    [Fact]
    public void Source_IsTheSiteNameSplitOffTheTitle()
        => Assert.Equal("RT in French", s_seed.Source);

    [Fact]
    public void Boilerplate_HoldsNavigationAndForeignDisclaimer()
    {
        Assert.Collection(
            s_seed.Boilerplate,
            first =>
            {
                Assert.Equal("Skip to content", first.Text);
                Assert.Equal(BoilerplateKind.Navigation, first.Kind);
                Assert.Equal(1, first.Position.Line);
            },
            last =>
            {
                Assert.StartsWith("Toutes les actualités du site ", last.Text, StringComparison.Ordinal);
                Assert.EndsWith("d'un éditeur humain.", last.Text, StringComparison.Ordinal);
                Assert.Equal(BoilerplateKind.Disclaimer, last.Kind);
            });
        Assert.DoesNotContain(s_seed.Paragraphs, p => p.Text.Contains("Skip to content", StringComparison.Ordinal));
        Assert.DoesNotContain(s_seed.Paragraphs, p => p.Text.Contains("Toutes les actualités", StringComparison.Ordinal));
    }

    [Fact]
    public void Sections_AreAnUnheadedIntroAndOneHeadedSection()
    {
        Assert.Collection(
            s_seed.Sections,
            intro =>
            {
                Assert.Null(intro.Heading);
                Assert.Equal(0, intro.FirstParagraph);
                Assert.Equal(2, intro.ParagraphCount);
            },
            headed =>
            {
                Assert.Equal("Moscow advocates stopping NATO expansion", headed.Heading);
                Assert.Equal(8, headed.HeadingPosition.Line);
                Assert.Equal(2, headed.FirstParagraph);
                Assert.Equal(4, headed.ParagraphCount);
            });
    }

    [Fact]
    public void Paragraphs_AreTheSixBodyParagraphsInOrder()
    {
        Assert.Equal(6, s_seed.Paragraphs.Count);
        Assert.StartsWith("Russian Deputy Foreign Minister Alexander Grushko holds ", s_seed.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("On January 12, ", s_seed.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Among the main points ", s_seed.Paragraphs[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("In mid-December, ", s_seed.Paragraphs[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("These points were discussed ", s_seed.Paragraphs[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("However, Wendy Sherman ", s_seed.Paragraphs[5].Text, StringComparison.Ordinal);
        Assert.Equal(new[] { 4, 6, 10, 12, 14, 16 }, s_seed.Paragraphs.Select(p => p.Position.Line));
    }

    [Fact]
    public void Paragraphs_AreTheSourceLinesTrimmed()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "000_7f261bbe20e88e81.txt"));
        foreach (var paragraph in s_seed.Paragraphs)
        {
            Assert.Equal(lines[paragraph.Position.Line - 1].Trim(), paragraph.Text);
        }
    }

    [Fact]
    public void Quotes_HaveTheirTrimmedTextsAndSpeakers()
    {
        Assert.Equal(
            new (string, string?, int)[]
            {
                ("very seriously", "Sergei Riabkov", 4),
                ("not hopeless", "Sergei Riabkov", 4),
                ("We are firm […] in our opposition to security proposals which are quite simply inadmissible in the United States", "Wendy Sherman", 5),
                ("open doors", "Wendy Sherman", 5),
            },
            s_seed.Quotes.Select(q => (q.Text, q.Speaker, q.Paragraph)));
    }

    [Fact]
    public void Quotes_PointAtTheirOpeningMarks()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "000_7f261bbe20e88e81.txt"));
        var marks = s_seed.Quotes.Select(q => lines[q.Position.Line - 1][q.Position.Column - 1]);
        Assert.Equal("«««“", string.Concat(marks));
    }

    [Fact]
    public void Problems_AreNone()
        => Assert.Empty(s_seed.Problems);
}
