using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Der 19-jährige Jonas, der in einem Baumarkt arbeitet, hat …", "Entre los voluntarios estaba
// Nacho, un pastor de 34 años que …", "O filho, Rui, de 27 anos, já pensa …", "Zijn vrouw Truus,
// met wie hij …", "À ses côtés, Martine, qui exploite …, est plus amère.": a sentence with no quote
// brings in a new person by a first name alone, as its subject, and sets the name off with what it
// says of them (an age, an apposition, a relative clause). The cast cannot hold a lone first name,
// so without this the pronoun or dropped subject of the next quote reached back to the speaker
// before. The newcomer ends that speaker's turn. Where the words about the name show it is a
// person's (an age, a noun for a person or a kin word before or after it, a relative pronoun that
// only people take), the newcomer is the sentence's subject, whom the next pronoun or dropped
// subject means; where only a relative clause follows ("Martine, qui …", as a place may take), no
// one is. Not a first name that opens a full name of the article (the person met before), nor an
// organisation's name, nor a name after a preposition or a verb that is no copula (an object).
internal sealed partial class SpeakerFinder
{
    // "Der 19-jährige", "Zijn vrouw", "O filho,": the words of an opening phrase before the name.
    private const int MaxOpeningBeforeFirstName = 3;

    // After a sentence with no quote of its own: the first-name newcomer ends the last turn.
    private void TrackFirstNameNewcomer(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || FirstNameNewcomer(sentence, out var shownPerson) is not { } newcomer)
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        if (!shownPerson)
        {
            _state.Mentioned(null);
            _state.LastSubject = null;
            return;
        }

