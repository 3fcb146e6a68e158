using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// Names are read again in every sentence that mentions them; the cache hands out the string made
/// the first time. What a caller sees must not change: the text, whichever copy it gets.
/// </summary>
public sealed class StringCacheTests
{
    [Fact]
    public void AShortText_ReadAgain_IsTheSameString()
    {
        var first = StringCache.Get("Jane Roe said".AsSpan(0, 8));
        var again = StringCache.Get("Ask Jane Roe".AsSpan(4));

        Assert.Equal("Jane Roe", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void AShortText_ReadAgain_AllocatesNothing()
    {
        var text = "Acme Harbour Authority";
        StringCache.Get(text.AsSpan());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = StringCache.Get(text.AsSpan());

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(text, again);
    }

    [Fact]
    public void ManyTexts_SharingSlots_EachGiveTheirOwnText()
    {
        // Far more texts than slots: every one must come back as itself, whatever it displaced.
        var texts = Enumerable.Range(0, 5000).Select(i => "Name " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var text in texts.Concat(texts.Reverse()))
        {
            Assert.Equal(text, StringCache.Get(text.AsSpan()));
        }
    }

    [Fact]
    public void ALongText_IsMadeAnew_AndEmptyIsEmpty()
    {
        var text = new string('a', StringCache.MaxLength + 1);

        var first = StringCache.Get(text.AsSpan());
        var again = StringCache.Get(text.AsSpan());

        Assert.Equal(text, first);
        Assert.NotSame(first, again);
        Assert.Same(string.Empty, StringCache.Get(ReadOnlySpan<char>.Empty));
    }
}
