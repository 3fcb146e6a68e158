using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Metadata;

// "Von Jonas Wendt, Südwelle-Studio Talbach", "Von Anna Koch, Landkreis-Pressestelle": German writes a broadcaster's or a
// body's desk as a compound joined by a hyphen, its head last. After the writer's comma such a word names the desk she
// writes for, as "Pressestelle" alone does, not a second writer.
internal static partial class AuthorReader
{
    /// <summary>
    /// Whether <paramref name="word"/>, or its part after its last hyphen, is a desk's or an office's word (<c>DeskWords</c>,
    /// <c>JobOfficeWords</c>).
    /// </summary>
    private static bool IsDeskOrOfficeWord(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        var head = hyphen > 0 && hyphen + 1 < word.Length ? word.Slice(hyphen + 1) : word;
        return LexiconTables.DeskWords.Contains(head) || LexiconTables.JobOfficeWords.Contains(head);
    }
}
