using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, betonte am Montag die Staatsanwältin.", "“…”, zei na de pauze de rechter.", "«…», afirmou
// perante o tribunal a procuradora.": a phrase of when, where or before whom stands between the
// reporting verb and its subject, a role; the role's holder named before speaks, as without the
// phrase (SpeakerFinder.RoleAfterVerb.cs). The phrase is a day's name, or one of the lexicon's
// EpithetTailPrepositions and a few words, up to the first definite article before a role noun. A
// person in the phrase ("vor Richter Uwe Kern"), or a role with its article right after the phrase's
// preposition ("ante el juez el abogado"), is its object, not the subject. Read only up to a handful of
// tokens past the verb, on the tokens the sentence already has.
internal sealed partial class SpeakerFinder
{
    // "am Dienstag vor Richter Uwe Kern": the words a phrase between a verb and its subject may
    // hold; a longer run after a verb is no mere circumstance.
    private const int MaxPhraseWordsBeforeRole = 7;

    // The index of the definite article that opens the role after such a phrase, the phrase opening
    // at <paramref name="from"/>; <paramref name="from"/> itself when no such phrase stands there.
    private int PastPhraseBeforeRole(IReadOnlyList<Token> sentence, int from)
    {
        if (from + 2 >= sentence.Count || !sentence[from].IsWord || !sentence[from].IsLower || _cues.Is(sentence[from], WordClass.Definite)
            || !(Phrase.IsWeekday(sentence[from].Span) || _cues.Words.EpithetTailPrepositions.Contains(sentence[from].Span)))
        {
            return from;
        }

        var last = System.Math.Min(sentence.Count - 1, from + MaxPhraseWordsBeforeRole);
        for (var k = from + 1; k < last; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || _cues.IsReportingVerb(token))
            {
                // A comma or a mark ends the clause first; a verb opens another.
                return from;
            }

            // "dijo ante el juez el abogado": an article right after a preposition is the
            // preposition's object, never the subject; the subject's article follows a noun or a
            // day's name ("zei maandag de rechter").
            if (token.IsLower && _cues.Is(token, WordClass.Definite) && !IsPrepositionBefore(sentence[k - 1])
                && sentence[k + 1].IsWord && _cues.Is(sentence[k + 1], WordClass.RoleNoun))
            {
                return k;
            }
        }

        return from;
    }

    // "ante", "perante", "tegen", "vor", or a contracted article ("au", "zum", "nel"): a word that
    // takes the article after it as its own object.
    private bool IsPrepositionBefore(Token token)
        => token.IsWord && token.IsLower && (_cues.Is(token, WordClass.Preposition) || _cues.Words.EpithetTailPrepositions.Contains(token.Span)
            || _cues.Words.ContractedArticles.Contains(token.Span));
}
