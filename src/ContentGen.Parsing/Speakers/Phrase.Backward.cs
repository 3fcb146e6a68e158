using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Reading back from a reporting verb to its subject: `X said`, `the spokesman said`, `an Acme spokesman
// said`, `Acme's Jane Roe said`.
internal sealed partial class Phrase
{
    /// <summary>Reads the subject that ends just before <paramref name="verb"/>.</summary>
    public Subject ReadBackward(IReadOnlyList<Token> sentence, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && sentence[i].IsLower)
        {
            // The longer filler first: "a tout d'abord rappelé" ends in a filler of its own.
            if (FillerPhraseStart(sentence, i) is var first && first < i)
            {
                i = first - 1;
            }
            else if (Is(sentence[i], WordClass.Filler) || _words.ObjectClitics.Contains(sentence[i].Span) || IsAdverbAfterAuxiliary(sentence, i))
            {
                // "X y explique que", "X en a vanté": an object pronoun stands between the subject and
                // its verb; "Il a simplement évoqué": an adverb between the auxiliary and the verb.
                i--;
            }
            else
            {
                break;
            }
        }

        // "the owner of a small ferry firm said": an unnamed body's head, unnamed.
        if (i > 2 && UnheldRoleBefore(sentence, i, verb) is { IsFound: true } unheld)
        {
            return unheld;
        }

        // "A spokesman for the Harbour Recording Guild (HRG) said": an acronym in brackets
        // before the verb stands for the name before it.
        if (i > 2 && IsClosingBracket(sentence[i]))
        {
            var open = i - 1;
            while (open > 0 && i - open <= 3 && !IsOpeningBracket(sentence[open]))
            {
                open--;
            }

            if (IsOpeningBracket(sentence[open]) && open > 0)
            {
                i = open - 1;

                var named = AcronymedName(sentence, i, open, verb);
                if (named.IsFound)
                {
                    return named.Kind == SubjectKind.Unnamed ? Subject.None : named;
                }
            }
        }

        // "Ha poi aggiunto che …": an auxiliary that opens the sentence, its subject dropped.
        if (i == 0 && sentence[0].IsCapitalized && Is(sentence[0], WordClass.Filler) && !Is(sentence[0], WordClass.Definite)
            && !Is(sentence[0], WordClass.Indefinite))
        {
            return Subject.None;
        }

        // "Rooney, who believes": the name before the relative clause.
        if (i > 1 && IsRelativePronoun(sentence[i]) && sentence[i - 1].Kind == TokenKind.Comma && sentence[i - 2].IsCapitalized)
        {
            return NameBeforeRelative(sentence, i - 2, verb);
        }

        // "Alan Roe - who chairs the committee - said": step back over the clause between dashes.
        if (i > 0 && IsDash(sentence[i]) && OpeningDash(sentence, i) is var opening and > 0)
        {
            i = opening - 1;
        }

        if (i >= 0 && sentence[i].Kind == TokenKind.Comma && StatementInsert(sentence, i) is var statement and > 0)
        {
            // "Il consorzio, in una nota, ha assicurato": the body before its statement's phrase.
            return ReadBackward(sentence, statement);
        }

        if (i >= 0 && sentence[i].Kind == TokenKind.Comma)
        {
            var head = AppositiveHead(sentence, i);
            if (head < 0 && NamedAppositiveStart(sentence, i) is var named and >= 0)
            {
                // "The health minister, Carmen Alonso, said": the name between the commas.
                return FromRun(sentence, named, i, verb);
            }

            if (head < 0 && Incise(sentence, i) is var incise and > 0)
            {
                // "Paul Girard a, par ailleurs, précisé": an adverb set off by commas.
                return ReadBackward(sentence, incise);
            }

            if (head < 0 && PrepositionalInsert(sentence, i) is var inserted and > 0)
            {
                // "Roe, after her best match of the year, said": the name before the phrase.
                return ReadBackward(sentence, inserted);
            }

            i = head >= 0 ? head : BeforeRelativeClause(sentence, i);
        }

        if (i < 0 || !sentence[i].IsWord)
        {
            return Subject.None;
        }

