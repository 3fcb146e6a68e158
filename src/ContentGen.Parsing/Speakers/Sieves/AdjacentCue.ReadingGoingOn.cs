using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "“…”, staat verder in de verklaring", "„…“, heißt es weiter in der Mitteilung", "«…», si legge
// inoltre nella nota": a statement quoted a second time is often named with an adverb that carries
// its reading on, between the impersonal verb and the document. Before, the adverb stood where the
// document's preposition was looked for, and the quote went to no one. Only the lexicons'
// ReadingGoingOnAdverbs, one of them, right after the verb and its fillers: the document must still
// follow ("heißt es weiter aus Berlin" or "staat verder op de agenda" give no one, as before).
internal sealed partial class AdjacentCue
{
    private int SkipReadingGoingOn(IReadOnlyList<Token> sentence, int k)
        => k + 1 < sentence.Count && sentence[k].IsLower && _cues.Words.ReadingGoingOnAdverbs.Contains(sentence[k].Span)
            ? _cues.Phrase.SkipFillers(sentence, k + 1)
            : k;
}
