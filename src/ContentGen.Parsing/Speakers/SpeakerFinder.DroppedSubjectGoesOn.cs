using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Vuole lottare anche Elena Ferri, 29 anni. Ha proposto un servizio di consegna. «…»", "Elena
// Ferrer quiere luchar. Ha propuesto un reparto a domicilio. «…»": in a language that drops its
// subjects, a sentence with no quote that opens on its verb's perfect auxiliary goes on with the
// subject of the sentence just before, as "She proposed …" does in English; the quote with no cue
// after it is that person's, as it would be right after the first sentence.
internal sealed partial class SpeakerFinder
{
    // After a sentence with no quote and no subject of its own: keeps the subject the sentence
    // just before named as the last one, when this one opens on "Ha", "Había", "Tinha" and a
    // lower-case word, and names no one.
    private void TrackDroppedSubjectGoingOn(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || !_cues.Words.DropsSubjects || _state.LastSubject is null || !_lastSubjectAlone
            || _state.LastSubjectSentence != _state.Sentence - 1 || _state.LastQuotedSentence >= _state.LastSubjectSentence
            || sentence.Count < 3 || !sentence[0].IsCapitalized || !_cues.Words.PerfectAuxiliaries.Contains(sentence[0].Span)
            || !sentence[1].IsWord || !sentence[1].IsLower)
        {
            return;
        }

        // "Ha chiamato Giorgio Valli": a capitalised word past the opening names someone the
        // sentence may turn to; its subject is no longer sure.
        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence[k].IsCapitalized || sentence[k].Kind == TokenKind.Quote)
            {
                return;
            }
        }

        _state.LastSubjectSentence = _state.Sentence;
    }
}
