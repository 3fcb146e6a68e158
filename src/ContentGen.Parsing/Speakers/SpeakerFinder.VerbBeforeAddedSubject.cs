using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Vuole lottare anche Elena Ferri, 29 anni, …", "Ha parlato anche il sindaco Marco Rossi.",
// "También quiere luchar Elena Ferrer.", "Também quer lutar Helena Ferreira.": in a language that
// drops its subjects and may put them after the verb, a sentence that opens on its verb (a word or
// two) and brings in one more person with "anche", "también", "também" has that person as its
// subject, whom a later dropped subject or quote with no cue means, not whoever spoke before.
internal sealed partial class SpeakerFinder
{
    // "Vuole lottare", "Ha parlato": the verb's words before the added subject.
    private const int MaxVerbWordsBeforeAddedSubject = 2;

    // The cheap look: an additive adverb opens the sentence or stands among its first words.
    private bool MayOpenVerbBeforeAddedSubject(IReadOnlyList<Token> sentence)
    {
        if (!_cues.Words.DropsSubjects)
        {
            return false;
        }

        for (var k = 0; k < sentence.Count && k <= MaxVerbWordsBeforeAddedSubject + 1; k++)
        {
            if (sentence[k].IsWord && _cues.Words.AdditiveAdverbs.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words before the holder's phrase at `phraseStart` are a verb of a word or two
    // with the additive adverb right before the phrase ("Vuole lottare anche"), or the adverb
    // opening the sentence before the verb ("También quiere luchar").
    private bool OpensVerbBeforeAddedSubject(IReadOnlyList<Token> sentence, int phraseStart)
    {
        if (!_cues.Words.DropsSubjects || phraseStart < 2 || phraseStart > MaxVerbWordsBeforeAddedSubject + 1)
        {
            return false;
        }

        int first;
        var last = phraseStart - 1;
        if (sentence[last].IsLower && _cues.Words.AdditiveAdverbs.Contains(sentence[last].Span))
        {
            // "Vuole lottare anche X": the verb opens the sentence.
            last--;
            if (!IsVerbWord(sentence[0], opening: true))
            {
                return false;
            }

            first = 1;
        }
        else if (sentence[0].IsWord && _cues.Words.AdditiveAdverbs.Contains(sentence[0].Span))
        {
            // "También quiere luchar X": the adverb, then the verb.
            first = 1;
        }
        else
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!IsVerbWord(sentence[k], opening: false))
            {
                return false;
            }
        }

        return true;
    }

    // A word that may be (part of) the verb: a lower-case word that is no function word, or an
    // auxiliary of the perfect ("Ha parlato"). Prepositions, articles and pronouns open phrases of
    // their own ("Con lui anche …", "A Elena anche …").
    private bool IsVerbWord(Token token, bool opening)
    {
        if (!token.IsWord || (!opening && !token.IsLower))
        {
            return false;
        }

        if (_cues.Words.PerfectAuxiliaries.Contains(token.Span))
        {
            return true;
        }

        // "Ha criticato anche Elena Ferri": a verb whose object is a person, who then follows it.
        return !Lexicons.LexiconTables.Stopwords.Contains(token.Span) && !_cues.Words.AdditiveAdverbs.Contains(token.Span)
            && !_cues.Is(token, WordClass.Article)
            && !_cues.Words.PersonObjectVerbs.Contains(token.Span) && !_cues.Words.ListenerVerbs.Contains(token.Span);
    }
}
