using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A paragraph that brings in someone new before a pronoun or a dropped subject: the person the
// pronoun would mean from an earlier paragraph is no safe guess any more. The reader records a
// sentence's subject only in the shapes it knows ("X a dit", "Le ministre X a dit"); a person
// introduced with a role or a description in a shape it does not know ("Die Schiffbauerin X prüft
// …", "Sul molo, la capitana del porto, X, controlla …", "The ferry was launched by the harbour
// master X.")
// went unrecorded, and the pronoun then took whoever spoke before the paragraph began. A name
// with no role or description (an opponent, a team-mate, a place read as a name) introduces no
// one: the paragraph may still be about the person before.
internal sealed partial class SpeakerFinder
{
    private const int MaxParagraphPeople = 4;

    // The people the current paragraph names in its sentences before the one being read, by a
    // surname the article gives in full: all of them, and those introduced with a role or a
    // description. One list of each serves every paragraph.
    private readonly List<string> _paragraphNamed = new(MaxParagraphPeople);
    private readonly List<string> _paragraphIntroduced = new(MaxParagraphPeople);

    // Whether a sentence of the current paragraph before the one being read opened on a pronoun
    // ("He portrayed …"), or the paragraph opened in lower case, going on with a sentence of the
    // paragraph before: the paragraph goes on with someone the writer thought plain.
    private bool _paragraphGoesOn;

    private bool _paragraphStarted;

    // The paragraph's sentences whose names are not read yet. Reading them needs the article's full
    // names, which most articles never build; so they are read only when a pronoun asks.
    private readonly List<IReadOnlyList<Token>> _unreadSentences = new();

    // The sentence being read, whose own names say whether the person the paragraph introduced
    // is the one a pronoun in it means; null between paragraphs.
    private TokenRange? _readingSentence;

    private void ClearParagraphPeople()
    {
        _paragraphStarted = false;
        _paragraphNamed.Clear();
        _paragraphIntroduced.Clear();
        _unreadSentences.Clear();
        _paragraphPossessors.Clear();
        _paragraphGoesOn = false;
    }

    // After a sentence: whether it opens on a pronoun and its verb; the people it names, by a
    // surname the article gives to one full name, are read when a pronoun asks (ReadParagraphPeople).
    private void NoteParagraphPeople(IReadOnlyList<Token> sentence)
    {
        _paragraphGoesOn |= (!_paragraphStarted && sentence.Count > 0 && sentence[0].IsLower)
            || (sentence.Count > 2 && sentence[1].IsLower && LeadingPhrase(sentence).Kind == SubjectKind.Pronoun)
            || (_paragraphStarted && OpensOnHeldRole(sentence));
        _paragraphStarted = true;
        _unreadSentences.Add(sentence);
        NoteParagraphPossessors(sentence);
    }

