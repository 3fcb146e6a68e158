using ContentGen.Model;

namespace ContentGen.Tests.Model;

/// <summary>
/// Offsets in the text without its stray control characters map back to the file's: each
/// character removed at or before a place pushes it one further, and none after it does.
/// </summary>
public sealed class ControlCharactersTests
{
    [Fact]
    public void OriginalOffset_SkipsTheCharactersRemovedBeforeIt_AndOnlyThose()
    {
        const string Text = "a\0bc\0\0d";
        var stripped = ControlCharacters.Remove(Text);

        Assert.Equal("abcd", stripped.Text);
        Assert.Equal([0, 2, 3, 6], Enumerable.Range(0, stripped.Text.Length).Select(stripped.OriginalOffset));
        Assert.All(Enumerable.Range(0, stripped.Text.Length), i => Assert.Equal(stripped.Text[i], Text[stripped.OriginalOffset(i)]));
        Assert.Equal((3, 1), (stripped.RemovedCount, stripped.FirstRemoved));
    }

    [Fact]
    public void NothingRemoved_HasNoFirst()
    {
        var stripped = ControlCharacters.Remove("plain\ttext\r\n");

        Assert.Equal((0, -1), (stripped.RemovedCount, stripped.FirstRemoved));
        Assert.Equal(-1, default(StrippedText).FirstRemoved);
        Assert.Equal(4, stripped.OriginalOffset(4));
    }
}
