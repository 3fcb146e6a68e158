using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "afirma el concejal de Sanidad, Joost van der Linden", "a dit sa présidente, Ursula von der
// Brück": a name set off by commas after its office may hold its particles, lower-case words the
// lexicons list as joining a name, when a capitalised word of the name follows them.
internal sealed partial class Phrase
{
    // Whether the lower-case particles from `at` go on to a capitalised word, within the name's reach.
    private bool JoinsNameAt(IReadOnlyList<Token> sentence, int first, int at)
    {
        if (at == first)
        {
            return false;
        }

        var k = at;
        while (k < sentence.Count && k - first < MaxNameWords && sentence[k].IsLower && Is(sentence[k], WordClass.NameJoiner)
            && !Is(sentence[k], WordClass.Definite))
        {
            k++;
        }

        return k > at && k < sentence.Count && k - first < MaxNameWords && sentence[k].IsCapitalized;
    }
}
