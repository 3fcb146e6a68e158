using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Em Santa Vitória, à porta do pavilhão, uma agricultora esperou. “…”, explicou.", "En Villa Rosales,
// un pescador esperaba el barco. «…», explicó.", "In Bad Ellern wartete ein Fischer am Kai. „…“, sagte
// er.": a sentence that opens on a preposition of place (SpeechWords.Locatives: "in", "em", "en", "à",
// "auf", "te") says where with the capitalised words after it; they name a town, a street or a
// country, never the sentence's subject. The reader took a place of two words ("Santa Vitória") for a
// person named as the subject, who then spoke the next quote with no cue of its own; and the place,
// read as a name, kept someone unnamed brought in after it (SpeakerFinder.UnnamedBroughtIn.cs) from
// being read. Only the capitalised run right after the sentence's first word: a name later in the
// sentence is read as before ("In Bad Ellern sagte Bürgermeister Hans Kohl"), and a locative the
// article capitalises inside sentences opens a name ("En Marche"), read as before. A sentence with no
// quote that opens so, and names no one else as its subject, still sets a new scene: its subject is
// someone there (a farmer waiting at the door) or no one, never the last speaker, so it ends that
// speaker's turn as the place, read as a person, did before, with no one in focus instead of the place.
internal sealed partial class SpeakerFinder
{
    // Whether the capitalised word at `k` belongs to the place a sentence-opening preposition of place
    // names: every word from the sentence's second to `k` is capitalised.
    private bool IsOpeningPlace(IReadOnlyList<Token> sentence, int k)
    {
        if (k < 1 || k >= sentence.Count || !OpensOnLocative(sentence))
        {
            return false;
        }

        for (var j = 1; j <= k; j++)
        {
            if (!sentence[j].IsWord || !sentence[j].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    // Whether `subject`, a name the sentence's first words were read as, is the place its opening
    // preposition of place names ("En Villa Rosales" read as "Villa Rosales").
    private bool IsOpeningPlaceName(IReadOnlyList<Token> sentence, Subject subject)
        => subject.Kind == SubjectKind.Name && sentence.Count > 1 && OpensOnLocative(sentence)
        && subject.Text.AsSpan().StartsWith(sentence[1].Span, StringComparison.Ordinal) && IsOpeningPlace(sentence, 1);

    // Whether the sentence, with no quote, opens on a place the reader once took for a person named as
    // its subject (a plausible name of two words or more after the preposition), and no rule before
    // found someone else as its subject.
    private bool OpensOnPlaceOfNoOne(IReadOnlyList<Token> sentence)
        => OpensOnLocative(sentence) && LeadingPhrase(sentence) is { Kind: SubjectKind.Name } place
        && IsOpeningPlaceName(sentence, place) && IsPersonNamed(place.Text) && !EndsInPronounCue(sentence);

    // The capital after the preposition is asked before the article's facts: asking whether the article
    // capitalises a word inside sentences reads the whole article the first time, which "In a statement"
    // (no place after it) never needs.
    private bool OpensOnLocative(IReadOnlyList<Token> sentence)
        => sentence.Count > 2 && sentence[0].IsWord && sentence[0].IsCapitalized && sentence[1].IsWord && sentence[1].IsCapitalized
        && _cues.Words.Locatives.Contains(sentence[0].Span) && !_plausibility.CapitalisesInside(sentence[0].Span);
}
