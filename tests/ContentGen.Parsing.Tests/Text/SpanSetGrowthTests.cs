using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// A set holds the words it is given, each once, whatever room it started with: sized too small
/// it grows, sized too large it wastes nothing but room.
/// </summary>
public sealed class SpanSetGrowthTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(5000)]
    public void Add_KeepsEachWordOnce_AcrossGrowth(int capacity)
    {
        // The words stand in two texts, so that entries point into more than one source.
        var first = string.Join(" ", Enumerable.Range(0, 700).Select(i => "w" + i));
        var second = string.Join(" ", Enumerable.Range(500, 700).Select(i => "w" + i));
        var set = new SpanSet(capacity);

        var added = AddWords(set, first) + AddWords(set, second);

        Assert.Equal(1200, added);
        Assert.Equal(1200, set.Count);
        Assert.True(set.Contains("w0".AsSpan()));
        Assert.True(set.Contains("w1199".AsSpan()));
        Assert.False(set.Contains("w1200".AsSpan()));
        Assert.False(set.Contains("W0".AsSpan()));
        Assert.False(set.Contains("w".AsSpan()));
    }

    [Fact]
    public void Entries_AreNumberedInTheOrderWordsWereFirstAdded()
    {
        const string Text = "alpha beta alpha gamma";
        var set = new SpanSet(0);

        Assert.True(set.Add(Text, 0, 5, out var alpha));
        Assert.True(set.Add(Text, 6, 4, out var beta));
        Assert.False(set.Add(Text, 11, 5, out var alphaAgain));
        Assert.True(set.Add(Text, 17, 5, out var gamma));

        Assert.Equal([0, 1, 0, 2], new[] { alpha, beta, alphaAgain, gamma });
        Assert.Equal(1, set.IndexOf("beta".AsSpan()));
        Assert.Equal(-1, set.IndexOf("delta".AsSpan()));
        Assert.Equal("gamma", set[2].ToString());
    }

    [Fact]
    public void StartOf_GivesWhereTheFirstCopyStands()
    {
        const string Text = "alpha beta alpha";
        var set = new SpanSet(0);
        set.Add(Text, 0, 5);
        set.Add(Text, 6, 4);

        Assert.False(set.Add(Text, 11, 5, out var copy));
        Assert.Equal(0, set.StartOf(copy));
        Assert.Equal(6, set.StartOf(set.IndexOf("beta".AsSpan())));
    }

    [Fact]
    public void Clear_ForgetsEveryWord_AndTheSetServesTheNextText()
    {
        var set = new SpanSet(0);
        AddWords(set, string.Join(" ", Enumerable.Range(0, 100).Select(i => "w" + i)));

        set.Clear();

        Assert.Equal(0, set.Count);
        Assert.False(set.Contains("w0".AsSpan()));
        Assert.Equal(2, AddWords(set, "w0 x w0"));
        Assert.Equal(0, set.IndexOf("w0".AsSpan()));
        Assert.Equal(3, set.StartOf(set.IndexOf("x".AsSpan())));
    }

    private static int AddWords(SpanSet set, string text)
    {
        var added = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            added += set.Add(text, start, end - start) ? 1 : 0;
            start = end + 1;
        }

        return added;
    }
}