        if (HeadedOrganisationEndingAt(sentence, i) is { IsFound: true } headed)
        {
            return headed;
        }

        // "L'entreprise affirme que": see Phrase.ElidedBodySubject.cs.
        if (ElidedBodySubject(sentence, i, verb) is { IsFound: true } elidedBody)
        {
            return elidedBody;
        }

        var word = sentence[i];
        if (Is(word, WordClass.Pronoun) || (word.IsLower && HasInvertedPronoun(word.Span)))
        {
            // "a-t-il ajouté, avant d'appeler à « … »": the auxiliary carries the subject.
            return new Subject(SubjectKind.Pronoun, word.Text, verb);
        }

        // "puisqu'il estime", "lorsqu'elle affirme": a conjunction elided before the pronoun.
        if (ElidedPronoun(word.Span) is var elided and > 0)
        {
            return new Subject(SubjectKind.Pronoun, Text.StringCache.Get(word.Span.Slice(elided)), verb);
        }

        // "Islanders say the timetable is …": see OpensBareGroup.
        if (i == 0 && verb == 1 && OpensBareGroup(sentence))
        {
            return new Subject(SubjectKind.Group, word.Text.ToLowerInvariant(), verb);
        }

        if (IsOrganisationPronoun(sentence, i))
        {
            // "It is thought the plan …": a passive reports no one's words.
            return verb > 0 && sentence[verb - 1].IsLower && _words.PassiveAuxiliaries.Contains(sentence[verb - 1].Span)
                ? Subject.None
                : new Subject(SubjectKind.Organisation, string.Empty, verb);
        }

        if (word.IsLower)
        {
            // "Rhys Glyn Morgan, Harbour Party health spokesman said": an appositive never
            // closed; the name before it speaks, not the organisation it names.
            if (IsRoleNoun(word) && NameBeforeOpenAppositive(sentence, i, verb) is { Kind: SubjectKind.Name } described)
            {
                return described;
            }

            if (i > 0 && IsOrganisationNounPhrase(sentence, i - 1))
            {
                // "el portavoz de la empresa aseguró": the body's noun, and the spokes noun it complements (Phrase.SpokesNounOfBody.cs).
                return new Subject(SubjectKind.Organisation, word.Text, verb, spokesRole: SpokesNounOfBody(sentence, i - 1));
            }

            // "Un portavoz del ayuntamiento explicó": see Phrase.IndefiniteSpokespersonOfContractedBody.cs.
            if (IsIndefiniteSpokespersonOfContractedBody(sentence, i))
            {
                return new Subject(SubjectKind.Organisation, word.Text, verb);
            }

            // "the letter said": a document no organisation noun names (Phrase.DocumentAlone.cs).
            if (i > 0 && IsDocumentAlone(sentence, i - 1))
            {
                return new Subject(SubjectKind.Organisation, word.Text, verb);
            }

            if (IsRoleNoun(word))
            {
                return RoleBefore(sentence, i, verb);
            }

            // "La ingeniera añadió: «…»": see Phrase.OpeningProfessionEpithet.cs.
            if (i == 1 && OpeningProfessionEpithet(sentence, i, verb) is { IsFound: true } profession)
            {
                return profession;
            }

            if (i > 0 && OpensGroup(sentence, i - 1))
            {
                return new Subject(SubjectKind.Group, word.Text, verb);
            }

            // "Le porte-parole du parti a dénoncé": the role heads its lower-case complement.
            if (RoleBeforeLowerComplement(sentence, i) is var complemented and > 0)
            {
                return RoleBefore(sentence, complemented, verb);
            }

            // "A spokesman for X (Apacs) which represents the payments industry said": a relative
            // clause the writer never closed; the subject stands before its pronoun.
            return OpenRelativeBefore(sentence, i) is var openRelative and > 0 ? ReadBackward(sentence, openRelative) : Subject.None;
        }

        // "L'avocate juge …": see Phrase.ElidedOpeningRole.cs.
        if (i == 0 && ElidedOpeningRole(sentence, i, verb) is { IsFound: true } elidedRole)
        {
            return elidedRole;
        }

        var start = RunStart(sentence, i);

