using ContentGen.Parsing.Markdown;

namespace ContentGen.Parsing.Tests.Markdown;

/// <summary>
/// Flat text keeps, for each character, the seed offset it came from: white space runs become one
/// space that maps to the character before the next word, ends are trimmed, and the parts cut
/// from it keep their offsets.
/// </summary>
public sealed class FlatTextTests
{
    // "text|offset,offset,…".
    private static string Show(FlatText flat)
        => flat + "|" + string.Join(",", Enumerable.Range(0, flat.ToString().Length).Select(flat.OffsetAt));

    [Fact]
    public void WhiteSpaceRuns_BecomeOneSpace_AndTheEndsAreTrimmed()
    {
        var flat = new FlatText().Append(" \t a \n\n b ", 10);

        Assert.Equal("a b|13,17,18", Show(flat));
        Assert.False(flat.IsEmpty);
    }

    [Fact]
    public void InexactText_MapsEveryCharacterToItsOffset()
        => Assert.Equal("ab c|3,7,7,7", Show(new FlatText().Append("a", 3, exact: false).Append("b c", 7, exact: false)));

    [Fact]
    public void Space_EndsTheWord_ButNeverStartsTheText()
    {
        Assert.Equal("a b|1,4,5", Show(new FlatText().Space().Append("a", 1).Space().Append("b", 5)));
        Assert.Equal("ab|1,5", Show(new FlatText().Append("a", 1).Append("b", 5)));
    }

    [Fact]
    public void AppendingAFlatText_PutsASpaceBefore_AndKeepsItsOffsets()
    {
        var other = new FlatText().Append("b c", 5);

        Assert.Equal("a b c|1,4,5,6,7", Show(new FlatText().Append("a", 1).Append(other)));
    }

    [Fact]
    public void FromAndBefore_CutTrimmedParts_ThatKeepTheirOffsets()
    {
        var flat = new FlatText().Append("a", 1).Append(new FlatText().Append("b c", 5));

        Assert.Equal("b c|5,6,7", Show(flat.From(1)));
        Assert.Equal("c|7", Show(flat.From(4)));
        Assert.Equal("a b|1,4,5", Show(flat.Before(3)));
        Assert.Equal("a|1", Show(flat.Before(2)));
        Assert.Equal("a b c|1,4,5,6,7", Show(flat.Before(99)));
        Assert.True(flat.From(5).IsEmpty);
    }

    [Fact]
    public void OffsetsOutsideTheText_AreClampedToItsEnds()
    {
        var flat = new FlatText().Append("ab", 4);

        Assert.Equal((4, 4, 5, 5), (flat.OffsetAt(-1), flat.OffsetAt(0), flat.OffsetAt(1), flat.OffsetAt(2)));
        Assert.Equal(0, new FlatText().Append("  ", 9).OffsetAt(0));
        Assert.True(new FlatText().Append("  ", 9).IsEmpty);
    }
}
