using System;

namespace ContentGen.Parsing.Speakers;

// "C’est Monique qui a inventé ça", "C’era Carla con me", "It’s Sarah who": a word with a mark
// of elision before a lower-case letter is a pronoun and its verb ("C’est", "Qu’il", "L’ha",
// "It’s"), capitalised because it opens a sentence or a quote. Names capitalise after the mark
// ("O’Brien", "D’Alema", "Dell’Acqua"). Read into the name after it, it made a full name
// ("C’est Monique") that the first name alone then stood for, and a later quote went to it.
internal sealed partial class NameFacts
{
    private static bool IsElidedBeforeLowerCase(ReadOnlySpan<char> word)
        => Elision.TrySplit(word, out _, out var tail) && char.IsLower(tail[0]);
}
