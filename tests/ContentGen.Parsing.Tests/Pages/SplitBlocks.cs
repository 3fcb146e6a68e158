using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>The texts of the blocks <see cref="BlockSplitter"/> makes of one group of adjacent lines.</summary>
internal static class SplitBlocks
{
    public static string[] Of(string text, bool wrappedPage = true)
    {
        var group = SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToArray();
        var blocks = new List<TextBlock>();
        BlockSplitter.Split(group, 0, group.Length, blocks, new BlockPool(), wrappedPage);
        return blocks.Select(block => block.Text).ToArray();
    }

    public static string[] Of(params string[] lines) => Of(string.Join("\n", lines));
}
