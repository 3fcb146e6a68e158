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
    // Every check here asks the sentence's tokens first and the article's facts last, once: whether the
    // article capitalises the preposition inside sentences ("En Marche") reads the whole article until
    // its reading budget is spent, and the budget is the article's, shared by all its facts; asked three
    // times for every sentence opening on a preposition and a capital, it spent the budget early and
    // made the facts build their sets in articles that never needed them (BBC allocated 0.3% more).

    // Whether the capitalised word at `k` belongs to the place a sentence-opening preposition of place
    // names: every word from the sentence's second to `k` is capitalised.
    private bool IsOpeningPlace(IReadOnlyList<Token> sentence, int k)
    {
        if (k < 1 || k >= sentence.Count || !OpensOnLocativeWord(sentence))
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

        return OpensOnLocativeOfPlace(sentence);
    }

    // Whether `subject`, a name the sentence's first words were read as, is the place its opening
    // preposition of place names ("En Villa Rosales" read as "Villa Rosales").
    private bool IsOpeningPlaceName(IReadOnlyList<Token> sentence, Subject subject)
        => IsOpeningPlaceNameInTokens(sentence, subject) && OpensOnLocativeOfPlace(sentence);

    // Whether the sentence, with no quote, opens on a place the reader once took for a person named as
    // its subject (a plausible name of two words or more after the preposition), and no rule before
    // found someone else as its subject. The name's plausibility is asked before the preposition's
    // capitals: its answer is kept per name, where the capitals' answer is a search of the article.
    private bool OpensOnPlaceOfNoOne(IReadOnlyList<Token> sentence)
        => OpensOnLocativeWord(sentence) && LeadingPhrase(sentence) is { Kind: SubjectKind.Name } place
        && IsOpeningPlaceNameInTokens(sentence, place) && !EndsInPronounCue(sentence) && IsPersonNamed(place.Text)
        && OpensOnLocativeOfPlace(sentence);

    // IsOpeningPlaceName's questions to the sentence alone: the name opens on the word after the
    // preposition, a capitalised word.
    private bool IsOpeningPlaceNameInTokens(IReadOnlyList<Token> sentence, Subject subject)
        => subject.Kind == SubjectKind.Name && OpensOnLocativeWord(sentence)
        && subject.Text.AsSpan().StartsWith(sentence[1].Span, StringComparison.Ordinal);

    // The sentence opens on a preposition of place and a capital. The capital after the preposition is
    // asked before the lexicon: "In a statement" (no place after it) is most of the sentences opening on one.
    private bool OpensOnLocativeWord(IReadOnlyList<Token> sentence)
        => sentence.Count > 2 && sentence[0].IsWord && sentence[0].IsCapitalized && sentence[1].IsWord && sentence[1].IsCapitalized
        && _cues.Words.Locatives.Contains(sentence[0].Span);

    // The article's fact, asked last (see above): the preposition is one the article writes with a
    // capital only where it opens a sentence, not a name's first word ("En Marche").
    private bool OpensOnLocativeOfPlace(IReadOnlyList<Token> sentence)
        => !_plausibility.CapitalisesInside(sentence[0].Span);
}
