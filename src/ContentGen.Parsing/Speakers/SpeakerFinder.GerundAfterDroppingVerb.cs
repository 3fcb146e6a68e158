using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», dice ridendo.", "«…», dijo sonriendo.", "“…”, disse sorrindo.", "», ha detto riprendendo i
// lavori.": in a language that drops subjects, a gerund straight after the reporting verb says how
// it was said, as "con la voz quebrada" does, and closes the cue; the subject is dropped and is the
// one the sentence just before gave. A name, role or person noun after the gerund may be the verb's
// subject put last ("dijo sonriendo el alcalde"), so the gerund's phrase must hold none.
internal sealed partial class SpeakerFinder
{
    // "riprendendo i lavori dopo la pausa": the gerund and its few words.
    private const int MaxWordsAfterGerund = 6;

    // Words of a class of their own never read as a gerund: "quando", "cuando" end as one.
    private const WordClass NotGerund = WordClass.NotName | WordClass.Filler | WordClass.Contrast | WordClass.Preposition
        | WordClass.Coordinator | WordClass.Complementiser | WordClass.Pronoun | WordClass.Copula | WordClass.Reporting
        | WordClass.Article | WordClass.TitleOrRole;

    private bool ClosesWithGerund(IReadOnlyList<Token> sentence, int verb)
    {
        var gerund = verb + 1;
        if (gerund + 1 >= sentence.Count || _state.LastSubjectSentence != _state.Sentence - 1)
        {
            return false;
        }

        var word = sentence[gerund];
        if (!word.IsWord || !word.IsLower || !_cues.Words.GerundSuffixes.EndsAny(word.Span)
            || _cues.Is(word, NotGerund) || _cues.IsSubordinator(sentence, gerund) || _cues.IsReportingVerb(word))
        {
            return false;
        }

        // "dijo sonriendo el alcalde", "dice sorridendo la madre": a subject after the gerund.
        if (_cues.Phrase.ReadForward(sentence, gerund + 1).IsFound)
        {
            return false;
        }

        var words = 0;
        for (var k = gerund + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                // The cue ends with the sentence: "», dice ridendo, e poi …" goes on.
                return k == sentence.Count - 1;
            }

            if (++words > MaxWordsAfterGerund || !token.IsLower || _cues.Is(token, WordClass.Pronoun | WordClass.TitleOrRole)
                || IsPersonNoun(token))
            {
                return false;
            }
        }

        return false;
    }
}
