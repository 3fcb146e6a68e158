using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Puis la directrice assure : « … »", "Juste après la commandante assure le service : « … »",
// "Shortly afterwards the mayor added: "…"", "Poco después la alcaldesa añadió: «…»": a word or two
// of time or sequence (SpeechWords.SequenceOpeners) open the sentence before its subject, and the
// writer put no comma after them. The clause after them is read as it is after the comma ("Puis, la
// directrice assure :"); read from the sentence's start, the opening word hid the subject and the
// quote went to no one. Stops: the words must stand first in the sentence and be the whole of the
// opening, and a lower-case definite article or a capital must follow (the subject's start), as
// after a conjunction (OpensAfterConjunction); a preposition alone ("Après le vote") is no opener.
internal sealed partial class ColonCue
{
    private bool OpensAfterSequenceOpener(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxOpenerWords = 2;
        if (start < 1 || start > MaxOpenerWords || start >= sentence.Count)
        {
            return false;
        }

        var first = sentence[start];
        if (!(first.IsCapitalized || (first.IsLower && WordClasses.Has(_cues.Words, first, WordClass.Definite))))
        {
            return false;
        }

        for (var k = 0; k < start; k++)
        {
            if (!sentence[k].IsWord || (k > 0 && !sentence[k].IsLower))
            {
                return false;
            }
        }

        var openers = _cues.Words.SequenceOpeners;
        return start == 1
            ? openers.Contains(sentence[0].Span)
            : openers.Contains(string.Concat(sentence[0].Text, " ", sentence[1].Text));
    }
}
