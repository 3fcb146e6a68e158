using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Two more ways a caption's one sentence is signed at its end: the photographer's initial and surname in capitals ("… en una
/// imagen de archivo. I. SOLOZÁBAL", "… sul sagrato. G. M. RIVA"), and an agency's credit line with its slash ("… este
/// miércoles. RTVA / Elena Marquina", "… am Hafen. Jonas Weber / dpa"). Prose ends on neither: a sentence's last words
/// are no capitals behind an initial, and a credit line after a stop is no clause.
/// </summary>
internal static partial class PhotoCredits
{
    // "I. SOLOZÁBAL", "J. M. PEREDA": one or two initials before the surname.
    private const int MaxInitials = 2;

    // "I. SOLOZÁBAL ETXEBERRIA": a surname of two words at most after the initials.
    private const int MaxSurnameWords = 2;

    // A surname in capitals has letters enough not to be a third initial or an acronym's stub.
    private const int MinSurnameLetters = 2;

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence and, after its stop (and a spaced slash, if any), initials and a
    /// surname in capitals: "La lonja de Arrieta, en una imagen de archivo. I. SOLOZÁBAL", "… del campanario. / J. R. MEDINA".
    /// Nothing may follow the surname.
    /// </summary>
    public static bool EndsWithInitialledNameInCapitals(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[text.Length - 1]) || Words.MoreThan(text, MaxCaptionWords))
        {
            return false;
        }

        // From the end: the surname's words in capitals, then the initials ("I.", "M."), then the sentence's stop.
        var end = text.Length;
        var surname = 0;
        while (surname < MaxSurnameWords && WordBefore(text, end) is var start and > 0 && IsSurnameInCapitals(text.AsSpan(start, end - start)))
        {
            surname++;
            end = start - 1;
        }

        var initials = 0;
        while (initials < MaxInitials && WordBefore(text, end) is var start and > 0 && end - start == 2 && char.IsUpper(text[start]) && text[start + 1] == '.')
        {
            initials++;
            end = start - 1;
        }

        // "… del campanario. / J. R. MEDINA": Spanish and Portuguese papers may set the credit off by a spaced slash too.
        if (end > 2 && text[end - 1] == '/' && text[end - 2] == ' ')
        {
            end -= 2;
        }

        return surname > 0 && initials > 0 && end > 0 && Punctuation.IsTerminal(text[end - 1]) && IsOneShortSentence(text, end - 1);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence and, after its stop, an agency's credit line with its slash
    /// (<see cref="Metadata.AuthorReader.IsCredit"/>): "El puente viejo, este miércoles. RTVA / Elena Marquina".
    /// </summary>
    public static bool EndsWithAgencyCreditLine(string text)
    {
        // Few lines hold a slash between spaces: looked for before the words are counted.
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        var stop = slash <= 0 ? -1 : text.LastIndexOf(". ", slash, StringComparison.Ordinal);
        return stop > 0 && !Words.MoreThan(text, MaxCaptionWords) && IsOneShortSentence(text, stop)
            && Metadata.AuthorReader.IsCredit(Whitespace.Trim(text.AsSpan(stop + 2)));
    }

    // The start of the word that ends at `end`, after a space; 0 when the word opens the text (no caption's credit does).
    private static int WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && text[start - 1] != ' ')
        {
            start--;
        }

        return start;
    }

    // "SOLOZÁBAL", "ETXE-BERRIA", "D'AMICO": letters in capitals, two at least, and no function word ("EN", "DE").
    private static bool IsSurnameInCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsLower(c))
            {
                letters++;
            }
            else if (c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= MinSurnameLetters && !Stopwords.IsStopword(word);
    }
}
