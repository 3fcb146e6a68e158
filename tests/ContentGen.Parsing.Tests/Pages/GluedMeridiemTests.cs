using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// English datelines print the clock with "am"/"pm" glued to the minutes ("6.00am", "7:45pm"), and some print the
/// month first without a comma after the day ("Tuesday February 4 2025"). Both name the time of publication.
/// </summary>
public sealed class GluedMeridiemTests
{
    [Theory]
    [InlineData("Tuesday February 4 2025, 6.00am GMT", "2025-02-04T06:00")]
    [InlineData("4 March 2025, 6.30pm", "2025-03-04T18:30")]
    [InlineData("Published: March 4 2025 at 11:15am", "2025-03-04T11:15")]
    [InlineData("Updated 12 March 2024, 12.05am", "2024-03-12T00:05")]
    public void AClockWithItsMeridiemGlued_GivesTheTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // Other words glued to two digits are no clock's minutes.
    [Theory]
    [InlineData("4 March 2025, gate 6.00ab", "2025-03-04")]
    [InlineData("4 March 2025, 6.00", "2025-03-04T06:00")]
    public void OtherGluedLetters_GiveNoTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Fact]
    public void OnAPage_TheBylineAndTheDatelineWithAGluedMeridiem_AreRead()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "HARBOUR", p[0],
            "By Jane Roe, Transport Editor, and Tom Poe, Data Reporter\nTuesday February 4 2025, 6.00am GMT", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Jane Roe; Tom Poe", article.Author);
        Assert.Equal("2025-02-04T06:00", article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Only a byline parts from the date line under it: a wrapped paragraph whose next line opens with a date stays one.
    [Fact]
    public void AWrappedParagraph_WhoseLineOpensWithADate_StaysOne()
    {
        var p = Articles.Of("en");
        var wrapped = "The harbour board first met to discuss the new pontoons on the evening of\nMarch 4 2025, when only six of its members turned up to vote on the plan.";
        var page = string.Join("\n\n", p[0], p[1], wrapped, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], wrapped.Replace('\n', ' '), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