        _agedFirstNames.Add(newcomer);
        NewSubject(newcomer);
    }

    // The first name set off as the sentence's subject, or null. The first capitalised word past the
    // opening one decides (past a capitalised kin noun: "Seine Frau Truus").
    private string? FirstNameNewcomer(IReadOnlyList<Token> sentence, out bool shownPerson)
    {
        shownPerson = false;
        if (sentence.Count < 5 || !sentence[0].IsWord)
        {
            return null;
        }

        var k = 1;
        while (k < sentence.Count && k <= Cues.MaxReach && !(sentence[k].IsWord && sentence[k].IsCapitalized))
        {
            k++;
        }

        if (k + 1 < sentence.Count && IsNounForAPerson(sentence[k]) && sentence[k + 1].IsWord && sentence[k + 1].IsCapitalized)
        {
            k++;
        }

        if (k + 3 >= sentence.Count || k > Cues.MaxReach)
        {
            return null;
        }

        var word = sentence[k];
        if (!MayBeFirstName(word) || IsNounForAPerson(word) || _cues.Is(word, WordClass.Pronoun | WordClass.Possessive)
            || (sentence[k + 1].Kind != TokenKind.Comma && Phrase.PastBracketedAge(sentence, k + 1) == k + 1) || (k > 0 && sentence[k - 1].IsWord && sentence[k - 1].IsCapitalized && !IsNounForAPerson(sentence[k - 1])))
        {
            return null;
        }

        var before = NewcomerOpening(sentence, k);
        if (before == Opening.None)
        {
            return null;
        }

        // "Jonas (19), die …": an age in brackets, as Dutch writes it.
        var after = sentence[k + 1].Kind != TokenKind.Comma
            ? (IsShortNumber(sentence[k + 2]) ? Description.Person : Description.None)
            : NewcomerDescription(sentence, k);
        // "Su hijo Javi, de 27, …": see SpeakerFinder.AgedFirstNameSubject.cs.
        if (after == Description.None && before == Opening.Person && IsLinkedAgeSetOff(sentence, k))
        {
            after = Description.Person;
        }

        if (after == Description.None)
        {
            return null;
        }

        // A first name of someone the article named in full is that person, read elsewhere.
        // A title before the word ("Mr Holiff, who …") or a surname the article knows is someone met in full.
        if (_cues.Is(sentence[k - 1], WordClass.Title) || PersonsFirstName(word) is not { } name || _plausibility.IsKnownSurname(name)
            || _genders.IsTitledSurname(name) || _names.OpensSeveralFullNames(name)
            || _plausibility.OnlyFullNameOpenedBy(name) is not null || _state.OnlySalientOpenedBy(name) is not null)
        {
            return null;
        }

        shownPerson = before == Opening.Person || after == Description.Person;
        return name;
    }

    private enum Opening
    {
        None,
        Place,
        Person,
    }

    private enum Description
    {
        None,
        Clause,
        Person,
    }

    // What stands before the name at `k`: an opening phrase of an article, a possessive, an age and
    // a noun for a person ("Der 19-jährige", "Zijn vrouw", "O filho,"), which shows a person; a
    // copula past fillers ("estaba", "c'era") or an opening adverbial's comma ("À ses côtés,"),
    // which does not; nothing else (a preposition or another verb makes the name an object).
    private Opening NewcomerOpening(IReadOnlyList<Token> sentence, int k)
    {
        const int MaxFillers = 2;
        var end = sentence[k - 1].Kind == TokenKind.Comma ? k - 1 : k;
        if (end > 0 && end <= MaxOpeningBeforeFirstName && (IsAgeInFigures(sentence[end - 1]) || IsNounForAPerson(sentence[end - 1])))
        {
            var all = true;
            for (var b = 0; b < end - 1 && all; b++)
            {
                all = sentence[b].IsWord && (_cues.Is(sentence[b], WordClass.Article | WordClass.Possessive) || IsAgeInFigures(sentence[b]));
            }

            if (all)
            {
                return Opening.Person;
            }
        }

        return sentence[k - 1].Kind != TokenKind.Comma && FollowsCopulaPastFillers(sentence, k, MaxFillers)
            || (sentence[k - 1].Kind == TokenKind.Comma && OpeningAdverbialComma(sentence) == k - 1)
            ? Opening.Place
            : Opening.None;
    }

    // "19-jährige", "34-year-old": an age in digits, written before a name or a noun.
    private bool IsAgeInFigures(Token token)
        => token.IsWord && _cues.Words.IsAgeInFigures(token.Span);

    // What the comma after the name at `k` opens: an age or a noun for a person (", 78 ans,", ", un
    // pastor de 34 años", ", de 27 anos,"), or a relative pronoun only people take (", who", ", met
    // wie"), which shows a person; another relative pronoun (", qui", ", der"), which does not.
    private Description NewcomerDescription(IReadOnlyList<Token> sentence, int k)
    {
        // A number alone is no age (", 63 bancas ao todo"): only a noun for a person says so.
        var noun = k + 2 + 1 < sentence.Count && sentence[k + 2].IsLower && _cues.Is(sentence[k + 2], WordClass.Article) ? k + 3 : k + 2;
        if (IsAgeAfterName(sentence, k) || (sentence[noun].IsWord && sentence[noun].IsLower && IsNounForAPerson(sentence[noun]))
            || IsPersonNounPastDescribingWord(sentence, noun))
        {
            return Description.Person;
        }

        // ", un pastor de 34 años que", ", a shepherd who": an apposition opened by an indefinite
        // article whose next few words give an age or a relative pronoun only people take.
        const int MaxAppositionWords = 3;
        var first = k + 2;
        if (_cues.Is(sentence[first], WordClass.Indefinite) && first + 1 < sentence.Count && sentence[first + 1].IsWord && sentence[first + 1].IsLower)
        {
            for (var j = first + 2; j + 1 < sentence.Count && j <= first + 1 + MaxAppositionWords; j++)
            {
                if ((IsShortNumber(sentence[j]) && _cues.Words.AgeWords.Contains(sentence[j + 1].Span))
                    || (sentence[j].IsWord && _cues.Words.PersonRelativePronouns.Contains(sentence[j].Span)))
                {
                    return Description.Person;
                }
            }
        }

        var relative = k + 2;
        if (_cues.Is(sentence[relative], WordClass.Preposition) && relative + 1 < sentence.Count)
        {
            relative++;
        }

        var pronoun = sentence[relative];
        if (!pronoun.IsWord || !pronoun.IsLower || !_cues.Words.RelativePronouns.Contains(pronoun.Span))
        {
            return Description.None;
        }

        return _cues.Words.PersonRelativePronouns.Contains(pronoun.Span) ? Description.Person : Description.Clause;
    }
}
