using System.Text;

namespace ContentGen.Evaluation.Pages;

/// <summary>A page's text as the generator and the CLI see it, and its lines as the parser numbers them.</summary>
public sealed class PageText
{
    // The CLI's SeedReader decodes the same way: a byte that is not UTF-8 becomes U+FFFD, never a throw.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private PageText(string text, List<string> lines)
    {
        Text = text;
        Lines = lines;
    }

    /// <summary>The decoded text, without a leading byte order mark.</summary>
    public string Text { get; }

    /// <summary>The lines, 0-based here: line <c>n</c> of the page is <c>Lines[n - 1]</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    public static PageText Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(s_utf8.Preamble) ? s_utf8.Preamble.Length : 0;
        var text = s_utf8.GetString(bytes, start, bytes.Length - start);
        return new PageText(text, Split(text));
    }

    /// <summary>Whether 1-based line <paramref name="number"/> holds only white space (no-break and thin spaces included).</summary>
    public bool IsBlank(int number) => Lines[number - 1].All(IsSpace);

    /// <summary>1-based line <paramref name="number"/> without white space at either end.</summary>
    public string Trimmed(int number)
    {
        var line = Lines[number - 1];
        var start = 0;
        var end = line.Length;
        while (start < end && IsSpace(line[start]))
        {
            start++;
        }

        while (end > start && IsSpace(line[end - 1]))
        {
            end--;
        }

        return line.Substring(start, end - start);
    }

    // As the parser counts spaces: zero-width spaces and stray byte order marks separate words too.
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    // CRLF, CR and LF each end a line, as in the parser's own split, so that line numbers agree.
    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(text.Substring(start, i - start));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
