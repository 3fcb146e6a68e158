using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The mayor Jon Vale and the councillor Tim Hale opened the bridge. '…,' he said.", "Rosa Gil y
// Juan Vidal hablan durante mucho tiempo. «…»": two people named in full and joined as the
// sentence's subject both come into the scene; a later pronoun, dropped subject or quote with no
// cue may mean either, so it means no one.
internal sealed partial class SpeakerFinder
{
    // The words of the first person's phrase before the conjunction: an article, a role and its
    // office, then the name ("Il sindaco Gianni Valli e …").
    private const int MaxFirstPersonTokens = 8;

    // The words between the conjunction and the second person's name: an article and a role
    // ("e l'assessore Marco Neri", "and the councillor Tim Hale").
    private const int MaxWordsBeforeSecondName = 3;

    // Whether the sentence opens with two people named in full, joined by a conjunction, then a
    // verb: each name a run of capitals (a role or title opening it aside) of two words or more.
    private bool OpensWithJoinedPeople(IReadOnlyList<Token> sentence)
    {
        // Two people joined need their coordinator: most sentences have none (SentenceSummary).
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Coordinator))
        {
            return false;
        }

        var conjunction = 1;
        while (conjunction < sentence.Count && conjunction <= MaxFirstPersonTokens && !(sentence[conjunction].IsLower && _cues.Is(sentence[conjunction], WordClass.Coordinator)))
        {
            if (!sentence[conjunction].IsWord || _cues.IsReportingVerb(sentence[conjunction]))
            {
                return false;
            }

            conjunction++;
        }

        if (conjunction >= sentence.Count || conjunction > MaxFirstPersonTokens || !IsPersonEndingAt(sentence, conjunction))
        {
            return false;
        }

        // Only an article and a role stand before the first name: "Ruth Kemp met Jon Vale and Tim
        // Hale" joins two objects, and "Yesterday …" may open anything.
        var first = conjunction;
        while (first > 0 && sentence[first - 1].IsCapitalized)
        {
            first--;
        }

        // "Der Bürgermeister Jan Vogt und …": a German role is capitalised, and is still the role.
        while (first < conjunction && first > 0 && IsCapitalisedRole(sentence, first))
        {
            first++;
        }

        if (first > 0 && !(_cues.Is(sentence[0], WordClass.Article) && LowerCaseOrRole(sentence, 1, first) && HoldsRole(sentence, 1, first)))
        {
            return false;
        }

        var start = conjunction + 1;
        while (start < sentence.Count && start <= conjunction + MaxWordsBeforeSecondName
            && (sentence[start].IsLower || (start > conjunction + 1 && IsCapitalisedRole(sentence, start))))
        {
            start++;
        }

        // "and the Harbour Trust": after an article, only a role makes the name a person's; "The
        // mayor Jon Vale and North Haven": after someone given a role, a bare name may be a
        // place's or a body's, so only two named alike ("Rosa Gil y Juan Vidal") are two people.
        if (start > conjunction + 1 && !HoldsRole(sentence, conjunction + 1, start))
        {
            return false;
        }

        var secondHasRole = (start > conjunction + 1 && HoldsRoleWord(sentence, conjunction + 1, start)) || (start < sentence.Count && IsRoleLike(sentence[start]));
        var firstHasRole = HoldsRoleWord(sentence, 0, conjunction);
        if (firstHasRole && !secondHasRole)
        {
            return false;
        }

        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        // "The mayor Jon Vale and the Harbour Trust": a body named by its noun is no person whom
        // "he" or "she" could mean, and leaves the pronoun to the one person.
        return end < sentence.Count && sentence[end].IsLower && !_cues.Is(sentence[end], WordClass.Coordinator) && IsPersonEndingAt(sentence, end)
            && !_cues.Is(sentence[end - 1], WordClass.OrganisationNoun);
    }

    private bool HoldsRoleWord(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsRoleLike(sentence[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the lower-case words from..to (an article and what follows it) hold a role or a
    // title: "the councillor", "l'assessore"; no article at all holds none and needs none.
    private bool HoldsRole(IReadOnlyList<Token> sentence, int from, int to)
    {
        var article = from > 0 && _cues.Is(sentence[from - 1], WordClass.Article);
        for (var k = from; k < to; k++)
        {
            article |= _cues.Is(sentence[k], WordClass.Article);
            if (IsRoleLike(sentence[k]))
            {
                return true;
            }
        }

        return !article;
    }

    // Lower-case words or a capitalised role: "der Bürgermeister", "die Dezernentin".
    private bool LowerCaseOrRole(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!sentence[k].IsLower && !IsCapitalisedRole(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised role noun after a lower-case article and before a capitalised name: German
    // "der Bürgermeister Jan Vogt", "die Dezernentin Anna Hahn" (SpeakerFinder.JoinedSetOffSubjects.cs).
    private bool IsCapitalisedRole(IReadOnlyList<Token> sentence, int at)
        => at > 0 && at + 1 < sentence.Count && sentence[at].IsCapitalized && (at == 1 || sentence[at - 1].IsLower)
            && _cues.Is(sentence[at - 1], WordClass.Article) && _cues.Is(sentence[at], WordClass.RoleNoun)
            && sentence[at + 1].IsCapitalized;

    // Whether the run of capitalised words ending before `end` names someone in full, past any
    // title or role that opens it ("Bürgermeister Jan Vogt").
    private bool IsPersonEndingAt(IReadOnlyList<Token> sentence, int end)
    {
        var start = end;
        while (start > 0 && end - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        while (start < end && _cues.Is(sentence[start], WordClass.TitleOrRole))
        {
            start++;
        }

        // The name is only looked at: completing it would register it as a full name.
        return end - start >= 2 && _plausibility.IsPlausible(Phrase.Join(sentence, start, end));
    }
}
