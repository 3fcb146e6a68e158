using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "«…», le dijo Ana Ruiz a los vecinos", "“…”, lhe disse Rui Lopes": the pronoun of those spoken to
// stands before the verb of saying, whose subject follows it as after any inverted cue.
internal sealed partial class AdjacentCue
{
    // The index past an object clitic of the lexicons (ObjectClitics) that a verb reporting beside the
    // quote follows, fillers between them or not; `i` otherwise.
    private int PastListenersClitic(IReadOnlyList<Token> sentence, int i)
    {
        if (i + 1 >= sentence.Count || !sentence[i].IsLower || !_cues.Words.ObjectClitics.Contains(sentence[i].Span))
        {
            return i;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, i + 1);
        return verb < sentence.Count && _cues.ReportsBesideQuote(sentence[verb]) ? i + 1 : i;
    }
}
