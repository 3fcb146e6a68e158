using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Nachts schweigen die Glocken von St. Margareta", "Dr. Hollis closes the village surgery", "La Dra. Villaverde se despide
// del consultorio": a headline names a saint's church or a titled person with the abbreviation's full stop, and that stop
// read as a sentence's end ("t. M": lower case, a stop, a space, a capital) made the headline two sentences and no headline
// at all. The kicker over it ("Streit um den Stundenschlag") then stood alone as a candidate and won the title. An
// abbreviation of the lexicons' (Lexicon.Abbreviations: "St", "Ste", "Dr", "Dra", "Prof", "Sra", "Sta" …, capitalised
// exactly so) ends no sentence, as the speakers' sentence reader already holds (Speakers/Sentences).
internal static partial class TitleFinder
{
    // A line that ends as a sentence inside its quote ("Verkehrsministerin Dr. Henrike Vollmer: „Wer … abgehängt werden.“") is
    // a deck's quote or a paragraph's, and was refused before: the abbreviation frees only lines that end as a headline does.
    private static bool IsAbbreviationStop(string text, int dot)
        => EndsOnAbbreviation(text, dot) && !Punctuation.EndsWithClauseInsideClosers(text);

    /// <summary>Whether the word that ends right before <paramref name="text"/>[<paramref name="dot"/>] is an abbreviation.</summary>
    /// <remarks>Letters glued to a figure ("12St.") are no abbreviation of a name; the abbreviation is asked first, as it is rare.</remarks>
    private static bool EndsOnAbbreviation(string text, int dot)
        => WordBeforeStop.IsAbbreviation(text.AsSpan(), dot, out var start) && (start == 0 || !char.IsDigit(text[start - 1]));
}
