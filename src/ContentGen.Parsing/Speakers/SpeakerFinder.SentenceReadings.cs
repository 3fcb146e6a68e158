using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Tracking asks up to three times of one sentence for the name after its opening phrase (whom
// the sentence is about, its subject, a surname the article gives in full), and each asking read
// the phrase and the noun phrase after it again. The reading depends on the sentence's tokens
// alone, so it is read once a sentence.
internal sealed partial class SpeakerFinder
{
    // The sentence whose name after the opening phrase is `_afterOpening`, and its number: a range
    // is set again for the next paragraph's sentences, so the number tells them apart; null when
    // none is kept.
    private IReadOnlyList<Token>? _afterOpeningSentence;
    private int _afterOpeningNumber;
    private Subject _afterOpening;

    // The name after the opening phrase and its comma (ReadAfterOpeningPhrase), read once a sentence.
    private Subject AfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        if (!ReferenceEquals(sentence, _afterOpeningSentence) || _afterOpeningNumber != _state.Sentence)
        {
            _afterOpening = ReadAfterOpeningPhrase(sentence);
            (_afterOpeningSentence, _afterOpeningNumber) = (sentence, _state.Sentence);
        }

        return _afterOpening;
    }

    // Called when the paragraph's ranges are handed back, and when the finder is cleared.
    private void ForgetAfterOpeningPhrase()
    {
        _afterOpeningSentence = null;
        _afterOpening = default;
    }
}
