using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Three ways a caption signs its photo at its end that no credit mark gives away: a credit's word and a colon in brackets
/// ("… since 2019 (Image: Coastal Gazette)", "… am Hafen (Bild: Jana Kolb)"), a photographer's name after a slash
/// under the caption's last sentence ("… al descubierto. / Ana Gil"), or in capitals after it ("… del museo. ANA GIL").
/// Prose ends on none of them.
/// </summary>
internal static partial class PhotoCredits
{
    // "Jane Roe", "Coastal Gazette", "Foto Archiv Harbour Times": the credit's own words.
    private const int MaxCreditWords = 4;
    private const int MinNameWords = 2;

    // "Ana Gil", "Rui Sá Mota": a photographer's name after a slash ("Bring Your Own Chair" is a practical line's).
    private const int MaxSlashNameWords = 3;

    // A caption signed in capitals is a sentence or two.
    private const int MaxCaptionWords = 40;

    // The one sentence a caption signed after it holds.
    private const int MaxCaptionSentenceWords = 25;

    /// <summary>
    /// Whether <paramref name="text"/> ends with a bracket that opens on a credit's word and a colon and holds only a few
    /// capitalised words after it: "(Image: Coastal Gazette)", "(Foto: Jana Kolb)", "(Imagen: Archivo)".
    /// </summary>
    public static bool EndsWithBracketedCredit(string text)
    {
        if (!ClosingBrackets.Find(text, stopAfter: false, out var open, out var end))
        {
            return false;
        }

        var colon = text.IndexOf(':', open);
        if (colon < 0 || colon > end)
        {
            return false;
        }

        var word = Whitespace.Trim(text.AsSpan(open + 1, colon - open - 1));
        return word.Length > 0 && char.IsUpper(word[0]) && word.IndexOf(' ') < 0 && LexiconTables.CreditWords.Contains(word)
            && IsCapitalisedWords(text.AsSpan(colon + 1, end - colon - 1), 1);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a credit alone that names who took or drew the pictures: a credit's word, then a
    /// colon or a byline's word, then a name ("Photographs by Jane Roe", "Fotos von Jana Kolb", "Imágenes: Ana Gil").
    /// It credits the pictures, so it is no headline; the article's writer is named on a byline of its own.
    /// </summary>
    public static bool IsPictureCredit(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        var reader = new WordReader(line);
        if (!reader.Read() || reader.Start != 0 || !char.IsUpper(reader.Word[0]) || !LexiconTables.CreditWords.Contains(reader.Word))
        {
            return false;
        }

        var rest = Whitespace.Trim(line.Slice(reader.Length));
        if (rest.Length > 0 && rest[0] == ':')
        {
            rest = rest.Slice(1);
        }
        else if (LexiconTables.BylinePrefixes.LongestStart(rest) is var prefix and > 0)
        {
            rest = rest.Slice(prefix);
        }
        else
        {
            return false;
        }

        rest = Whitespace.Trim(rest);
        return !Words.MoreThan(rest, MaxCreditWords) && Metadata.AuthorReader.ReadBareName(rest) is not null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a sentence, a spaced slash and a name of two to four capitalised words:
    /// "Vista del puerto al amanecer. / Ana Gil". A line with no sentence before the slash is a menu or a credit alone.
    /// </summary>
    public static bool EndsWithNameAfterSlash(string text)
    {
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || !Punctuation.IsTerminal(text[slash - 1]) || !IsOneShortSentence(text, slash - 1))
        {
            return false;
        }

        // A person's name, no menu's, calendar's or function word, under a sentence with no number: "Tickets cost £5 on
        // the door. / Under Twelves Free" is a practical line.
        var name = Whitespace.Trim(text.AsSpan(slash + 3));
        return IsCapitalisedWords(name, MinNameWords) && !Words.MoreThan(name, MaxSlashNameWords) && Metadata.AuthorReader.ReadBareName(name) is not null
            && !HasListedWord(name) && !Digits.Any(text.AsSpan(0, slash));
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends with a sentence and the photographer's name in capitals after it, as Spanish
    /// papers sign a caption: "Rosa Vidal, en la sala del museo. LUIS PEÑA". Agencies' acronyms ("EFE", "AFP") are no
    /// name (<see cref="Metadata.CapitalsNames.StartsName"/>), and nothing may follow the name.
    /// </summary>
    public static bool EndsWithNameInCapitals(string text)
    {
        var stop = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || !char.IsLetter(text[text.Length - 1]) || !IsOneShortSentence(text, stop))
        {
            return false;
        }

        var name = Whitespace.Trim(text.AsSpan(stop + 2));
        foreach (var c in name)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }
        }

        // A caption is short; a paragraph may end on a label in capitals glued under it ("… HEAD TO HEAD"), whose
        // function words no name has.
        if (Words.MoreThan(text, MaxCaptionWords) || Words.MoreThan(name, MaxCreditWords) || !Metadata.CapitalsNames.StartsName(name))
        {
            return false;
        }

        // "GIÙ LE MANI": a function word, a name's particle too, is checked all the same ("ANA DE LA VEGA" is no
        // photographer's credit a dump prints often enough to risk a body paragraph for).
        var reader = new WordReader(name);
        while (reader.Read())
        {
            if (Stopwords.IsStopword(reader.Word))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the text up to `end` (its last sentence's stop) is one sentence of a caption's length: a paragraph whose
    // last words stand apart in capitals ("… in red paint. SAVE THE PARK") has sentences before them.
    private static bool IsOneShortSentence(string text, int end)
    {
        if (Words.MoreThan(text.AsSpan(0, end), MaxCaptionSentenceWords))
        {
            return false;
        }

        for (var i = 0; i + 1 < end; i++)
        {
            if (Punctuation.IsTerminal(text[i]) && text[i + 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    // A calendar's, a menu's or a function word: "Monday", "Sport", "Under" sign no photo.
    private static bool HasListedWord(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (LexiconTables.Calendar.Contains(reader.Word) || LexiconTables.MenuWords.Contains(reader.Word) || Stopwords.IsStopword(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    // A few words, each capitalised (particles between them aside: "Ana de la Vega"), and nothing else: no full stop.
    private static bool IsCapitalisedWords(ReadOnlySpan<char> text, int minWords)
    {
        text = Whitespace.Trim(text);
        if (text.Length == 0 || !char.IsLetter(text[text.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (!char.IsUpper(word[0]) && !Metadata.NameParticles.Joiners.Contains(word))
            {
                return false;
            }

            if (++words > MaxCreditWords)
            {
                return false;
            }
        }

        return words >= minWords;
    }
}
