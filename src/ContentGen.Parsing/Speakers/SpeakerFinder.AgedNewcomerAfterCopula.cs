using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Entre os grevistas está Rosa, 63 anos, …", "Tra i banchi c'è Rosa, 63 anni.", "Entre los
// vendedores está Rosa, de 63 años, …": a sentence that opens on where someone is brings in, after
// its copula, a new person by a first name alone and gives their age. The age says the word is a
// person's (no place or body is given one), and the copula that the subject follows says the
// person is the sentence's subject: the writer has turned from the last speaker to the newcomer,
// whom a later dropped subject, pronoun or quote with no cue means. Without this the cue after the
// newcomer's quote reached back to the speaker of the paragraph before (S9 holds a turn only while
// no new person became the subject). A name after a preposition or a verb that is no copula is an
// object ("com Rosa, 63 anos"), which this does not read.
internal sealed partial class SpeakerFinder
{
    // After a sentence with no quote of its own: the aged first name after its copula is its subject.
    private void TrackAgedNewcomerAfterCopula(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || AgedNewcomerAfterCopula(sentence) is not { } newcomer)
        {
            return;
        }

        _agedFirstNames.Add(newcomer);
        _state.OtherSubjectSinceQuoted = true;
        NewSubject(newcomer);
    }

    // The one-word name right after a copula (past a filler or two), its age set off by commas after
    // it; null otherwise, or when a capitalised word before it may be the sentence's own subject, or
    // the word names an organisation or ends a full name of the article (a surname, read elsewhere).
    private string? AgedNewcomerAfterCopula(IReadOnlyList<Token> sentence)
    {
        const int MaxFillers = 2;
        var from = 2;
        if (sentence.Count >= 6 && sentence[0].IsCapitalized && DescribedOpeningCopula(sentence) is var copula and > 0)
        {
            // "Jüngstes Mitglied ist Lukas, 17,": see SpeakerFinder.PredicateNewcomer.cs.
            from = copula + 1;
        }
        else if (sentence.Count < 6 || !sentence[0].IsCapitalized || !sentence[1].IsWord || sentence[1].IsCapitalized
            || _cues.Is(sentence[0], WordClass.Article | WordClass.TitleOrRole)
            || _cues.Is(sentence[0], WordClass.Pronoun | WordClass.Possessive)
            || _cues.Words.Demonstratives.Contains(sentence[0].Span) || !HoldsCopula(sentence))
        {
            // A sentence opened by its subject ("A vizinha …", "Ela …") is read elsewhere.
            return null;
        }

        for (var k = from; k + 3 < sentence.Count && k < Cues.MaxReach; k++)
        {
            var word = sentence[k];
            if (!word.IsWord)
            {
                continue;
            }

            if (word.IsCapitalized)
            {
                // The first capitalised word past the opening one decides: a name before the copula's
                // subject is the sentence's own.
                if (sentence[k - 1].IsCapitalized || (k + 1 < sentence.Count && sentence[k + 1].IsCapitalized) || !MayBeFirstName(word)
                    || !IsAgeAfterName(sentence, k) || !FollowsCopulaPastFillers(sentence, k, MaxFillers))
                {
                    return null;
                }

                return PersonsFirstName(word);
            }
        }

        return null;
    }

    // "está Rosa", "c'è Rosa", "está também Rosa", "Among them is Joan": a copula right before the
    // name, past fillers. English lists its "is" and "was" as name copulas only (they close no
    // cleft, SpeechWords.Copulas); the table of name copulas holds every language's copulas too.
    private bool FollowsCopulaPastFillers(IReadOnlyList<Token> sentence, int name, int maxFillers)
    {
        for (var b = name - 1; b > 0 && b >= name - 1 - maxFillers && sentence[b].IsLower; b--)
        {
            if (_cues.Words.NameCopulas.Contains(Elision.Tail(sentence[b].Span)))
            {
                return true;
            }

            if (!_cues.Is(sentence[b], WordClass.Filler))
            {
                return false;
            }
        }

        return false;
    }
}
