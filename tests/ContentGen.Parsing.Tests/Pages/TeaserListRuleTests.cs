using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Other stories after the article, asked of the rules alone: three headlines or more, each with
/// its blurb, are a teaser list; four headlines in a row (datelines between them aside) start the
/// footer, unless the prose after them weighs half the article or more.
/// </summary>
public sealed class TeaserListRuleTests
{
    private static readonly string[] s_headlines =
    [
        "China lifts its quarantine rules", "Harbour wall reopens to walkers", "Valley buses run late again", "Storm closes the coast road",
    ];

    private const string Blurb = "Travellers will no longer need to isolate on arrival. The rules change in January.";

    [Fact]
    public void ThreeHeadlinesWithTheirBlurbs_AreATeaserList()
    {
        var blocks = Blocks(s_headlines[0], Blurb, s_headlines[1], Blurb, s_headlines[2], Blurb);

        Assert.Equal(6, TeaserLists.Find(blocks, 0).Count);
        Assert.Empty(TeaserLists.Find(blocks, 1));
    }

    [Fact]
    public void TwoHeadlinesWithTheirBlurbs_AreNoList()
        => Assert.Empty(TeaserLists.Find(Blocks(s_headlines[0], Blurb, s_headlines[1], Blurb, "The article goes on here."), 0));

    [Fact]
    public void ATeaserList_IsFound_AfterTheArticlesOwnParagraphs()
    {
        var blocks = Blocks(Blurb, Blurb, s_headlines[0], Blurb, s_headlines[1], Blurb, s_headlines[2], Blurb);
        var teasers = TeaserLists.Find(blocks, 0);

        Assert.Equal(6, teasers.Count);
        Assert.DoesNotContain(blocks[0], teasers);
        Assert.DoesNotContain(blocks[1], teasers);
        Assert.Contains(blocks[7], teasers);
    }

    [Theory]
    [InlineData("China lifts its quarantine rules.")]
    [InlineData("china lifts its quarantine rules")]
    [InlineData("China")]
    [InlineData("Published 14 March 2023")]
    public void AHeadlineThatEndsAsASentence_OrIsLowerCaseOneWordOrADateline_BreaksTheList(string headline)
        => Assert.Empty(TeaserLists.Find(Blocks(headline, Blurb, s_headlines[1], Blurb, s_headlines[2], Blurb), 0));

    [Fact]
    public void AHeadline_HasTwentyFiveWordsAtMost_AndABlurbNinetyWords()
    {
        static string Headline(int words) => "China " + string.Join(" ", Enumerable.Repeat("rules", words - 1));
        static string Paragraph(int words) => string.Join(" ", Enumerable.Repeat("the harbour", words / 2)) + ".";

        Assert.Equal(6, TeaserLists.Find(Blocks(Headline(25), Blurb, s_headlines[1], Blurb, s_headlines[2], Blurb), 0).Count);
        Assert.Empty(TeaserLists.Find(Blocks(Headline(26), Blurb, s_headlines[1], Blurb, s_headlines[2], Blurb), 0));
        Assert.Equal(6, TeaserLists.Find(Blocks(s_headlines[0], Paragraph(90), s_headlines[1], Blurb, s_headlines[2], Blurb), 0).Count);
        Assert.Empty(TeaserLists.Find(Blocks(s_headlines[0], Paragraph(92), s_headlines[1], Blurb, s_headlines[2], Blurb), 0));
    }

    [Fact]
    public void FourHeadlinesInARow_StartTheFooter()
    {
        Assert.Equal(1, TeaserLists.HeadlineRunStart(Blocks(Blurb, s_headlines[0], s_headlines[1], s_headlines[2], s_headlines[3]), 0, 100));
        Assert.Equal(4, TeaserLists.HeadlineRunStart(Blocks(Blurb, s_headlines[0], s_headlines[1], s_headlines[2]), 0, 100));
        Assert.Equal(5, TeaserLists.HeadlineRunStart(Blocks(Blurb, s_headlines[0], s_headlines[1], s_headlines[2], s_headlines[3]), 2, 100));
    }

    [Fact]
    public void ADatelineBetweenHeadlines_DoesNotBreakTheRun_AQuestionIsOneOfThem()
    {
        Assert.Equal(0, TeaserLists.HeadlineRunStart(Blocks(s_headlines[0], "29/12/2022", s_headlines[1], s_headlines[2], s_headlines[3]), 0, 100));
        Assert.Equal(0, TeaserLists.HeadlineRunStart(Blocks(s_headlines[0], "Quelles conséquences pour les usagers ?", s_headlines[2], s_headlines[3]), 0, 100));
    }

    [Theory]
    [InlineData("- Harbour wall reopens to walkers")]
    [InlineData("2024 budget plans are out")]
    [InlineData("The harbour wall reopens to walkers.")]
    public void AListItem_ANumber_OrASentence_BreaksTheRun(string line)
        => Assert.Equal(6, TeaserLists.HeadlineRunStart(Blocks(s_headlines[0], s_headlines[1], line, s_headlines[2], s_headlines[3], Blurb), 0, 100));

    [Fact]
    public void TheFooter_StartsOnlyWhenTheProseAfterItWeighsLessThanHalfTheArticle()
    {
        // Sixty words of prose after the headlines.
        var blocks = Blocks(s_headlines[0], s_headlines[1], s_headlines[2], s_headlines[3], string.Join(" ", Enumerable.Repeat("the harbour", 30)) + ".");

        Assert.Equal(5, TeaserLists.HeadlineRunStart(blocks, 0, 120));
        Assert.Equal(0, TeaserLists.HeadlineRunStart(blocks, 0, 121));
    }

    private static List<TextBlock> Blocks(params string[] texts)
        => texts.Select(text => new TextBlock([new LineSegment(SourceLine.Split(text)[0], text)])).ToList();
}
