using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The site's name a browser's title gives in short ("Headline | Hollinsby Courier"), printed in full by the masthead
/// under it ("The Hollinsby Courier", "Haddowby &amp; Went Valley Echo"): the masthead's form is the source, as
/// Labels/README.md chooses among printed forms. The masthead holds the short name's words in their order, opens on its
/// first word (or on an article before it) and ends on its last: a section's line ("Hollinsby Courier Sport"), a
/// strapline ("Hollinsby Courier – news for the valley") or another outlet ("Radio Hollinsby") is no longer form of it.
/// </summary>
public static partial class TitleSplitter
{
    // A masthead's line holds no menu's gap, no list's marks and no separator before a strapline.
    private static readonly char[] s_mastheadListMarks = { '|', '·', '>', '›', '»', ':' };

    // The masthead's longer form of `site` on a line above the headline other than the browser's title at `copyIndex`;
    // else null.
    private static string? LongerMastheadForm(string site, IReadOnlyList<SourceLine> lines, string document, int copyIndex, int titleOffset)
    {
        for (var i = 0; i < lines.Count && i < MaxCopyLines && lines[i].Offset < titleOffset; i++)
        {
            var text = Whitespace.Trim(document.AsSpan(lines[i].Offset, lines[i].Length));
            if (i != copyIndex && text.Length > site.Length && text.IndexOf("  ".AsSpan(), StringComparison.Ordinal) < 0
                && text.IndexOfAny(s_mastheadListMarks) < 0 && IsLongerFormOf(text, site.AsSpan()) && ReadsAsPublication(text)
                && text.ToString() is var masthead && LastSeparator(masthead).Index < 0)
            {
                return masthead;
            }
        }

        return null;
    }

    // Whether `text` holds the words of `site` in their order, opens on its first word or on an article before it, and
    // ends on its last word: "The Hollinsby Courier" of "Hollinsby Courier", "Haddowby & Went Valley Echo" of "Haddowby Echo".
    private static bool IsLongerFormOf(ReadOnlySpan<char> text, ReadOnlySpan<char> site)
    {
        var textWords = new WordReader(text);
        var siteWords = new WordReader(site);
        if (!textWords.Read() || !siteWords.Read())
        {
            return false;
        }

        if (!textWords.Word.Equals(siteWords.Word, StringComparison.Ordinal)
            && (!LexiconTables.NounArticles.Contains(textWords.Word) || !textWords.Read() || !textWords.Word.Equals(siteWords.Word, StringComparison.Ordinal)))
        {
            return false;
        }

        var pending = siteWords.Read();
        var last = textWords.Word;
        while (textWords.Read())
        {
            last = textWords.Word;
            if (pending && last.Equals(siteWords.Word, StringComparison.Ordinal))
            {
                pending = siteWords.Read();
            }
        }

        return !pending && last.Equals(LastWord(site), StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        var last = default(ReadOnlySpan<char>);
        while (reader.Read())
        {
            last = reader.Word;
        }

        return last;
    }
}
