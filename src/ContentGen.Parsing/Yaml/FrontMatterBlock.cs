namespace ContentGen.Parsing.Yaml;

/// <summary>
/// Where a seed's front matter is: a <c>---</c> line at the very top, the YAML, and a closing
/// <c>---</c> (or <c>...</c>) line. A block that never closes is taken to end at the first blank
/// line, so that a forgotten closing line costs a warning, not the article's text.
/// </summary>
internal readonly struct FrontMatterBlock
{
    private FrontMatterBlock(int start, int contentStart, int contentEnd, int end, bool closed)
    {
        Start = start;
        ContentStart = contentStart;
        ContentEnd = contentEnd;
        End = end;
        IsClosed = closed;
    }

    /// <summary>Where the opening line starts.</summary>
    public int Start { get; }

    /// <summary>Where the YAML starts: the line after the opening one.</summary>
    public int ContentStart { get; }

    /// <summary>Where the YAML ends: the start of the closing line, or of the first blank line.</summary>
    public int ContentEnd { get; }

    /// <summary>Where the body starts: after the closing line and its line break.</summary>
    public int End { get; }

    /// <summary>Whether a closing line was found.</summary>
    public bool IsClosed { get; }

    /// <summary>Whether the first line of <paramref name="text"/> opens a front matter.</summary>
    public static bool StartsWithFence(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return IsFence(text, start, LineEnd(text, start, out _), "---");
    }

    /// <summary>The front matter of <paramref name="text"/>, or <see langword="null"/> when it does not start with one.</summary>
    public static FrontMatterBlock? Find(string text)
    {
        if (!StartsWithFence(text))
        {
            return null;
        }

        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        LineEnd(text, start, out var afterOpening);

        var lineStart = afterOpening;
        int? firstBlank = null;
        while (lineStart < text.Length)
        {
            var end = LineEnd(text, lineStart, out var after);
            if (IsFence(text, lineStart, end, "---") || IsFence(text, lineStart, end, "..."))
            {
                return new FrontMatterBlock(start, afterOpening, lineStart, after, closed: true);
            }

            if (firstBlank is null && IsBlank(text, lineStart, end))
            {
                firstBlank = lineStart;
            }

            lineStart = after;
        }

        var stop = firstBlank ?? text.Length;
        return new FrontMatterBlock(start, afterOpening, stop, stop, closed: false);
    }

    /// <summary>
    /// <paramref name="text"/> with the front matter's characters turned into spaces, line breaks
    /// kept, so that the body is read from the same text and every position in it stays true.
    /// </summary>
    public string Blank(string text)
    {
        var chars = text.ToCharArray();
        for (var i = Start; i < End; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    // The end of the line starting at start (before its break), and where the next line starts.
    private static int LineEnd(string text, int start, out int next)
    {
        var i = start;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        next = i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i < text.Length ? i + 1 : i;
        return i;
    }

    // The fence itself, then nothing but spaces or tabs.
    private static bool IsFence(string text, int start, int end, string fence)
    {
        if (end - start < fence.Length || string.CompareOrdinal(text, start, fence, 0, fence.Length) != 0)
        {
            return false;
        }

        return IsBlank(text, start + fence.Length, end);
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
