using System;

namespace ContentGen.Parsing.Speakers;

// "The airline Skyline Air will cut four routes. The airline Blue Wing will add two. "…," the airline
// said.", "Le groupe Valmont ferme … Le groupe Durel rouvre … », assure le groupe.": a body's noun
// means the latest body named with that noun (Cast.NamedByKind) only when it is the one body of its
// kind the article names. Two bodies each named with the noun (by their name's own noun or the noun
// they were introduced by) could both be meant, and a wrong speaker is worse than none: the noun then
// means no one. Stops: a body named in the quote's own sentence is still meant ("The airline Blue
// Wing said … , the airline added" reads it as its subject); a short form of one name ("Harwick
// Council" and "Harwick Borough Council", one opening the other or holding the other's words in order)
// is one body, not two; a name read in the meant body's own sentence is no second body of its kind
// ("Das Netzwerk Dorfläden Talgrund berät dreißig Läden": a German object read as a name there takes
// the noun before it as its kind, and is none); a noun of the family ("la compañía" after "la empresa X", one sentence on) is
// read as before, by nearness.
internal sealed partial class Cast
{
    // What NamedByKind gives when two bodies of the noun's kind may be meant: a body no search
    // after it may take (a null would let Resolve go on to the latest body of any kind). Compared by
    // reference, never by its text.
    private static readonly string Ambiguous = new('?', 1);

    // Whether a body other than `meant` was named with `noun` as its own kind, so that the noun may mean either.
    private bool AnotherOfKind(string meant, string noun, int named)
    {
        if (named == _sentence)
        {
            return false;
        }

        foreach (var (name, _, sentence, document) in _recent)
        {
            if (document is not null || name is null || sentence == named || string.Equals(name, meant, StringComparison.Ordinal)
                || IsShortFormOf(name, meant) || IsShortFormOf(meant, name))
            {
                continue;
            }

            if (NounIn(name) is { } own && (string.Equals(own, noun, StringComparison.OrdinalIgnoreCase) || IsCompoundOf(own, noun)))
            {
                return true;
            }
        }

        return false;
    }

    // "Harwick Council" of "Harwick Borough Council": every word of the short name, in order, in the long one.
    private static bool IsShortFormOf(string shorter, string longer)
    {
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        var from = 0;
        var reader = new Text.WordReader(shorter.AsSpan());
        while (reader.Read())
        {
            var at = longer.AsSpan(from).IndexOf(reader.Word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            from += at + reader.Word.Length;
        }

        return true;
    }
}
