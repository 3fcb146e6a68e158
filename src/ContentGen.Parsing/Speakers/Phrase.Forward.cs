using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Reading on from an inverted verb to its subject: `said X`, `said the minister, X`, `a précisé le ministre X`.
internal sealed partial class Phrase
{
    /// <summary>Reads the subject that starts at <paramref name="start"/>.</summary>
    /// <remarks>
    /// The answer depends on the sentence's tokens alone, and a split sentence keeps it
    /// (<see cref="TokenRange.TryGetSubject"/>): a BBC pass asks 66,450 times at 52,243 places,
    /// the opening and the phrase after a verb by several rules each.
    /// </remarks>
    public Subject ReadForward(IReadOnlyList<Token> sentence, int start)
    {
        if (sentence is not TokenRange range)
        {
            return ReadForwardOnce(sentence, start);
        }

        if (range.TryGetSubject(start, out var kept))
        {
            return kept;
        }

        var subject = ReadForwardOnce(sentence, start);
        range.KeepSubject(start, subject);
        return subject;
    }

    private Subject ReadForwardOnce(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsWord)
        {
            return Subject.None;
        }

        // "sagte Rentner Walter Hägele", "ha detto il pensionato Walter Rinaldi": an ordinary person's
        // noun before a full name describes that person, as a title does (before the pronoun reading:
        // Italian "il" is French "il").
        if (DescribedFullName(sentence, start) is { IsFound: true } describedName)
        {
            return describedName;
        }

        if (JoinedPortfolioHolder(sentence, start) is { IsFound: true } portfolioHolder)
        {
            return portfolioHolder;
        }

        var word = sentence[start];
        if (Is(word, WordClass.Pronoun))
        {
            if (Is(word, WordClass.Definite))
            {
                // Read in every language at once, Italian "il sindaco" is no French "il": a word that is
                // a pronoun and an article is an article when a role or a name follows it.
                if (ReadNounPhrase(sentence, start) is { Kind: not SubjectKind.None } asArticle)
                {
                    return asArticle;
                }

                // "sorride il pensionato": the article of a person's noun, no pronoun (Phrase.ArticleBeforePersonNoun.cs).
                if (IsArticleBeforePersonNoun(sentence, start))
                {
                    return Subject.None;
                }
            }

            return new Subject(SubjectKind.Pronoun, word.Text, start + 1);
        }

        if (IsOrganisationPronoun(sentence, start))
        {
            return new Subject(SubjectKind.Organisation, string.Empty, start + 1);
        }

        // "Islanders say the timetable is …", "Bewoners zeggen dat …": a group speaking together.
        if (start == 0 && OpensBareGroup(sentence))
        {
            return new Subject(SubjectKind.Group, word.Text.ToLowerInvariant(), 1);
        }

