using System;
using ContentGen.Parsing.Lexicons;
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

    // An agency's short name: "AP", "dpa", "ANSA".
    private const int MinAcronymLength = 2;
    private const int MaxAcronymLength = 5;
    private const int MaxLowerAcronymLength = 3;

    // After the dash, the story's sentence; a caption's tail ("- Photo d'archives") is a few words.
    private const int MinSentenceWords = 8;

    /// <summary>Whether <paramref name="text"/> opens with an agency's dateline and goes on with a sentence.</summary>
    public static bool OpensParagraph(string text)
    {
        // "Pornel (France) (AFP) - …": the country in brackets may come first; the agency's brackets are the last
        // before the dash, within the dateline's reach.
        var reach = Math.Min(text.Length, MaxDatelineLength + 1);
        for (var close = text.IndexOf(')', 0, reach); close > 0; close = close + 1 < reach ? text.IndexOf(')', close + 1, reach - close - 1) : -1)
        {
            if (OpensParagraphAt(text, close))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the bracket closing at `close` holds an agency's name, and a dash and the story's sentence follow it.
    private static bool OpensParagraphAt(string text, int close)
    {
        // "(ANSA) - VALDORSO, 3 MAR - …": the agency's bracket may open the paragraph, the place after the dash.
        var open = text.LastIndexOf('(', close);
        if (open < 0 || close - open - 1 is 0 or > MaxAgencyLength || !NamesAnAgency(text.AsSpan(open + 1, close - open - 1)))
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

    // "Reuters", "Europa Press": an agency the lexicons list; "AP", "EFE", "dpa": a short name of one word, letters only.
    // "(foto di Luca Resta)", "(au centre)", "(archives)" over a dash are a caption's.
    internal static bool NamesAnAgency(ReadOnlySpan<char> name)
    {
        name = Whitespace.Trim(name);
        if (LexiconTables.Agencies.Contains(name))
        {
            return true;
        }

        if (name.Length is < MinAcronymLength or > MaxAcronymLength || LexiconTables.CreditWords.Contains(name) || LexiconTables.CreditMarks.StartsAny(name))
        {
            return false;
        }

        // In capitals ("ANSA", "EFE"), or three letters at most ("dpa"): "(Foto)" or "(archives)" is no agency.
        var capitals = true;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            capitals &= char.IsUpper(c);
        }

        return capitals || name.Length <= MaxLowerAcronymLength;
    }
}
