using System.Globalization;

namespace ContentGen.Model;

/// <summary>
/// Tells a binary file from a text file with a few stray control characters. The generator sees
/// text the compiler has already decoded, never bytes, so a format's signature is looked for as
/// it reads once decoded: its ASCII letters stay, and each byte above 0x7F has become U+FFFD
/// (UTF-8 with replacement, the compiler's fallback on Linux and macOS) or a character of the
/// ANSI code page (Windows-1252 on an English Windows).
/// </summary>
internal static class BinaryText
{
    /// <summary>How much of the start of a file is judged, as git judges it (8 KB).</summary>
    public const int SampleLength = 8192;

    // This many control characters or fewer never make a short text binary by themselves.
    private const int FewStray = 3;

    /// <summary>
    /// Why <paramref name="text"/> is binary, to show in CG0007, or <see langword="null"/> when it
    /// is text; <paramref name="offset"/> is where to point: the start, or the first control character.
    /// </summary>
    public static string? Reason(string text, out int offset)
    {
        offset = 0;
        if (Signature(text) is { } format)
        {
            return format;
        }

        // git's rule for text: fewer than one control character per 128 printable ones. A file
        // over it is data (a UTF-16 file without its byte order mark is half NUL); one under it
        // is text with stray characters, which are removed instead.
        var sample = text.Length < SampleLength ? text.Length : SampleLength;
        var stray = 0;
        var first = -1;
        var inRow = false;
        for (var i = 0; i < sample; i++)
        {
            if (ControlCharacters.IsStray(text[i]))
            {
                inRow |= i > 0 && ControlCharacters.IsStray(text[i - 1]);
                stray++;
                first = first < 0 ? i : first;
            }
        }

        // By the share alone, one stray character would make any seed under 128 characters binary: a few
        // apart from each other ("Thurs\0days") are text too, unless they make up a quarter of it. Two in
        // a row ("PK\0\u0003") are a binary format's.
        if (stray == 0 || (sample - stray) >> 7 >= stray || (stray <= FewStray && !inRow && stray * 4 < sample))
        {
            return null;
        }

        offset = first;
        return string.Format(CultureInfo.InvariantCulture, "{0} of its first {1} characters are NUL or other control characters", stray, sample);
    }

    private static string? Signature(string text)
    {
        // PNG: 89 'PNG' CR LF 1A LF; the first byte reads as whatever the decoder made of 0x89.
        if (text.Length >= 8 && string.CompareOrdinal(text, 1, "PNG\r\n\u001A\n", 0, 7) == 0)
        {
            return "a PNG image";
        }

        // JPEG: FF D8 FF, which read as "ÿØÿ" in an ANSI code page, or as three U+FFFD.
        if (StartsWith(text, "\u00FF\u00D8\u00FF") || StartsWith(text, "\uFFFD\uFFFD\uFFFD"))
        {
            return "a JPEG image";
        }

        if (StartsWith(text, "%PDF-"))
        {
            return "a PDF document";
        }

        // ZIP, and so DOCX, XLSX, ODT, EPUB and JAR: a local file header, or an empty archive.
        if (StartsWith(text, "PK\u0003\u0004") || StartsWith(text, "PK\u0005\u0006"))
        {
            return "a ZIP archive (a DOCX file is one)";
        }

        // GZIP: 1F 8B, the second byte read as U+FFFD, '‹' (Windows-1252) or U+008B (Latin-1).
        if (text.Length >= 2 && text[0] == '\u001F' && text[1] is '\uFFFD' or '\u2039' or '\u008B')
        {
            return "a GZIP archive";
        }

        return null;
    }

    private static bool StartsWith(string text, string prefix)
        => text.Length >= prefix.Length && string.CompareOrdinal(text, 0, prefix, 0, prefix.Length) == 0;
}