        // "The host who now fronts Harbour Nights said": the run is the object inside a
        // relative clause that no comma closed; the subject stands before the relative pronoun.
        if (RelativeBefore(sentence, start) is var relative and >= 0)
        {
            // "Tom Fox, who chairs the Harbour Committee said": the name before the clause's comma.
            return relative >= 2 && sentence[relative - 1].Kind == TokenKind.Comma && sentence[relative - 2].IsCapitalized
                ? NameBeforeRelative(sentence, relative - 2, verb)
                : ReadBackward(sentence, relative);
        }

        // "a spokesman for the Home Office said": the run is the object of a preposition, and
        // the subject is the role before it.
        var before = start - 1;
        if (before >= 0 && Is(sentence[before], WordClass.Definite))
        {
            before--;
        }

        before = PastWordBeforePlace(sentence, start, i, before);

        // "a lawyer in Harbour said", "un habitant à Valmont a dit": after a preposition of place
        // the run is where someone is, as after "for" it is whom they speak for.
        // Only a plain run of capitals is a place: a number after one is a time ("had in 2001
        // complained"), and a run holding a title names someone ("Speaking in Harbour Mr Roe
        // said"); both are left to the reading below.
        // "Maria Berger aus Hallental nannte", "Jan de Wit vanuit Zuidveen zei": a preposition of
        // origin that links nothing else says where someone comes from, as one of place does.
        var locative = before >= 1 && sentence[before].IsLower && (_words.Locatives.Contains(sentence[before].Span) || IsOriginOnly(sentence[before]))
            && IsPlainRun(sentence, start, i + 1);
        if (before >= 1 && sentence[before].IsLower && (locative || Is(sentence[before], WordClass.Preposition)))
        {
            var ownerEnd = PastAsideBefore(sentence, before);
            if (ownerEnd < before)
            {
                // "Wethouder Anna Bos (sport en cultuur) van de gemeente Westerveen zegt": see PastAsideBefore.
                return FromRun(sentence, RunStart(sentence, ownerEnd - 1), ownerEnd, verb);
            }

            var owner = sentence[before - 1];
            if (owner.IsCapitalized)
            {
                // "John Smith of the Liberal Democrats said", "The Acme Bank in Harbour said"; but
                // "Ein Händler in Hallental sagte" is someone unnamed, a German noun, one word
                // after its article. A single capitalised word opening the sentence before a place
                // is no one's name ("Speaking in Harbour Jane Roe said" runs the place into the name).
                var ownerStart = RunStart(sentence, before - 1);
                var nounStart = IsArticle(sentence[ownerStart]) ? ownerStart + 1 : ownerStart;
                var articleNoun = before - nounStart == 1 && (nounStart > ownerStart || (ownerStart > 0 && IsArticle(sentence[ownerStart - 1])));
                return locative && (articleNoun || (ownerStart == 0 && before == 1))
                    ? Subject.None
                    : FromRun(sentence, ownerStart, before, verb);
            }

            if (!owner.IsLower || !IsRoleNoun(owner))
            {
                return Subject.None;
            }

            // "a spokesman for the Home Office said": someone unnamed speaks for the organisation
            // named. After a preposition of place too, when the run reads as an organisation, an
            // article before it or an organisation's noun ending it ("a spokeswoman in the Acme
            // Bank said"); "a spokesman in Harbour said" is someone unnamed, who speaks for no one named.
            var role = RoleBefore(sentence, before - 1, verb);
            return role.Kind == SubjectKind.Unnamed && IsSpokesNoun(owner)
                && (!locative || before < start - 1 || IsOrganisationNounOrItsGenitive(sentence[i].Span))
                ? SpokenFor(FromRun(sentence, start, i + 1, verb))
                : role;
        }

