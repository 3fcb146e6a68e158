using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A person the sentence brings in after its verb: "A difendere il progetto è stato l'assessore ai
// Lavori pubblici, Davide Marchetti.", "Defending the plan was the works councillor, David Marsh.",
// "Tra gli ospiti c'era anche Rosa Bianchi, ex maestra …", and where the finite verb stands second,
// "Für den Plan warb im Rat der Baudezernent David Marx.": the one person named, whom a later
// pronoun, dropped subject or quote with no cue means, before whoever spoke earlier.
internal sealed partial class SpeakerFinder
{
    // ", Davide Marchetti" after "l'assessore ai Lavori pubblici": the office's words between a
    // role and the comma before its holder.
    private const int MaxOfficeTokensBeforeHolder = 5;

    // The person named after a copula ("è stato", "foi", "was", "c'era anche") or, in a language
    // whose verb stands second, after the verb that an opening phrase put before its subject; or
    // null. The sentence names no other person, and the name closes the sentence or its appositive.
    private string? PersonAfterVerb(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 4 || !sentence[0].IsCapitalized || !sentence[1].IsWord || sentence[1].IsCapitalized
            || _cues.Is(sentence[0], WordClass.Article | WordClass.TitleOrRole)
            || _cues.Is(sentence[0], WordClass.Pronoun | WordClass.Possessive)
            || _cues.Words.Demonstratives.Contains(sentence[0].Span))
        {
            // A sentence opened by its subject ("The mayor …", "Il sindaco …") is read elsewhere.
            return null;
        }

        // The cheap look first: most sentences hold no copula, open no cleft and stand in a language
        // whose verb does not come second; their names are not read.
        if (!_cues.Words.VerbSecond && !_cues.Words.CleftOpeners.Contains(sentence[0].Span) && !HoldsCopula(sentence) && !OpensVerbless(sentence) && !MayOpenVerbBeforeAddedSubject(sentence))
        {
            return null;
        }

        string? person = null;
        var phraseStart = -1;
        var runEnd = -1;
        for (var k = 1; k < sentence.Count && k < Cues.MaxReach; k++)
        {
            if (!sentence[k].IsCapitalized || sentence[k - 1].IsCapitalized)
            {
                continue;
            }

            // "Lucia Bernasconi, presidente dell'associazione Salute Vicina": a name inside the
            // person's appositive, after its words, is what the appositive names, not a second
            // person; one after "e" or "y" is.
            if (person is not null && InAppositiveAfter(sentence, runEnd, k))
            {
                continue;
            }

            var end = k;
            while (end < sentence.Count && end - k < Phrase.MaxNameWords && sentence[end].IsCapitalized)
            {
                end++;
            }

            var start = k;
            while (start < end && IsRoleLike(sentence[start]))
            {
                start++;
            }

            // "sortiert Mihai Dragomir Blätter": German capitalises the object after the name (SpeakerFinder.BareVerbSecond.cs).
            end = PersonNameWithinRun(sentence, start, end);

            // Each run is only looked at: completing a name registers it, so only the one chosen is.
            if (end - start < 2 || Phrase.Join(sentence, start, end) is var name && !IsPersonNamed(name))
            {
                k = end;
                continue;
            }

            if (person is not null)
            {
                // Two people named: either may be meant.
                return null;
            }

            person = name;
            phraseStart = HolderPhraseStart(sentence, start);
            runEnd = end;
            k = end;
        }

        if (person is null || phraseStart < 1 || !ClosesAfterName(sentence, runEnd))
        {
            return null;
        }

