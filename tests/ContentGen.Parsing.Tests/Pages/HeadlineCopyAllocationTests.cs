using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline is compared with the blocks around it, most of them paragraphs far longer than
/// it: those are told apart by their word counts, read in place, before any word is copied.
/// </summary>
public sealed class HeadlineCopyAllocationTests
{
    private const string Headline = "Council votes to close the harbour road";

    [Fact]
    public void AParagraphOfOtherLength_IsNoCopy_AndCopiesNoWord()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("The council met on Tuesday evening.", 20));

        var (copy, allocated) = CompareTwice(paragraph);

        Assert.False(copy);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AHeadlinesCopy_IsToldWordForWord_WhereTheWordsStand()
    {
        var (copy, allocated) = CompareTwice("COUNCIL VOTES TO CLOSE THE HARBOUR ROAD");

        Assert.True(copy);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AHeadlineLongerThanTheStackHolds_IsStillCompared()
    {
        var words = Enumerable.Range(0, 80).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var headline = string.Join(" ", words);
        var changed = string.Join(" ", words.Take(40).Append("other").Concat(words.Skip(41)));

        Assert.True(HeadlineCopies.IsCopy(headline, headline.ToUpperInvariant()));
        Assert.True(HeadlineCopies.IsCopy(headline, changed));
        Assert.False(HeadlineCopies.IsCopy(headline, changed.Replace("word70", "else", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Council votes to close the harbour road", true)]
    [InlineData("Council votes to close harbour road", true)]
    [InlineData("Council votes to close the old harbour road", true)]
    [InlineData("Council votes to close the old harbour ring road", false)]
    [InlineData("Council votes", false)]
    public void ATextOfAboutTheSameLength_IsComparedWordForWord(string other, bool isCopy)
        => Assert.Equal(isCopy, HeadlineCopies.IsCopy(Headline, other));

    // The answer, and what the second of two comparisons allocated (the first warms the code up).
    private static (bool Copy, long Allocated) CompareTwice(string other)
    {
        var first = HeadlineCopies.IsCopy(Headline, other);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = HeadlineCopies.IsCopy(Headline, other);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(first, again);
        return (again, allocated);
    }
}
