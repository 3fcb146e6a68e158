using System.Collections.Generic;

namespace ContentGen.Model;

/// <summary>
/// The C0 control characters that are not text: every one from U+0000 to U+001F except the
/// five that are white space (tab, line feed, vertical tab, form feed, carriage return). A stray
/// one in a text file is removed, so that one bad byte never costs the article.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is a control character that is not text.</summary>
    public static bool IsStray(char c) => c < '\u0020' && (c < '\t' || c > '\r');

    /// <summary>
    /// <paramref name="text"/> without its stray control characters, and where each one was;
    /// the text itself, unchanged, when it has none.
    /// </summary>
    public static StrippedText Remove(string text)
    {
        List<int>? removed = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsStray(text[i]))
            {
                (removed ??= new List<int>()).Add(i);
            }
        }

        if (removed is null)
        {
            return new StrippedText(text, System.Array.Empty<int>());
        }

        var kept = new char[text.Length - removed.Count];
        var from = 0;
        var to = 0;
        foreach (var offset in removed)
        {
            text.CopyTo(from, kept, to, offset - from);
            to += offset - from;
            from = offset + 1;
        }

        text.CopyTo(from, kept, to, text.Length - from);
        return new StrippedText(new string(kept), removed.ToArray());
    }
}

/// <summary>A text with its stray control characters removed, and the offsets they had in the original.</summary>
internal readonly struct StrippedText
{
    private readonly int[] _removed;

    /// <summary>Creates the result of removing the characters at <paramref name="removed"/> (ascending offsets in the original).</summary>
    public StrippedText(string text, int[] removed)
    {
        Text = text;
        _removed = removed;
    }

    /// <summary>The text without them.</summary>
    public string Text { get; }

    /// <summary>How many were removed.</summary>
    public int RemovedCount => Removed.Length;

    /// <summary>The offset of the first one removed in the original text, or -1 when none was.</summary>
    public int FirstRemoved => Removed.Length == 0 ? -1 : Removed[0];

    // A default value has removed nothing.
    private int[] Removed => _removed ?? System.Array.Empty<int>();

    /// <summary>The offset in the original text of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int OriginalOffset(int offset)
    {
        // Each character removed at or before the position found so far pushes it one further.
        var original = offset;
        foreach (var removed in Removed)
        {
            if (removed > original)
            {
                break;
            }

            original++;
        }

        return original;
    }
}
