using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>Reads the noun phrase that names a speaker, before or after a reporting verb.</summary>
internal sealed class Phrase
{
    private readonly SpeechTables _words;
    private readonly OrganisationName _organisations;

    public Phrase(SpeechTables words)
    {
        _words = words;
        _organisations = new OrganisationName(words);
    }

    private const int MaxRoleModifiers = 3;

    // Bounds that keep reading linear on text with endless capitalised runs or commas.
    public const int MaxNameWords = 10;
    private const int MaxClauseTokens = 40;

    // An appositive ("John Smith, chief executive of the firm, said") is a short phrase.
    private const int MaxAppositiveTokens = 20;

    /// <summary>Reads the subject that ends just before <paramref name="verb"/>.</summary>
    public Subject ReadBackward(IReadOnlyList<Token> sentence, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && sentence[i].IsLower)
        {
            if (_words.Fillers.Contains(sentence[i].Span))
            {
                i--;
            }
            else if (FillerPhraseStart(sentence, i) is var first && first < i)
            {
                i = first - 1;
            }
            else
            {
                break;
            }
        }

        // "Ha poi aggiunto che …": an auxiliary that opens the sentence, its subject dropped.
        if (i == 0 && sentence[0].IsCapitalized && _words.Fillers.Contains(sentence[0].Span) && !_words.Definites.Contains(sentence[0].Span)
            && !_words.Indefinites.Contains(sentence[0].Span))
        {
            return Subject.None;
        }

        // "Rooney, who believes": the name before the relative clause.
        if (i > 1 && IsRelativePronoun(sentence[i]) && sentence[i - 1].Kind == TokenKind.Comma && sentence[i - 2].IsCapitalized)
        {
            return FromRun(sentence, RunStart(sentence, i - 2), i - 1, verb);
        }

        // "Alan Beith - who chairs the committee - said": step back over the clause between dashes.
        if (i > 0 && IsDash(sentence[i]) && OpeningDash(sentence, i) is var opening and > 0)
        {
            i = opening - 1;
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
                // "Gérald Darmanin a, par ailleurs, précisé": an adverb set off by commas.
                return ReadBackward(sentence, incise);
            }

