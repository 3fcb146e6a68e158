using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb of speaking and the preposition of what is spoken of: Portuguese <c>O sindicato fala num
/// “encerramento planeado”</c>, Spanish <c>La portavoz habla de «un cierre anunciado»</c>. What the
/// subject speaks of in quotes are its words, as after Italian <c>parla di «…»</c>, whose verb is a
/// reporting verb. The lexicons list the verb with its preposition (SpeechWords.SpeakingOfPhrases),
/// since the verb alone reports nothing: "falou com X" names a listener, "habló en el «Teatro del
/// Puerto»" a place.
/// </summary>
internal sealed partial class Cues
{
    // The noun and adjective of what is spoken of, between the preposition and the quote: "habló de
    // una decisión «precipitada»".
    private const int MaxSpokenOfWords = 3;

    // Whether the phrase at `first` governs the quote at `end`: only lower-case words, no
    // punctuation, stand between its preposition and the quote.
    private bool GovernsAsSpeakingOf(IReadOnlyList<Token> sentence, int first, int end)
    {
        if (first + 1 >= end || end - (first + 2) > MaxSpokenOfWords || !sentence[first].IsLower || !sentence[first + 1].IsLower
            || !Words.SpeakingOfPhrases.Contains(sentence[first].Through(sentence[first + 1])))
        {
            return false;
        }

        for (var k = first + 2; k < end; k++)
        {
            if (!sentence[k].IsWord || !sentence[k].IsLower)
            {
                return false;
            }
        }

        return true;
    }
}