        return ReadNounPhrase(sentence, start);
    }

    // A sentence that opens on the plural of a person's noun with no article (a role's or an
    // ordinary person's: "Residents", "Islanders", "Bewoners"), its reporting verb right after.
    // Languages whose plurals take an article ("Los vecinos") read it as a group after the
    // article; a capitalised plural inside a sentence may be a name ("Harbour Residents").
    private bool OpensBareGroup(IReadOnlyList<Token> sentence)
    {
        var noun = sentence[0];
        if (sentence.Count < 3 || !noun.IsCapitalized || noun.Span.Length <= 3 || noun.Span[noun.Span.Length - 1] != 's'
            || !sentence[1].IsWord || !sentence[1].IsLower || !_words.ReportingVerbs.Contains(sentence[1].Span))
        {
            return false;
        }

        // "Ministers say the treaty works but critics fear a "super state"": a plural with no
        // article is no subject the reader can find after a contrast, so the quote after it could
        // be theirs; the group is given only where no contrast follows.
        for (var k = 2; k < sentence.Count; k++)
        {
            if (sentence[k].IsLower && Is(sentence[k], WordClass.Contrast))
            {
                return false;
            }
        }

        var singular = noun.Span.Slice(0, noun.Span.Length - 1);
        return IsRoleNoun(singular) || _words.PeopleNouns.Contains(singular);
    }

    /// <summary>
    /// The name after a short opening adverbial and its comma, when a lower-case word (its verb)
    /// follows: "Four hours later, Edward Baker called …" gives Edward Baker. The adverbial is
    /// a capitalised word and lower-case words or numbers, none a reporting verb.
    /// <see cref="Subject.None"/> otherwise.
    /// </summary>
    public Subject ReadAfterOpeningAdverbial(IReadOnlyList<Token> sentence)
    {
        const int MaxAdverbialWords = 5;
        if (sentence.Count < 4 || !sentence[0].IsCapitalized)
        {
            return Subject.None;
        }

        for (var i = 1; i < sentence.Count && i <= MaxAdverbialWords; i++)
        {
            if (sentence[i].Kind == TokenKind.Comma)
            {
                var subject = ReadForward(sentence, i + 1);
                return subject.Kind == SubjectKind.Name && subject.End < sentence.Count && sentence[subject.End].IsLower ? subject : Subject.None;
            }

            if (!sentence[i].IsWord || sentence[i].IsCapitalized || _words.ReportingVerbs.Contains(sentence[i].Span))
            {
                return Subject.None;
            }
        }

        return Subject.None;
    }

    // Whether the article at `start` is one that may open a described name, and the word after it
    // a plain lower-case adjective: no role, title, possessive, number or word that is no name
    // ("a few", "a dozen Tories" are not one person described).
    private bool IsNamedEpithet(IReadOnlyList<Token> sentence, int start)
    {
        var adjective = sentence[start + 1];
        return _words.EpithetArticles.Contains(sentence[start].Span) && adjective.IsWord && adjective.IsLower && char.IsLetter(adjective.First)
            && !Is(adjective, WordClass.NotName) && !IsRoleNoun(adjective) && !Is(adjective, WordClass.Title)
            && !NamePlausibility.IsPossessive(adjective.Span) && !Is(adjective, WordClass.Preposition);
    }

    // Whether the subject read up to `end` ends there: the sentence, a punctuation mark or its verb
    // follows, not a noun it describes ("says the Waterford man"). Adverbs and auxiliaries may
    // stand before the verb: "an angry Baker initially said", "a tearful Lee later told".
    private bool EndsSubject(IReadOnlyList<Token> sentence, int end)
        => end >= sentence.Count || !sentence[end].IsWord || !sentence[end].IsLower || _words.ReportingVerbs.Contains(sentence[end].Span)
        || (SkipFillers(sentence, end) is var verb && verb > end && verb < sentence.Count && sentence[verb].IsLower && _words.ReportingVerbs.Contains(sentence[verb].Span));

    // A definite article and a phrase of the lexicons' office epithets, with no name after it
    // ("la prima cittadina Carla Benedetti" is read as a role and its holder): that role.
    private Subject OfficeEpithetAt(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxPhraseWords = 2;
        if (_words.OfficeEpithetRoles.Length == 0)
        {
            return Subject.None;
        }

        // "l'homme politique", "l'écologiste": a phrase may open with its article elided into its
        // first word, which the lexicon writes so.
        var elided = IsElidedDefinite(sentence[start]);
        if (!elided && (!IsDefinite(sentence[start]) || start + 1 >= sentence.Count || !sentence[start + 1].IsLower))
        {
            return Subject.None;
        }

        var first = elided ? start : start + 1;
        var words = Cues.LongestPhrase(sentence, first, _words.OfficeEpithetPhrases, MaxPhraseWords);
        var end = first + words;
        if (words == 0 || (end < sentence.Count && sentence[end].IsCapitalized))
        {
            return Subject.None;
        }

        // An epithet: the cast gives it only to someone the article gave the office (see Resolve).
        var phrase = sentence[first].Through(sentence[end - 1]);
        var role = _words.OfficeEpithetPhrases.Flags(phrase) - 1;
        if (role < 0 || role >= _words.OfficeEpithetRoles.Length)
        {
            return Subject.None;
        }

        // "el técnico": a trade of its own as well, which only the role's one holder may mean.
        var holderOnly = words == 1 && _words.HolderOnlyEpithets.Contains(phrase) ? Text.StringCache.Get(phrase) : null;
        return new Subject(SubjectKind.Role, _words.OfficeEpithetRoles[role], end, isEpithet: true, holderOnlyEpithet: holderOnly);
    }

    // Where a definite article and a profession end the phrase and its sentence ("el ingeniero.",
    // "l'ingénieur" written as one word, "die Ingenieurin" capitalised as every German noun is),
    // as after an inverted cue; else -1. An article that is indefinite in another language (the
    // Portuguese "a", English "a", read together where the article's language is unknown) is the
    // definite one before a profession's feminine form, which no English "a" stands before. A name, a
    // complement, a verb or an insert after the noun ("El pescador, de 61 años, lleva …") leaves
    // the phrase to the other readings.
    private int ProfessionEpithetEnd(IReadOnlyList<Token> sentence, int start)
    {
        var word = sentence[start];
        int noun;
        if (!word.IsWord || !word.IsLower)
        {
            return -1;
        }

        if (Elision.TrySplit(word.Span, out var head, out var tail))
        {
            if (!_words.Definites.Contains(head) || !_words.ProfessionEpithets.Contains(tail))
            {
                return -1;
            }

            noun = start;
        }
        else if (start + 1 < sentence.Count && sentence[start + 1].IsWord
            && (sentence[start + 1].IsLower || (_words.CapitalisesNouns && sentence[start + 1].IsCapitalized))
            && ((_words.ProfessionEpithets.Contains(sentence[start + 1].Span)
                    && (IsDefinite(word) || (Is(word, WordClass.Definite) && Is(sentence[start + 1], WordClass.FemaleTitle))))
                || IsAgentEpithet(word, sentence[start + 1])
                || (IsDefinite(word) && IsCompoundTitleAfter(word, sentence[start + 1]))))
        {
            noun = start + 1;
        }
        else
        {
            return -1;
        }

        return EpithetEnd(sentence, noun);
    }

    // The end of an epithet whose noun is at `noun`, or -1: the noun must end the sentence or be
    // followed by a relative clause ("lamenta el ingeniero, que calcula …": see
    // Phrase.EpithetRelative.cs) or a manner ("explicó el japonés, con los ojos enrojecidos.": see
    // Phrase.EpithetManner.cs) or the words a reporter hangs on it ("dijo el técnico almadiense.":
    // see Phrase.EpithetTail.cs).
    private int EpithetEnd(IReadOnlyList<Token> sentence, int noun)
        => noun + 1 >= sentence.Count || sentence[noun + 1].Kind == TokenKind.Terminal || IsRelativeClauseAfter(sentence, noun) || IsMannerAfterEpithet(sentence, noun)
            || IsTailAfterEpithet(sentence, noun)
            ? noun + 1
            : -1;

    // A capitalised word right after the spokes noun, or after its comma: the spokesperson's name.
    private static bool NamedAfterSpokesNoun(IReadOnlyList<Token> sentence, int noun)
        => (noun + 1 < sentence.Count && sentence[noun + 1].IsCapitalized)
        || (noun + 2 < sentence.Count && sentence[noun + 1].Kind == TokenKind.Comma && sentence[noun + 2].IsCapitalized);

    private bool HasSpokesNounAfter(IReadOnlyList<Token> sentence, int from)
    {
        for (var j = from + 1; j < sentence.Count && j <= from + MaxRoleModifiers && sentence[j].IsLower; j++)
        {
            if (IsSpokesNoun(sentence[j]))
            {
                return true;
            }
        }

        return false;
    }

    // The noun phrase at `start`: a name, a role that points back, or someone unnamed.
    private Subject ReadNounPhrase(IReadOnlyList<Token> sentence, int start)
    {
        // "sagt der 79-jährige Rentner X", "die Geschäftsführerin der Stadtwerke, X": Phrase.ArticleNounName.cs.
        if (ArticleNounName(sentence, start) is { IsFound: true } describedHolder)
        {
            return describedHolder;
        }

        // "le rapport de l'ARS", "the Lund report": a document speaks for its owner.
        if (DocumentOwner(sentence, start) is { IsFound: true } owner)
        {
            return owner;
        }

        // "», sagte die Polizei", "teilte die Gemeinde mit": a body by its capitalised noun alone.
        if (CapitalisedBodyNoun(sentence, start) is { IsFound: true } capitalisedBody)
        {
            return capitalisedBody;
        }

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

        // "l'association Droits Devant": the name after an elided organisation noun is the organisation's.
        if (start + 1 < sentence.Count && sentence[start + 1].IsCapitalized && !_organisations.ElidedNoun(sentence[start]).IsEmpty
            && ReadForward(sentence, start + 1) is { Kind: SubjectKind.Name } introduced)
        {
            return new Subject(SubjectKind.Name, introduced.Text, introduced.End, employer: introduced.Text, isOrganisation: true);
        }

        // "», ont prévenu les syndicats", "said the lawyers": a group speaking together.
        if (OpensGroup(sentence, start))
        {
            return new Subject(SubjectKind.Group, sentence[start + 1].Text, start + 2);
        }

        // "ha detto la prima cittadina": an epithet for an office's holder, read as that role.
        if (OfficeEpithetAt(sentence, start) is { IsFound: true } office)
        {
            return office;
        }

        // "», a expliqué l'ingénieur.", "dijo el ingeniero.": a profession as an epithet.
        if (ProfessionEpithetEnd(sentence, start) is var professionEnd and > 0)
        {
            return new Subject(SubjectKind.Role, sentence[professionEnd - 1].Text, professionEnd, isEpithet: true);
        }

        // "«…», bromeó el padre.": a family tie the article gave someone (Phrase.KinEpithet.cs).
        if (KinEpithetEnd(sentence, start) is var kinEnd and > 0)
        {
            return new Subject(SubjectKind.Role, sentence[kinEnd - 1].Text, kinEnd);
        }

        var word = sentence[start];
        var possessive = word.IsCapitalized && NamePlausibility.IsPossessive(word.Span);

        // "L'ingegnere della Provincia, X," opening a sentence: the article elided into a lower-case
        // noun is read as "l'ingegnere" is, never as a name's first word.
        var elidedOpening = word.IsCapitalized && Elision.TrySplit(word.Span, out var openingHead, out var openingNoun)
            && _words.Definites.Contains(openingHead) && char.IsLower(openingNoun[0]);

        // "his son Stephen", "Horne's daughter said", "zijn zoon Stefan" (Phrase.KinTie.cs).
        // "Zijn klasgenoot Noor El Amrani" opening its sentence: the possessive capitalised as its first word.
        if ((possessive || ((word.IsLower || (start == 0 && start + 1 < sentence.Count && !IsKinNoun(sentence[start + 1]))) && Is(word, WordClass.Possessive)))
            && RelativeAfter(sentence, start) is { IsFound: true } relative)
        {
            return relative;
        }

        // "Acme's Maria Lopez": the name after the owner
        if (possessive && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)
        {
            return ReadForward(sentence, start + 1);
        }

        if (word.IsLower || possessive || elidedOpening || Is(word, WordClass.NotName))
        {
            // "the foreign minister", "le ministre"; "a spokesman" and "Rover's spokesman" are someone unnamed
            // "said her spokesman", "a déclaré leur avocat": someone else's, never the person named before.
            var unnamed = possessive || Is(word, WordClass.Indefinite) || (word.IsLower && _words.OwnPossessives.Contains(word.Span)) || Is(word, WordClass.Possessive);

            // "a Department for Transport spokesman": the organisation named before the role speaks.
            // After "the" the role's holder may be meant, else the organisation; a spokesperson
            // named after the role ("the Acme spokeswoman, Jane Roe,") is read below.
            var definite = !unnamed && !possessive && Is(word, WordClass.Definite);
            if ((unnamed || definite) && !possessive && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)
            {
                var run = start + 2;
                while (run < sentence.Count && run - start <= MaxNameWords && IsNamePart(sentence, run))
                {
                    run++;
                }

                if (run < sentence.Count && sentence[run].IsLower && IsSpokesNoun(sentence[run]) && !(definite && NamedAfterSpokesNoun(sentence, run)))
                {
                    // "the Acme spokeswoman" is a role its holder may fill, named before; failing
                    // one, the organisation speaks (its name rides as the role's employer).
                    var body = OrganisationBefore(sentence, start + 1, run);
                    return definite && body.Kind == SubjectKind.Name ? new Subject(SubjectKind.Role, sentence[run].Text, run + 1, employer: body.Text) : body;
                }
            }

            if (definite && CapitalisedOfficeHolder(sentence, start) is { IsFound: true } officeHolder)
            {
                return officeHolder;
            }

            // "a confié le jeune homme de 21 ans": someone named, by age (Phrase.AgedNoun.cs).
            if (!unnamed && AgedNounEnd(sentence, start) is var agedEnd and > 0)
            {
                return new Subject(SubjectKind.Role, Join(sentence, agedEnd - 2, agedEnd), agedEnd);
            }

            for (var i = start; i < sentence.Count && i <= start + MaxRoleModifiers && sentence[i].IsWord; i++)
            {
                // "the prime minister's official spokesman": someone's spokesman, unnamed.
                unnamed |= i > start && sentence[i].IsLower && NamePlausibility.IsPossessive(sentence[i].Span) && HasSpokesNounAfter(sentence, i);

                // "a crestfallen Mr Lim": a titled name after an article and its adjectives. A
                // title with no capitalised word after it names no one: German capitalises its
                // nouns, and "Ein Sprecher der Reederei" is someone unnamed, whose role is read below;
                // "Der Vorsitzende, Markus Brandt," names its holder after the comma, read below too. (A
                // complement after the title, "der Bürgermeister der Nachbarstadt", may name another office.)
                // A compound ending in a title is one ("die Betriebsratsvorsitzende Petra Vogt", Phrase.ArticleCompoundTitle.cs).
                if (i > start && (Is(sentence[i], WordClass.Title) || IsArticleCompoundTitle(sentence, start, i)) && sentence[i].IsCapitalized
                    && !(i + 1 < sentence.Count && !sentence[i + 1].IsCapitalized && (IsSpokesNoun(sentence[i]) || sentence[i + 1].Kind == TokenKind.Comma)))
                {
                    var titled = ReadForward(sentence, i);
                    return titled.Kind == SubjectKind.Name ? titled : Subject.None;
                }

                // "a tearful Roe told", "un emocionado Ruiz": an indefinite article, one
                // adjective, then a one-word name whose verb or end follows is the person named,
                // described (a name of more words is read as before).
                if (i == start + 2 && sentence[i].IsCapitalized && IsNamedEpithet(sentence, start) && ReadForward(sentence, i) is { Kind: SubjectKind.Name, IsOrganisation: false, IsBody: false } epithetName
                    && epithetName.Text.IndexOf(' ') < 0 && epithetName.Text.AsSpan().StartsWith(sentence[i].Span, StringComparison.Ordinal) && EndsSubject(sentence, epithetName.End))
                {
                    return new Subject(SubjectKind.Name, epithetName.Text, epithetName.End, employer: epithetName.Employer, isEpithet: true);
                }

                // "son secrétaire général, Marc Lefèvre", "La ministre des Transports, Élisabeth Martin,":
                // the role's holder named between commas.
                if (IsTitleOrRole(sentence[i]) && NameAfterRole(sentence, i + 1) is { Kind: SubjectKind.Name } appositive)
                {
                    return appositive;
                }

                // "one of their lawyers, Nikos Papadakis": one of a group of role holders, named.
                if (unnamed && i > start && IsPluralRole(sentence[i]) && NameAfterRole(sentence, i + 1) is { Kind: SubjectKind.Name } oneOf)
                {
                    return oneOf;
                }

                // "said analysts at Harbor Partners", "les analystes de la Banque Nordique": role
                // holders at a named body, none of them named, speak for it as its spokesman does.
                if (PluralStaffBody(sentence, start, i) is { IsFound: true } staffBody)
                {
                    return staffBody;
                }

                // "aseguran fuentes de la empresa", "disse fonte do ministério": a body's unnamed sources.
                if (i <= start + 1 && BodySources(sentence, start, i) is { IsFound: true } sources)
                {
                    return sources;
                }

                // "the 71-year-old", "der 54-Jährige", "il 62enne": someone already named, by age.
                if ((i > start || IsElidedDefinite(sentence[i])) && IsAgeEpithet(sentence[i]))
                {
                    // "the 24-year-old Swiss added": a nationality after the age goes with it.
                    var epithetEnd = i + 1 < sentence.Count && sentence[i + 1].IsCapitalized && Is(sentence[i + 1], WordClass.NationalityNoun) ? i + 2 : i + 1;

                    // "the 47-year-old director said", "der 54-jährige Landwirt": the trade after the age goes with it too.
                    // "said a 19-year-old student": someone new, given by the noun (Phrase.AgeAndRole.cs).
                    if (unnamed && Is(word, WordClass.Indefinite) && PersonNounAfterIndefiniteAge(sentence, i + 1) is var noun and > 0)
                    {
                        return new Subject(SubjectKind.Unnamed, sentence[noun].Text, noun + 1);
                    }

                    epithetEnd = TradeAfterAge(sentence, epithetEnd);
                    return new Subject(unnamed ? SubjectKind.Unnamed : SubjectKind.Role, sentence[i].Text, epithetEnd);
                }

                // "l'adjoint aux Finances, Paul Roux": an office with a brief (Phrase.BriefOfficeHolder.cs).
                if (!unnamed && BriefOfficeHolder(sentence, i) is { IsFound: true } briefHolder)
                {
                    return briefHolder;
                }

                var isRole = IsRoleNoun(sentence[i]);
                if (!isRole && !IsTitleOrRole(sentence[i]))
                {
                    continue;
                }

                // "explica un vecino del ministro": the neighbour speaks (Phrase.PersonNounHeadsRole.cs).
                if (i > start && IsRoleInPersonNounComplement(sentence, start, i))
                {
                    return Subject.None;
                }

                // "the foreign minister Sergei Riabkov", "committee chair Helen Okafor": the name after the role
                if (RoleChainEnd(sentence, i) is var nameStart and >= 0)
                {
                    var named = ReadForward(sentence, nameStart);
                    return named.Kind == SubjectKind.Name ? named : Subject.None;
                }

                // "la députée écologiste Camille Roussel": a qualifying word, then the holder.
                if (QualifiedRoleHolder(sentence, i) is { Kind: SubjectKind.Name } qualified)
                {
                    return qualified;
                }

                // "le ministre du Travail Marc Lenoir", "la ministre de la Santé Élise Garnier":
                // the office's one-word complement, then the holder's name. Someone unnamed
                // speaking for "de Regionale Zorgkamer Noord" speaks for all of it (below).
                if (!(unnamed && IsSpokesNoun(sentence[i])) && HolderAfterComplement(sentence, i + 1) is { Kind: SubjectKind.Name } holder)
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

                // "la portavoz de Acme", "the spokeswoman for Acme": a role its holder may fill, named
                // before; failing one, the organisation (the role's employer), not whoever was named last.
                if (!unnamed && i == start + 1 && Is(word, WordClass.Definite) && IsSpokesNoun(sentence[i])
                    && OrganisationAfter(sentence, i + 1) is { Kind: SubjectKind.Name } spokenFor)
                {
                    return new Subject(SubjectKind.Role, sentence[i].Text, i + 1, employer: spokenFor.Text);
                }

                // "a university spokesman", "a company spokeswoman": the body's noun before the role;
                // the body the article named with that noun speaks, as for "a spokesman for the company".
                if (unnamed && i == start + 2 && IsSpokesNoun(sentence[i]) && sentence[i - 1].IsLower && Is(sentence[i - 1], WordClass.OrganisationNoun))
                {
                    return new Subject(SubjectKind.Organisation, sentence[i - 1].Text, i + 1);
                }

                // "Acme's spokesman", "an Acme spokesman": the organisation before the role speaks.
                if (unnamed && i > start && sentence[i - 1].IsCapitalized && IsSpokesNoun(sentence[i]))
                {
                    return possessive && i - 1 == start ? OwnerName(sentence, start, i + 1) : OrganisationBefore(sentence, start + 1, i);
                }

                // "a confié le patron d'une petite entreprise": an unnamed body's head, unnamed.
                var head = i + 1 < sentence.Count && sentence[i + 1].IsLower && IsRoleNoun(sentence[i + 1]) ? i + 1 : i;
                if (!unnamed && IsDefinite(word) && !IsSpokesNoun(sentence[head]) && HasUnnamedBody(sentence, head, out var bodyEnd))
                {
                    return new Subject(SubjectKind.Unnamed, DescriptionOf(sentence, i, head), bodyEnd, isUnheld: true);
                }

                // "the Northbay bowler": capitalised words before the noun make it an epithet.
                return new Subject(unnamed ? SubjectKind.Unnamed : SubjectKind.Role, sentence[i].Text, i + 1, isEpithet: i > start + 1 && sentence[i - 1].IsCapitalized, complement: ComplementOf(sentence, i));
            }

            // "the RHCT said", "said the Harbour Isles": no person's name follows the article, so
            // the name is a body's or a place's, which speaks as one and is never "he" or "she".
            if (_words.NamelessArticles.Contains(word.Span) && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized
                && !IsTitleOrRole(sentence[start + 1]) && ReadForward(sentence, start + 1) is { Kind: SubjectKind.Name } place
                && place.Text.AsSpan().StartsWith(sentence[start + 1].Span, StringComparison.Ordinal) && IsBodyOrPlaceName(place.Text) && EndsSubject(sentence, place.End))
            {
                return place.IsOrganisation ? place : new Subject(SubjectKind.Name, place.Text, place.End, employer: place.Employer, isBody: true);
            }

            // "said the letter": a document no organisation noun names (Phrase.DocumentAlone.cs).
            if (IsDocumentAlone(sentence, start) && EndsSubject(sentence, start + 2))
            {
                return new Subject(SubjectKind.Organisation, sentence[start + 1].Text, start + 2);
            }

            // "the company", "la empresa", "het bedrijf": an organisation named before.
            if (IsOrganisationNounPhrase(sentence, start))
            {
                return GoverningPartOf(sentence, start + 1) is { IsFound: true } governed
                    ? governed
                    : new Subject(SubjectKind.Organisation, sentence[start + 1].Text, start + 2);
            }

            // "según la patronal Armapesca", "according to the union Unite": the organisation's
            // noun, then its name (a title or role there would make the name a person's).
            if (IsDefinite(word) && start + 2 < sentence.Count && sentence[start + 1].IsLower && Is(sentence[start + 1], WordClass.OrganisationNoun)
                && PastKindAdjectives(sentence, start + 2) is var bodyStart && sentence[bodyStart].IsCapitalized && !IsTitleOrRole(sentence[bodyStart])
                && ReadForward(sentence, bodyStart) is { Kind: SubjectKind.Name } bodyName)
            {
                return new Subject(SubjectKind.Name, bodyName.Text, bodyName.End, employer: bodyName.Text, isOrganisation: true);
            }

            // "said the American"
            if (Is(word, WordClass.Definite) && start + 1 < sentence.Count
                && Is(sentence[start + 1], WordClass.NationalityNoun)
                && !(start + 2 < sentence.Count && sentence[start + 2].IsCapitalized))
            {
                return new Subject(SubjectKind.Role, sentence[start + 1].Text, start + 2);
            }

            // "dijo el patrón mayor de la cofradía de pescadores, Manuel Otero", "disse o comandante
            // dos bombeiros de Ribafria, X": an office and where it is held, whatever the office's
            // noun, then the full name of its holder. ("said the maker of the film, A Long Tide"
            // names a work, not someone; an article elided into a noun the lexicons do not know as a
            // role, "l'editore del romanzo, X", may head a work's name, and is left to HolderSetOff.)
            if (Is(word, WordClass.Definite) && OfficeEnd(sentence, start + 1) is var comma and > 0
                && !IsArticle(sentence[comma + 1]) && NameAfterRole(sentence, comma) is { Kind: SubjectKind.Name } namedAfter)
            {
                return namedAfter;
            }

            // "«…», acrescentou a operadora": a firm's noun of its trade closing the cue (Phrase.FirmNounSubject.cs).
            if (FirmNounSubject(sentence, start) is { IsFound: true } firmNoun)
            {
                return firmNoun;
            }

            if (word.IsLower || possessive || elidedOpening)
            {
                return Subject.None;
            }
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        // "said Harbour physio Mark Dale": the name after the description.
        var described = DescribedName(sentence, start, end);
        if (described.Start >= 0)
        {
            return FromRun(sentence, described.Start, described.End, described.End);
        }

        return FromRun(sentence, start, end, end);
    }

    // The owner of a document named at `start` after its article: after a link ("le rapport de
    // l'ARS", "un communiqué de la préfecture de la Somme") or between the article and the noun
    // ("the Lund report", whose owner must be someone the article gives in full).
    private Subject DocumentOwner(IReadOnlyList<Token> sentence, int start)
    {
        if (!IsArticle(sentence[start]))
        {
            return Subject.None;
        }

        var noun = start + 1;
        if (noun + 2 < sentence.Count && sentence[noun].IsLower && _words.DocumentNouns.Contains(sentence[noun].Span))
        {
            return sentence[noun + 1].IsLower && Is(sentence[noun + 1], WordClass.EmployerLink)
                && ReadForward(sentence, noun + 2) is { Kind: SubjectKind.Name } named
                ? named
                : Subject.None;
        }

        while (noun < sentence.Count && noun - start <= MaxNameWords && sentence[noun].IsCapitalized)
        {
            noun++;
        }

        return noun > start + 1 && noun < sentence.Count && sentence[noun].IsLower && _words.DocumentNouns.Contains(sentence[noun].Span)
            ? new Subject(SubjectKind.Name, Join(sentence, start + 1, noun), noun + 1, isDocumentOwner: true)
            : Subject.None;
    }

    // Where the comma after an office and its place stands ("patrón mayor de la cofradía,",
    // "comandante dos bombeiros de Ribafria,"): lower-case words from `from`, a link to where the
    // office is held among them, and after the link the capitalised name of that place or body;
    // -1 when they are not so. An article or a possessive not right after a link opens an object
    // or a listener ("contó el dueño a su vecino de la cofradía, X"), whose name follows.
    // `linked` says the words start right after the link ("der Gemeinde Hollstein,").
    private int OfficeEnd(IReadOnlyList<Token> sentence, int from, bool linked = false)
    {
        const int MaxOfficeTokens = 9;
        var afterLink = linked;
        for (var k = from; k < sentence.Count && k <= from + MaxOfficeTokens; k++)
        {
            var word = sentence[k];
            if (word.Kind == TokenKind.Comma)
            {
                return linked && k + 1 < sentence.Count ? k : -1;
            }

            // "the minister of health and social care for the region": a coordinator joins two
            // offices or two people, and a long office may hide the holder's own complement. A
            // verb of saying ends the office's words ("der Leiter der Stiftung sagte, …").
            if (!word.IsWord || !(word.IsLower || (linked && word.IsCapitalized)) || Is(word, WordClass.Coordinator | WordClass.Reporting))
            {
                return -1;
            }

            if (k > from && word.IsLower && IsComplementLink(word))
            {
                linked = true;
                afterLink = true;
                continue;
            }

            if (!afterLink && OpensObjectOrListener(word))
            {
                return -1;
            }

            afterLink = false;
        }

        return -1;
    }

    // An article, a possessive or a listener's preposition in lower case: not right after an
    // office's link, it opens an object or a listener, not the office's complement.
    private bool OpensObjectOrListener(Token word)
        => word.IsLower && (IsArticle(word) || IsPossessiveDeterminer(word)
            || _words.ListenerPrepositions.Contains(word.Span));

    // A people noun, in lower case after a definite article or capitalised alone (where nouns are
    // capitalised), or any other noun after its article ("l'attaccante", "el delantero"), then a name
    // of two words or more that is no organisation's: the name. One word after
    // the noun may be a surname or the noun a name ("Fan Bingbing"), so it is not read; nor are
    // capitalised words after an article and a capitalised noun, which may be nouns ("die Nachbarin
    // Kindern Süßigkeiten"), or a name holding a day or a listener, as ReadNounAndName says.
    // Where nouns are capitalised, an article and its noun read so only as the subject opening the
    // sentence, with a name of two words that a verb of saying, an auxiliary or a comma follows ("Die
    // Nachbarin Ute Kranz sagte:"): after a verb, "versprach die Nachbarin Kindern Süßigkeiten" holds
    // two nouns.
    private Subject DescribedFullName(IReadOnlyList<Token> sentence, int start)
    {
        // "l'attaccante Marco Riva": the article and its noun in one word.
        var elidedNoun = ElidedArticleNoun(sentence[start]);
        var article = elidedNoun.IsEmpty && Is(sentence[start], WordClass.Definite) && (sentence[start].IsLower || start == 0);
        var noun = article ? start + 1 : start;
        if (noun + 2 >= sentence.Count || !sentence[noun].IsWord
            || !sentence[noun + 1].IsCapitalized || !sentence[noun + 2].IsCapitalized
            || !(elidedNoun.IsEmpty ? IsDescribingNoun(sentence, start, noun, article) : IsOpenNoun(elidedNoun) || _words.PeopleNouns.Contains(elidedNoun))
            || Is(sentence[noun + 1], WordClass.Title) || IsRoleNoun(sentence[noun + 1]))
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, noun + 1);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.Text.IndexOf(' ') < 0
            || (!_words.PeopleNouns.Contains(elidedNoun.IsEmpty ? sentence[noun].Span : elidedNoun) && EndsOnItsHead(sentence, name.End)))
        {
            return Subject.None;
        }

        for (var k = noun + 1; k < name.End; k++)
        {
            if (Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span) || _words.ListenerNouns.Contains(sentence[k].Span) || Is(sentence[k], WordClass.NotName))
            {
                return Subject.None;
            }
        }

        return name;
    }

    // "l'attaccante", "el delantero", "de spits": after its article, a lower-case word that is no
    // function word, body, medium, day or verb describes the person whose full name follows it, as
    // a people noun does; no list holds every trade and position a report gives its people.
    private bool IsOpenNoun(ReadOnlySpan<char> word)
        => word.Length > 2 && char.IsLower(word[0]) && !Digits.Any(word) && !Lexicons.LexiconTables.Stopwords.Contains(word)
        && !Lexicons.LexiconTables.Calendar.Contains(word) && !_words.Fillers.Contains(word)
        && (WordClasses.Of(_words, word) & (WordClass.Reporting | WordClass.OrganisationNoun | WordClass.Medium | WordClass.Preposition | WordClass.NotName)) == 0;

    // "added the two-time Academy Award winner.", "a defiant Acme Holdings said.": one lower-case word
    // closing the phrase after the capitals is its head, and the capitals modify it; the word before
    // them was no noun of a person, but an adjective.
    private static bool EndsOnItsHead(IReadOnlyList<Token> sentence, int end)
        => end < sentence.Count && sentence[end].IsLower
        && (end + 1 >= sentence.Count || sentence[end + 1].Kind is TokenKind.Terminal or TokenKind.Comma or TokenKind.Quote);

    // The noun of a people noun's or open noun's description at `noun`, after its article or (where
    // nouns are capitalised) alone.
    private bool IsDescribingNoun(IReadOnlyList<Token> sentence, int start, int noun, bool article)
        => (article ? sentence[noun].IsLower || IsCapitalNounAsSubject(sentence, start) : sentence[noun].IsCapitalized)
        && (_words.PeopleNouns.Contains(sentence[noun].Span) || (article && IsOpenNoun(sentence[noun].Span)));

    // The noun after an elided definite article in one word ("l'attaccante" gives "attaccante"), or nothing.
    public ReadOnlySpan<char> ElidedArticleNoun(Token word)
        => word.IsWord && Elision.TrySplit(word.Span, out var head, out var tail) && _words.Definites.Contains(head) && char.IsLower(tail[0])
            ? tail
            : default;

    // "Die Nachbarin Ute Kranz sagte", "Die Nachbarin Ute Kranz, …": an article opening the sentence,
    // a capitalised noun, two capitalised words, then a comma, a verb of saying or a filler.
    private bool IsCapitalNounAsSubject(IReadOnlyList<Token> sentence, int article)
        => article == 0 && sentence[article + 1].IsCapitalized && article + 4 < sentence.Count
        && (sentence[article + 4].Kind == TokenKind.Comma
            || (sentence[article + 4].IsLower && Is(sentence[article + 4], WordClass.Reporting | WordClass.Filler)));

    // Where a name starts at `start`, past a title that an article may open and that a capital
    // follows ("el doctor", "l'avvocato", "Me", "dr"); `start` when there is none.
    private int AfterHolderTitle(IReadOnlyList<Token> sentence, int start)
    {
        if (start + 1 >= sentence.Count || !sentence[start].IsWord)
        {
            return start;
        }

        var title = start;
        if (sentence[start].IsLower && IsArticle(sentence[start]))
        {
            title = start + 1;
        }
        else if (sentence[start].IsLower && Elision.TrySplit(sentence[start].Span, out var head, out var tail) && _words.Definites.Contains(head) && _words.Titles.Contains(tail))
        {
            return sentence[start + 1].IsCapitalized ? start + 1 : start;
        }

        return title + 1 < sentence.Count && sentence[title].IsWord && Is(sentence[title], WordClass.Title)
            && sentence[title + 1].IsCapitalized && !Is(sentence[title + 1], WordClass.Title)
            ? title + 1
            : start;
    }

    // After a role ("minister", "secrétaire général", "ministre des Transports"), a comma and a
    // name that ends at a comma or the sentence's end: that name is the role's holder.
    private Subject NameAfterRole(IReadOnlyList<Token> sentence, int from)
    {
        // "la directrice générale de la régie, Sophie Marchand": the office may run a few words.
        const int MaxOfficeWords = 6;
        var skipped = 0;
        var bodyWords = 0;
        var inBody = false;
        for (var k = from; k < sentence.Count && k <= from + MaxOfficeWords + skipped; k++)
        {
            // "le maire (divers gauche) de Sainte-Luce, Olivier Brisset": a party in brackets
            // inside the office is an aside.
            if (BracketedAsideEnd(sentence, k) is var close and > 0)
            {
                skipped += close - k + 1;
                k = close;
                continue;
            }

            // "der Ingenieur, der die Arbeiten leitete, Helmut Brandt": a relative clause set off
            // between the role and the name describes the holder (Phrase.RelativeInsideRole.cs).
            if (sentence[k].Kind == TokenKind.Comma && RelativeInsideRoleEnd(sentence, k) is var clauseEnd and > 0)
            {
                skipped += clauseEnd - k;
                k = clauseEnd;
            }

            if (sentence[k].Kind == TokenKind.Comma)
            {
                // "el director, el doctor Esteban Alba", "la présidente, Me Hélène Marchal": the
                // holder's title, with its article, before the name.
                var first = AfterHolderTitle(sentence, k + 1);

                // "la coordenadora do projeto, a bióloga X": or the holder's profession (Phrase.ProfessionAfterRole.cs).
                first = first == k + 1 ? AfterProfession(sentence, k + 1) : first;
                if (first >= sentence.Count || !sentence[first].IsCapitalized)
                {
                    return Subject.None;
                }

                var end = first;
                while (end < sentence.Count && end - first < MaxNameWords && (sentence[end].IsCapitalized || JoinsNameAt(sentence, first, end)))
                {
                    end++;
                }

                // "…, Luc Moreau qui dirige …": a relative pronoun ends the name as a comma does, and
                // so does a dash closing a cue set off by dashes ("—ha advertido el portavoz, Iker Montoro— …").
                // "sa présidente, Birgit Oberländer (CSU), a évoqué": a party in brackets after the
                // name is an aside, as after a name that opens the sentence (Phrase.BracketedAffiliation.cs).
                var past = AfterBracketedAffiliation(sentence, end);
                var closes = past >= sentence.Count || sentence[past].Kind is TokenKind.Comma or TokenKind.Terminal || IsRelativePronoun(sentence[past]) || IsDash(sentence[past]);
                if (!closes || end - first < 2)
                {
                    return Subject.None;
                }

                var name = FromRun(sentence, first, end, past < sentence.Count && sentence[past].Kind == TokenKind.Comma ? past + 1 : past);
                return name;
            }

            if (!sentence[k].IsWord)
            {
                return Subject.None;
            }

            // "said the chairman to his deputy, Ana Brill": the name describes the one spoken to
            // (Phrase.PossessedListener.cs), never the role's holder.
            if (OpensPossessedListener(sentence, k))
            {
                return Subject.None;
            }

            // "de la Asociación de Regantes del Valle de Ribera Alta": the capitalised words of a
            // body's name that a link opens, and the links inside it, name one thing, so they do not
            // use up the office's few words (a lower-case office that runs long still ends the
            // reading, and "urged students at his old Atlanta university," names no body).
            var word = sentence[k];
            var linkedCapital = word.IsCapitalized && k > from
                && (IsComplementLink(sentence[k - 1]) || (k - 1 > from && IsArticle(sentence[k - 1]) && IsComplementLink(sentence[k - 2])));
            inBody = bodyWords < MaxNameWords && (linkedCapital || (inBody && (word.IsCapitalized || IsComplementLink(word))));
            if (inBody)
            {
                bodyWords++;
                skipped++;
            }
        }

        return Subject.None;
    }
}
