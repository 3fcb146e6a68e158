using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», ha scritto in una nota.", "“…”, disse na sessão.": in a language that drops subjects, a
// reporting verb after the quote whose clause goes on only with where, when or to whom it was said
// (a preposition's phrase, a time) has a dropped subject, whom a pronoun would mean, as "», ha
// assicurato." has.
internal sealed partial class SpeakerFinder
{
    // "in una nota", "num comunicado", "ieri in aula", "a margine di un convegno": the words after the verb.
    private const int MaxWordsAfterDroppingVerb = 6;

    private bool DropsSubjectBeforePhrase(IReadOnlyList<Token> sentence, int quote)
    {
        if (!_cues.Words.DropsSubjects || quote + 2 >= sentence.Count || sentence[quote + 1].Kind != TokenKind.Comma)
        {
            return false;
        }

        // "», ha scritto", "», ha poi aggiunto": an auxiliary and an adverb before the participle.
        var verb = quote + 2;
        while (verb + 1 < sentence.Count && verb < quote + 2 + MaxAuxiliariesBeforeVerb && sentence[verb].IsLower
            && !_cues.IsReportingVerb(sentence[verb]) && IsAuxiliaryOrFiller(sentence[verb]))
        {
            verb++;
        }

        if (!_cues.IsReportingVerb(sentence[verb]) || HasJoinedPronoun(sentence[verb]))
        {
            return false;
        }

        // "», dice mientras limpia unas doradas": a clause of its own follows (see DroppedSubjectBeforeClause.cs);
        // "», dice ridendo.": a gerund closes the cue (see GerundAfterDroppingVerb.cs).
        if (OpensClauseAfterVerb(sentence, verb) || ClosesWithGerund(sentence, verb))
        {
            return true;
        }

        // The phrase opens with a preposition of place, medium or listener, or a filler such as a
        // time ("ieri in aula"): "», dijo otro" has its subject there.
        if (verb + 1 >= sentence.Count || !(IsPlaceOrMediumLink(sentence[verb + 1]) || IsAuxiliaryOrFiller(sentence[verb + 1])
            || IsWhenOrHowLink(sentence[verb + 1])))
        {
            return false;
        }

        // "», dijo entre aplausos.", "», dijo con la voz quebrada.", "», ha detto dal pulpito.": a
        // phrase of when or how means whom the sentence just before gave as its subject, and no one
        // else: after "el exalcalde volvió a …", a role no one was named for, or a sentence whose
        // person comes after a title in marks, the person salient further back is not meant.
        if (IsWhenOrHowLink(sentence[verb + 1]) && _state.LastSubjectSentence != _state.Sentence - 1)
        {
            return false;
        }

        var words = 0;
        for (var k = verb + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                // The clause ends at the sentence's end: "», ha detto in aula, dove …" goes on.
                return k == sentence.Count - 1 && words > 0;
            }

            // A name, a role, a pronoun, or an article opening a noun phrase of its own (not a
            // preposition's, nor a complement's: "a margine di un convegno") may be the verb's
            // subject: "», ha detto la gente".
            if (++words > MaxWordsAfterDroppingVerb || !token.IsLower || _cues.Is(token, WordClass.Pronoun)
                || _cues.Is(token, WordClass.TitleOrRole) || IsPersonNoun(token)
                || (_cues.Is(token, WordClass.Article) && !IsPlaceOrMediumLink(sentence[k - 1]) && !IsWhenOrHowLink(sentence[k - 1])
                    && !(sentence[k - 1].IsLower && _cues.Words.HeadLinks.Contains(sentence[k - 1].Span))))
            {
                return false;
            }
        }

        return words > 0;
    }

    // "entre", "tra", "tras", "con", "dal": a preposition of when, how or whence, whose phrase after
    // the verb tells how it was said ("entre aplausos", "tras la misa", "con la voz quebrada", "dal pulpito").
    private bool IsWhenOrHowLink(Token token)
        => token.IsLower && (_cues.Words.MannerPhraseOpeners.Contains(token.Span) || _cues.Words.SourcePrepositions.Contains(token.Span));
}
