using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two rules over a page's blocks, asked alone: the heaviest run of prose (one block that is not
/// prose between two paragraphs does not cut it, two do, and so does the line that ends an
/// article), and a transcript's speakers' labels (a short line above prose, twice at least, its
/// answer on the next line or after one blank line).
/// </summary>
public sealed class ProseRunAndLabelTests
{
    // Eight words and nine, three and four of them stopwords.
    private const string First = "The plan covers every household in the valley.";
    private const string Second = "The buses will run every hour from the spring.";

    [Fact]
    public void TwoParagraphs_AreOneRun_WeighedByTheirWords()
        => Assert.Equal((0, 2, 17), ProseRuns.Heaviest(Blocks(First, Second), 0));

    [Fact]
    public void OneBlockThatIsNoProse_DoesNotCutARun_TwoDo()
    {
        Assert.Equal((0, 3, 17), ProseRuns.Heaviest(Blocks(First, "Who is affected", Second), 0));
        Assert.Equal((0, 1, 8), ProseRuns.Heaviest(Blocks(First, "Who is affected", "Harbour News Sport", First), 0));
        Assert.Equal((3, 4, 9), ProseRuns.Heaviest(Blocks(First, "Who is affected", "Harbour News Sport", Second), 0));
        Assert.Equal((3, 5, 17), ProseRuns.Heaviest(Blocks(First, "Who is affected", "Harbour News Sport", Second, First), 0));
    }

    [Fact]
    public void TheLineThatEndsAnArticle_CutsTheRun()
        => Assert.Equal((0, 1, 8), ProseRuns.Heaviest(Blocks(First, "Comments", First), 0));

    [Fact]
    public void AListsItems_BelongToTheProseThatOpensTheList()
    {
        const string Lead = "The council will put several measures in place:";

        Assert.Equal((0, 5, 16), ProseRuns.Heaviest(Blocks(Lead, "- des arrêts éclairés", "- des horaires tenus", "- des bus propres", First), 0));
        Assert.Equal((1, 2, 8), ProseRuns.Heaviest(Blocks("Measures:", First), 0));
    }

    [Fact]
    public void LinesOfChromeSetAsideBetweenParagraphs_CountAsBlocksThatAreNoProse()
    {
        var blocks = Blocks(First, Second);

        Assert.Equal((0, 2, 17), ProseRuns.Heaviest(blocks, 0, [0, 1]));
        Assert.Equal((1, 2, 9), ProseRuns.Heaviest(blocks, 0, [0, 2]));
    }

    [Fact]
    public void ARun_IsLookedFor_FromTheBlockAsked()
        => Assert.Equal((1, 2, 9), ProseRuns.Heaviest(Blocks(First, Second), 1));

    [Fact]
    public void NoProse_GivesAnEmptyRunWhereTheSearchStarted()
        => Assert.Equal((1, 1, 0), ProseRuns.Heaviest(Blocks("Harbour News", "Who is affected"), 1));

    [Fact]
    public void AShortLineAboveProseTwice_IsASpeakersLabel()
    {
        var blocks = Document("MARC FAUVELLE", First, "", "Q:", Second, "MARC FAUVELLE", Second, "Q:", First);

        Assert.Equal(new[] { "MARC FAUVELLE", "Q:" }, SpeakerLabels.Find(blocks, 0).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Q:" }, SpeakerLabels.Find(blocks, 1));
    }

    [Fact]
    public void ALineAboveProseOnce_IsNoLabel()
        => Assert.Empty(SpeakerLabels.Find(Document("MARC FAUVELLE", First, "Q:", Second), 0));

    [Fact]
    public void TheAnswer_FollowsItsLabel_OnTheNextLine_OrAfterOneBlankLine()
    {
        Assert.Equal(new[] { "Monde" }, SpeakerLabels.Find(Document("Monde", "", First, "Monde", "", Second), 0));
        Assert.Empty(SpeakerLabels.Find(Document("Monde", "", "", First, "Monde", "", "", Second), 0));
    }

    [Theory]
    [InlineData("Marc Durel of France Inter")]
    [InlineData("Marc Durel.")]
    [InlineData("Published 14 March 2023")]
    public void ALongLine_ASentence_OrADateline_IsNoLabel(string line)
        => Assert.Empty(SpeakerLabels.Find(Document(line, First, line, Second), 0));

    private static List<TextBlock> Blocks(params string[] texts)
        => texts.Select(text => new TextBlock([new LineSegment(SourceLine.Split(text)[0], text)])).ToList();

    // One block a non-blank line, each at its line in one document.
    private static List<TextBlock> Document(params string[] lines)
    {
        var text = string.Join("\n", lines);
        return SourceLine.Split(text)
            .Where(line => !line.IsBlank(text))
            .Select(line => new TextBlock([new LineSegment(line, text)]))
            .ToList();
    }
}
