using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Who a sentence is about: its opening subject, the subject of its main reporting verb, and the
// holder or name after an opening phrase, read on the sentence's tokens with fixed reaches.
internal sealed partial class SpeakerFinder
{
    // "Mr Hale said he had backed the plan when Ms Lopez argued for it": the first
    // reporting verb is the main clause's, and its subject is who a later "he" means.
    private Subject FindMainReportingSubject(IReadOnlyList<Token> sentence, out bool coordinated)
    {
        coordinated = false;

        // Half the sentences have no reporting verb, and so no reporting subject: turned away before the first read.
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Reporting))
        {
            return Subject.None;
        }

        // "Hewitt said he had had enough, but Geoff Pollard rejected his comments": a clause
        // after "but" has the last word, and its subject is who a later "he" means.
        var found = Subject.None;
        var afterBut = false;

        // "But even before Harbourton said …, Baker insisted …": a subordinate clause opening the
        // sentence (within its first few words) reports less than the main clause after its comma.
        // Only a name takes over there: a role ("the chairman insisted") may mean anyone salient.
        const int MaxWordsBeforeSubordinator = 3;
        var subordinate = false;
        var afterSubordinate = false;
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (i <= MaxWordsBeforeSubordinator && _cues.IsSubordinator(sentence, i) && OpensSentence(sentence, i))
            {
                subordinate = true;
            }
            else if (subordinate && sentence[i].Kind == TokenKind.Comma)
            {
                subordinate = false;
                afterSubordinate = true;
            }

            if (_cues.Is(sentence[i], WordClass.Contrast))
            {
                afterBut = true;
            }
            else if ((!found.IsFound || afterBut || afterSubordinate) && _cues.IsReportingVerb(sentence[i])
                && !(_cues.Words.NameGivingVerbs.Contains(sentence[i].Span) && ThingNamingVerb(sentence) == i))
            {
                // "Sein Hund heißt Bruno": a naming verb that names a thing reports nothing (SpeakerFinder.ThingNamed.cs).
                // "Ann Merridew, marketing manager at Harbour Prints believes": the name opening the
                // sentence, past its insert, is the verb's subject, not the insert's last words.
                var opening = OpeningSubject(sentence);
                var subject = opening.IsFound && i == _openingVerb ? opening : _cues.SubjectOf(sentence, i);
                if (subject.IsFound && (!afterSubordinate || afterBut || !found.IsFound || subject.Kind == SubjectKind.Name))
                {
                    coordinated = found.IsFound;
                    found = subject;
                    afterBut = false;
                }

                afterSubordinate = false;
            }
        }

        return found;
    }

    // Whether only a conjunction and adverbs stand before `i` ("But even before"): no name, no
    // pronoun, no verb that reports ("Tom Baker said when …", "He said once …" put the
    // subordinate clause after the main one).
    private bool OpensSentence(IReadOnlyList<Token> sentence, int i)
    {
        for (var k = 0; k < i; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || (k > 0 && token.IsCapitalized) || _cues.IsReportingVerb(token) || _cues.Is(token, WordClass.Pronoun)
                || (k == 0 && token.IsCapitalized && !_cues.Is(token, WordClass.Contrast) && !_cues.Is(token, WordClass.Coordinator)
                    && !_cues.Is(token, WordClass.NotName)))
            {
                return false;
            }
        }

        return true;
    }

    // "Maria Lopez presented the plan.": a full name opening a sentence, followed by its verb,
    // is who a later "she said" most likely means.
    private Subject SentenceSubject(IReadOnlyList<Token> sentence)
    {
        var subject = OpeningSubject(sentence);
        if (!(subject.IsFound && subject.Text.IndexOf(' ') > 0))
        {
            subject = AfterOpeningPhrase(sentence);
        }

        if (!(subject.IsFound && subject.Text.IndexOf(' ') > 0))
        {
            subject = AfterVerbSecond(sentence);
        }

        // "Panneaux solaires, … : l'architecte X a voulu …": see SpeakerFinder.AfterVerblessOpening.cs.
        if (!(subject.IsFound && subject.Text.IndexOf(' ') > 0))
        {
            subject = SubjectAfterVerblessOpening(sentence);
        }

        return subject.IsFound && subject.Text.IndexOf(' ') > 0 ? subject : Subject.None;
    }

    // "Born in 1931 and schooled at Harbourbank Grammar School, Lord Hollis became
    // …": the name after an opening phrase and its comma, when its verb follows. The phrase may
    // name places of its own, but quotes and reports nothing.
    private Subject AfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        const int MaxPhraseTokens = 16;
        for (var i = 1; i < sentence.Count && i <= MaxPhraseTokens; i++)
        {
            // The name stands right after the comma: "…, helping both Sir Tom Vale" names an object.
            if (sentence[i].Kind == TokenKind.Comma)
            {
                // "Interrogé lundi, le vice-président de la région, Alain Roussel, s'est montré
                // prudent": a role opened by its article, its holder set off by commas, then a verb.
                if (i + 1 < sentence.Count && sentence[i + 1].IsLower && _cues.Is(sentence[i + 1], WordClass.Definite))
                {
                    return HolderAfterOpeningPhrase(sentence, i + 1);
                }

                if (i + 1 >= sentence.Count || !sentence[i + 1].IsCapitalized)
                {
                    return Subject.None;
                }

                // A cheap look first, with no name made: capitalised words, then a lower-case one.
                var next = i + 1;
                while (next < sentence.Count && next - i <= Phrase.MaxNameWords && sentence[next].IsCapitalized)
                {
                    next++;
                }

                // "Head of marine studies at the Harbour Institute, Professor Robin Ashdown, said":
                // the name set off by commas after the role it holds, then a reporting verb.
                var verb = next;
                if (verb + 1 < sentence.Count && sentence[verb].Kind == TokenKind.Comma && _cues.IsReportingVerb(sentence[verb + 1]))
                {
                    verb++;
                }
                else if (verb < sentence.Count && sentence[verb].Kind == TokenKind.Comma && _cues.Phrase.AfterAppositive(sentence, verb) is var past and > 0
                    && past < sentence.Count && sentence[past].IsLower)
                {
                    // "Au marché, Lise Vautier, gérante d'Épices Lière (coopérative), tenait son
                    // stand": the name's appositive, then its verb.
                    verb = past;
                }

                if (verb >= sentence.Count || !sentence[verb].IsLower)
                {
                    return Subject.None;
                }

                // Its verb follows: "…, Ann Lee for The Long Winter, Rita Hale and Jane Roe" lists names.
                var subject = _cues.Phrase.ReadForward(sentence, i + 1);
                var end = subject.End < sentence.Count && verb > next && subject.End == next ? verb : subject.End;
                return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && end < sentence.Count && sentence[end].IsLower
                    && !_cues.Is(sentence[end], WordClass.Coordinator)
                    ? subject
                    : Subject.None;
            }

            if (sentence[i].Kind == TokenKind.Quote || _cues.IsReportingVerb(sentence[i]))
            {
                return Subject.None;
            }
        }

        return Subject.None;
    }

    // "Maandag was oppositieleider Sanne Visser kritisch", "Am Freitag lobte Trainerin Eva Roth
    // das Team": where the finite verb stands second, a day or a month opening the sentence (after
    // a word or two, "Am", "Op") puts the subject after the verb and its fillers. Only a person
    // named in full counts.
    private Subject AfterVerbSecond(IReadOnlyList<Token> sentence)
    {
        const int MaxWordsBeforeTime = 2;
        if (!_cues.Words.VerbSecond)
        {
            return Subject.None;
        }

        var time = 0;
        while (time < sentence.Count && time <= MaxWordsBeforeTime && sentence[time].IsWord && !Lexicons.LexiconTables.Calendar.Contains(sentence[time].Span))
        {
            time++;
        }

        // "Op vrijdag 4 maart opent Veen de markt": the day's date goes with it.
        var verb = time + 1;
        if (verb + 1 < sentence.Count && sentence[verb].IsWord && Digits.Only(sentence[verb].Span) && Lexicons.LexiconTables.Calendar.Contains(sentence[verb + 1].Span))
        {
            verb += 2;
        }

        if (time > MaxWordsBeforeTime || verb + 2 >= sentence.Count || !sentence[time].IsWord || !sentence[verb].IsLower || !sentence[verb].IsWord)
        {
            return Subject.None;
        }

        // A surname alone counts when the article gives it in full ("opent Veen de markt").
        var start = _cues.Phrase.SkipFillers(sentence, verb + 1);
        var subject = start < sentence.Count && sentence[start].IsCapitalized ? _cues.Phrase.ReadForward(sentence, start) : _cues.Phrase.ReadDescribedName(sentence, start);
        return subject.Kind == SubjectKind.Name && !subject.IsOrganisation
            && _names.Complete(subject.Text) is { } name && name.IndexOf(' ') > 0 && IsPersonNamed(name)
            ? new Subject(SubjectKind.Name, name, subject.End)
            : Subject.None;
    }

    // The holder named after the role that `start` opens, or set off by commas after it, when a
    // verb (a lower-case word, no conjunction) follows; None otherwise.
    private Subject HolderAfterOpeningPhrase(IReadOnlyList<Token> sentence, int start)
    {
        var holder = _cues.Phrase.ReadForward(sentence, start);
        var verb = holder.End < sentence.Count && sentence[holder.End].Kind == TokenKind.Comma ? holder.End + 1 : holder.End;
        return holder.Kind == SubjectKind.Name && !holder.IsOrganisation && holder.End > start + 2 && sentence[holder.End - 1].IsCapitalized
            && verb < sentence.Count && sentence[verb].IsLower
            && !_cues.Is(sentence[verb], WordClass.Coordinator)
            ? holder
            : HolderAfterOffice(sentence, start);
    }

    // "El lunes, el portavoz de la oposición, Raúl Ortega, se mostró muy crítico": a role with
    // its office in a few words, then its holder set off by commas and a verb. Not a list ("…,
    // Raúl Ortega, y la concejala …"), nor a name that goes on past its comma.
    private Subject HolderAfterOffice(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxOfficeTokens = 6;
        var role = start + 1;
        if (role >= sentence.Count || !sentence[role].IsLower
            || !(_cues.Is(sentence[role], WordClass.TitleOrRole) || _cues.Words.SpokesNouns.Contains(sentence[role].Span)))
        {
            return Subject.None;
        }

        // The office is the role's complement: a link or a capitalised word right after the role
        // ("de la oposición", "du club"), never a verb ("el alcalde felicitó a su concejal, X,").
        var first = role + 1;
        if (first >= sentence.Count || !(sentence[first].IsCapitalized || (sentence[first].IsLower
            && (_cues.Is(sentence[first], WordClass.EmployerLink) || _cues.Words.OrganisationLinks.Contains(sentence[first].Span)))))
        {
            return Subject.None;
        }

        for (var comma = first; comma < sentence.Count && comma <= role + MaxOfficeTokens; comma++)
        {
            if (sentence[comma].Kind != TokenKind.Comma)
            {
                if (!sentence[comma].IsWord || _cues.IsReportingVerb(sentence[comma]))
                {
                    return Subject.None;
                }

                continue;
            }

            var name = comma + 1 < sentence.Count && sentence[comma + 1].IsCapitalized ? _cues.Phrase.ReadForward(sentence, comma + 1) : Subject.None;
            var verb = name.End + 1;
            return name.Kind == SubjectKind.Name && !name.IsOrganisation && name.Text.IndexOf(' ') > 0
                && name.End < sentence.Count && sentence[name.End].Kind == TokenKind.Comma
                && verb < sentence.Count && sentence[verb].IsLower && !_cues.Is(sentence[verb], WordClass.Coordinator)
                ? name
                : Subject.None;
        }

        return Subject.None;
    }

    // The name opening a sentence when a verb (a lower-case word) follows it, past an insert
    // between commas: "Rao, the youngest player in the draw, will now face …",
    // "Montero, de 47 años, fundó Nubia".
    private Subject OpeningSubject(IReadOnlyList<Token> sentence)
    {
        if (_openingSentence != _state.Sentence)
        {
            _opening = ReadOpeningSubject(sentence);
            _openingSentence = _state.Sentence;
        }

        return _opening;
    }

    private Subject LeadingPhrase(IReadOnlyList<Token> sentence)
    {
        if (_leadingSentence != _state.Sentence)
        {
            _leading = _cues.Phrase.ReadForward(sentence, 0);
            _leadingSentence = _state.Sentence;
        }

        return _leading;
    }

    private Subject ReadOpeningSubject(IReadOnlyList<Token> sentence)
    {
        const int MaxInsertTokens = 20;
        _openingVerb = -1;
        // "One woman, Rosa Calvi, found her cousin": the name after the description, when it
        // is a person's ("The play, A Long Winter, follows" names none).
        if (_cues.Phrase.ReadNamedAfterOpeningDescription(sentence) is { IsFound: true } described && IsPersonNamed(described.Text))
        {
            return described;
        }

        // "Joint par téléphone, son directeur artistique, Antoine Rivals, ne cache pas …": a
        // description holding a role, then the name set off by commas and its verb.
        if (NameAfterDescription(sentence) is { IsFound: true } named)
        {
            return named;
        }

        var subject = LeadingPhrase(sentence);
        if (subject.Kind != SubjectKind.Name || IsThingsOrObjectsName(sentence, subject) || OpensWithObject(sentence)
            || IsInVerbSecondOpeningPhrase(sentence, 0) || IsOpeningPlaceName(sentence, subject))
        {
            return Subject.None;
        }

        // "Youssef Amrani (Dalmeer Lokaal) vindt": past a party in brackets.
        var next = _cues.Phrase.AfterOpeningNamesAffiliation(sentence, subject);
        next = Phrase.PastBracketedAge(sentence, next);
        if (next < sentence.Count && sentence[next].Kind == TokenKind.Comma)
        {
            var close = next + 1;
            while (close < sentence.Count && close <= next + MaxInsertTokens && (sentence[close].IsWord || sentence[close].Kind == TokenKind.Other))
            {
                close++;
            }

            if (close > next + 1 && close < sentence.Count && sentence[close].Kind == TokenKind.Comma)
            {
                // "Peter Lindqvist, from Harbourton, Vale County, said": a place's region after its own comma.
                const int MaxRegionWords = 3;
                var region = close + 1;
                while (region < sentence.Count && region <= close + MaxRegionWords && sentence[region].IsCapitalized)
                {
                    region++;
                }

                next = region > close + 1 && region + 1 < sentence.Count && sentence[region].Kind == TokenKind.Comma && sentence[region + 1].IsLower ? region + 1 : close + 1;
            }
            else
            {
                // "Ann Merridew, marketing manager at Harbour Prints believes …": never closed.
                var verb = _cues.Phrase.VerbAfterUnclosedAppositive(sentence, next);
                next = verb > 0 ? verb : sentence.Count;
            }
        }

        if (next < sentence.Count && sentence[next].IsLower)
        {
            _openingVerb = next;
            return subject;
        }

        return Subject.None;
    }

    // The name after a description opening the sentence, or after an opening phrase of a few
    // lower-case words and its comma ("Face à elle, le chef de file de l'opposition, Marc
    // Ferrand, a dénoncé …"); a person's only. Sets the opening verb: past its auxiliaries and
    // fillers when a reporting verb stands there.
    private Subject NameAfterDescription(IReadOnlyList<Token> sentence)
    {
        const int MaxOpeningPhraseTokens = 6;
        if (sentence.Count == 0 || !sentence[0].IsWord)
        {
            return Subject.None;
        }

        var start = 0;
        if (sentence.Count > 1 && sentence[0].IsCapitalized && _cues.Words.AdditiveAdverbs.Contains(sentence[0].Span) && sentence[1].IsWord
            && _cues.Phrase.OpensDescription(sentence[1]))
        {
            // "Anche la sindaca di Valmarina, Paola Neri, ha festeggiato", "También la alcaldesa de
            // X, Ana Ruiz, …": an additive adverb says the subject joins others, and stands before it.
            start = 1;
        }
        else if (!(_cues.Phrase.OpensDescription(sentence[0]) || _cues.Words.Demonstratives.Contains(sentence[0].Span)))
        {
            start = -1;
            for (var i = 1; i < sentence.Count && i <= MaxOpeningPhraseTokens; i++)
            {
                if (sentence[i].Kind == TokenKind.Comma)
                {
                    start = i + 1;
                    break;
                }

                // "Interrogé par Radio Sud, ce directeur, Luc Bernard, dément": capitals after a
                // passive's agent or a preposition name a medium or a place, not the subject.
                var named = sentence[i].IsCapitalized && sentence[i - 1].IsWord
                    && (sentence[i - 1].IsCapitalized || (sentence[i - 1].IsLower && (_cues.Words.PassiveAgents.Contains(sentence[i - 1].Span)
                        || _cues.Words.Locatives.Contains(sentence[i - 1].Span) || _cues.Is(sentence[i - 1], WordClass.Preposition))));
                if (!(sentence[i].IsLower || named) || _cues.IsReportingVerb(sentence[i]))
                {
                    break;
                }
            }
        }

        if (start < 0 || start >= sentence.Count)
        {
            return Subject.None;
        }

        var name = _cues.Phrase.ReadNameAfterDescription(sentence, start, out var verb);
        if (!name.IsFound || !IsPersonNamed(name.Text))
        {
            return Subject.None;
        }

        var reporting = _cues.Phrase.SkipFillers(sentence, verb);
        _openingVerb = reporting < sentence.Count && _cues.IsReportingVerb(sentence[reporting]) ? reporting : verb;
        return name;
    }

    // "The coach hugged his captain, Tom Vale, after …": a name set off by commas after words that
    // are a clause (an article or a possessive with no link before it, a reporting verb) is the
    // clause's object, no opening subject. A description with no role ("La nouvelle recrue du
    // club, Marc Lenoir, a marqué") may still be a person's.
    private bool IsThingsOrObjectsName(IReadOnlyList<Token> sentence, Subject subject)
    {
        var first = subject.End - 1;
        while (first > 0 && first >= subject.End - Phrase.MaxNameWords && sentence[first - 1].IsCapitalized)
        {
            first--;
        }

        // Past a dozen words, what stands before the comma is read as before.
        const int MaxWordsBeforeName = 12;
        if (first < 2 || first > MaxWordsBeforeName || sentence[first - 1].Kind != TokenKind.Comma)
        {
            return false;
        }

        return !_cues.Phrase.IsDescription(sentence, 0, first - 1, headFirst: false, out _);
    }

    // "And that he wants …": a conjunction, a complementiser and a subject (a pronoun or a name).
    private bool OpensWithReportedClause(IReadOnlyList<Token> sentence)
        => sentence.Count > 3 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Coordinator)
        && sentence[1].IsLower && _cues.Is(sentence[1], WordClass.Complementiser)
        && (sentence[2].IsCapitalized || (sentence[2].IsLower && _cues.Is(sentence[2], WordClass.Pronoun)));
}
