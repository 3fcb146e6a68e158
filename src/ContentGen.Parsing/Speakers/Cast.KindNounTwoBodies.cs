using System;

namespace ContentGen.Parsing.Speakers;

// "The airline Skyline Air will cut four routes. The airline Blue Wing will add two. "…," the
// airline said.", "Le groupe Valmont ferme … Le groupe Durel rouvre … », assure le groupe.": a
// body's noun means the latest body named with that noun (Cast.NamedByKind) only when it is the
// one body of its kind the article names. Two bodies each of the noun's kind (IsOfKind: by their
// name's own noun, the noun they were introduced by, or a noun of its family, as "the paper" is
// either newspaper) could both be meant, and a wrong speaker is worse than none: the noun then
// means no one.
// Stops:
// - a body named in the quote's own sentence is still meant ("The airline Blue Wing said …, the
//   airline added" reads it as its subject);
// - a short form of one name is one body, not two (IsShortFormOf);
// - a name read in the meant body's own sentence is no second body of its kind ("Das Netzwerk
//   Dorfläden Talgrund berät dreißig Läden": a German object read as a name there takes the noun
//   before it as its kind, and is none).
internal sealed partial class Cast
{
    // The latest organisation whose name holds the noun or that was introduced by it (or by one
    // of its family), and whether another of that kind may be meant as well. One walk over the
    // named bodies: it stops at the second body of the kind, or at the first when that one was
    // named in the quote's own sentence.
    private (string? Name, bool Ambiguous) NamedByKind(string noun)
    {
        string? meant = null;
        var meantSentence = -1;
        foreach (var (name, _, sentence, document) in _recent)
        {
            if (document is not null || name is null || NounIn(name) is not { } own || !IsOfKind(own, noun, sentence))
            {
                continue;
            }

            if (meant is null)
            {
                if (sentence == _sentence)
                {
                    return (name, false);
                }

                meant = name;
                meantSentence = sentence;
            }
            else if (sentence != meantSentence && !string.Equals(name, meant, StringComparison.Ordinal)
                && !IsShortFormOf(name, meant) && !IsShortFormOf(meant, name))
            {
                return (null, true);
            }
        }

        // "Die Volksbank Auental und die Raiffeisenbank Hohenfeld": a body named beside another in
        // a coordination counts too (Cast.CoordinatedBodies.cs).
        return meant is not null && CoordinatedOfKind(noun, meant) ? (null, true) : (meant, false);
    }

    // Whether a body whose own noun is `own`, named in `sentence`, is of the kind `noun` means:
    // the same noun, a compound ending in it, or a noun of its family ("the paper" for a
    // newspaper; "la compañía" for the firm the sentence before named "la empresa": further back,
    // another firm may be meant).
    private bool IsOfKind(string own, string noun, int sentence)
        => string.Equals(own, noun, StringComparison.OrdinalIgnoreCase)
        || IsCompoundOf(own, noun)
        || SameFamily(_cues.Words.Publications, own, noun)
        || (_sentence - sentence <= MaxFamilyDistance && SameFamily(_cues.Words.CompanyNouns, own, noun));

    // "Harwick Council" of "Harwick Borough Council": the short name keeps the long one's first
    // word and its words in order, and drops whole words between them, or leaves out the place
    // the long one ends on after a body's link ("la Confederación Hidrográfica" of "la
    // Confederación Hidrográfica del Lucena"). "Blue Air" is no short form of "Blue Airways" (a
    // word is never part of one), nor "Somerset Council" of "North Somerset Council" (a leading
    // word dropped may be the place or its direction: another council). Spans only: nothing is
    // allocated.
    private bool IsShortFormOf(string shorter, string longer)
    {
        var shortWords = new Text.WordReader(shorter.AsSpan());
        var longWords = new Text.WordReader(longer.AsSpan());
        if (!shortWords.Read() || !longWords.Read() || !shortWords.Word.SequenceEqual(longWords.Word))
        {
            return false;
        }

        var dropped = false;
        while (shortWords.Read())
        {
            var matched = false;
            while (!matched && longWords.Read())
            {
                matched = longWords.Word.SequenceEqual(shortWords.Word);
                dropped |= !matched;
            }

            if (!matched)
            {
                return false;
            }
        }

        // The short name ends on the long one's last word, its head noun, or before the link to its place.
        return longWords.Read() ? _cues.Words.OrganisationLinks.Contains(longWords.Word) : dropped;
    }
}
