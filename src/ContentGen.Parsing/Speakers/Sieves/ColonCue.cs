using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S2: a quote after a colon belongs to the subject of the clause before it, whatever its verb
/// (<c>Tom Fox told reporters: "…"</c>, <c>Roe countered: "…"</c>, <c>X a été très clair : « … »</c>);
/// the listener or object after the verb is never the speaker.
/// </summary>
internal sealed partial class ColonCue : ISieve
{
    private const int MaxClauseTokens = 40;

    // A subject after its verb: a role, a title and a name of a few words ("Bürgermeisterin Dr.
    // Anna Maria Vogel").
    private const int MaxInvertedSubjectTokens = 8;

    // "Am Montag", "Lunedì ha", "Kurz darauf": the words an inverted verb may follow.
    private const int MaxWordsBeforeInvertedVerb = 3;
    private readonly Cues _cues;
    private readonly System.Func<string, bool> _isKnownSurname;
    private readonly VerblessColonLead _verbless;

    // Whether a name is a person's: plausible as one and given a gender by the article (a role, a title, a
    // pronoun), which a town's name never is; null reads every name as one (the sieve alone in tests).
    private readonly System.Func<string, bool>? _isPersonNamed;

    public ColonCue(Cues cues, System.Func<string, bool> isKnownSurname, System.Func<string, bool>? isPersonNamed = null)
    {
        _cues = cues;
        _isKnownSurname = isKnownSurname;
        _isPersonNamed = isPersonNamed;
        _verbless = new VerblessColonLead(cues, isKnownSurname);
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 2 || sentence[quote - 1].Kind != TokenKind.Colon)
        {
            return Subject.None;
        }

        // "Soddisfatto anche il sindaco X: «…»", "Rápida la respuesta de X:": a lead-in with no
        // subject and verb of its own, whose first word the clause reading takes for a name. A
        // word alone opening the sentence names someone only as a surname the article knows, and
        // a response's noun ("die Antwort von X", read like "Ursula von X") is no first name.
        if (OpeningDocument(sentence, quote) is { IsFound: true } document)
        {
            return document;
        }

        // "C'est le cas de Marie Vallet, mère de deux enfants :": see ColonCue.PresentedCase.cs;
        // read first, since the clause reading takes the presentative's "c'" for a pronoun subject.
        if (PresentedCase(sentence, quote) is { IsFound: true } presented)
        {
            return presented;
        }

        // "His wife added:", "Su hija resumió …:": see ColonCue.KinOpening.cs; read first, since the clause
        // reading takes the capitalised possessive for a name.
        if (KinOpening(sentence, quote) is { IsFound: true } kin)
        {
            return kin;
        }

        var subject = ClauseSubject(sentence, quote);
        if (OpensOnObjectArticle(sentence, subject))
        {
            return Subject.None;
        }

        if (subject.IsFound && !(subject.Kind == SubjectKind.Name && subject.End == 1 && IsUnknownLoneWord(subject)) && !OpensOnResponseNoun(subject.Text))
        {
            return subject;
        }

        // "Die Bürgermeisterin blieb gelassen:": see ColonCue.ArticleRoleOpening.cs.
        if (!subject.IsFound && ArticleRoleOpening(sentence, quote) is { IsFound: true } role)
        {
            return role;
        }

