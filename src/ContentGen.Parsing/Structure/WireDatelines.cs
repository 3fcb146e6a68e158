using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A news agency opens its story's first paragraph with a dateline and its own name in brackets, then a dash:
/// "HARBOURTON, 4 March (AP) - …", "Pforzheim (dpa) – …", "VILLAVERDE, 4 Mar. (EFE).- …". The bracketed name
/// is also what a photo credit carries, so a paragraph so opened must not be read as a caption: what follows
/// the dash is the story's first sentence.
/// </summary>
internal static class WireDatelines
{
    // The dateline (place, date, the agency in brackets) fits in this many characters.
    private const int MaxDatelineLength = 64;

    // The agency's name in brackets: "AP", "Agence France-Presse", "Europa Press".
    private const int MaxAgencyLength = 24;

    // After the dash, the story's sentence; a caption's tail ("- Photo d'archives") is a few words.
    private const int MinSentenceWords = 8;

    /// <summary>Whether <paramref name="text"/> opens with an agency's dateline and goes on with a sentence.</summary>
    public static bool OpensParagraph(string text)
    {
        var close = text.IndexOf(')', 0, Math.Min(text.Length, MaxDatelineLength + 1));
        if (close <= 0 || close > MaxDatelineLength)
        {
            return false;
        }

        var open = text.LastIndexOf('(', close);
        if (open <= 0 || close - open - 1 is 0 or > MaxAgencyLength)
        {
            return false;
        }

        // ")" then a full stop or nothing, blanks, a dash ("-", "–", "—"), a blank.
        var at = close + 1;
        if (at < text.Length && text[at] == '.')
        {
            at++;
        }

        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at + 1 >= text.Length || text[at] is not ('-' or '–' or '—') || text[at + 1] != ' ')
        {
            return false;
        }

        var sentence = text.AsSpan(at + 2);
        return Words.Count(sentence, MinSentenceWords) >= MinSentenceWords && Punctuation.EndsSentence(sentence);
    }
}
