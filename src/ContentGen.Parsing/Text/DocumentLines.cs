using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// Steps from a line of the document to its neighbours as <see cref="SourceLine.Split(string)"/> cuts lines: at LF,
/// CRLF and a bare CR alike. Rules that look one line up or down read the document in place, and a search for LF alone
/// would read a document written with bare CRs as a single line.
/// </summary>
internal static class DocumentLines
{
    /// <summary>Where the line after the one holding <paramref name="from"/> starts, or -1 when no line break follows.</summary>
    public static int NextLineStart(string document, int from)
    {
        if (from >= document.Length)
        {
            return -1;
        }

        var at = document.AsSpan(from).IndexOfAny('\n', '\r');
        if (at < 0)
        {
            return -1;
        }

        at += from;
        return at + (document[at] == '\r' && at + 1 < document.Length && document[at + 1] == '\n' ? 2 : 1);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its line break, or the document's end.</summary>
    public static int LineEnd(string document, int start)
    {
        var at = document.AsSpan(start).IndexOfAny('\n', '\r');
        return at < 0 ? document.Length : start + at;
    }

    /// <summary>
    /// The line right above the line starting at <paramref name="lineStart"/>, untrimmed, or an empty span on the
    /// document's first line.
    /// </summary>
    public static ReadOnlySpan<char> LineAbove(string document, int lineStart)
    {
        var end = lineStart - 1;
        if (end < 0 || document[end] is not ('\n' or '\r'))
        {
            return default;
        }

        end -= document[end] == '\n' && end > 0 && document[end - 1] == '\r' ? 1 : 0;
        var start = document.AsSpan(0, end).LastIndexOfAny('\n', '\r') + 1;
        return document.AsSpan(start, end - start);
    }
}
