using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What may be a headline, asked alone: no closing comma, semicolon, colon or single full stop
/// (an ellipsis of dots is no stop); and, when the evidence must be strong, three words at least,
/// some of them in lower case (or, in capitals, five words with a function word that joins no names),
/// nothing link-like and no bar.
/// </summary>
public sealed class HeadlineShapeTests
{
    private static bool IsHeadline(string line, bool strict)
        => TitleFinder.IsHeadline(new TextBlock(SourceLine.Split(line).Select(l => new LineSegment(l, line)).ToList()), strict);

    [Theory]
    [InlineData("Harbour plan approved by the council", true, true)]
    [InlineData("HARBOUR PLAN APPROVED BY THE COUNCIL", true, true)]
    [InlineData("HARBOUR PLAN APPROVED", true, false)]
    [InlineData("JANE ROE AND TOM FOX", true, false)]
    [InlineData("HARBOUR PLAN APPROVED BY THE COUNCIL", false, true)]
    [InlineData("Harbour plan approved | Coastal Gazette", true, false)]
    [InlineData("Harbour plan approved | Coastal Gazette", false, true)]
    [InlineData("Harbour plan", true, false)]
    [InlineData("Harbour plan", false, true)]
    public void StrongEvidence_AsksForMore(string line, bool strict, bool expected) => Assert.Equal(expected, IsHeadline(line, strict));

    [Theory]
    [InlineData("Harbour plan approved by the council.", false)]
    [InlineData("Harbour plan approved by the council:", false)]
    [InlineData("Harbour plan approved by the council;", false)]
    [InlineData("Harbour plan approved by the council,", false)]
    [InlineData("Harbour plan approved by the council..", true)]
    [InlineData("Harbour plan approved by the council?", true)]
    public void AClosingStop_IsNoHeadline(string line, bool expected) => Assert.Equal(expected, IsHeadline(line, strict: false));
}