            i = head >= 0 ? head : BeforeRelativeClause(sentence, i);
        }

        if (i < 0 || !sentence[i].IsWord)
        {
            return Subject.None;
        }

        var word = sentence[i];
        if (_words.Pronouns.Contains(word.Span) || (word.IsLower && HasInvertedPronoun(word.Span)))
        {
            // "a-t-il ajouté, avant d'appeler à « … »": the auxiliary carries the subject.
            return new Subject(SubjectKind.Pronoun, word.Text, verb);
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
            if (i > 0 && IsOrganisationNounPhrase(sentence, i - 1))
            {
                return new Subject(SubjectKind.Organisation, word.Text, verb);
            }

            return IsRoleNoun(word.Span) ? RoleBefore(sentence, i, verb) : Subject.None;
        }

        var start = RunStart(sentence, i);

        // "The host who also presents Stars In Their Eyes said": the run is the object inside a
        // relative clause that no comma closed; the subject stands before the relative pronoun.
        if (RelativeBefore(sentence, start) is var relative and >= 0)
        {
            // "Tom Fox, who chairs the Harbour Committee said": the name before the clause's comma.
            return relative >= 2 && sentence[relative - 1].Kind == TokenKind.Comma && sentence[relative - 2].IsCapitalized
                ? FromRun(sentence, RunStart(sentence, relative - 2), relative - 1, verb)
                : ReadBackward(sentence, relative);
        }

        // "a spokesman for the Home Office said": the run is the object of a preposition, and
        // the subject is the role before it.
        var before = start - 1;
        if (before >= 0 && _words.Definites.Contains(sentence[before].Span))
        {
            before--;
        }

        if (before >= 1 && sentence[before].IsLower && _words.Prepositions.Contains(sentence[before].Span))
        {
            var owner = sentence[before - 1];
            if (owner.IsCapitalized)
            {
                // "John Smith of the Liberal Democrats said"
                return FromRun(sentence, RunStart(sentence, before - 1), before, verb);
            }

            if (!owner.IsLower || !IsRoleNoun(owner.Span))
            {
                return Subject.None;
            }

            // "a spokesman for the Home Office said": someone unnamed speaks for the organisation named.
            var role = RoleBefore(sentence, before - 1, verb);
            return role.Kind == SubjectKind.Unnamed && IsSpokesNoun(owner) ? SpokenFor(FromRun(sentence, start, i + 1, verb)) : role;
        }

        // "Princes William and Harry said", "the MP for Sleaford and North Hykeham said": the run
        // is the last of two joined; no one of them is the speaker, but a title's complement
        // points back to whoever holds the title.
        if (start >= 2 && sentence[start - 1].IsLower && _words.Coordinators.Contains(sentence[start - 1].Span) && sentence[start - 2].IsCapitalized
            && IsPlainRun(sentence, start, i + 1))
        {
            for (var k = RunStart(sentence, start - 2); k < start - 2; k++)
            {
                if (IsTitleOrRole(sentence[k]) && IsRoleLink(sentence[k + 1]))
                {
                    return new Subject(SubjectKind.Role, sentence[k].Text, verb);
                }
            }

            return Subject.None;
        }

        // "Lisa Power, head of policy at the Aids charity Trust said": the run is inside an
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

    /// <summary>
    /// "Mr Kennedy, whose party opposes the plan as "flawed" said": the subject before a relative
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
                    return FromRun(sentence, RunStart(sentence, i - 1), i, verb);
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

    /// <summary>
    /// The index just past an appositive that starts with the comma at <paramref name="comma"/>
    /// ("Joseph Dias, general secretary of the forum, said"), or -1 when none does.
    /// </summary>
    public int AfterAppositive(IReadOnlyList<Token> sentence, int comma)
    {
        for (var j = comma + 1; j < sentence.Count && j <= comma + MaxAppositiveTokens; j++)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return IsAppositive(sentence, comma + 1, j) ? j + 1 : -1;
            }

            if (!sentence[j].IsWord && sentence[j].Kind != TokenKind.Other)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Reads the subject that starts at <paramref name="start"/>.</summary>
    public Subject ReadForward(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsWord)
        {
            return Subject.None;
        }

        var word = sentence[start];
        if (_words.Pronouns.Contains(word.Span))
        {
            // Read in every language at once, Italian "il sindaco" is no French "il": a word that is
            // a pronoun and an article is an article when a role or a name follows it.
            if (_words.Definites.Contains(word.Span) && ReadNounPhrase(sentence, start) is { Kind: not SubjectKind.None } asArticle)
            {
                return asArticle;
            }

            return new Subject(SubjectKind.Pronoun, word.Text, start + 1);
        }

        if (IsOrganisationPronoun(sentence, start))
        {
            return new Subject(SubjectKind.Organisation, string.Empty, start + 1);
        }

        return ReadNounPhrase(sentence, start);
    }

    // The noun phrase at `start`: a name, a role that points back, or someone unnamed.
    private Subject ReadNounPhrase(IReadOnlyList<Token> sentence, int start)
    {
        // "l'Union des usagers de Valmont": an organisation noun that lower-case words go on.
        if (_organisations.Read(sentence, start) is { IsFound: true } headed)
        {
            return headed;
        }

        // "l'association", "l'ONU": an organisation's word after an elided article.
        if (_organisations.ReadElided(sentence, start) is { IsFound: true } elided)
        {
            return elided;
        }

        var word = sentence[start];
        var possessive = word.IsCapitalized && NamePlausibility.IsPossessive(word.Span);

        // "Acme's Maria Lopez": the name after the owner
        if (possessive && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)
        {
            return ReadForward(sentence, start + 1);
        }

        if (word.IsLower || possessive || _words.NotNames.Contains(word.Span))
        {
            // "the foreign minister", "le ministre"; "a spokesman" and "Rover's spokesman" are someone unnamed
            var unnamed = possessive || _words.Indefinites.Contains(word.Span) || (word.IsLower && _words.OwnPossessives.Contains(word.Span));

            // "a Department for Transport spokesman": the organisation named before the role speaks.
            if (unnamed && !possessive && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)
            {
                var run = start + 2;
                while (run < sentence.Count && run - start <= MaxNameWords && IsNamePart(sentence, run))
                {
                    run++;
                }

                if (run < sentence.Count && sentence[run].IsLower && IsSpokesNoun(sentence[run]))
                {
                    return OrganisationBefore(sentence, start + 1, run);
                }
            }

            for (var i = start; i < sentence.Count && i <= start + MaxRoleModifiers && sentence[i].IsWord; i++)
            {
                // "a crestfallen Mr Lim": a titled name after an article and its adjectives
                if (i > start && _words.Titles.Contains(sentence[i].Span) && sentence[i].IsCapitalized)
                {
                    var titled = ReadForward(sentence, i);
                    return titled.Kind == SubjectKind.Name ? titled : Subject.None;
                }

                // "son secrétaire général, Marc Lefèvre", "La ministre des Transports, Élisabeth Martin,":
                // the role's holder named between commas.
                if (IsTitleOrRole(sentence[i]) && NameAfterRole(sentence, i + 1) is { Kind: SubjectKind.Name } appositive)
                {
                    return appositive;
                }

                // "the 71-year-old", "der 54-Jährige", "il 62enne": someone already named, by age.
                if (i > start && IsAgeEpithet(sentence[i]))
                {
                    return new Subject(unnamed ? SubjectKind.Unnamed : SubjectKind.Role, sentence[i].Text, i + 1);
                }

                var isRole = IsRoleNoun(sentence[i].Span);
                if (!isRole && !IsTitleOrRole(sentence[i]))
                {
                    continue;
                }

                // "the foreign minister Sergei Riabkov", "committee chair Helen Okafor": the name after the role
                if (RoleChainEnd(sentence, i) is var nameStart and >= 0)
                {
                    var named = ReadForward(sentence, nameStart);
                    return named.Kind == SubjectKind.Name ? named : Subject.None;
                }

                // "le ministre du Travail Olivier Dussopt", "la ministre de la Santé Élise Garnier":
                // the office's one-word complement, then the holder's name.
                if (HolderAfterComplement(sentence, i + 1) is { Kind: SubjectKind.Name } holder)
                {
                    return holder;
                }

                if (!isRole)
                {
                    continue;
                }

                if (unnamed && IsSpokesNoun(sentence[i]) && OrganisationAfter(sentence, i + 1) is { IsFound: true } organisation)
                {
                    // "a spokeswoman for Acme", "un portavoz de Aguas de Valdeoro": the organisation speaks.
                    return organisation;
                }

                // "Acme's spokesman", "an Acme spokesman": the organisation before the role speaks.
                if (unnamed && i > start && sentence[i - 1].IsCapitalized && IsSpokesNoun(sentence[i]))
                {
                    return possessive && i - 1 == start ? OwnerName(sentence, start, i + 1) : OrganisationBefore(sentence, start + 1, i);
                }

                return new Subject(unnamed ? SubjectKind.Unnamed : SubjectKind.Role, sentence[i].Text, i + 1);
            }

            // "the company", "la empresa", "het bedrijf": an organisation named before.
            if (IsOrganisationNounPhrase(sentence, start))
            {
                return new Subject(SubjectKind.Organisation, sentence[start + 1].Text, start + 2);
            }

            // "said the American"
            if (_words.Definites.Contains(word.Span) && start + 1 < sentence.Count
                && _words.NationalityNouns.Contains(sentence[start + 1].Span)
                && !(start + 2 < sentence.Count && sentence[start + 2].IsCapitalized))
            {
                return new Subject(SubjectKind.Role, sentence[start + 1].Text, start + 2);
            }

            if (word.IsLower || possessive)
            {
                return Subject.None;
            }
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        return FromRun(sentence, start, end, end);
    }

    /// <summary>The index of the first token after <paramref name="start"/> that is not a filler word.</summary>
    public int SkipFillers(IReadOnlyList<Token> sentence, int start)
    {
        var i = start;
        while (i < sentence.Count && sentence[i].IsLower)
        {
            if (_words.Fillers.Contains(sentence[i].Span))
            {
                i++;
            }
            else if (FillerPhraseEnd(sentence, i) is var end && end > i)
            {
                i = end;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // The first index of a filler of several words that ends at `last` ("a de son côté estimé"), or `last`.
    private int FillerPhraseStart(IReadOnlyList<Token> sentence, int last)
    {
        const int MaxFillerPhraseWords = 3;
        for (var first = last - 1; first >= 0 && first > last - MaxFillerPhraseWords && sentence[first].IsLower; first--)
        {
            if (_words.Fillers.Contains(sentence[first].Through(sentence[last])))
            {
                return first;
            }
        }

        return last;
    }

    /// <summary>
    /// The index after a filler of several words that starts at <paramref name="start"/> ("de son
    /// côté", "pour sa part"), or <paramref name="start"/> when none does.
    /// </summary>
    public int FillerPhraseEnd(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxFillerPhraseWords = 3;
        for (var last = start + 1; last < sentence.Count && last < start + MaxFillerPhraseWords && sentence[last].IsLower; last++)
        {
            if (_words.Fillers.Contains(sentence[start].Through(sentence[last])))
            {
                return last + 1;
            }
        }

        return start;
    }

    // A run of capitalised words (with joiners such as "of") becomes a name once titles are cut:
    // "Russian Deputy Foreign Minister Sergei Riabkov" gives "Sergei Riabkov".
    private Subject FromRun(IReadOnlyList<Token> sentence, int start, int end, int subjectEnd)
    {
        // "Fly-half Charlie Hodgson", "Man-of-the-match Stephen Jones", "Newport-based": a
        // compound whose last part is lower case describes the name after it, and is none itself.
        while (start < end && (_words.NotNames.Contains(sentence[start].Span) || IsLowerCaseCompound(sentence[start].Span)))
        {
            start++;
        }

        // "Andrew Tyrie MP": a post-nominal title ends the name, it does not start it; but "the
        // Glasgow Kelvin MP", "a senior Tory MP" describe someone by seat or party.
        while (end - start > 2 && IsPostNominal(sentence[end - 1].Span) && !HasArticleBefore(sentence, start))
        {
            end--;
        }

        var runStart = start;
        var hadTitle = false;
        var owned = false;
        string? employer = null;
        for (var i = end - 1; i >= start; i--)
        {
            // "Deutsche Bank's Simon Champion": the name follows the possessive. A run that ends
            // in one ("Boeing's") names an owner, not a speaker. "Herbert Hansen of Respond's
            // partner": a possessive after an employer link is the employer's; the name is before it.
            if (NamePlausibility.IsPossessive(sentence[i].Span))
            {
                var link = EmployerLinkBetween(sentence, start + 2, i);
                if (link > 0)
                {
                    return new Subject(SubjectKind.Name, Join(sentence, start, link), subjectEnd);
                }

                if (i == end - 1)
                {
                    return Subject.None;
                }

                // "the Information Commissioner's Office": a possessive before an organisation's
                // noun that ends the run is part of the organisation's name.
                if (i == end - 2 && _words.OrganisationNouns.Contains(sentence[end - 1].Span))
                {
                    owned = true;
                    break;
                }

                start = i + 1;
                break;
            }

            // "Minister Maria Lopez", "Wallabies coach Eddie Jones", "Guitarist Brian May"
            // "Treasury Under-Secretary John Taylor": a compound title in capitals.
            if ((_words.Titles.Contains(sentence[i].Span) && !_words.TitleModifiers.Contains(sentence[i].Span))
                || (sentence[i].IsCapitalized && i < end - 1 && (_words.TitleEnds.EndsAny(sentence[i].Span) || (sentence[i].Span.IndexOf('-') > 0 && IsRoleNoun(sentence[i].Span))))
                || ((sentence[i].IsLower || i == start) && i < end - 1 && IsRoleNoun(sentence[i].Span)))
            {
                employer = EmployerBefore(sentence, start, i);
                start = i + 1;
                hadTitle = true;
                break;
            }
        }

        // "the Labour MP for Birkenhead", "the minister for Europe": a title's complement is a
        // place or a brief, not a name; with a name after it the name is the last two words.
        if (hadTitle && start < end && sentence[start].IsLower && IsComplement(sentence, start + 1, end))
        {
            if (end - start - 1 <= 2)
            {
                return new Subject(SubjectKind.Role, string.Empty, subjectEnd);
            }

            start = end - 2;
        }

        while (start < end && sentence[start].IsLower)
        {
            start++;
        }

        if (start >= end)
        {
            return hadTitle ? new Subject(SubjectKind.Role, string.Empty, subjectEnd) : Subject.None;
        }

        if (AllDemonyms(sentence, start, end))
        {
            return Subject.None;
        }

        // "The Conservative Party Co-Chairman said": a run that ends in a compound role names the
        // role's holder, someone named before, not a person called so.
        if (end - start > 1 && sentence[end - 1].Span.IndexOf('-') > 0 && IsRoleNoun(sentence[end - 1].Span))
        {
            return new Subject(SubjectKind.Role, sentence[end - 1].Text, subjectEnd);
        }

        // "Liberal Democrat Alan Beith", "Spaniard Rafael Nadal": a party or a nationality
        // before a name describes the person; it is no part of the name.
        while (end - start > 2 && IsAffiliation(sentence[start].Span))
        {
            start++;
        }

        // "The Spaniard believed": a nationality alone is an epithet for someone named before.
        if (end - start == 1 && start == runStart && _words.NationalityNouns.Contains(sentence[start].Span))
        {
            return new Subject(SubjectKind.Role, sentence[start].Text, subjectEnd);
        }

        // "Brian Taylor of Wells Fargo", "Laura Brownlees of Save the Children", "Ruud Hendriks van
        // Emmerveld": a person's full name, then where they work. The one rule for every language:
        // only capitalised words before the link make a person ("Bank of England", "Asociación de
        // Regantes del Alto Duero" stay whole).
        for (var i = start + 1; i < end - 1; i++)
        {
            if (!sentence[i].IsCapitalized)
            {
                // "the Muslim Council of Britain": after an organisation's noun the link goes on with its name.
                if (i >= start + 2 && sentence[i].IsLower && _words.EmployerLinks.Contains(sentence[i].Span)
                    && !_words.OrganisationNouns.Contains(sentence[i - 1].Span))
                {
                    employer = Join(sentence, SkipArticles(sentence, i + 1, end), end);
                    end = i;
                }

                break;
            }
        }

        return new Subject(SubjectKind.Name, Join(sentence, start, end), subjectEnd, employer, isOrganisation: owned);
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/>, one space apart: a name the model returns.</summary>
    public static string Join(IReadOnlyList<Token> sentence, int start, int end)
    {
        if (end - start == 1)
        {
            return sentence[start].Text;
        }

        var name = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                name.Append(' ');
            }

            name.Append(sentence[i].Span.ToString());
        }

        return name.ToString();
    }

    // "Harbour Rail chief executive": the capitalised words before the first title or role word
    // of a run, when they are not titles, demonyms or the like themselves, name an employer.
    private string? EmployerBefore(IReadOnlyList<Token> sentence, int start, int title)
    {
        var end = start;
        while (end < title && sentence[end].IsCapitalized && !IsTitleOrRole(sentence[end]) && !_words.Demonyms.Contains(sentence[end].Span)
            && !_words.NotNames.Contains(sentence[end].Span) && !NamePlausibility.IsPossessive(sentence[end].Span))
        {
            end++;
        }

        return end > start && (end == title || sentence[end].IsLower) ? Join(sentence, start, end) : null;
    }

    private int SkipArticles(IReadOnlyList<Token> sentence, int start, int end)
    {
        while (start < end - 1 && sentence[start].IsLower && _words.Definites.Contains(sentence[start].Span))
        {
            start++;
        }

        return start;
    }

    // The opening comma of a short adverbial incise that ends with the comma at `comma`
    // (", par ailleurs,", ", however,"), or -1: lower-case words only, none of them a verb or a role.
    private int Incise(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxInciseWords = 3;
        for (var j = comma - 1; j > 0 && j >= comma - 1 - MaxInciseWords; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return j < comma - 1 ? j : -1;
            }

            if (!sentence[j].IsLower || _words.ReportingVerbs.Contains(sentence[j].Span) || IsTitleOrRole(sentence[j])
                || _words.RelativePronouns.Contains(sentence[j].Span))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDash(Token token) => token.Kind == TokenKind.Other && token.First is '-' or '–' or '—';

    // The dash that opens the clause closed by the dash at `closing`, or -1.
    private static int OpeningDash(IReadOnlyList<Token> sentence, int closing)
    {
        for (var j = closing - 1; j > 0 && j >= closing - MaxClauseTokens; j--)
        {
            if (IsDash(sentence[j]))
            {
                return j;
            }

            if (sentence[j].Kind is TokenKind.Terminal or TokenKind.Quote or TokenKind.Colon)
            {
                return -1;
            }
        }

        return -1;
    }

    // "it", or "It" opening the sentence ("It warned that …"); never "IT".
    private bool IsOrganisationPronoun(IReadOnlyList<Token> sentence, int i)
        => _words.OrganisationPronouns.Contains(sentence[i].Span)
        && (sentence[i].IsLower || (i == 0 && sentence[i].Span.Length > 1 && char.IsLower(sentence[i].Span[1])));

    // "a-t-il", "a-t-elle": a word with a subject pronoun joined after it by a hyphen.
    private bool HasInvertedPronoun(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && _words.Pronouns.Contains(word.Slice(dash + 1));
    }

    // The first lower-case employer link ("of", "van") from `from` to `to`, or -1.
    private int EmployerLinkBetween(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (sentence[j].IsLower && _words.EmployerLinks.Contains(sentence[j].Span))
            {
                return j;
            }
        }

        return -1;
    }

    // Capitalised words only, from `start` to `end`.
    private static bool IsComplement(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!sentence[i].IsCapitalized)
            {
                return false;
            }
        }

        return start < end;
    }

    private bool IsAffiliation(ReadOnlySpan<char> word) => _words.Affiliations.Contains(word) || _words.NationalityNouns.Contains(word);

    private bool AllDemonyms(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!_words.Demonyms.Contains(sentence[i].Span))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasArticleBefore(IReadOnlyList<Token> sentence, int start)
    {
        for (var j = start - 1; j >= 0 && j >= start - 2; j--)
        {
            if (_words.Definites.Contains(sentence[j].Span) || _words.Indefinites.Contains(sentence[j].Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerCaseCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && char.IsUpper(word[0]);
    }

    private bool IsPostNominal(ReadOnlySpan<char> word) => _words.PostNominals.Contains(word);

    private bool IsNamePart(IReadOnlyList<Token> sentence, int i)
    {
        var token = sentence[i];
        if (token.IsCapitalized)
        {
            return true;
        }

        // A joiner counts only between capitalised words: "Secretary of State"; so does a
        // lower-case role, which the name then follows: "Arts minister Estelle Morris".
        if (!token.IsLower || i == 0)
        {
            return false;
        }

        // A joiner counts only between capitalised words ("Secretary of State"), or before an
        // article that is ("Save the Children", "of the Liberal Democrats").
        var next = i + 1 < sentence.Count ? sentence[i + 1] : default;
        if (_words.NameJoiners.Contains(token.Span) && (sentence[i - 1].IsCapitalized || !IsTitleOrRole(sentence[i - 1])))
        {
            return sentence[i - 1].IsCapitalized
                && (next.IsCapitalized || (next.IsLower && _words.Definites.Contains(next.Span) && i + 2 < sentence.Count && sentence[i + 2].IsCapitalized));
        }

        if (_words.Definites.Contains(token.Span) && next.IsCapitalized)
        {
            return sentence[i - 1].IsCapitalized
                || (i > 1 && sentence[i - 1].IsLower && _words.NameJoiners.Contains(sentence[i - 1].Span) && sentence[i - 2].IsCapitalized);
        }

        // "Harbour Rail chief executive Margaret Ellison", "Acme press officer Jane Roe": lower-case
        // words between two capitalised ones, the last of them a title.
        var first = i;
        while (first > 0 && i - first < MaxRoleModifiers && sentence[first - 1].IsLower)
        {
            first--;
        }

        return first > 0 && sentence[first - 1].IsCapitalized && RoleChainEnd(sentence, first) is var end and > 0 && end > i;
    }

    // The index of the capitalised word that ends a run of lower-case title and role words
    // starting at `role` ("chief executive Margaret"), or -1.
    // "chief technology officer Marc": lower-case words between, the last of them a title.
    private int RoleChainEnd(IReadOnlyList<Token> sentence, int role)
    {
        if (_words.ReportingVerbs.Contains(sentence[role].Span) || _words.NameJoiners.Contains(sentence[role].Span))
        {
            return -1;
        }

        // "director of rugby Rob", "minister for sport Richard": a role's link and its
        // lower-case brief go before the name as well.
        var brief = false;
        for (var j = role + 1; j < sentence.Count && j <= role + MaxRoleModifiers; j++)
        {
            if (sentence[j].IsCapitalized)
            {
                return brief || IsTitleOrRole(sentence[j - 1]) ? j : -1;
            }

            if (!brief && j + 1 < sentence.Count && IsRoleLink(sentence[j]) && IsTitleOrRole(sentence[j - 1]) && sentence[j + 1].IsLower)
            {
                brief = true;
                continue;
            }

            if (!sentence[j].IsLower || _words.ReportingVerbs.Contains(sentence[j].Span) || _words.NameJoiners.Contains(sentence[j].Span)
                || (brief && (_words.Definites.Contains(sentence[j].Span) || _words.Indefinites.Contains(sentence[j].Span) || IsRoleLink(sentence[j]))))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsRoleLink(Token token)
        => token.IsLower && (_words.NameJoiners.Contains(token.Span) || _words.EmployerLinks.Contains(token.Span));

    private bool IsAgeEpithet(Token token) => char.IsDigit(token.First) && _words.AgeSuffixes.EndsAny(token.Span);

    private int RunStart(IReadOnlyList<Token> sentence, int last)
    {
        var start = last;
        while (start > 0 && last - start < MaxNameWords && IsNamePart(sentence, start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The organisation that someone unnamed speaks for, named after the role: "for Acme", "de
    /// Aguas de Valdeoro", "der Stadtwerke"; or one named before, "van het bedrijf".
    /// </summary>
    private Subject OrganisationAfter(IReadOnlyList<Token> sentence, int link)
    {
        if (link >= sentence.Count || !sentence[link].IsLower
            || !(_words.Prepositions.Contains(sentence[link].Span) || _words.EmployerLinks.Contains(sentence[link].Span) || _words.Definites.Contains(sentence[link].Span)))
        {
            return Subject.None;
        }

        var start = link + 1;
        if (start < sentence.Count && sentence[start].IsLower && _words.Definites.Contains(sentence[start].Span))
        {
            start++;
        }

        if (start >= sentence.Count)
        {
            return Subject.None;
        }

        if (sentence[start].IsLower && _words.OrganisationNouns.Contains(sentence[start].Span))
        {
            return new Subject(SubjectKind.Organisation, sentence[start].Text, start + 1);
        }

        if (!sentence[start].IsCapitalized)
        {
            return Subject.None;
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        // Someone unnamed speaks for it: the name is an organisation's, and says so. One with a
        // lower-case link ("Transport for the Vale") is read as an organisation's, not a person's.
        var name = FromRun(sentence, start, end, end);
        return name.Kind == SubjectKind.Name
            ? new Subject(SubjectKind.Name, name.Text, name.End, employer: name.Text, isOrganisation: name.IsOrganisation || HasLowerCaseLink(sentence, start, name.End))
            : Subject.None;
    }

    private static bool HasLowerCaseLink(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (sentence[k].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    // An organisation's name that someone unnamed speaks for: its employer is itself.
    private static Subject SpokenFor(Subject name)
        => name.Kind == SubjectKind.Name ? new Subject(SubjectKind.Name, name.Text, name.End, employer: name.Text, isOrganisation: name.IsOrganisation) : name;

    private Subject HolderAfterComplement(IReadOnlyList<Token> sentence, int from)
    {
        var i = from;
        while (i < sentence.Count && i - from < 2 && sentence[i].IsLower
            && (_words.NameJoiners.Contains(sentence[i].Span) || _words.Definites.Contains(sentence[i].Span)))
        {
            i++;
        }

        if (i == from || i + 2 >= sentence.Count || !sentence[i].IsCapitalized)
        {
            return Subject.None;
        }

        var end = i + 1;
        while (end < sentence.Count && end - i < MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        return end - i >= 3 ? FromRun(sentence, i + 1, end, end) : Subject.None;
    }

    // Only a spokesman speaks for an organisation: "an Acme analyst" or "a Jewish reporter" is someone unnamed.
    private bool IsSpokesNoun(Token token) => token.IsWord && _words.SpokesNouns.Contains(token.Span);

    // Read in every language at once, Portuguese "a" (the) is English "a": an article that is
    // also an indefinite one in some language is not taken to point back.
    private bool IsDefinite(Token token) => _words.Definites.Contains(token.Span) && !_words.Indefinites.Contains(token.Span);

    // An article and an organisation noun, "the company", "la empresa": `start` is the article.
    private bool IsOrganisationNounPhrase(IReadOnlyList<Token> sentence, int start)
        => start + 1 < sentence.Count && IsDefinite(sentence[start])
        && sentence[start + 1].IsLower && _words.OrganisationNouns.Contains(sentence[start + 1].Span)
        && !(start + 2 < sentence.Count && sentence[start + 2].IsCapitalized);

    /// <summary>
    /// A name described before it by a few lower-case words: "retired engineer David Prentice",
    /// "le docteur Paul Lemoine", "the Clean Transport Campaign". Read where the phrase must be a
    /// subject or an agent, after a reporting verb, "by" or a comma.
    /// </summary>
    public Subject ReadDescribedName(IReadOnlyList<Token> sentence, int start)
    {
        // "one London-based broker", "a Jewish reporter": someone unnamed, described by an adjective.
        if (start < sentence.Count && _words.Indefinites.Contains(sentence[start].Span) && !_words.Definites.Contains(sentence[start].Span))
        {
            return Subject.None;
        }

        // "who chairs the Transport Committee, says:": a relative clause describes no one; nor
        // does "from Wales" or "quit his Fratton Park position". "but Parry countered" and "and
        // Kluft said" open with a conjunction, "with finance minister X telling" with its own link.
        var i = start < sentence.Count && sentence[start].IsLower && (_words.Contrasts.Contains(sentence[start].Span) || _words.Coordinators.Contains(sentence[start].Span))
            ? start + 1
            : start;
        for (var k = i; k < sentence.Count && k - i <= MaxRoleModifiers && sentence[k].IsLower; k++)
        {
            if (_words.NotNames.Contains(sentence[k].Span) && !_words.Definites.Contains(sentence[k].Span)
                && !(k == i && Lexicons.LexiconTables.CoAuthorWords.Contains(sentence[k].Span)))
            {
                return Subject.None;
            }
        }

        while (i < sentence.Count && i - start <= MaxRoleModifiers && sentence[i].IsLower
            && !_words.ReportingVerbs.Contains(sentence[i].Span) && !_words.Pronouns.Contains(sentence[i].Span) && !IsRelativePronoun(sentence[i])
            && !(i > start && (_words.Prepositions.Contains(sentence[i].Span) || _words.EmployerLinks.Contains(sentence[i].Span) || _words.Indefinites.Contains(sentence[i].Span))))
        {
            i++;
        }

        if (i >= sentence.Count || i - start > MaxRoleModifiers || !sentence[i].IsCapitalized)
        {
            return Subject.None;
        }

        var end = i + 1;
        while (end < sentence.Count && end - i < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        // "said the East Kilbride athlete.", "the two-time Academy Award winner": the capitalised
        // words describe the noun that ends the phrase, an epithet for someone named before;
        // they name no one ("comment to a Jewish reporter").
        var article = _words.Definites.Contains(sentence[start].Span) || _words.Indefinites.Contains(sentence[start].Span);
        if (article && end < sentence.Count && IsEpithetNoun(sentence, end) && !NamePlausibility.IsPossessive(sentence[end - 1].Span)
            && (end + 1 == sentence.Count || !sentence[end + 1].IsWord))
        {
            return _words.Definites.Contains(sentence[start].Span) && AreModifiers(sentence, start + 1, i)
                ? new Subject(SubjectKind.Role, sentence[end].Text, end + 1)
                : Subject.None;
        }

        var name = FromRun(sentence, i, end, end);
        return name.Kind == SubjectKind.Name ? name : Subject.None;
    }

    // Whether the words from `start` to `end` are capitalised with no title or role among them:
    // "Duke of Edinburgh" is one, "Horses star David Jason" is not.
    private bool IsPlainRun(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!sentence[k].IsCapitalized || IsTitleOrRole(sentence[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the words from `start` to `end` are adjectives ("two-time"): no link or function word.
    private bool AreModifiers(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsEpithetNoun(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case word that is no link, verb or function word: the head noun of a phrase.
    private bool IsEpithetNoun(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        return word.IsLower && !_words.ReportingVerbs.Contains(word.Span) && !_words.NotNames.Contains(word.Span)
            && !_words.Prepositions.Contains(word.Span) && !_words.EmployerLinks.Contains(word.Span) && !_words.NameJoiners.Contains(word.Span)
            && !_words.Fillers.Contains(word.Span) && !_words.Media.Contains(word.Span) && !IsRelativePronoun(word)
            && !_words.Pronouns.Contains(word.Span) && !_words.Definites.Contains(word.Span) && !_words.Indefinites.Contains(word.Span);
    }

    // "the spokesman said" points back; "a spokesman said", "Rover's spokesman said" and
    // "a Rover spokesman said" bring in someone unnamed.
    private Subject RoleBefore(IReadOnlyList<Token> sentence, int role, int verb)
    {
        // "Matt Williams, a fund manager at Perpetual said": an appositive the writer never
        // closed describes the name before its comma, who is the subject.
        if (NameBeforeOpenAppositive(sentence, role, verb) is { Kind: SubjectKind.Name } described)
        {
            return described;
        }

        // "the Liberal Democrat leader said" points back, whatever stands between.
        for (var j = role - 1; j >= 0 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsWord; j--)
        {
            if (sentence[j].IsLower && IsDefinite(sentence[j]))
            {
                return new Subject(SubjectKind.Role, sentence[role].Text, verb);
            }
        }

        for (var j = role - 1; j >= 0 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsWord; j--)
        {
            // "Rover's spokesman said", "a Rover spokesman said": the organisation speaks.
            if (sentence[j].IsCapitalized && NamePlausibility.IsPossessive(sentence[j].Span) && IsSpokesNoun(sentence[role]))
            {
                return OwnerName(sentence, j, verb);
            }

            // "our correspondent added": the newspaper's own reporter, named nowhere.
            if (_words.Indefinites.Contains(sentence[j].Span) || NamePlausibility.IsPossessive(sentence[j].Span)
                || (sentence[j].IsLower && _words.OwnPossessives.Contains(sentence[j].Span)))
            {
                return new Subject(SubjectKind.Unnamed, sentence[role].Text, verb);
            }

            if (_words.Definites.Contains(sentence[j].Span))
            {
                break;
            }

            // "a Rover spokesman said": the organisation speaks.
            if (sentence[j].IsCapitalized && j == role - 1 && IsSpokesNoun(sentence[role]))
            {
                // "A Department for Education and Skills spokeswoman": a lower-case word before
                // the run, other than its article, cut the name short; "Skills" is no one.
                var runStart = RunStart(sentence, j);
                var before = runStart > 0 ? sentence[runStart - 1] : default;
                var cut = before.IsLower && !_words.Indefinites.Contains(before.Span) && !_words.Definites.Contains(before.Span);
                var organisation = cut ? Subject.None : FromRun(sentence, runStart, role, verb);
                return organisation.Kind == SubjectKind.Name
                    ? new Subject(SubjectKind.Name, organisation.Text, verb, employer: organisation.Text)
                    : new Subject(SubjectKind.Unnamed, sentence[role].Text, verb);
            }
        }

        return new Subject(SubjectKind.Role, sentence[role].Text, verb);
    }

    // The name before ", a fund manager" when an article opens the role's phrase right after a
    // comma, and that comma follows a name that opens its clause; None otherwise.
    private Subject NameBeforeOpenAppositive(IReadOnlyList<Token> sentence, int role, int verb)
    {
        for (var j = role - 1; j >= 2 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsLower; j--)
        {
            if (_words.Indefinites.Contains(sentence[j].Span) || _words.Definites.Contains(sentence[j].Span))
            {
                if (sentence[j - 1].Kind != TokenKind.Comma || !sentence[j - 2].IsCapitalized)
                {
                    return Subject.None;
                }

                // The name opens its clause: "Shares fell in London, a trader said" names no one.
                var start = RunStart(sentence, j - 2);
                return start == 0 || !sentence[start - 1].IsWord ? FromRun(sentence, start, j - 1, verb) : Subject.None;
            }
        }

        return Subject.None;
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
        return new Subject(SubjectKind.Name, name.Substring(0, name.Length - cut), end);
    }

    // After a role ("minister", "secrétaire général", "ministre des Transports"), a comma and a
    // name that ends at a comma or the sentence's end: that name is the role's holder.
    private Subject NameAfterRole(IReadOnlyList<Token> sentence, int from)
    {
        // "la directrice générale de la régie, Sophie Marchand": the office may run a few words.
        const int MaxOfficeWords = 6;
        for (var k = from; k < sentence.Count && k <= from + MaxOfficeWords; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                if (k + 1 >= sentence.Count || !sentence[k + 1].IsCapitalized)
                {
                    return Subject.None;
                }

                var end = k + 1;
                while (end < sentence.Count && end - k <= MaxNameWords && sentence[end].IsCapitalized)
                {
                    end++;
                }

                var closes = end >= sentence.Count || sentence[end].Kind is TokenKind.Comma or TokenKind.Terminal;
                if (!closes || end - (k + 1) < 2)
                {
                    return Subject.None;
                }

                var name = FromRun(sentence, k + 1, end, end < sentence.Count && sentence[end].Kind == TokenKind.Comma ? end + 1 : end);
                return name;
            }

            if (!sentence[k].IsWord)
            {
                return Subject.None;
            }
        }

        return Subject.None;
    }

    // The first word of a two-or-more-word name set off by commas just before `comma` after a
    // role: "The health minister, Carmen Alonso,". -1 when there is none.
    private int NamedAppositiveStart(IReadOnlyList<Token> sentence, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        if (comma - start < 2 || start < 2 || sentence[start - 1].Kind != TokenKind.Comma)
        {
            return -1;
        }

        // The words before the opening comma must end in a role, maybe with its complement.
        for (var j = start - 2; j >= 0 && j >= start - 2 - MaxRoleModifiers; j--)
        {
            if (!sentence[j].IsWord)
            {
                return -1;
            }

            if (sentence[j].IsLower && IsTitleOrRole(sentence[j]))
            {
                return start;
            }
        }

        return -1;
    }

    // The last word of the name that an appositive ending just before `end` describes:
    // "Theresa May, shadow secretary for the family, told" gives "May". -1 when there is none.
    private int AppositiveHead(IReadOnlyList<Token> sentence, int end)
    {
        for (var j = end - 1; j > 0 && j >= end - MaxAppositiveTokens; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return j + 1 < end && IsAppositive(sentence, j + 1, end) && sentence[j - 1].IsCapitalized ? j - 1 : -1;
            }

            if (!sentence[j].IsWord && sentence[j].Kind != TokenKind.Other)
            {
                return -1;
            }
        }

        return -1;
    }

    // An appositive says what someone is: it holds a role ("chief executive of X", "a senior
    // analyst at Y") or an organisation's noun ("the regional authority"), or is an age ("45"),
    // and reports nothing itself.
    private bool IsAppositive(IReadOnlyList<Token> sentence, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        var hasRole = false;
        var allDigits = true;
        for (var k = from; k < to; k++)
        {
            var token = sentence[k];
            // "author of a report" holds a noun that is also a verb; after an article it is the noun.
            if (token.IsLower && _words.ReportingVerbs.Contains(token.Span)
                && !(k > from && (_words.Indefinites.Contains(sentence[k - 1].Span) || _words.Definites.Contains(sentence[k - 1].Span))))
            {
                return false;
            }

            // "Transport for the Vale, the regional authority, said": an organisation's appositive.
            hasRole |= IsTitleOrRole(token) || (token.IsLower && _words.OrganisationNouns.Contains(token.Span));
            allDigits &= token.IsWord && char.IsDigit(token.First);
        }

        return hasRole || allDigits;
    }

    private bool IsTitleOrRole(Token token)
        => token.IsWord && (_words.Titles.Contains(token.Span) || IsRoleNoun(token.Span));

    // "X, who … , stressed": step back over the clause to the word before its opening comma.
    private int BeforeRelativeClause(IReadOnlyList<Token> sentence, int comma)
    {
        for (var i = comma - 1; i > 0 && i >= comma - MaxClauseTokens; i--)
        {
            if (sentence[i].Kind == TokenKind.Comma && i + 1 < comma && IsRelativePronoun(sentence[i + 1]))
            {
                return i - 1;
            }
        }

        return -1;
    }

    // The relative pronoun a few lower-case words before `start`, with a word that is no title,
    // role, link or article just before `start` or its article ("who also presents", "who
    // chairs the"), or -1.
    private int RelativeBefore(IReadOnlyList<Token> sentence, int start)
    {
        // "who chairs the Harbour Committee said": past the object's article.
        var verb = start > 1 && sentence[start - 1].IsLower && _words.Definites.Contains(sentence[start - 1].Span) ? start - 2 : start - 1;
        if (verb < 1 || !sentence[verb].IsLower || IsTitleOrRole(sentence[verb]) || IsRoleLink(sentence[verb])
            || _words.Prepositions.Contains(sentence[verb].Span) || _words.Definites.Contains(sentence[verb].Span)
            || _words.Indefinites.Contains(sentence[verb].Span))
        {
            return -1;
        }

        for (var j = verb - 1; j >= 1 && j >= verb - 1 - MaxRoleModifiers && sentence[j].IsLower; j--)
        {
            if (IsRelativePronoun(sentence[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private bool IsRelativePronoun(Token token)
        => token.IsWord && _words.RelativePronouns.Contains(token.Span);

    // "l'usagère"; "co-chairman", "vice-president": a role after an elided article, or a
    // lower-case prefix joined to one by a hyphen.
    private bool IsRoleNoun(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        var noun = apostrophe >= 0 ? word.Slice(apostrophe + 1) : word;
        if (_words.RoleNouns.Contains(noun))
        {
            return true;
        }

        // "Co-Chairman" in a title's capitals too.
        var hyphen = noun.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < noun.Length && (char.IsLower(noun[0]) || char.IsUpper(noun[hyphen + 1]))
            && _words.RoleNouns.Contains(noun.Slice(hyphen + 1));
    }
}
