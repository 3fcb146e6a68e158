using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises a notice about the text itself: a translation note, a disclaimer, a "views are not
/// the site's" line. Such a notice is short; a long block is an article's paragraph whatever its words.
/// </summary>
internal static class Notices
{
    private const int MaxWords = 90;

    /// <summary>Whether <paramref name="block"/> reads as a notice about the text.</summary>
    public static bool IsNotice(BlockFacts block)
        => block.Words <= MaxWords && LexiconTables.NoticePhrases.FoundIn(block.Text.AsSpan());
}