        // "Princes William and Harry said", "the MP for Harbourbank and North Valmont said": the run
        // is the last of two joined; no one of them is the speaker, but a title's complement
        // points back to whoever holds the title.
        // "Tarn, Wendle and the Harbour Isles announced": an article may stand between.
        var joined = start >= 3 && sentence[start - 1].IsLower && _words.NamelessArticles.Contains(sentence[start - 1].Span) ? start - 1 : start;
        if (joined >= 2 && sentence[joined - 1].IsLower && Is(sentence[joined - 1], WordClass.Coordinator) && sentence[joined - 2].IsCapitalized
            && IsPlainRun(sentence, start, i + 1))
        {
            for (var k = RunStart(sentence, joined - 2); k < joined - 2; k++)
            {
                if (IsTitleOrRole(sentence[k]) && IsRoleLink(sentence[k + 1]))
                {
                    return new Subject(SubjectKind.Role, sentence[k].Text, verb);
                }
            }

            return Subject.None;
        }

        // "Lisa Crane, head of policy at the Aids charity Trust said": the run is inside an
        // appositive, and the speaker is its head. A title just before the run ("chief
        // executive Tom Smith said") makes the run itself the speaker.
        if (start > 0 && !IsTitleOrRole(sentence[start - 1]))
        {
            var head = AppositiveHead(sentence, start);
            if (head >= 0)
            {
                return FromRun(sentence, RunStart(sentence, head), head + 1, verb);
            }
        }