        return FollowsCopula(sentence, phraseStart) || FollowsSecondVerb(sentence, phraseStart) || FollowsBareSecondVerb(sentence, phraseStart) || OpensCleft(sentence, phraseStart)
            || (phraseStart == 2 && OpensVerbless(sentence)) || OpensVerbBeforeAddedSubject(sentence, phraseStart)
            ? _names.Complete(person)
            : null;
    }

    // "Preoccupata anche Lucia Bernasconi, …", "Soddisfatto anche il sindaco …": a predicate and
    // "anche" open a sentence with no verb, whose subject follows them. The opening word is no
    // function word ("Con anche …" is a preposition's object).
    private bool OpensVerbless(IReadOnlyList<Token> sentence)
        => sentence.Count > 3 && sentence[0].IsWord && sentence[1].IsLower && _cues.Words.AdditiveAdverbs.Contains(sentence[1].Span)
        && !Lexicons.LexiconTables.Stopwords.Contains(sentence[0].Span);

    // Whether the run at `run` stands inside the appositive set off by a comma right after the
    // person's name ending at `nameEnd`, after one of its lower-case words, with no coordinator
    // or second comma opening another subject before it.
    private bool InAppositiveAfter(IReadOnlyList<Token> sentence, int nameEnd, int run)
    {
        if (nameEnd >= sentence.Count || sentence[nameEnd].Kind != TokenKind.Comma || run <= nameEnd + 1 || !sentence[run - 1].IsLower)
        {
            return false;
        }

        for (var k = nameEnd + 1; k < run; k++)
        {
            if (!sentence[k].IsWord || _cues.Is(sentence[k], WordClass.Coordinator))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the current sentence holds a copula or a passive's auxiliary within reach. Tracking asks
    // it twice of a sentence with no quote (the person after the verb, the aged newcomer after the
    // copula), and the answer is three lookups a lower-case word: it is read once a sentence. The
    // cache is keyed on the sentence's tokens as well as its number, so a caller that passes another
    // sentence (the one before) is answered for that one.
    private bool HoldsCopula(IReadOnlyList<Token> sentence)
    {
        if (_copulaSentence != _state.Sentence || !ReferenceEquals(_copulaTokens, sentence))
        {
            _holdsCopula = ReadHoldsCopula(sentence);
            _copulaSentence = _state.Sentence;
            _copulaTokens = sentence;
        }

        return _holdsCopula;
    }

    private bool ReadHoldsCopula(IReadOnlyList<Token> sentence)
    {
        for (var k = 1; k < sentence.Count && k < Cues.MaxReach; k++)
        {
            if (sentence[k].IsLower && (_cues.Words.Copulas.Contains(Elision.Tail(sentence[k].Span)) || _cues.Words.PassiveAuxiliaries.Contains(sentence[k].Span)
                || (k + 1 < sentence.Count && sentence[k + 1].IsLower && _cues.Words.Copulas.Contains(sentence[k].Through(sentence[k + 1])))))
            {
                return true;
            }
        }

        return false;
    }

    // Where the phrase naming the holder at `name` starts: its role and article before it ("der
    // Baudezernent David Marx"), or before the comma and the office ("l'assessore ai Lavori
    // pubblici, Davide Marchetti"); the name itself when no role stands before it.
    private int HolderPhraseStart(IReadOnlyList<Token> sentence, int name)
    {
        var role = -1;
        if (name > 0 && IsRoleLike(sentence[name - 1]))
        {
            role = name - 1;
        }
        else if (name > 1 && sentence[name - 1].Kind == TokenKind.Comma)
        {
            for (var k = name - 2; k > 0 && k >= name - 1 - MaxOfficeTokensBeforeHolder && sentence[k].IsWord; k--)
            {
                if (IsRoleLike(sentence[k]))
                {
                    role = k;
                    break;
                }
            }

            if (role < 0)
            {
                // "…, Davide Marchetti" after anything but a role: a list, or an object's appositive.
                return -1;
            }
        }

        if (role < 0)
        {
            return name;
        }

        return role > 0 && sentence[role - 1].IsLower && _cues.Is(sentence[role - 1], WordClass.Article) ? role - 1 : role;
    }

    // The name ends the sentence, or its appositive or relative clause opens after a comma: ",
    // ex maestra del paese", ", che …". In a language whose verb stands second, an object may follow ("verdedigde
    // wethouder David Mertens het plan"), in lower case, or in German with its nouns capitalised
    // ("machte Hafenmeister Jan Vogt das Wetter verantwortlich"); a second name there would have
    // made two people, and no one.
    private bool ClosesAfterName(IReadOnlyList<Token> sentence, int end)
    {
        if (end >= sentence.Count || sentence[end].Kind == TokenKind.Comma)
        {
            return true;
        }

        for (var k = end; k < sentence.Count; k++)
        {
            if (sentence[k].IsWord && !(_cues.Words.VerbSecond && (sentence[k].IsLower || _cues.Words.CapitalisesNouns)))
            {
                return false;
            }

            if (sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // "è stato l'assessore", "foi o vereador", "was the works councillor", "c'era anche Rosa Bianchi":
    // a copula right before the phrase, past a filler or two.
    private bool FollowsCopula(IReadOnlyList<Token> sentence, int phraseStart)
    {
        // "was the works councillor": a word or two describing the role after its article.
        const int MaxModifiers = 2;
        for (var k = phraseStart - 1; k > 0 && k >= phraseStart - MaxModifiers && sentence[k].IsLower && !_cues.Is(sentence[k], WordClass.Filler); k--)
        {
            if (_cues.Is(sentence[k], WordClass.Article))
            {
                phraseStart = k;
                break;
            }
        }

        for (var b = phraseStart - 1; b > 0 && b >= phraseStart - 1 - MaxAuxiliariesBeforeVerb && sentence[b].IsLower; b--)
        {
            var word = Elision.Tail(sentence[b].Span);
            if (_cues.Words.Copulas.Contains(word) || _cues.Words.PassiveAuxiliaries.Contains(word)
                || (sentence[b - 1].IsLower && _cues.Words.Copulas.Contains(sentence[b - 1].Through(sentence[b]))))
            {
                return true;
            }

            // "c'era anche": past a filler or two.
            if (!_cues.Is(sentence[b], WordClass.Filler))
            {
                return false;
            }
        }

        return false;
    }

    // "A defender el proyecto salió el concejal de Obras, David Marín": a cleft's preposition and a
    // reporting infinitive open the sentence, whose subject then follows its verb. Only the
    // infinitive's object stands between: a second article ("A sostenere il progetto i consiglieri
    // hanno chiamato il sindaco X") opens a subject of its own, and the name is its object.
    private bool OpensCleft(IReadOnlyList<Token> sentence, int phraseStart)
    {
        if (!_cues.Words.CleftOpeners.Contains(sentence[0].Span) || !sentence[1].IsLower || !_cues.Words.ReportingInfinitives.Contains(sentence[1].Span))
        {
            return false;
        }

        var articles = 0;
        for (var k = 2; k < phraseStart; k++)
        {
            if (!sentence[k].IsLower || (_cues.Is(sentence[k], WordClass.Article) && ++articles > 1))
            {
                return false;
            }
        }

        return true;
    }

    // "Für den Plan warb im Rat der Baudezernent David Marx", "Namens het college verdedigde
    // wethouder David Mertens het plan": where the verb stands second, an opening phrase that is no
    // subject puts the subject after the verb; only a role and its holder are read so, not after
    // a preposition (an object's) or a comma.
    private bool FollowsSecondVerb(IReadOnlyList<Token> sentence, int phraseStart)
    {
        if (!_cues.Words.VerbSecond || phraseStart < 2 || !(IsRoleLike(sentence[phraseStart]) || (phraseStart + 1 < sentence.Count && IsRoleLike(sentence[phraseStart + 1]))))
        {
            return false;
        }

        // "lobte der Rat den Hafenmeister Jan Vogt": an object's article. "Ook prees de raad
        // wethouder X": a noun phrase of its own right before is the verb's subject, and the
        // role's holder its object.
        var before = sentence[phraseStart - 1];
        if (phraseStart >= 3 && sentence[phraseStart - 2].IsWord && _cues.Is(sentence[phraseStart - 2], WordClass.Article))
        {
            return false;
        }

        if ((sentence[phraseStart].IsWord && _cues.Words.ObjectArticles.Contains(sentence[phraseStart].Span))
            || (before.IsWord && _cues.Words.ObjectArticles.Contains(before.Span)))
        {
            return false;
        }

        // "bedankte de burgemeester wethouder X": a role before the holder's is the subject's own;
        // "Gesprekken met de burgemeester X liepen vast": a function word before it (a
        // preposition's object), where the verb would stand.
        // "ontving de wethouder gisteren minister X": see SpeakerFinder.SubjectBeforeObjectName.cs.
        if (!before.IsWord || IsPlaceOrMediumLink(before) || _cues.Is(before, WordClass.Coordinator | WordClass.Article)
            || IsRoleLike(before) || Lexicons.LexiconTables.Stopwords.Contains(before.Span) || SubjectNamedBeforeName(sentence, phraseStart))
        {
            return false;
        }

        // "Nach den Verzögerungen gefragt, machte Hafenmeister Jan Vogt …": the opening phrase may
        // end at a comma, the verb right after it.
        for (var k = 1; k < phraseStart; k++)
        {
            if (!sentence[k].IsWord && !(sentence[k].Kind == TokenKind.Comma && k == phraseStart - 2))
            {
                return false;
            }
        }

        return true;
    }

    // A role, title, profession or office with a brief, its elided article aside: "l'assessore",
    // "l'adjoint", "wethouder", "Baudezernent".
    private bool IsRoleLike(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var word = Elision.Tail(token.Span);
        return _cues.Words.RoleNouns.Contains(word) || _cues.Words.Titles.Contains(word) || _cues.Words.ProfessionEpithets.Contains(word)
            || _cues.Words.BriefOffices.Contains(word)
            || (_cues.Words.CapitalisesNouns && EndsWithRole(word));
    }

    // "Baudezernent", "Oberbürgermeisterin": a compound noun whose last part is a role of some
    // length (a surname rarely ends so).
    private bool EndsWithRole(System.ReadOnlySpan<char> word)
    {
        const int MinRoleLetters = 6;
        for (var i = 1; i + MinRoleLetters <= word.Length; i++)
        {
            if (_cues.Words.RoleNouns.Contains(word.Slice(i)))
            {
                return true;
            }
        }

        return false;
    }
}
