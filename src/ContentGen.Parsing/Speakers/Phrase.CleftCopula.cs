using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Fue Ana Gómez quien dio la voz", "È Marco Rossi a dare l'allarme", "Foi Rui Lopes quem …", "C'est
// Marc Lefort qui …": a cleft sets a person in focus, and the copula that opens it is capitalised as the
// sentence's first word, no first name of the name after it. The cleft is read only where it stands, at
// the sentence's start before a capitalised word: elsewhere "era", "è", "foi" are the verbs of a clause
// and "Fu" may be a name's first part ("l'ambasciatore cinese Fu Cong"), so these words join no list of
// words that are never names. A plain copula ("Fue", "È", "Era") is passed only before two capitalised
// words or more, so that "Fu Cong ha detto" keeps its first name; a form that is no one's name ("Fueron",
// "Foram", "C'est": SpeechWords.CleftCopulas) before one.
internal sealed partial class Phrase
{
    // Where the name read from the sentence's first word starts: past a cleft's copula; `start` otherwise.
    private int PastCleftCopula(IReadOnlyList<Token> sentence, int start, int end)
    {
        if (start != 0 || end < 2 || !sentence[0].IsCapitalized || !sentence[1].IsCapitalized)
        {
            return start;
        }

        if (_words.CleftCopulas.Contains(sentence[0].Span))
        {
            return 1;
        }

        return end > 2 && Is(sentence[0], WordClass.Copula) ? 1 : start;
    }
}