    // Whether a later sentence of the paragraph, or the one being read, opens on a role with its
    // definite article whose holder the article named ("… X, Vorsitzender des Vereins. Der
    // Bürgermeister sagte, er …"): the paragraph goes back to someone the writer named before, as
    // after a pronoun, and its pronouns mean them, not the person brought in.
    private bool OpensOnHeldRole(IReadOnlyList<Token> sentence)
        => sentence.Count > 2 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Definite)
        && sentence[1].IsWord && _cues.Is(sentence[1], WordClass.RoleNoun) && _roles.Gave(sentence[1].Text.ToLowerInvariant());

    // Reads the names of the paragraph's sentences that are not read yet, in order.
    private void ReadParagraphPeople()
    {
        foreach (var sentence in _unreadSentences)
        {
            ReadPeople(sentence);
        }

        _unreadSentences.Clear();
    }

    private void ReadPeople(IReadOnlyList<Token> sentence)
    {
        var introduced = 0;
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach && _paragraphNamed.Count < MaxParagraphPeople; i++)
        {
            var token = sentence[i];
            if (!token.IsCapitalized || (i + 1 < sentence.Count && sentence[i + 1].IsCapitalized))
            {
                continue;
            }

            // "Vale's boat": the possessor is named too. Most capitalised words end no name of the
            // article: they are tested on the span, and only a surname is made a string.
            var span = token.Span;
            var surname = span.Slice(0, span.Length - NamePlausibility.PossessiveEnding(span));
            if (surname.Length == 0 || _plausibility.FullNameEndingIn(surname) is not { } person
                || _cast.IsOrganisation(person) || _paragraphNamed.Contains(person))
            {
                continue;
            }

            _paragraphNamed.Add(person);
            if (IsIntroduced(sentence, i - WordCount(person) + 1, i))
            {
                _paragraphIntroduced.Add(person);
                introduced++;
            }
        }

        // "I tre candidati, l'imprenditore X, la professoressa Y e l'avvocato Z, hanno discusso":
        // people brought in together are a list, no one a singular pronoun means.
        if (introduced > 1)
        {
            _paragraphIntroduced.RemoveRange(_paragraphIntroduced.Count - introduced, introduced);
        }
    }

    private static int WordCount(string name)
    {
        var words = 1;
        foreach (var c in name)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words;
    }

    // Whether the name over tokens first..last is brought in as someone who acts, with a role or a
    // description: as the subject, its role or description before it opening the sentence or its
    // clause ("Die Schiffbauerin X prüft …", "Dr X, head of …, moved …"); between commas after a
    // description and before its verb or the sentence's end ("…, X, said", "…der Kantine, X."; not a
    // list); or as a passive's agent ("… was opened by the harbour master X"). A name an active
    // verb or another preposition governs is an object ("Most residents backed the mayor X",
    // "Talks with the mayor X broke down"), no one the paragraph goes on about.
    private bool IsIntroduced(IReadOnlyList<Token> sentence, int first, int last)
    {
        // "Una de ellas es Dolores Baena, de 81 años,": see SpeakerFinder.AgeNouns.cs.
        if (first >= 1 && sentence[first].IsCapitalized && IsIntroducedByAge(sentence, last))
        {
            return true;
        }

        // "That answer did not satisfy Ruth Kemp, who chairs …": see SpeakerFinder.RelativeClauseNewcomer.cs.
        if (first >= 1 && sentence[first].IsCapitalized && IsIntroducedByRelativeClause(sentence, first, last))
        {
            return true;
        }

        // "Di parere opposto Lucia Neri, biologa dell'Università.": see SpeakerFinder.DescribedAfterName.cs.
        if (first >= 1 && sentence[first].IsCapitalized && IsIntroducedByDescriptionAfter(sentence, first, last))
        {
            return true;
        }

        if (first < 1 || !sentence[first].IsCapitalized || IsObjectOfOpeningSubject(sentence, first) || IsInOpeningPhrase(sentence, first, last))
        {
            return false;
        }

        var before = sentence[first - 1];
        var after = last + 1 < sentence.Count ? sentence[last + 1] : default;
        if (before.Kind == TokenKind.Comma && first >= 2 && sentence[first - 2].IsWord
            && (last + 1 >= sentence.Count || after.Kind == TokenKind.Terminal || (after.Kind == TokenKind.Comma && last + 2 < sentence.Count && sentence[last + 2].IsLower)))
        {
            return true;
        }

        // "die Schiffbauerin X": the noun in lower case, or any noun where nouns are capitalised
        // ("the European Harbour Games" is an event's name).
        var described = (before.IsWord && (_cues.Is(before, WordClass.TitleOrRole) || _cues.Words.ProfessionEpithets.Contains(Elision.Tail(before.Span))))
            || (before.IsWord && (before.IsLower || _cues.Words.CapitalisesNouns) && first >= 2 && sentence[first - 2].IsWord && _cues.Is(sentence[first - 2], WordClass.Article));
        if (described && (OpensClause(sentence, DescriptionStart(sentence, first)) || IsPassiveAgent(sentence, first)))
        {
            return true;
        }

        // "…, but X, a senior planner at …, said": a role or a profession within a few words after
        // the name's comma, the name opening its clause ("According to Harbour Pro, a large print
        // costs …" gives none).
        const int MaxAppositiveWords = 4;
        if (after.Kind != TokenKind.Comma || !OpensClause(sentence, first))
        {
            return false;
        }

        for (var k = last + 2; k < sentence.Count && k <= last + 1 + MaxAppositiveWords && sentence[k].IsWord; k++)
        {
            if (_cues.Is(sentence[k], WordClass.TitleOrRole) || _cues.Words.ProfessionEpithets.Contains(Elision.Tail(sentence[k].Span)))
            {
                return true;
            }

            if (!sentence[k].IsLower)
            {
                return false;
            }
        }

        return false;
    }

    // Where the words that describe the name at `first` start: its article, possessive or
    // demonstrative, titles, roles and professions, a noun after an article (every noun where
    // nouns are capitalised), a few at most.
    private int DescriptionStart(IReadOnlyList<Token> sentence, int first)
    {
        const int MaxDescriptionWords = 4;
        var start = first;
        while (start > 0 && first - start < MaxDescriptionWords && sentence[start - 1].IsWord)
        {
            var word = sentence[start - 1];
            var describes = _cues.Is(word, WordClass.Article | WordClass.TitleOrRole)
                || _cues.Is(word, WordClass.Possessive) || _cues.Words.Demonstratives.Contains(word.Span)
                || _cues.Words.ProfessionEpithets.Contains(Elision.Tail(word.Span))
                || ((word.IsLower || _cues.Words.CapitalisesNouns) && start >= 2 && sentence[start - 2].IsWord && _cues.Is(sentence[start - 2], WordClass.Article));
            if (!describes)
            {
                break;
            }

            start--;
        }

        return start;
    }

    // Whether the token at `start` opens the sentence or a clause: its first word (or second, past
    // one opening adverb: "Ook de havenmeester X"), or a word after a comma or a conjunction; or,
    // where the finite verb stands second, the word right after that verb past an opening phrase
    // ("In Den Haag heeft Kamerlid X …", "In Mainz hat die Abgeordnete X …": the subject, inverted).
    private bool OpensClause(IReadOnlyList<Token> sentence, int start)
        => start <= 1 || sentence[start - 1].Kind == TokenKind.Comma
        || (sentence[start - 1].IsWord && sentence[start - 1].IsLower && _cues.Is(sentence[start - 1], WordClass.Coordinator | WordClass.Contrast))
        || OpensInvertedSubject(sentence, start);

    // Whether the words from `start` are one noun phrase right after the clause's finite verb that an
    // opening phrase puts second ("In Mainz hat die Abgeordnete X"). The word before them must be a
    // finite verb the lexicons know (an auxiliary, a copula, a modal or a reporting verb), and the
    // first after the opening phrase: Dutch writes its nouns in lower case, and in "In Veenhuizen heeft
    // de wethouder minister X rondgeleid" the word before the name is the subject's noun, the name
    // the object. Not after a pronoun, an article or a preposition, which is the clause's subject or
    // the phrase's own ("In Mainz hat er die Abgeordnete X getroffen"), nor a phrase holding a second
    // article ("hat die Stadt die Abgeordnete X eingeladen": the name is the object).
    private bool OpensInvertedSubject(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxPhraseWords = 4;
        var finiteVerb = start - 1;
        if (!_cues.Words.VerbSecond || finiteVerb < 1 || !sentence[finiteVerb].IsWord || !sentence[finiteVerb].IsLower
            || !IsKnownFiniteVerb(sentence[finiteVerb]))
        {
            return false;
        }

        for (var k = 1; k < finiteVerb; k++)
        {
            if (sentence[k].IsWord && sentence[k].IsLower && IsKnownFiniteVerb(sentence[k]))
            {
                return false;
            }
        }

        // "hat der Bürgermeister Minister X herumgeführt": two role nouns are two phrases, the
        // subject's and the object's.
        var roles = 0;
        for (var k = start + 1; k < sentence.Count && k <= start + MaxPhraseWords && sentence[k].IsWord; k++)
        {
            if (_cues.Is(sentence[k], WordClass.Article | WordClass.Possessive)
                || (_cues.Is(sentence[k], WordClass.RoleNoun) && ++roles > 1))
            {
                return false;
            }
        }

        return _cues.OpensBeforeSecondVerb(sentence, finiteVerb);
    }

    private bool IsKnownFiniteVerb(Token token)
        => _cues.Words.IsFiniteAuxiliary(token.Span) || _cues.Is(token, WordClass.Reporting);

    // Whether a passive's agent preposition stands a few words before the name, with no comma
    // between: "… was opened by the harbour master X", "… animé par le journaliste X".
    private bool IsPassiveAgent(IReadOnlyList<Token> sentence, int first)
    {
        const int MaxAgentWords = 6;
        for (var k = first - 1; k >= 0 && k >= first - MaxAgentWords && sentence[k].IsWord; k--)
        {
            if (sentence[k].IsLower && _cues.Words.PassiveAgents.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence opens, past a short adverb and its comma, on a subject of its own, an
    // article or a possessive, its noun and a lower-case verb, with the name after it as its object
    // ("The skipper thanked his mate, X, …", "Ensuite, le maire a salué son adjoint, X, …"): the
    // paragraph is still about that subject. Not a passive's agent ("The report was welcomed by
    // the shadow secretary X", "Le débat était animé par le journaliste X"), who did something.
    private bool IsObjectOfOpeningSubject(IReadOnlyList<Token> sentence, int first)
    {
        const int MaxOpeningAdverbWords = 3;
        const int MaxAgentReach = 12;
        // "Ensuite,", "El lunes,": an adverb or a day; "O novo filme, …" opens on its subject.
        var start = 0;
        var article = sentence.Count > 0 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Article | WordClass.Possessive);
        for (var k = 1; k <= MaxOpeningAdverbWords + 1 && k < first; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                start = !article || Lexicons.LexiconTables.Calendar.Contains(sentence[k - 1].Span) ? k + 1 : 0;
                break;
            }

            if (!sentence[k].IsWord)
            {
                break;
            }
        }

        // "Yesterday the mayor thanked …", "Ieri il sindaco ha ringraziato …": an adverb of a word
        // or two with no comma before the subject's article.
        for (var k = 1; start == 0 && !article && k <= 2 && k < first; k++)
        {
            if (!sentence[k].IsWord || (k > 1 && !sentence[k - 1].IsLower))
            {
                break;
            }

            if (_cues.Is(sentence[k], WordClass.Definite | WordClass.Possessive))
            {
                start = k;
            }
        }

        if (start + 2 >= first || !sentence[start].IsWord || !_cues.Is(sentence[start], WordClass.Definite | WordClass.Possessive)
            || !sentence[start + 1].IsWord || !(sentence[start + 1].IsLower || _cues.Words.CapitalisesNouns))
        {
            return false;
        }

        // "The club, which was bought by investors in May, thanked …": the verb after an insert.
        const int MaxInsertTokens = 12;
        var verb = start + 2;
        if (sentence[verb].Kind == TokenKind.Comma)
        {
            verb++;
            while (verb < first && verb - start <= MaxInsertTokens && sentence[verb].IsWord)
            {
                verb++;
            }

            verb++;
        }

        // "The third candidate, X, of the Green list, …", "Il nuovo tesoriere, X, …": the word the
        // name is set off right after ends the opening noun phrase (an adjective stood before its
        // noun), and the name is its apposition, the subject; a verb is never set off from its
        // object so ("The skipper thanked his mate, X").
        if (verb + 2 == first && sentence[verb + 1].Kind == TokenKind.Comma)
        {
            return false;
        }

        if (verb >= first || sentence[verb - 1].Kind is not (TokenKind.Word or TokenKind.Comma) || !sentence[verb].IsLower
            || IsComplementLink(sentence[verb]) || _cues.Words.RelativePronouns.Contains(sentence[verb].Span))
        {
            return false;
        }

        // The agent's preposition with no comma between it and the name ("The mayor, who was
        // elected by voters in May, thanked councillor X" names no agent).
        for (var k = first - 1; k > verb && k >= first - MaxAgentReach && sentence[k].Kind != TokenKind.Comma; k--)
        {
            if (sentence[k].IsLower && _cues.Words.PassiveAgents.Contains(sentence[k].Span))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the name stands in the phrase that opens the sentence, before the comma after which
    // the clause's own subject comes ("After talks with the harbour mayor X, the union agreed …",
    // "Après une réunion avec le maire X, le syndicat a accepté …"): an article or a possessive, its
    // noun and a lower-case verb.
    private bool IsInOpeningPhrase(IReadOnlyList<Token> sentence, int first, int last)
    {
        const int MaxTokensToComma = 8;
        for (var k = 0; k < first; k++)
        {
            if (!sentence[k].IsWord)
            {
                return false;
            }
        }

        var comma = last + 1;
        while (comma < sentence.Count && comma - last <= MaxTokensToComma && sentence[comma].IsWord)
        {
            comma++;
        }

        return comma + 3 < sentence.Count && sentence[comma].Kind == TokenKind.Comma && sentence[comma + 1].IsWord
            && _cues.Is(sentence[comma + 1], WordClass.Definite | WordClass.Possessive)
            && sentence[comma + 2].IsWord && (sentence[comma + 2].IsLower || _cues.Words.CapitalisesNouns)
            && !_cues.Is(sentence[comma + 2], WordClass.TitleOrRole)
            && sentence[comma + 3].IsLower && !IsComplementLink(sentence[comma + 3]) && !_cues.Words.RelativePronouns.Contains(sentence[comma + 3].Span);
    }

    // Whether `meant`, whom a pronoun or dropped subject would mean, was last made salient before
    // this paragraph, which has neither named them nor gone on with a pronoun, and has since
    // brought in someone else the pronoun could mean (not shown to be of the other gender): the
    // paragraph may be about that person, and no one is given rather than a guess.
    private bool OtherPersonIntroducedSince(string meant, Gender asked)
    {
        ReadParagraphPeople();
        if (_paragraphIntroduced.Count == 0 || _paragraphGoesOn || _state.MentionedIn(meant) >= _state.Paragraph
            || (_readingSentence is { } reading && OpensOnHeldRole(reading)))
        {
            return false;
        }

        foreach (var named in _paragraphNamed)
        {
            if (string.Equals(named, meant, StringComparison.Ordinal) || EndsWithWord(meant, LastWord(named)))
            {
                return false;
            }
        }

        // A newcomer of unknown gender does not overrule an antecedent the article shows to be of
        // the pronoun's ("Jane Roe … she said" after "… launched by the shipowner Kiran Vale").
        // A given name is weaker: it neither keeps the antecedent nor makes the newcomer a rival, but a
        // newcomer's given name of the other gender rules them out (SpeakerFinder.GivenNameGender.cs).
        var meantFits = asked != Gender.Unknown && ShownGenderOf(meant) == asked;
        foreach (var person in _paragraphIntroduced)
        {
            var gender = ShownGenderOf(person);
            if (asked == Gender.Unknown || gender == asked
                || (gender == Gender.Unknown && !meantFits && GivenNameGenderOf(person) is var given && (given == Gender.Unknown || given == asked)))
            {
                return true;
            }
        }

        return false;
    }

    // The one person the paragraph introduced, whom the pronoun then means ("Der Historiker X
    // kennt … „…“, fügte er hinzu."), or no one: when it introduced two, or when the pronoun's own
    // sentence names someone else ("Lee, from Elmford, called it …, she said").
    private string? IntroducedPersonMeant()
    {
        if (_paragraphIntroduced.Count != 1)
        {
            return null;
        }

        var person = _paragraphIntroduced[0];
        if (_readingSentence is { } sentence)
        {
            for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
            {
                var token = sentence[i];
                if (token.IsCapitalized && !(i + 1 < sentence.Count && sentence[i + 1].IsCapitalized) && !EndsWithWord(person, token.Text)
                    && _plausibility.IsKnownSurname(token.Text))
                {
                    return null;
                }
            }
        }

        return person;
    }
}
