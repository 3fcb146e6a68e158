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
        Assert.False(HeadlineCopies.IsCopy(Headline, paragraph));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = HeadlineCopies.IsCopy(Headline, paragraph);

        Assert.False(copy);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("Council votes to close the harbour road", true)]
    [InlineData("Council votes to close harbour road", true)]
    [InlineData("Council votes to close the old harbour road", true)]
    [InlineData("Council votes to close the old harbour ring road", false)]
    [InlineData("Council votes", false)]
    public void ATextOfAboutTheSameLength_IsComparedWordForWord(string other, bool isCopy)
        => Assert.Equal(isCopy, HeadlineCopies.IsCopy(Headline, other));
}
