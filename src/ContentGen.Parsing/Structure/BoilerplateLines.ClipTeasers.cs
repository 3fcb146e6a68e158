using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    /// <summary>
    /// Whether <paramref name="text"/> is a clip's teaser on one line: a media label and a colon, the clip's title, and its
    /// running time in brackets at the end ("Video: zo ziet de kerk er nu uit (1:42)", "Vídeo: así quedó la sala (2 min)",
    /// "Audio: Das Interview mit der Bürgermeisterin (4:05)"). The clip is another item the page links to, never the
    /// article's text; a sentence about a video ("The video: it shows the crash") carries no running time, and a running
    /// time after no label ("The choir sang for an hour (1:02)") is no teaser.
    /// </summary>
    internal static bool IsClipTeaser(ReadOnlySpan<char> text)
    {
        var label = LexiconTables.LinkLabels.LongestStart(text);
        if (label <= 0)
        {
            return false;
        }

        var rest = text.Slice(label).TrimStart();
        if (rest.Length < 2 || rest[0] != ':')
        {
            return false;
        }

        var end = rest.TrimEnd();
        var open = end.LastIndexOf('(');
        return open > 1 && end[end.Length - 1] == ')' && IsRunningTime(end.Slice(open + 1, end.Length - open - 2));
    }

    // "1:42", "12:05", "3 min", "2 min 14", "12 Min.": figures, a colon, and minute words (MinuteWords) only, a figure first.
    private static bool IsRunningTime(ReadOnlySpan<char> inside)
    {
        inside = Whitespace.Trim(inside);
        if (inside.Length == 0 || !char.IsDigit(inside[0]))
        {
            return false;
        }

        var reader = new WordReader(inside);
        while (reader.Read())
        {
            var word = reader.Word;
            if (!(Digits.Any(word) && IsFiguresAndColons(word)) && !LexiconTables.MinuteWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFiguresAndColons(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c != ':')
            {
                return false;
            }
        }

        return true;
    }
}
