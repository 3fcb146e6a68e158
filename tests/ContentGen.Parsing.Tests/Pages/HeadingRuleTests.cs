using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The subheading rule asked alone, on blocks made by hand: a short capitalised line of two lines
/// at most, unpunctuated or a short question, with a longer sentence after it, and no list's
/// lead or other short line just before it.
/// </summary>
public sealed class HeadingRuleTests
{
    private const string Paragraph = "The plan covers every household in the valley and the towns around it.";

    [Theory]
    [InlineData("Who is affected")]
    [InlineData("Who is affected?")]
    [InlineData("¿Cuándo llegarán los autobuses?")]
    [InlineData("What will the new timetable mean for the valley?")]
    [InlineData("2024 timetable")]
    [InlineData("- Meilleure intégration")]
    [InlineData("Une \"marge de temps très courte\"")]
    [InlineData("Une « marge réduite »")]
    public void AShortLine_BeforeAParagraph_IsAHeading(string line)
        => Assert.True(IsHeading(line, Paragraph));

    [Theory]
    [InlineData("who is affected")]
    [InlineData("Who pays!?")]
    [InlineData("So, who pays?")]
    [InlineData("Will the new timetable mean much for the valley?")]
    [InlineData("What will the new timetable mean for the valley and its eleven towns?")]
    [InlineData("The minister said \"we will see.\"")]
    [InlineData("The harbour wall was rebuilt.")]
    [InlineData("Radio France")]
    [InlineData("By")]
    public void APunctuatedLowerCaseOrSignedLine_IsNoHeading(string line)
        => Assert.False(IsHeading(line, Paragraph));

    [Fact]
    public void AHeading_HasFourteenWordsAtMost()
    {
        const string Fourteen = "Harbour wall works start in the spring across the valley and the towns around";

        Assert.True(IsHeading(Fourteen, Paragraph + " " + Paragraph));
        Assert.False(IsHeading(Fourteen + " it", Paragraph + " " + Paragraph));
    }

    [Fact]
    public void AHeading_HasAHundredAndTwentyCharactersAtMost()
    {
        var longest = "Harbour " + new string('w', 112);

        Assert.True(IsHeading(longest, Paragraph + " " + Paragraph));
        Assert.False(IsHeading(longest + "w", Paragraph + " " + Paragraph));
    }

    [Fact]
    public void AHeading_SpansTwoLinesAtMost()
    {
        Assert.True(Heading(Block("Who is", "affected"), Block(Paragraph), null));
        Assert.False(Heading(Block("Who", "is", "affected"), Block(Paragraph), null));
    }

    [Fact]
    public void AHeading_AnnouncesALongerSentence_OrAListsLongLead()
    {
        Assert.False(IsHeading("Who is affected", null));
        Assert.False(IsHeading("Who is affected", "Everyone."));
        Assert.False(IsHeading("Who is affected", "The plan covers every household in the valley"));
        Assert.True(IsHeading("Who is affected", "The plan covers every household in these places:"));
        Assert.False(IsHeading("Who is affected", "The plan covers households in these places:"));
    }

    [Fact]
    public void AfterAListsLead_OrAnotherShortLine_ALineIsAnItem()
    {
        Assert.False(IsHeading("Who is affected", Paragraph, "The full list is:"));
        Assert.False(IsHeading("Who is affected", Paragraph, "Brighton v Luton Town"));
        Assert.True(IsHeading("Who is affected", Paragraph, Paragraph));
        Assert.True(IsHeading("Who is affected", Paragraph, "brighton v luton town"));
    }

    [Fact]
    public void ADashedLine_BesideAListItem_IsAnItem()
    {
        Assert.False(IsHeading("- Meilleure intégration", "- des arrêts éclairés et des horaires tenus toute la journée."));
        Assert.False(IsHeading("- Meilleure intégration", Paragraph, "- des arrêts éclairés."));
        Assert.True(IsHeading("Meilleure intégration", "- des arrêts éclairés et des horaires tenus toute la journée."));
    }

    // A dump may cut the paragraph under a heading off mid-sentence ("… près du phare et"): it is
    // still the text the heading announces. A short cut line is no paragraph.
    [Theory]
    [InlineData("Selon Harbour Infos, le chalutier a heurté la digue près du phare et", true)]
    [InlineData("According to the harbour master, the ferry struck a rock near the pier and", true)]
    [InlineData("Le bateau et", false)]
    public void AParagraphCutOffMidSentence_MayFollowAHeading(string next, bool heads)
        => Assert.Equal(heads, IsHeading("Périlleuse route migratoire", next, Paragraph));

    private static bool IsHeading(string line, string? next, string? previous = null)
        => Heading(Block(line), next is null ? null : Block(next), previous is null ? null : Block(previous));

    private static bool Heading(TextBlock block, TextBlock? next, TextBlock? previous)
        => Headings.IsHeading(block, next, previous);

    private static TextBlock Block(params string[] lines)
    {
        var text = string.Join("\n", lines);
        return new TextBlock(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());
    }
}
