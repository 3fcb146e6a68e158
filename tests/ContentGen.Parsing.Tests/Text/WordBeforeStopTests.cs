using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// The word before a full stop, read back over its letters, and whether it is a listed abbreviation whose stop ends no
/// sentence: the one reader the title finder and the author reader share.
/// </summary>
public sealed class WordBeforeStopTests
{
    [Theory]
    [InlineData("von St. Margareta", 6, 4)]
    [InlineData("Dr. Hollis", 2, 0)]
    [InlineData("über die Brücke.", 15, 9)]
    [InlineData("am 12. Mai", 5, 5)]
    [InlineData(". Foto", 0, 0)]
    public void Start_IsWhereTheLettersBeforeTheStopBegin(string text, int stop, int start)
        => Assert.Equal(start, WordBeforeStop.Start(text.AsSpan(), stop));

    [Theory]
    [InlineData("von St. Margareta", 6, true, 4)]
    [InlineData("Dr. Hollis", 2, true, 0)]
    [InlineData("La Dra. Villaverde", 6, true, 3)]
    [InlineData("Mme. Garnier", 3, true, 0)]
    [InlineData("mevr. De Wit", 4, true, 0)]
    [InlineData("Sig. Rossi", 3, true, 0)]
    [InlineData("Prof. Lenz", 4, true, 0)]
    [InlineData("Professor. Lenz", 9, false, 0)]
    [InlineData("ST. MARGARETA", 2, false, 0)]
    [InlineData("the bridge. Then", 10, false, 4)]
    [InlineData("am 12. Mai", 5, false, 5)]
    public void IsAbbreviation_AsksTheLexiconsOfThatWord(string text, int stop, bool abbreviation, int start)
    {
        Assert.Equal(abbreviation, WordBeforeStop.IsAbbreviation(text.AsSpan(), stop, out var found));
        Assert.Equal(start, found);
    }
}
