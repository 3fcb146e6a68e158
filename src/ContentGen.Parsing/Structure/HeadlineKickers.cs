using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A tag for the form of what a page carries, printed in capitals before a stop, a colon or a bar on the headline's own
/// line ("VIDÉO. À Montaudry, …", "LIVE: …", "EXCLUSIVO. …", "VIDEO | …"). It tells the reader that a video, a live page or a scoop waits
/// below, and is no word of the headline an editor wrote: the parser reads the title without it and keeps the tag as
/// boilerplate, so that no word of the page is lost. Only the tags of <see cref="LexiconTables.HeadlineFormTags"/> in
/// capitals are cut: a genre's label ("REPORTAGE."), a place before a colon ("Lyon : …") or a tag in sentence case
/// ("Liveblog: …", which a headline may open with) stays the headline's.
/// </summary>
internal static class HeadlineKickers
{
    // The longest tag: "EN DIRECT", "IN DIRETTA".
    private const int MaxTagLength = 12;

    // What is left must stand as a headline: a subject and something said of it.
    private const int MinHeadlineWords = 4;

    /// <summary>
    /// Where the headline starts in <paramref name="title"/> after a form tag and its stop or colon, or -1 when the title
    /// opens on no such tag.
    /// </summary>
    /// <param name="title">The title as read, trimmed.</param>
    public static int HeadlineStart(string title)
    {
        // "VIDEO | IJsbaan …": a broadcaster's page parts the tag from the headline with a bar between spaces.
        var mark = title.AsSpan(0, Math.Min(title.Length, MaxTagLength + 2)).IndexOfAny('.', ':', '|');
        if (mark <= 0 || (title[mark] == '|' && title[mark - 1] != ' '))
        {
            return -1;
        }

        var tag = title.AsSpan(0, mark).TrimEnd();
        if (!LetterCase.IsCapitalsWord(tag) || !LexiconTables.HeadlineFormTags.Contains(tag))
        {
            return -1;
        }

        var start = mark + 1;
        while (start < title.Length && char.IsWhiteSpace(title[start]))
        {
            start++;
        }

        // A space after the mark, then a headline that opens as one does: in capitals after a stop or a bar, as a French
        // colon may go on in lower case ("EN DIRECT : les pompiers …").
        if (start == mark + 1 || start >= title.Length || (title[mark] is '.' or '|' && char.IsLower(title[start]))
            || Words.Count(title.Substring(start)) < MinHeadlineWords)
        {
            return -1;
        }

        return start;
    }
}
