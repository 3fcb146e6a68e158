using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

// "Nachts schweigen die Glocken von St. Margareta", "Dr. Hollis closes the village surgery", "La Dra. Villaverde se despide
// del consultorio": a headline names a saint's church or a titled person with the abbreviation's full stop, and that stop
// read as a sentence's end ("t. M": lower case, a stop, a space, a capital) made the headline two sentences and no headline
// at all. The kicker over it ("Streit um den Stundenschlag") then stood alone as a candidate and won the title. An
// abbreviation of the lexicons' (Lexicon.Abbreviations: "St", "Ste", "Dr", "Dra", "Prof", "Sra", "Sta" …, capitalised
// exactly so) ends no sentence, as the speakers' sentence reader already holds (Speakers/Sentences).
internal static partial class TitleFinder
{
    // The longest abbreviation the lexicons list ("Capt", "Dott", "mevr", "Srta"); a longer word before a stop is a word.
    private const int MaxAbbreviationLength = 5;

    // A line that ends as a sentence inside its quote ("Verkehrsministerin Dr. Henrike Vollmer: „Wer … abgehängt werden.“") is
    // a deck's quote or a paragraph's, and was refused before: the abbreviation frees only lines that end as a headline does.
    private static bool IsAbbreviationStop(string text, int dot)
        => !Punctuation.EndsWithClauseInsideClosers(text) && EndsOnAbbreviation(text, dot);

    /// <summary>Whether the word that ends right before <paramref name="text"/>[<paramref name="dot"/>] is an abbreviation.</summary>
    /// <remarks>Reads back at most a few letters from the stop: no copy, no allocation.</remarks>
    private static bool EndsOnAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]) && dot - start <= MaxAbbreviationLength)
        {
            start--;
        }

        var length = dot - start;
        return length is > 0 and <= MaxAbbreviationLength && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            && LexiconTables.Abbreviations.Contains(text.AsSpan(start, length));
    }
}
