using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», explicó el japonés, con los ojos enrojecidos.", "«…», ha detto l'esperto, tra gli
// applausi.": an epithet ending the cue may be followed by a comma and a phrase of how or when it
// was said, which ends the sentence; the epithet still ends the subject, as it does before the
// sentence's end. Stops: the phrase opens with a preposition of manner, time or circumstance and
// holds only lower-case words up to the sentence's end: a name, a quote or another comma after it
// ("explicó el japonés, con Ana Gil a su lado") leaves the epithet unread, as before.
internal sealed partial class Phrase
{
    private bool IsMannerAfterEpithet(IReadOnlyList<Token> sentence, int noun)
    {
        var link = noun + 2;
        if (link + 1 >= sentence.Count || sentence[noun + 1].Kind != TokenKind.Comma || !sentence[link].IsLower
            || !_words.MannerPhraseOpeners.Contains(sentence[link].Span))
        {
            return false;
        }

        for (var k = link + 1; k < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Terminal)
            {
                return k > link + 1;
            }

            if (!sentence[k].IsWord || !sentence[k].IsLower)
            {
                return false;
            }
        }

        return false;
    }
}
