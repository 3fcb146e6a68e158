using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "His daughter Ellen Vane stood beside him. '…,' she said.", "Sa fille, Anne Roux, se tenait à
// côté de lui. « … », a-t-elle dit.", "Zijn dochter Anouk stond naast hem.": a sentence that opens
// on a possessive and a noun for a person (a relative, a neighbour, a colleague, a role), then that
// person's name and a verb, makes the named person its subject. A later pronoun means the newcomer
// when it may be of their gender (the family tie may give it: "wife", "fils", "Tochter"); an
// ungendered one or a dropped subject keeps to the possessor, whose turn it was (see
// DiscourseState.Antecedent).
internal sealed partial class SpeakerFinder
{
    // The words of a description set off after the name's noun: an article and a role ("Sa fille,
    // l'avocate Anne Roux, …").
    private const int MaxDescriptionTokens = 3;

    // The person a sentence opening "possessive, person noun, name, verb" names as its subject,
    // completed from the article's names; null when it opens otherwise, the name is an
    // organisation's, or a second name is joined to it.
    private string? PossessedSubject(IReadOnlyList<Token> sentence)
    {
        var at = PossessiveOpeningNoun(sentence);
        // "Zijn Duitse ambtgenote X" (SpeakerFinder.PossessedDescribedNoun.cs).
        if (at < 0 || !(IsPersonNoun(sentence[at]) || KinGender(sentence[at]) != Gender.Unknown))
        {
            at = PossessedNounPastDescribingWord(sentence);
        }

        if (at < 0 || at + 1 >= sentence.Count)
        {
            return null;
        }

        var noun = sentence[at];
        if (!(IsPersonNoun(noun) || KinGender(noun) != Gender.Unknown))
        {
            return null;
        }

        var start = PastDescribingWordBeforeName(sentence, PastNounComplement(sentence, at + 1));
        var setOff = sentence[start].Kind == TokenKind.Comma;
        if (setOff)
        {
            // "Sa fille, l'avocate Anne Roux, …": past an article and a role to the name.
            start++;
            var limit = start + MaxDescriptionTokens;
            while (start < sentence.Count && start < limit && sentence[start].IsWord && (sentence[start].IsLower || _cues.Is(sentence[start], WordClass.Definite)))
            {
                start++;
            }
        }

        if (start >= sentence.Count || !sentence[start].IsCapitalized)
        {
            return null;
        }

        var phrase = _cues.Phrase.ReadForward(sentence, start);
        if (phrase.Kind != SubjectKind.Name || phrase.IsOrganisation || phrase.End >= sentence.Count || _names.Complete(phrase.Text) is not { } person
            || _cast.IsOrganisation(person) || _bodies.Contains(person))
        {
            return null;
        }

        // The name is closed by the comma that set it off, then the verb: a lower-case word that
        // neither joins a second subject nor links the name to something else. "Haar dochter
        // Femke (17) veegt …": an age in brackets may stand between the name and its verb.
        var verb = setOff ? phrase.End : Phrase.PastBracketedAge(sentence, phrase.End);
        if (setOff)
        {
            if (sentence[verb].Kind != TokenKind.Comma)
            {
                return null;
            }

            verb++;
        }

        if (verb >= sentence.Count || !sentence[verb].IsLower || _cues.Is(sentence[verb], WordClass.Coordinator)
            || _cues.Is(sentence[verb], WordClass.Preposition) || _cues.Words.RelativePronouns.Contains(sentence[verb].Span)
            || _cues.Words.OrganisationLinks.Contains(sentence[verb].Span) || _cues.Is(sentence[verb], WordClass.EmployerLink))
        {
            return null;
        }

        // A first name alone ("Zijn dochter Anouk") is the newcomer's only name; a name of two
        // words or more must be one a person may hold.
        if (person.IndexOf(' ') > 0 && !IsPersonNamed(person))
        {
            return null;
        }

        // "Zijn vrouw Ineke": the tie says she is a woman, whom a later "hij" does not mean.
        NoteDescribedGender(person, KinGender(noun));
        return person;
    }

    // The index of the noun a sentence opens on after a possessive, or -1: "His daughter", "Sua figlia", "A sua filha"
    // (an article may stand before the possessive), "Seine Tochter" (German writes the noun with a capital; elsewhere it
    // is lower case). One reader for the named newcomer here and the unnamed relative's beat
    // (SpeakerFinder.UnnamedRelativeBeat.cs), which ask each their own of the noun.
    private int PossessiveOpeningNoun(IReadOnlyList<Token> sentence)
    {
        var k = OpeningPossessive(sentence);
        if (k + 1 >= sentence.Count || !sentence[k].IsWord || !_cues.Is(sentence[k], WordClass.Possessive))
        {
            return -1;
        }

        var noun = sentence[k + 1];
        return noun.IsWord && (noun.IsLower || _cues.Words.CapitalisesNouns) ? k + 1 : -1;
    }

    // The gender a possessive shows of its owner: "his", "her" as their pronouns do; "seine",
    // "ihrem", "zijn", "haar" by their stems. Unknown where the possessive agrees with the thing
    // owned ("sa", "su", "sua"). A listed possessive is never longer than its stem and three letters,
    // so the stems are read as AccordingTo.PossessiveView reads them.
    private Gender PossessorGender(Token possessive)
    {
        var known = _genders.OfPronoun(possessive.Text);
        if (known != Gender.Unknown)
        {
            return known;
        }

        var male = KinAndOwnerGender.OwnerPronoun(possessive.Span, _cues.Words.MalePossessiveOwners) is not null;
        var female = KinAndOwnerGender.OwnerPronoun(possessive.Span, _cues.Words.FemalePossessiveOwners) is not null;
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    // The gender a noun of a family tie gives ("wife", "fils", "Tochter"), or unknown.
    private Gender KinGender(Token noun)
        => KinAndOwnerGender.OfKinNoun(_cues.Words, noun.Span);

    // After a sentence with no quote of its own: the person it opens on after a possessive is
    // whom a later pronoun, dropped subject or quote with no cue means.
    private void TrackPossessedSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null)
        {
            // "Seine Frau Monika Brandlmeier winkt ab: „…“": see DiscourseState.SpokenPossessed.cs.
            if (PossessedSubject(sentence) is { } speaking && string.Equals(speaking, sentenceSpeaker, System.StringComparison.Ordinal))
            {
                _state.SpokeAfterPossessive(speaking, PossessorGender(sentence[OpeningPossessive(sentence)]));
            }

            return;
        }

        if (PossessedSubject(sentence) is not { } person)
        {
            return;
        }

        _state.MentionedAfterPossessive(person);
        _state.OtherSubjectSinceQuoted = !(_state.LastQuoted is { } last && string.Equals(last, person, System.StringComparison.Ordinal));
        _state.LastSubject = person;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = true;
    }
}