        var lead = _verbless.Find(sentence, quote);
        return lead.IsFound ? lead : subject;
    }

    // "Den Bürgermeister unterstützt die Opposition nicht:", "Den Plan lobt sie:": in a language
    // that capitalises its nouns, a name read from an article that opens no subject (not among
    // SubjectArticles: "den", "dem", "des") is a fronted object, and no one's name or role.
    private bool OpensOnObjectArticle(IReadOnlyList<Token> sentence, Subject subject)
        => subject.Kind is SubjectKind.Name or SubjectKind.Role && _cues.Words.CapitalisesNouns && subject.End <= 3 && sentence.Count > 2
            && sentence[0].IsWord && _cues.Words.Definites.Contains(sentence[0].Span) && !_cues.Words.SubjectArticles.Contains(sentence[0].Span)
            && sentence[1].IsCapitalized && subject.Text.AsSpan().IndexOf(sentence[1].Span, StringComparison.Ordinal) >= 0;

    // One word that is no surname of someone the article names in full: a topic's label, or in
    // German any noun, since German capitalises them all.
    private bool IsUnknownLoneWord(Subject subject)
        => subject.Kind == SubjectKind.Name && subject.Text.IndexOf(' ') < 0 && !_isKnownSurname(subject.Text);

    // "Antwort von X", "La respuesta de X", "Réponse de X": a response's noun, alone or after its
    // article, whose link the name reading took for a particle; the name is its complement.
    private bool OpensOnResponseNoun(string name)
    {
        var first = FirstWord(name);
        if (_cues.Words.ResponseNouns.Contains(first))
        {
            return true;
        }

        var rest = name.AsSpan(first.Length).TrimStart();
        return rest.Length > 0 && (_cues.Words.Definites.Contains(first) || _cues.Words.Indefinites.Contains(first))
            && _cues.Words.ResponseNouns.Contains(rest.IndexOf(' ') is var space and > 0 ? rest.Slice(0, space) : rest);
    }

    private static ReadOnlySpan<char> FirstWord(string name)
        => name.IndexOf(' ') is var space and > 0 ? name.AsSpan(0, space) : name.AsSpan();

    // The subject of the clause before the colon, by its name alone, its verb or its place.
    private Subject ClauseSubject(IReadOnlyList<Token> sentence, int quote)
    {

        // "Ann Lee: '…'": a name alone before the colon. One word alone is a person's only when
        // it is the surname of someone the article names in full; otherwise it labels a topic
        // ("Europe : « … »" in an interview), and no one is named.
        var named = _cues.Phrase.ReadBackward(sentence, quote - 1);
        if (named.Kind == SubjectKind.Name && IsNameAlone(sentence, quote - 2))
        {
            return named.Text.IndexOf(' ') > 0 || _isKnownSurname(named.Text) ? named : Subject.None;
        }

        // "Ha dicho: «…»": a reporting verb opening the sentence with its subject dropped speaks
        // for whoever the sentences before made their subject.
        if (_cues.ReportsWithDroppedSubject(sentence, quote - 2))
        {
            return Subject.Pronoun;
        }

        // "Später sagte Albers:": a verb that opening words put before its subject; read first,
        // since the phrase reader would take a capitalised adverb for a name.
        if (InvertedBeforeColon(sentence, quote, out var inverted) is { IsFound: true } afterVerb
            && (OpensBeforeInvertedVerb(sentence, inverted) || FollowsReportedClause(sentence, inverted)))
        {
            return afterVerb;
        }

        // "Dann sagt der Bürgermeister:": see ColonCue.RoleAfterSecondVerb.cs.
        if (RoleAfterSecondVerb(sentence, quote) is { IsFound: true } roleAfterVerb)
        {
            return roleAfterVerb;
        }

        // "Mit leiser Stimme sagte Albers:", "Op Facebook schreef Albers:": past a longer opening
        // phrase (ColonCue.VerbSecond.cs), whose nouns the clause reading would take for the subject.
        if (SubjectAfterOpeningConstituent(sentence, quote) is { IsFound: true } secondVerbs)
        {
            return secondVerbs;
        }

        // "Beim Hinausgehen gab sich X zuversichtlich:": see ColonCue.StanceAfterOpening.cs.
        if (StanceAfterOpeningConstituent(sentence, quote) is { IsFound: true } stance)
        {
            return stance;
        }

        if (ReportedTellerSubject(sentence, quote) is { IsFound: true } teller)
        {
            return teller;
        }

        // The clause's subject: at the sentence's start, after a comma or after a conjunction
        // that joins clauses, nearest first, and followed by its verb (a lower-case word, past adverbs).
        for (var start = quote - 2; start >= 0 && start >= quote - 2 - MaxClauseTokens; start--)
        {
            if (start > 0 && sentence[start - 1].Kind is not (TokenKind.Comma or TokenKind.Colon) && !OpensAfterConjunction(sentence, start) && !OpensAfterSequenceOpener(sentence, start))
            {
                continue;
            }

            // "Dr John Vale, Acme senior vice president, said:": an appositive between commas
            // describes the name before it; it opens no clause. ("Their spokesman, retired
            // engineer David Prentice, countered:" names its subject inside.)
            if (start > 1 && sentence[start - 1].Kind == TokenKind.Comma && sentence[start - 2].IsCapitalized
                && !_cues.Is(sentence[start - 2], WordClass.Title) && !_cues.Is(sentence[start - 2], WordClass.RoleNoun)
                && _cues.Phrase.AfterAppositive(sentence, start - 1) >= 0)
            {
                continue;
            }

            // "Chiara Neri, della Stazione di biologia marina:": see ColonCue.EmployerComplement.cs.
            if (OpensOnEmployerComplement(sentence, start))
            {
                continue;
            }

            // "Dr John Vale, Acme senior vice president, Research and Design, said:": the
            // role's brief after the appositive goes on with it.
            if (start > 1 && sentence[start - 1].Kind == TokenKind.Comma && IsBrief(sentence, start) && FollowsAppositive(sentence, start - 1))
            {
                continue;
            }

            // "But Valmont director Rob Dale said:": a conjunction opens the clause before its subject.
            var opens = start == 0 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Contrast) && quote > 3 ? 1 : start;

            // A clause opens with its subject: a name, a pronoun or an article ("the minister"),
            // never a lower-case word ("told reporters", "chief executive of Acme").
            var first = sentence[opens];
            if (!first.IsWord || !(first.IsCapitalized || first.IsLower))
            {
                continue;
            }

            // After a comma, "retired engineer David Prentice, countered:" names its subject late.
            var subject = first.IsLower && !_cues.Is(first, WordClass.Definite) && !_cues.Is(first, WordClass.Pronoun)
                ? (start > 0 ? _cues.Phrase.ReadDescribedName(sentence, start) : Subject.None)
                : _cues.Phrase.ReadForward(sentence, opens);
            // "Mark Lee, the leader of the union said:": a role and its complement after a name
            // and a comma are an appositive never closed; the name before it is the subject. ("…
            // Tim Rowe, the American said:" is the American.)
            // "…, and the warden stepped in:", "mais le gardien intervient :": a clause the
            // conjunction opened has a subject of its own, unnamed here; an earlier clause's is not it.
            if (!subject.IsFound && start > 0 && (IsUnnamedClauseSubject(sentence, start, quote) || IsIndefiniteClauseSubject(sentence, start, quote)))
            {
                return UnnamedAfterOpening(sentence, start, quote);
            }

            if (!subject.IsFound || (subject.Kind == SubjectKind.Role && start >= 2 && sentence[start - 1].Kind == TokenKind.Comma && sentence[start - 2].IsCapitalized
                && subject.End < quote && sentence[subject.End].IsLower && _cues.Is(sentence[subject.End], WordClass.EmployerLink | WordClass.Preposition)))
            {
                continue;
            }

            // "Brandt kündigte an, Unterschriften zu sammeln:": where every noun has a capital, a
            // clause inside the sentence that opens on one unknown capitalised word opens on a
            // noun; the clause before names the speaker. (English "…, Bono said:" names him.)
            if (start > 0 && _cues.Words.CapitalisesNouns && IsUnknownLoneWord(subject))
            {
                continue;
            }

            // "Rhys Glyn Morgan, Harbour Party health spokesman said:": an organisation's
            // spokesman after a name and its comma is the name's appositive, never closed; the
            // name is the subject, not someone unnamed speaking for the organisation.
            if (subject.Kind == SubjectKind.Name && start >= 2 && subject.End < quote && _cues.Phrase.OpensWithRole(sentence, subject.End)
                && _cues.Phrase.NameOpeningClauseBefore(sentence, start - 1, quote) is { Kind: SubjectKind.Name } described)
            {
                return described;
            }

            if (subject.End < quote - 2 && sentence[subject.End].Kind == TokenKind.Comma && sentence[subject.End + 1].IsLower
                && _cues.Phrase.AfterAppositive(sentence, subject.End) < 0)
            {
                // "David Prentice, countered:"
                return subject;
            }

            // "Ria Jansen (72) is boos:": an age in brackets stands between the name and its verb.
            var verb = _cues.Phrase.SkipFillers(sentence, Phrase.PastBracketedAge(sentence, subject.End));
            if (verb < quote - 1 && sentence[verb].Kind == TokenKind.Comma && _cues.Phrase.AfterAppositive(sentence, verb) is var after and >= 0)
            {
                verb = _cues.Phrase.SkipFillers(sentence, SkipBrief(sentence, after, quote));
            }

            // "War on Want's John Tarn said:": a preposition after the first words goes on with
            // the name; it is no verb, and they are no subject.
            if (verb < quote - 1 && (sentence[verb].IsLower || _cues.IsReportingVerb(sentence[verb])) && !IsLinkToOwner(sentence, verb))
            {
                return subject;
            }
        }

        return Subject.None;
    }

    // "Am Montag sagte Bürgermeister X:", "Später ergänzte er:", "Ha spiegato il sindaco X:": a
    // reporting verb put before its subject (second, after an opening adverb or time phrase, or
    // first), with the subject running from the verb to the colon.
    private Subject InvertedBeforeColon(IReadOnlyList<Token> sentence, int quote, out int verb)
    {
        for (verb = quote - 3; verb >= 0 && verb >= quote - 2 - MaxInvertedSubjectTokens; verb--)
        {
            // "Later voegde hij eraan toe:": a split verb's stem reports when its particle closes the
            // clause before the colon; with no particle it is another verb, and the search goes on.
            // A stem that reports alone too ("kündigte X an:", "kündigen" is also "to give notice") is read with its
            // particle first, since the particle, no filler, would otherwise stand between the subject and the colon.
            var reports = _cues.IsReportingVerb(sentence[verb]);
            var splitCloses = _cues.Words.SplitStems.Contains(sentence[verb].Span)
                && _cues.SplitReportEnd(sentence, verb, _cues.Phrase.ReadForward(sentence, verb + 1).End) == quote - 2;
            if (!reports && !splitCloses)
            {
                continue;
            }

            // "X told BBC News:": whom a verb of telling names after it is the listener; and
            // "lobte der Stadtrat X:" may praise X as well as be X's praise.
            if (_cues.IsListenerOnly(sentence[verb]) || _cues.Words.PersonObjectVerbs.Contains(sentence[verb].Span))
            {
                return Subject.None;
            }

            // The subject opens on a name, an article or a pronoun; "a répondu au ministre X:",
            // "respondió a la alcaldesa X:" address someone after a preposition.
            var start = sentence[verb + 1];
            if (!start.IsWord || !(start.IsCapitalized || _cues.Is(start, WordClass.Definite | WordClass.Pronoun)))
            {
                return Subject.None;
            }

            // "Dann sagt er noch:", "Daarna zei hij nog:": adverbs may close the clause after its subject.
            var subject = _cues.Phrase.ReadForward(sentence, verb + 1);
            var end = splitCloses ? quote - 1 : _cues.Phrase.SkipFillers(sentence, subject.End);
            return subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun && end == quote - 1
                ? subject
                : Subject.None;
        }

        return Subject.None;
    }

    // "Tom Lake came in, and the warden stepped in:", "Paul Girard arrive mais le gardien
    // intervient :": "but", or "and" after a comma, opens a clause of its own, whose subject is
    // an article's noun or a name. Between names ("Tom Lake and Ann Lee said:") "and" joins them.
    private bool OpensAfterConjunction(IReadOnlyList<Token> sentence, int start)
    {
        var words = _cues.Words;
        var link = sentence[start - 1];
        var first = sentence[start];
        return link.IsLower && (first.IsCapitalized || (first.IsLower && WordClasses.Has(words, first, WordClass.Definite)))
            && (WordClasses.Has(words, link, WordClass.Contrast) || (start >= 2 && sentence[start - 2].Kind == TokenKind.Comma && WordClasses.Has(words, link, WordClass.Coordinator)));
    }

    // After a conjunction that opens a clause, an article, its noun (lower-case, but in German)
    // and a lower-case verb: "and the warden stepped", "mais le gardien intervient", "aber der Wärter sagte".
    // A pronoun or a name later in the clause, before the colon, may be the colon's own subject
    // ("and the pupils sang for her before she said:"): the clause's first subject is then not
    // the speaker's, and the reading goes on as before.
    private bool IsUnnamedClauseSubject(IReadOnlyList<Token> sentence, int start, int quote)
        => start + 2 < sentence.Count && sentence[start - 1].IsLower && OpensAfterConjunction(sentence, start)
        && sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Definite)
        && (sentence[start + 1].IsLower || (_cues.Words.CapitalisesNouns && sentence[start + 1].IsCapitalized))
        && !_cues.Is(sentence[start + 1], WordClass.Definite)
        && sentence[start + 2].IsLower
        && !HasLaterSubject(sentence, start + 3, quote - 1);

    // "Devant l'école Jean-Moulin, mardi midi, une mère de trois enfants résume le sentiment
    // général :": after an opening phrase's comma, an indefinite article and its noun open the
    // clause the colon ends; its subject is someone unnamed, and no name of the opening phrase.
    // Not after a name that opens the sentence, whose appositive the words may be ("Jean Roe, une
    // habitante du quartier raconte :").
    private bool IsIndefiniteClauseSubject(IReadOnlyList<Token> sentence, int start, int quote)
    {
        if (start < 2 || start + 2 >= quote || sentence[start - 1].Kind != TokenKind.Comma || !sentence[start].IsLower
            || !_cues.Is(sentence[start], WordClass.Indefinite) || !sentence[start + 1].IsLower || HasLaterSubject(sentence, start + 2, quote - 1))
        {
            return false;
        }

        var run = start - 2;
        while (run >= 0 && sentence[run].IsCapitalized)
        {
            run--;
        }

        return run < start - 2 ? run >= 0 && sentence[run].IsLower : sentence[start - 2].IsLower;
    }

    private bool HasLaterSubject(IReadOnlyList<Token> sentence, int from, int colon)
    {
        for (var k = from; k < colon && k < from + MaxClauseTokens; k++)
        {
            var token = sentence[k];
            if ((token.IsLower && _cues.Is(token, WordClass.Pronoun)) || (token.IsCapitalized && k + 1 < colon && sentence[k + 1].IsLower))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the words before an inverted verb can be no subject: adverbs and auxiliaries that
    // stand before a verb ("Später", "Dann", "Ha", "Ayer"), days and months, and a day after a
    // word that is no name ("Am Montag", "Lunedì ha"). A role, an article or any other
    // capitalised word may be the subject, and the name after its verb then its object ("La
    // sindaca ha criticato il ministro X:", "Vogel fragte X:"). English never inverts here.
    private bool OpensBeforeInvertedVerb(IReadOnlyList<Token> sentence, int verb)
    {
        if (!_cues.Words.VerbsInvert || verb > MaxWordsBeforeInvertedVerb)
        {
            return false;
        }

        for (var k = 0; k < verb; k++)
        {
            var word = sentence[k];
            var dayFollows = k + 1 < verb && sentence[k + 1].IsWord && LexiconTables.Calendar.Contains(sentence[k + 1].Span);
            if (!word.IsWord
                || !(_cues.Is(word, WordClass.Filler) || LexiconTables.Calendar.Contains(word.Span) || (dayFollows && _cues.Is(word, WordClass.NotName))))
            {
                return false;
            }
        }

        return true;
    }

    // A brief joins its words ("Technology and Research"); a name after an appositive ("The
    // head of the unit, Acting Superintendent, Mick Arden, said") is no brief.
    private bool IsBrief(IReadOnlyList<Token> sentence, int start)
    {
        for (var k = start + 1; k < sentence.Count && sentence[k].IsWord; k++)
        {
            if (sentence[k].IsLower)
            {
                return _cues.Is(sentence[k], WordClass.NameJoiner | WordClass.Coordinator);
            }
        }

        return false;
    }

    // Whether the comma at `comma` closes an appositive that follows a name: "Vale, Acme senior
    // vice president,".
    private bool FollowsAppositive(IReadOnlyList<Token> sentence, int comma)
    {
        for (var open = comma - 1; open > 0 && open >= comma - MaxClauseTokens; open--)
        {
            if (sentence[open].Kind == TokenKind.Comma)
            {
                return sentence[open - 1].IsCapitalized && _cues.Phrase.AfterAppositive(sentence, open) == comma + 1;
            }

            if (!sentence[open].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    // Past a brief in capitals that goes on with an appositive ("Technology and Research,"), to
    // the verb; `at` when there is none.
    private static int SkipBrief(IReadOnlyList<Token> sentence, int at, int quote)
    {
        var k = at;
        while (k < quote && sentence[k].IsWord && (sentence[k].IsCapitalized || (k > at && sentence[k].IsLower && k + 1 < quote && sentence[k + 1].IsCapitalized)))
        {
            k++;
        }

        return k > at && k < quote - 1 && sentence[k].Kind == TokenKind.Comma && sentence[k + 1].IsLower ? k + 1 : at;
    }

    // "on Want's": a preposition, then capitalised words that end with a possessive ("Mr Blair on
    // Sunday dismissed" and "Gavin Pell of the website put it" go on to a verb).
    private bool IsLinkToOwner(IReadOnlyList<Token> sentence, int link)
    {
        var words = _cues.Words;
        var word = sentence[link].Span;
        if (!(words.Prepositions.Contains(word) || words.Media.Contains(word) || words.EmployerLinks.Contains(word) || words.PassiveAgents.Contains(word)))
        {
            return false;
        }

        for (var i = link + 1; i < sentence.Count && sentence[i].IsCapitalized; i++)
        {
            if (NamePlausibility.IsPossessive(sentence[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the capitalised words ending at `last` make the whole clause: "Ann Lee:".
    private static bool IsNameAlone(IReadOnlyList<Token> sentence, int last)
    {
        var start = last;
        while (start >= 0 && sentence[start].IsCapitalized)
        {
            start--;
        }

        return start < last && (start < 0 || sentence[start].Kind is TokenKind.Comma or TokenKind.Terminal);
    }
}
