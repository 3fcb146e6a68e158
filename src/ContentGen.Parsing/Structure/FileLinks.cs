using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A link to a file, which a broadcast's, a podcast's or an office's page prints under its player or its
/// notice: a short label, then in brackets the file's size, perhaps after its format ("Herunterladen (MP3, 4,5 MB)",
/// "Download episode (MP3, 21 MB)", "Télécharger le PDF (1,2 Mo)"). The size in bytes is what makes it a button in every
/// language: an editor never prints one in a headline's brackets, and the label before it is a verb and an object at most.
/// It is chrome, never the headline, however near the broadcast's stamp it stands.
/// </summary>
internal static class FileLinks
{
    // "Download aflevering", "Télécharger le fichier audio": a verb, an article and a noun or two.
    private const int MaxLabelWords = 4;

    // "MP3", "PDF", "EPUB", "DOCX": a format's name in capitals and digits.
    private const int MinFormatLength = 2;
    private const int MaxFormatLength = 5;

    // A format and a size, or a size and a length ("MP3, 4,5 MB, 4:52 Min." is no file's bracket: it holds a clause's stop).
    private const int MaxParts = 3;

    /// <summary>Whether <paramref name="line"/>, trimmed, is a file's link: a short label and a bracket with the file's size.</summary>
    public static bool IsFileLink(ReadOnlySpan<char> line)
    {
        var text = Whitespace.Trim(line);
        if (text.Length < 4 || text[text.Length - 1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open < 0 || Words.MoreThan(text.Slice(0, open), MaxLabelWords) || Punctuation.IsTerminal(LastNonSpace(text.Slice(0, open))))
        {
            return false;
        }

        return IsFileBracket(text.Slice(open + 1, text.Length - open - 2));
    }

    // "MP3, 4,5 MB", "1,2 Mo", "PDF · 850 KB": parts parted by a comma and a space (a decimal comma has none), a semicolon or a
    // middle dot, each a format or a size, one of them a size.
    private static bool IsFileBracket(ReadOnlySpan<char> inside)
    {
        var size = false;
        var parts = 0;
        var rest = inside;
        while (rest.Length > 0)
        {
            var gap = NextSeparator(rest);
            var part = Whitespace.Trim(gap < 0 ? rest : rest.Slice(0, gap));
            if (++parts > MaxParts)
            {
                return false;
            }

            if (IsSize(part))
            {
                size = true;
            }
            else if (!IsFormat(part))
            {
                return false;
            }

            rest = gap < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(gap + 1);
        }

        return size;
    }

    // The next comma followed by a space, semicolon or middle dot.
    private static int NextSeparator(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ';' or '·' || (text[i] == ',' && i + 1 < text.Length && Whitespace.IsSpace(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    // "4,5 MB", "21 MB", "850 kB", "1.2GB", "1,2 Mo": a figure, perhaps with a decimal mark, then a unit of bytes.
    private static bool IsSize(ReadOnlySpan<char> part)
    {
        var end = Digits.End(part, 0);
        if (end == 0)
        {
            return false;
        }

        if (end + 1 < part.Length && part[end] is ',' or '.' && char.IsDigit(part[end + 1]))
        {
            end = Digits.End(part, end + 1);
        }

        return IsByteUnit(Whitespace.Trim(part.Slice(end)));
    }

    // Kilo-, mega- and gigabytes as the seven languages print them: "KB", "kB", "MB", "GB", and the French "Ko", "Mo", "Go".
    private static bool IsByteUnit(ReadOnlySpan<char> unit)
        => unit.Length == 2 && unit[0] is 'K' or 'k' or 'M' or 'G' && unit[1] is 'B' or 'o';

    private static bool IsFormat(ReadOnlySpan<char> part)
    {
        if (part.Length < MinFormatLength || part.Length > MaxFormatLength || !char.IsUpper(part[0]))
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!(c is >= 'A' and <= 'Z') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static char LastNonSpace(ReadOnlySpan<char> text)
    {
        var trimmed = Whitespace.Trim(text);
        return trimmed.Length == 0 ? ' ' : trimmed[trimmed.Length - 1];
    }
}
