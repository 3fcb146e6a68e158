using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A headline that the page prints again (its title, breadcrumb and heading), found in the
// document as white space collapsed would give it, without copying the document.
internal static partial class TitleFinder
{
    // Twice or three times, as a page's title, breadcrumb and heading repeat it; a line that
    // recurs more often is a menu item or a widget. The document is read as Flatten would give
    // it (white space runs as one space, ’ as '), without making that copy of it.
    private static bool Recurs(string document, string headline)
    {
        var count = 0;
        var at = 0;
        while (count <= MaxRecurrences && FindFlat(document, headline, at) is var (start, end) && start >= 0)
        {
            // A site's name printed again in the footer's rights line ("Eco delle Valli - Tutti i diritti riservati") is the
            // masthead's repeat, not the headline's.
            count += IsRightsLine(document, start) ? 0 : 1;
            at = end;
        }

        return count >= 2 && count <= MaxRecurrences;
    }

    // Whether the line of `document` holding `offset` is a rights notice.
    private static bool IsRightsLine(string document, int offset)
    {
        var start = offset > 0 ? document.LastIndexOfAny(s_lineBreaks, offset - 1) + 1 : 0;
        var end = document.IndexOfAny(s_lineBreaks, offset);
        var line = document.AsSpan(start, (end < 0 ? document.Length : end) - start).Trim();
        return line.Length > 0 && BoilerplateLines.ClassifyLine(line) == BoilerplateKind.Copyright;
    }

    // The first occurrence of the flattened `headline` in `document` from `from`: where it starts
    // and where it ends in the document, or (-1, -1).
    private static (int Start, int End) FindFlat(string document, string headline, int from)
    {
        var first = headline[0];
        for (var i = from; i < document.Length; i++)
        {
            i = first == '\'' ? document.IndexOfAny(s_apostrophes, i) : document.IndexOf(first, i);
            if (i < 0)
            {
                break;
            }

            var end = MatchFlat(document, i, headline);
            if (end >= 0)
            {
                return (i, end);
            }
        }

        return (-1, -1);
    }

    // Where a match of the flattened `headline` at `start` ends in the document, or -1.
    private static int MatchFlat(string document, int start, string headline)
    {
        var k = start;
        foreach (var h in headline)
        {
            if (h == ' ')
            {
                if (k >= document.Length || !Whitespace.IsSpace(document[k]))
                {
                    return -1;
                }

                while (k < document.Length && Whitespace.IsSpace(document[k]))
                {
                    k++;
                }

                continue;
            }

            if (k >= document.Length || (document[k] == '’' ? '\'' : document[k]) != h)
            {
                return -1;
            }

            k++;
        }

        return k;
    }

    // White space collapsed, so that a headline wrapped differently elsewhere still matches.
    private static string Flatten(string text) => IsFlat(text) ? text : FlatCopy(text.AsSpan());

    // The flat copy written into a pooled buffer (JoinedText): the string is the copy's only allocation.
    private static string FlatCopy(ReadOnlySpan<char> text)
    {
        var flat = new JoinedText(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (Whitespace.IsSpace(c))
            {
                space = flat.Length > 0;
                continue;
            }

            if (space)
            {
                flat.Append(' ');
                space = false;
            }

            flat.Append(c == '’' ? '\'' : c);
        }

        return flat.ToStringAndReturn();
    }

    // Most lines are flat already, single spaces between words and no curly apostrophe: they are their own flat copy.
    private static bool IsFlat(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '’' || (Whitespace.IsSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
