namespace ContentGen.Cli.Report;

/// <summary>
/// The file's lines, split where the reader splits them (CRLF, CR or LF, a leading byte order
/// mark skipped), so that the line numbers in the article model and in diagnostics match.
/// </summary>
internal static class SourceLines
{
    /// <summary>Splits <paramref name="text"/> into (offset, line) pairs; an empty text has no lines.</summary>
    public static List<(int Offset, string Text)> Split(string text)
    {
        var lines = new List<(int, string)>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add((start, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add((start, text.Substring(start)));
        }

        return lines;
    }

    /// <summary>Whether <paramref name="line"/> holds nothing but white space (no-break and thin spaces included).</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