        return FromRun(sentence, start, i + 1, verb);
    }

    // "La préfecture de l'Aube a indiqué", "l'Union des usagers de Valmont a dénoncé": the name an
    // organisation's noun heads, lower-case words and a capitalised complement going on from it,
    // when it ends at `last`; None otherwise. Only a last word holding a capital can end one, or a
    // lower-case plural of the people a body gathers ("il comitato dei residenti ha detto"). As long as
    // OrganisationName reads: "el Sindicato de Trabajadores en la Industria del Calzado de Elda" is ten tokens.
    private Subject HeadedOrganisationEndingAt(IReadOnlyList<Token> sentence, int last)
    {
        const int MaxNameTokens = 10;
        if (!HasCapital(sentence[last].Span) && !(sentence[last].IsWord && sentence[last].IsLower))
        {
            return Subject.None;
        }

        for (var noun = last - 1; noun >= 0 && last - noun <= MaxNameTokens && sentence[noun].IsWord; noun--)
        {
            // "L'associazione dei coltivatori di Valdora", "La Asociación de vecinos de Valdeoro":
            // the noun may be capitalised, or joined to its elided article.
            if ((Is(sentence[noun], WordClass.OrganisationNoun) || !_organisations.ElidedNoun(sentence[noun]).IsEmpty)
                && _organisations.Read(sentence, noun) is { IsFound: true } headed && headed.End == last + 1)
            {
                return headed;
            }
        }

        return Subject.None;
    }

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mr Hale, whose party calls the plan "deeply flawed" said": the subject before a relative
    /// clause that the writer never closed with a comma. <see cref="Subject.None"/> when there is none.
    /// </summary>
    public Subject BeforeUnclosedRelativeClause(IReadOnlyList<Token> sentence, int verb)
    {
        // Only a quote closing the clause explains the missing comma; otherwise the verb is the
        // clause's own ("X, whose party calls it flawed").
        if (verb == 0 || sentence[verb - 1].Kind != TokenKind.Quote)
        {
            return Subject.None;
        }

        for (var i = verb - 1; i > 0 && i >= verb - MaxClauseTokens; i--)
        {
            if (sentence[i].Kind == TokenKind.Comma)
            {
                if (IsRelativePronoun(sentence[i + 1]) && sentence[i - 1].IsCapitalized)
                {
                    return NameBeforeRelative(sentence, i - 1, verb);
                }

                return Subject.None;
            }

            if (sentence[i].Kind == TokenKind.Colon || sentence[i].Kind == TokenKind.Terminal)
            {
                return Subject.None;
            }
        }

        return Subject.None;
    }

    // "the spokesman said" points back; "a spokesman said", "Rover's spokesman said" and
    // "a Rover spokesman said" bring in someone unnamed.
    private Subject RoleBefore(IReadOnlyList<Token> sentence, int role, int verb)
    {
        // "Matt Hale, a fund manager at Perpetual said": an appositive the writer never
        // closed describes the name before its comma, who is the subject.
        if (NameBeforeOpenAppositive(sentence, role, verb) is { Kind: SubjectKind.Name } described)
        {
            return described;
        }

        // "the Liberal Democrat leader said" points back, whatever stands between; but "the prime
        // minister's official spokesman" is someone's spokesman, unnamed ("the charity's director"
        // was named before).
        for (var j = role - 1; j >= 0 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsWord && !(IsSpokesNoun(sentence[role]) && NamePlausibility.IsPossessive(sentence[j].Span)); j--)
        {
            if (sentence[j].IsLower && IsDefinite(sentence[j]))
            {
                return new Subject(SubjectKind.Role, sentence[role].Text, verb, complement: ComplementOf(sentence, role));
            }
        }

        for (var j = role - 1; j >= 0 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsWord; j--)
        {
            // "a university spokesman said": the body's noun before the role; the body the
            // article named with that noun speaks, as for "a spokesman for the university".
            if (j == role - 1 && j >= 1 && IsSpokesNoun(sentence[role]) && sentence[j].IsLower && Is(sentence[j], WordClass.OrganisationNoun)
                && sentence[j - 1].IsLower && Is(sentence[j - 1], WordClass.Indefinite))
            {
                return new Subject(SubjectKind.Organisation, sentence[j].Text, verb);
            }

            // "Rover's spokesman said", "a Rover spokesman said": the organisation speaks.
            if (sentence[j].IsCapitalized && NamePlausibility.IsPossessive(sentence[j].Span) && IsSpokesNoun(sentence[role]))
            {
                return OwnerName(sentence, j, verb);
            }

            // "The daughter of one resident … said": someone unnamed after another noun and its
            // link is whom that noun is about, not who speaks; who does is not read here.
            if (Is(sentence[j], WordClass.Indefinite) && j >= 2 && sentence[j - 1].IsLower && _words.HeadLinks.Contains(sentence[j - 1].Span) && sentence[j - 2].IsLower)
            {
                return Subject.None;
            }

            // "our correspondent added": the newspaper's own reporter, named nowhere. "his lawyer
            // said", "son avocat a affirmé": someone else's lawyer, never the person named before.
            if (Is(sentence[j], WordClass.Indefinite) || NamePlausibility.IsPossessive(sentence[j].Span)
                || (sentence[j].IsLower && _words.OwnPossessives.Contains(sentence[j].Span)) || Is(sentence[j], WordClass.Possessive))
            {
                return new Subject(SubjectKind.Unnamed, sentence[role].Text, verb);
            }

            if (Is(sentence[j], WordClass.Definite))
            {
                break;
            }

            // "a Rover spokesman said": the organisation speaks.
            if (sentence[j].IsCapitalized && j == role - 1 && IsSpokesNoun(sentence[role]))
            {
                // "A Department for Roads and Bridges spokeswoman": a lower-case word before
                // the run, other than its article, cut the name short; "Skills" is no one.
                var runStart = RunStart(sentence, j);
                var before = runStart > 0 ? sentence[runStart - 1] : default;
                var cut = before.IsLower && !Is(before, WordClass.Indefinite) && !Is(before, WordClass.Definite);
                var organisation = cut ? Subject.None : FromRun(sentence, runStart, role, verb);
                return organisation.Kind == SubjectKind.Name
                    ? new Subject(SubjectKind.Name, organisation.Text, verb, employer: organisation.Text)
                    : new Subject(SubjectKind.Unnamed, sentence[role].Text, verb);
            }
        }

        return new Subject(SubjectKind.Role, sentence[role].Text, verb, complement: ComplementOf(sentence, role));
    }

    // The name before ", a fund manager" when an article opens the role's phrase right after a
    // comma, and that comma follows a name that opens its clause; None otherwise.
    private Subject NameBeforeOpenAppositive(IReadOnlyList<Token> sentence, int role, int verb)
    {
        var j = role - 1;
        for (; j >= 2 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsLower; j--)
        {
            if (Is(sentence[j], WordClass.Article))
            {
                return NameOpeningClauseBefore(sentence, j - 1, verb);
            }
        }

        // "Rhys Glyn Morgan, Harbour Party health spokesman said": where the person works, in
        // capitals, opens the appositive with no article.
        return j >= 2 && j < role - 1 && sentence[j].IsCapitalized && RunStart(sentence, j) is var organisation && organisation >= 2
            ? NameOpeningClauseBefore(sentence, organisation - 1, verb)
            : Subject.None;
    }

    /// <summary>
    /// The name just before the comma at <paramref name="comma"/>, when it opens its clause, with
    /// <paramref name="end"/> as its end: "Shares fell in London, a trader said" names no one.
    /// </summary>
    public Subject NameOpeningClauseBefore(IReadOnlyList<Token> sentence, int comma, int end)
    {
        if (comma < 1 || sentence[comma].Kind != TokenKind.Comma || !sentence[comma - 1].IsCapitalized)
        {
            return Subject.None;
        }

        // "In Cardiff, …": a run opened by a preposition is a place or a time.
        var start = RunStart(sentence, comma - 1);
        return (start == 0 || !sentence[start - 1].IsWord) && !Is(sentence[start], WordClass.NotName) && !Is(sentence[start], WordClass.Preposition)
            ? FromRun(sentence, start, comma, end)
            : Subject.None;
    }

    // "an Acme spokesman": the capitalised words between the article and the role, as an organisation.
    private Subject OrganisationBefore(IReadOnlyList<Token> sentence, int start, int role)
    {
        var first = start;
        while (first < role && !sentence[first].IsCapitalized)
        {
            first++;
        }

        if (first >= role)
        {
            return new Subject(SubjectKind.Unnamed, sentence[role].Text, role + 1);
        }

        var name = FromRun(sentence, first, role, role + 1);
        return name.Kind == SubjectKind.Name ? new Subject(SubjectKind.Name, name.Text, role + 1, employer: name.Text) : Subject.None;
    }

    // The name that ends with the possessive at `owner`: "Deutsche Bank's" gives Deutsche Bank.
    private Subject OwnerName(IReadOnlyList<Token> sentence, int owner, int end)
    {
        var start = owner;
        while (start > 0 && owner - start < MaxNameWords && IsNamePart(sentence, start - 1))
        {
            start--;
        }

        var name = Join(sentence, start, owner + 1);
        var cut = name.EndsWith("s", StringComparison.Ordinal) ? 2 : 1;
        return new Subject(SubjectKind.Name, Text.StringCache.Get(name.AsSpan(0, name.Length - cut)), end);
    }

    private static bool IsOpeningBracket(Token token) => token.Kind == TokenKind.Other && token.First == '(';

    private static bool IsClosingBracket(Token token) => token.Kind == TokenKind.Other && token.First == ')';

    // "BBC", "SNP": a word of capitals alone, as a body's short name is written.
    private static bool IsAcronym(Token token) => token.IsWord && LetterCase.IsAcronym(token.Span);

    // "The Harbour Chambers of Commerce (HCC) said": a name given with its acronym is an
    // organisation's, whole. "X (CMF) and Y (LCF) said" joins two and names neither: Unnamed
    // says so. None when the run is no subject of its own ("a spokesman for the X (BPI)").
    private Subject AcronymedName(IReadOnlyList<Token> sentence, int last, int open, int verb)
    {
        // "Sabine Roth (CSU) sagte": a party's initials after a name are the person's affiliation, not the name's.
        if (!EndsName(sentence, last) || open + 2 >= sentence.Count || !IsAcronym(sentence[open + 1]) || !IsClosingBracket(sentence[open + 2])
            || IsAffiliation(sentence[open + 1].Span))
        {
            return Subject.None;
        }

        var first = RunStart(sentence, last);
        var before = first - 1;
        if (before >= 0 && Is(sentence[before], WordClass.Definite))
        {
            before--;
        }

        if (before >= 0 && sentence[before].IsLower && Is(sentence[before], WordClass.Coordinator))
        {
            return new Subject(SubjectKind.Unnamed, string.Empty, verb);
        }

        while (first < last && Is(sentence[first], WordClass.Definite))
        {
            first++;
        }

        return last > first && !(before >= 0 && sentence[before].IsLower && (Is(sentence[before], WordClass.Preposition) || IsRoleNoun(sentence[before])))
            ? new Subject(SubjectKind.Name, Join(sentence, first, last + 1), verb, isOrganisation: true)
            : Subject.None;
    }

    // Where the pronoun starts in an elided conjunction and pronoun ("puisqu'il", "lorsqu’elle"),
    // or 0: a short lower-case word before the apostrophe, a pronoun after it.
    private int ElidedPronoun(ReadOnlySpan<char> word)
    {
        const int MaxConjunctionLetters = 7;
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && apostrophe <= MaxConjunctionLetters && apostrophe < word.Length - 1 && char.IsLower(word[apostrophe + 1])
            && _words.Pronouns.Contains(word.Slice(apostrophe + 1)) && !_words.Definites.Contains(word.Slice(0, apostrophe + 1))
            ? apostrophe + 1
            : 0;
    }

    // The relative pronoun that opens a clause of words only, a few words before `last`, after a
    // name or a closing bracket; -1 when there is none.
    private int OpenRelativeBefore(IReadOnlyList<Token> sentence, int last)
    {
        const int MaxClauseWords = 8;
        for (var k = last - 1; k > 0 && last - k <= MaxClauseWords && sentence[k].IsWord; k--)
        {
            if (IsRelativePronoun(sentence[k]))
            {
                return sentence[k - 1].IsCapitalized || IsClosingBracket(sentence[k - 1]) ? k : -1;
            }
        }

        return -1;
    }

    // A preposition of source that is no other link ("aus", "vanuit", "desde"): before a plain run of
    // capitals it gives a place of origin. "da", "do", "bei" also link a body or an employer, read as before.
    private bool IsOriginOnly(Token word)
        => _words.SourcePrepositions.Contains(word.Span) && !Is(word, WordClass.Preposition | WordClass.EmployerLink)
        && !_words.OrganisationLinks.Contains(word.Span);

    // "Wethouder Anna Bos (sport en cultuur) van de gemeente Westerveen zegt", "Jan Roe (Labour) of
    // the Harbour Council said": a short aside in brackets between a name of two words at least and an
    // employer's link says what the person holds or stands for; the person speaks, not the employer.
    // Where the sentence ends the owner's run: the opening bracket of such an aside, or `link` itself.
    private int PastAsideBefore(IReadOnlyList<Token> sentence, int link)
    {
        if (link < 4 || !sentence[link].IsLower || !Is(sentence[link], WordClass.EmployerLink) || !IsClosingBracket(sentence[link - 1]))
        {
            return link;
        }

        for (var open = link - 2; open >= 2 && link - open <= MaxAsideWords + 2; open--)
        {
            if (IsOpeningBracket(sentence[open]))
            {
                return BracketedAsideEnd(sentence, open) == link - 1 && sentence[open - 1].IsCapitalized && sentence[open - 2].IsCapitalized
                    ? open
                    : link;
            }
        }

        return link;
    }

    // "Anna Bos van dorpsraad Westerveen noemt": an employer's link after a person's name, then
    // one lower-case noun and a one-word run. The noun is part of where the person works, and the
    // link is read as if the run followed it. "Anna Bos van de gemeente Westerveen zegt": the noun's
    // article between the link and the noun is read past too, after a name of two words at least.
    // Otherwise `before` as it was ("Director of planning Jane Roe said", "in the evening Hill said").
    private int PastWordBeforePlace(IReadOnlyList<Token> sentence, int start, int last, int before)
    {
        if (last != start || before < 2 || !sentence[before].IsWord || !sentence[before].IsLower || Is(sentence[before], WordClass.Reporting)
            || Is(sentence[before], WordClass.Preposition | WordClass.EmployerLink | WordClass.Article | WordClass.Coordinator))
        {
            return before;
        }

        // After an article the word may open a time or a setting ("in the evening Hill said"),
        // whose run is a speaker's surname: only an employer's link is read past.
        var link = before - 1;
        if (link >= 3 && sentence[link].IsLower && Is(sentence[link], WordClass.Definite))
        {
            link--;
        }

        return sentence[link].IsLower && Is(sentence[link], WordClass.EmployerLink) && link >= 2
            && ((sentence[link - 1].IsCapitalized && sentence[link - 2].IsCapitalized) || PastAsideBefore(sentence, link) < link)
            ? link
            : before;
    }
}
