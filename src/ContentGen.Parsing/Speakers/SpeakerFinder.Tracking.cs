using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// After each sentence, the discourse state learns who a later pronoun, role noun or continuation
// means: the sentence's subject, its speaker, a person it introduces, or no one when unsure.
internal sealed partial class SpeakerFinder
{
    // "Paul Martin, député de la Somme, répondait aux questions de …": the interview's
    // guest, named as the subject of an interview phrase.
    private void ReadInterviewee(IReadOnlyList<Token> sentence)
    {
        const int MaxCueWords = 4;
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            // Each lower-case word was tried with the next one, two and three: most sentences hold
            // no word that can open an interview phrase, and a classified token says so in a bit.
            if (!_cues.Is(sentence[i], WordClass.InterviewStart))
            {
                continue;
            }

            for (var last = i + 1; sentence[i].IsLower && last < sentence.Count && last < i + MaxCueWords && sentence[last].IsWord; last++)
            {
                if (_cues.Words.InterviewCues.Contains(sentence[i].Through(sentence[last])))
                {
                    var guest = _cues.Phrase.ReadBackward(sentence, i);
                    if (guest.Kind == SubjectKind.Pronoun && Resolve(guest) is { } meant && meant.IndexOf(' ') > 0)
                    {
                        // "Hélène Vasseur préside … Elle a répondu à nos questions": whom the pronoun means.
                        _state.Interviewee = meant;
                        return;
                    }

                    if (guest.Kind != SubjectKind.Name)
                    {
                        guest = LeadingPhrase(sentence);
                    }

                    if (guest.Kind == SubjectKind.Name && guest.Text.IndexOf(' ') > 0 && _names.Complete(guest.Text) is { } named)
                    {
                        _state.Interviewee = named;
                    }

                    return;
                }
            }
        }
    }

    // After a sentence, who a later pronoun means: its main reporting subject, its speaker, or a
    // person it introduces. `nextMayQuote` says whether the sentence after this one may hold a
    // quote: what only that sentence's quotes read is not worked out for a sentence with none.
    private void Track(TokenRange sentence, string? sentenceSpeaker, bool nextMayQuote)
    {
        // "Ihr Hof heißt Sonnenhof Lindenberg": a thing named is no one (SpeakerFinder.ThingNamed.cs).
        var namesThing = ThingNamingVerb(sentence) >= 0;
        ReadInterviewee(sentence);
        NoteUnnamedOpener(sentence, sentenceSpeaker);
        var aged = NoteAgedFirstName(sentence);

        // "Best actor Dan Fox could not attend the dinner": a sentence with no quote whose subject
        // is named, and is not the last speaker, ends that speaker's turn.
        // "Le ministre Jean Dupont était à Calais lundi. « … »": before anyone was quoted too.
        // "Mehrere Feuerwehren lösten ab": a group a quantifier opens is no one named (OpensOnNounDeterminer).
        if (sentenceSpeaker is null && OpeningOrAfterOpeningPhrase(sentence) is { Kind: SubjectKind.Name } opening
            && IsPersonNamed(opening.Text) && !OpensOnNounDeterminer(opening.Text) && !(_state.LastQuoted is { } last && EndsWithWord(last, LastWord(opening.Text)) && !IsRelativeOf(last, opening.Text))
            && !EndsInPronounCue(sentence) && !namesThing)
        {
            _state.OtherSubjectSinceQuoted = true;
            NoteLastSubject(CompleteOrAged(opening.Text), sentence, opening.End);

            // "Hennig schließt nicht aus, dass …": see SpeakerFinder.SurnameSubject.cs.
            NoteSurnameSubject(sentence, opening.Text);
        }
        else if (sentenceSpeaker is null && PronounSubject(sentence) is { } meant)
        {
            // "Il a rencontré des associations. « … »": whom the pronoun opening the sentence means.
            _state.OtherSubjectSinceQuoted = true;
            NoteLastSubject(meant, sentence, 1);
        }
        else if (sentenceSpeaker is null && PronounPastSpeaker(sentence, out var other))
        {
            // "… "…," he said. She was less forgiving. "…"": see SpeakerFinder.OtherGenderTurn.cs.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(other);
            if (other is not null)
            {
                NoteLastSubject(other, sentence, 1);
            }
        }
        else if (sentenceSpeaker is null && OpensWithDescribedUnnamed(sentence))
        {
            // "Een advocaat, al dertig jaar aan het hof, twijfelt aan het plan.
            // '…'": someone unnamed is the subject, whom the quote or a dropped subject may mean.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(null);
        }
        else if (sentenceSpeaker is null && OpensWithUnnamedPerson(sentence))
        {
            // "A father who had come with his daughter shook his head. '…'": someone unnamed is
            // the subject, so the quote after is no longer the last speaker's.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(null);
        }
        else if (sentenceSpeaker is null && OpensWithUnnamedView(sentence))
        {
            // "Para o dono de uma pousada, o anúncio é uma má notícia. “…”, disse.": the sentence
            // gives someone unnamed's view, whom a later pronoun or dropped subject means.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(null);
        }
        else if (sentenceSpeaker is null && OpensOnPlaceOfNoOne(sentence))
        {
            // "Em Santa Vitória, à porta do pavilhão, uma agricultora esperou. “…”, explicou.": see SpeakerFinder.OpeningPlace.cs.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(null);
        }

        EndTurnAtDescribedNewcomer(sentence, sentenceSpeaker);
        EndBodysTurnAtPerson(sentence, sentenceSpeaker);
        // "Fonte da empresa rejeitou …": see SpeakerFinder.SourcesBefore.cs.
        TrackSourcesBefore(sentence, sentenceSpeaker);

        var main = FindMainReportingSubject(sentence, out var coordinated);
        if (sentenceSpeaker is null && !main.IsFound && EndingCueSubject(sentence) is { IsFound: true } ending)
        {
            // "Die Stadt müsse sparen, betonte er.": see SpeakerFinder.EndingCue.cs.
            main = ending;
        }

        NoteBroughtDocument(sentence, main);
        var source = main.IsFound || sentenceSpeaker is not null ? main : _accordingTo.FindSource(sentence) is { IsFound: true } given ? given : _accordingTo.OpeningViewHolder(sentence);
        // "Oberle zufolge sind elf Stellen unbesetzt.": see SpeakerFinder.ReportedSpeechAfterSource.cs.
        NoteFramedSource(sentence, sentenceSpeaker, main, source);
        if (sentenceSpeaker is null && _state.LastQuoted is { } speaking && !_state.OtherSubjectSinceQuoted && EndsTurn(sentence, source, speaking))
        {
            _state.OtherSubjectSinceQuoted = true;
        }

        if (sentenceSpeaker is not null && !coordinated)
        {
            main = Subject.None;
        }

        var named = (coordinated ? Resolve(main) : null) ?? sentenceSpeaker ?? Resolve(main) ?? (namesThing ? null : Resolve(SentenceSubject(sentence))) ?? NamedSource(sentence, source);
        if (AnswersQuestionAskedBy(sentence, sentenceSpeaker, main, named))
        {
            // "'Who checks?' asked Joan Hale. The director replied that …": see SpeakerFinder.AnswerToQuestion.cs.
            main = new Subject(SubjectKind.Unnamed, main.Text, main.End);
            named = null;
        }

        // "The mayor visited the quay with Jane Roe, who said …": someone who reports in a clause
        // of their own is whom the next pronoun means, as anyone who reports is.
        var opener = named is null || ReportsInRelativeClause(sentence) ? null : PersonOpeningWithOtherVerb(sentence);
        if (sentenceSpeaker is null)
        {
            // "Die Polizei ermittelt. Hinweise gebe es nicht, sagte ein Sprecher. „…“": see SpeakerFinder.SpokespersonReports.cs.
            NoteSpokespersonReport(sentence, main);
            // "Man prüfe alle Hinweise, sagte ein Sprecher der Polizei. „…“": see SpeakerFinder.SpokespersonOfBodyReports.cs.
            NoteSpokespersonOfBodyReport(sentence);
        }

        if (main.Kind == SubjectKind.Unnamed || (sentenceSpeaker is null && source.Kind == SubjectKind.Unnamed) || _unnamedSpeaker
            || (sentenceSpeaker is null && !main.IsFound && EndsInUnnamedCue(sentence)))
        {
            // "A spokesman for the Home Office said …", "according to an ntl spokesman": a later
            // "the spokesman" or "he" is this unnamed person, not whoever was named before.
            _state.Mentioned(null);
            // "Hinweise gebe es nicht, sagte ein Sprecher. „…“": with no quote of its own, the
            // sentence gives that unnamed person's words, so a quote after it no longer goes on
            // with the speaker quoted before (SpeakerFinder.ByContext.cs, S9).
            if (sentenceSpeaker is null)
            {
                _state.OtherSubjectSinceQuoted = true;
            }
        }
        else if (named is not null && _cast.IsOrganisation(named))
        {
            // "Acme said …; 'it said'": an organisation is never "he" or "she"; but "A spokeswoman
            // for Acme said …. She added:" is the spokeswoman, who speaks for Acme.
            // "Der Verein Bus pour Tous": the whole name, not the subject's cut reading (Cast.NounCutName.cs).
            named = _cast.WholeOfNounCutName(named);
            _cast.Organisation(named, _state.Paragraph);
            if (sentenceSpeaker is null && main.Kind is SubjectKind.Name or SubjectKind.Organisation)
            {
                // "The Harbour Council said it was reviewing the scheme. '…'", "The commission says
                // …. '…'": an organisation reports too, and the quote after it may be its words.
                _state.Reported(named);
            }

            if ((_spokesperson && string.Equals(named, sentenceSpeaker, StringComparison.Ordinal)) || (sentenceSpeaker is null && IsSpokesperson(main) && BringsInSpokesperson(sentence)))
            {
                _state.Mentioned(named);
            }
            else if (sentenceSpeaker is null && OnlyPersonNamedIn(sentence) is { } voice)
            {
                // "Le Rassemblement national, par la voix de son président Julien Bardin, a réclamé
                // un référendum. « … », a-t-il lancé": the one person an organisation's sentence
                // names is whom a later "il" means, not someone named before it.
                _state.Mentioned(voice);
            }
            else if (sentenceSpeaker is null && _cues.Words.OrganisationPronouns.Count == 0)
            {
                // "L'association Vélos Libres a lancé une pétition. Elle estime que « … »": where
                // no pronoun is kept for things (English "it"), "il" and "elle" may mean the
                // organisation just named; the person named before it is no longer a safe guess.
                _state.Mentioned(null);
            }
        }
        else if (named is not null && _bodies.Contains(named))
        {
            // "The Harbour Trust said the plan was sound. He added: …": a place or a body named
            // after "the" is no one "he" or "she" means, and whom the sentence leaves them to is
            // unsure: no one, rather than the person named before the body.
            _state.Mentioned(null);
        }
        else if (named is not null && !(_groupSpeaker && ReferenceEquals(named, sentenceSpeaker)))
        {
            _state.Mentioned(named);
            // "The city had to save twelve million, he said. '…'": a pronoun in a cue that ends the
            // sentence reports as a name does, and the quote after it may be their words.
            if ((sentenceSpeaker is null || coordinated) && (main.Kind == SubjectKind.Name || (main.Kind == SubjectKind.Pronoun && InEndingCue(sentence, main))))
            {
                _state.Reported(named);
            }
        }
        else if (sentenceSpeaker is null && named is null && OpensWithUnnamedBody(sentence))
        {
            // "El ayuntamiento respondió el jueves. «…», aseguró.": a body given by its noun alone,
            // which the cast cannot name, is the sentence's subject: a later dropped subject,
            // pronoun or "it" may mean it, so no longer the person or organisation quoted before.
            // Where a language keeps a pronoun for things ("it"), "he" and "she" still mean a
            // person. A quote with no cue may still go on with the last speaker, who often speaks
            // for that body ("The trust pays for the repairs itself. '…'").
            if (_cues.Words.OrganisationPronouns.Count == 0)
            {
                _state.Mentioned(null);
            }

            _cast.Nameless(_state.Paragraph);
        }
        else if (sentence.Count > 2 && _cues.Is(sentence[0], WordClass.Title) && OpeningSubject(sentence) is { Kind: SubjectKind.Name } titled
            && titled.Text.IndexOf(' ') < 0 && _genderOf(titled.Text) != Gender.Unknown && IsPersonNamed(titled.Text) && _names.Complete(titled.Text) is { } person)
        {
            // "Ms Kingsley has held the seat since 2001. She said:": a surname under a
            // title opening the sentence names a person, whom a later pronoun means, even if the
            // article never gives the full name; "Sir Tom" is Tom Baker if he was just named.
            _state.Mentioned(_state.SalientHolding(person) ?? person);
        }
        else if (IntroducedBySurname(sentence) is { } surname)
        {
            // "Fennimore dropped a set. '…,' he said.": he is Fennimore now, if the article names
            // one Fennimore in full; if not, no guess is made.
            _state.Mentioned(_plausibility.FullNameOf(surname));
        }
        else if (IntroducedByFirstName(sentence) is { } firstNamed)
        {
            // "Encarnación guarda las cartas.": see SpeakerFinder.FirstNameAlone.cs.
            _state.Mentioned(firstNamed);
        }
        else if (aged is not null)
        {
            // "Ionut, 41 ans, vient …": see SpeakerFinder.AgedFirstName.cs.
            _state.Mentioned(aged);
        }
        else if (OpensOnFirstNameOfSeveral(sentence))
        {
            // "Ramón mira a su hija.", two Ramóns named: see SpeakerFinder.FirstNameAlone.cs.
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(null);
        }

        // "De burgemeester greep meteen in. ‘…’, zei ze.": see SpeakerFinder.UnheldOfficeSubject.cs.
        // Read first: the rules after it would make the office someone unnamed, whom no pronoun names.
        if (!TrackUnheldOfficeSubject(sentence, sentenceSpeaker, named, main.IsFound || source.IsFound))
        {
            // "Le maire hausse les épaules. « … »": see SpeakerFinder.HeldRoleSubject.cs.
            TrackHeldRoleSubject(sentence, sentenceSpeaker, named, main, main.IsFound || source.IsFound);

            // "The chairman of the club was angry. '…,' he said.": see SpeakerFinder.UnheldPersonNounSubject.cs.
            TrackUnheldPersonNounSubject(sentence, sentenceSpeaker, named, main.IsFound || source.IsFound);

            // "Haar vader knikt tevreden.": see SpeakerFinder.UnnamedRelativeBeat.cs.
            TrackUnnamedRelativeBeat(sentence, sentenceSpeaker, named, main.IsFound || source.IsFound);

            // "Der Angeklagte stand auf.": see SpeakerFinder.BareRoleSubject.cs.
            TrackBareRoleSubject(sentence, sentenceSpeaker, named, main.IsFound || source.IsFound);
        }

        if (sentenceSpeaker is null && named is null && !main.IsFound && !source.IsFound && PersonEndingSentence(sentence) is { } lastNamed)
        {
            // "Ganz anders sieht das die Sprecherin der Händler, Karin Vogt. „…“, sagte sie.": see
            // SpeakerFinder.NameEndingSentence.cs.
            _state.Mentioned(lastNamed);
        }
        else if (sentenceSpeaker is null && named is null && !main.IsFound && !source.IsFound && PersonBeforeRelativeClause(sentence) is { } actor)
        {
            // "The loudest cheer was kept for Tom Vale, who waited in the rain.": see
            // SpeakerFinder.PersonBeforeRelative.cs.
            _state.Mentioned(actor);
        }

        if (sentenceSpeaker is null && named is null && WritersInterlocutor(sentence, out var interlocutor))
        {
            // "J'ai posé la question à X.": see SpeakerFinder.WritersInterlocutor.cs.
            _state.Mentioned(interlocutor);
            _state.OtherSubjectSinceQuoted = true;
        }

        // "The council leader brushed aside claims from Peter Vale that he ran a 'sleepy
        // council'. He added …": whoever reports inside the object, the sentence is about its
        // subject, whom the next pronoun means.
        if (named is not null && opener is { } subjectOfSentence && !string.Equals(subjectOfSentence, named, StringComparison.Ordinal))
        {
            _state.Mentioned(subjectOfSentence);
        }

        // The organisation in focus is read only by the very next sentence: by its quote's bare "a
        // spokesman said", or by a bare spokesperson's report with no quote of its own
        // (SpeakerFinder.SpokespersonReports.cs); when the next sentence can be neither
        // (NextMayQuote), it is left unread.
        if (nextMayQuote && SubjectOrganisation(sentence) is { } focus)
        {
            _state.Focused(focus);
        }

        TrackRoleAfterOpeningPhrase(sentence, sentenceSpeaker);
        NoteParagraphPeople(sentence);
        NoteGivenAges(sentence);

        // "Ces critiques n'ont pas découragé Lucien Ferrand.": see SpeakerFinder.ObjectPersonBefore.cs.
        NoteObjectPerson(sentence, sentenceSpeaker);

        // A one-word opening read as a name ("Nach den Verzögerungen") does not stand in the way.
        if (sentenceSpeaker is null && !(OpeningSubject(sentence) is { IsFound: true } openingName && openingName.Text.IndexOf(' ') > 0 && IsPersonNamed(openingName.Text))
            && PersonAfterVerb(sentence) is { } inverted)
        {
            // "A difendere il progetto è stato l'assessore …, Davide Marchetti.": the one person
            // brought in after the verb is the sentence's subject (see SpeakerFinder.InvertedSubject.cs).
            _state.Mentioned(inverted);
            _state.OtherSubjectSinceQuoted = true;
            _state.LastSubject = inverted;
            _state.LastSubjectSentence = _state.Sentence;
            _lastSubjectAlone = true;
        }

        // "Para la investigadora X, el conflicto era previsible.": see SpeakerFinder.ViewHolderFocus.cs.
        TrackViewHolder(sentence, sentenceSpeaker);

        // "Ob …, wollte Kranz nicht sagen. „…“, sagte sie.": see SpeakerFinder.SubjectAfterOpeningClause.cs.
        TrackSubjectAfterOpeningClause(sentence, sentenceSpeaker);

        // "Entre ellos, Fermín Olazábal, pastor jubilado, …": see SpeakerFinder.SetOffNewcomer.cs.
        TrackSetOffNewcomer(sentence, sentenceSpeaker);

        // "Entre os grevistas está Rosa, 63 anos, …": see SpeakerFinder.AgedNewcomerAfterCopula.cs.
        TrackAgedNewcomerAfterCopula(sentence, sentenceSpeaker);

        // "La ragazza sul trapezio è Sara Colombo, …": see SpeakerFinder.PredicateFullName.cs.
        TrackPredicateFullName(sentence, sentenceSpeaker);

        // "Si chiama Sara Rota, ha 24 anni.", "Er heißt Lukas Tanner.": see SpeakerFinder.NamingVerbNewcomer.cs.
        TrackNamingVerbNewcomer(sentence, sentenceSpeaker);

        // "Der 19-jährige Jonas, der …", "O filho, Rui, de 27 anos, …": see SpeakerFinder.FirstNameNewcomer.cs.
        TrackFirstNameNewcomer(sentence, sentenceSpeaker);

        // "And Sanne herself?", "En Sanne zelf?": see SpeakerFinder.QuestionTurn.cs.
        TrackQuestionTurn(sentence, sentenceSpeaker);

        if (sentenceSpeaker is null && IsJoinedSource(sentence, source))
        {
            // "Según María Durán y Ana León, …. «…», dijo.": either may be meant next, so no one is.
            _state.Mentioned(null);
            _state.LastSubject = null;
        }

        // "His daughter Ellen Vane stood beside him.": see SpeakerFinder.PossessedSubject.cs.
        TrackPossessedSubject(sentence, sentenceSpeaker);
        // "Gérard hausse les épaules.": see SpeakerFinder.ActionBeatFirstName.cs.
        TrackFirstNameBeat(sentence, sentenceSpeaker);
        TrackDroppedSubjectGoingOn(sentence, sentenceSpeaker);
        // "Desde que vio al animal, no deja …": see SpeakerFinder.SubjectGoesOnPastClause.cs.
        TrackDroppedSubjectPastClause(sentence, sentenceSpeaker);

        // "La catedrática de la Universidad de Aldermeer Marta Vidal ve …": see SpeakerFinder.GluedRoleName.cs.
        TrackGluedRoleName(sentence, sentenceSpeaker);

        if (sentenceSpeaker is null && (OpensWithJoinedPeople(sentence) || OpensWithJoinedSetOffPeople(sentence)))
        {
            // "Rosa Gil y Juan Vidal hablan durante mucho tiempo.": either may be meant next, so
            // no one is (see SpeakerFinder.JoinedSubjects.cs), also with names set off by commas
            // (SpeakerFinder.JoinedSetOffSubjects.cs).
            _state.Mentioned(null);
            _state.OtherSubjectSinceQuoted = true;
            _state.LastSubject = null;
            _state.LastSubjectSentence = _state.Sentence;
        }

        // "The nurse was not convinced." after "'…,' said a nurse": see SpeakerFinder.DescriptionComesBack.cs.
        TrackDescriptionComesBack(sentence, sentenceSpeaker);
    }

    // The subject opening the sentence, or the person named in full after an opening phrase and its comma ("At
    // her side, Jane Roe nods.", "A seu lado, Patrícia Antunes acena com a cabeça."): the phrase says where or
    // when, and the sentence is about the person as much as one that opens with the name.
    private Subject OpeningOrAfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        // "Ob das Werk öffnet, wollte Kranz nicht sagen.": see SpeakerFinder.SubjectAfterOpeningClause.cs; the
        // verb of saying there is the subject's own, and a name inside the clause is the clause's.
        if (AfterOpeningClauseAndVerb(sentence) is { IsFound: true } afterClause)
        {
            return afterClause;
        }

        var opening = OpeningSubject(sentence);
        if (opening.Kind == SubjectKind.Name && IsPersonNamed(opening.Text))
        {
            return opening;
        }

        // "De Groot schudt zijn hoofd.": see SpeakerFinder.ParticleSurnameOpening.cs.
        if (ParticleSurnameOpening(sentence, opening) is { IsFound: true } particle)
        {
            return particle;
        }

        // "Panneaux solaires, … : l'architecte X a voulu …": see SpeakerFinder.AfterVerblessOpening.cs.
        if (SubjectAfterVerblessOpening(sentence) is { IsFound: true } afterLead)
        {
            return afterLead;
        }

        // Only a sentence that reports nothing: "On occasion, the Supreme Court has ruled against him, he says"
        // is the speaker's report of what the court did.
        if (_cues.HasReportingVerb(sentence, int.MaxValue))
        {
            return Subject.None;
        }

        // The name right after the phrase's comma and right before its verb: a name set off by commas of its own
        // ("Across the square, Tom Pengarth, a retired postman, watches") is SpeakerFinder.SetOffNewcomer.cs's,
        // and one after an article ("Sul tavolo, la lettera di Carlo Dalmasso, …") is no subject.
        var afterPhrase = AfterOpeningPhrase(sentence);
        if (afterPhrase.IsFound && !IsRightAfterFirstComma(sentence, afterPhrase))
        {
            return Subject.None;
        }

        if (!afterPhrase.IsFound && _cues.Words.VerbSecond)
        {
            afterPhrase = AfterOpeningPhraseAndVerb(sentence);
        }

        return afterPhrase.Kind == SubjectKind.Name && !afterPhrase.IsOrganisation && afterPhrase.Text.IndexOf(' ') > 0
            && !_cast.IsOrganisation(afterPhrase.Text)
            ? afterPhrase
            : Subject.None;
    }

    private static bool IsRightAfterFirstComma(IReadOnlyList<Token> sentence, Subject name)
    {
        var comma = 0;
        while (comma < sentence.Count && sentence[comma].Kind != TokenKind.Comma)
        {
            comma++;
        }

        return comma + 1 < sentence.Count && sentence[comma + 1].IsCapitalized && name.End > comma + 1 && name.End < sentence.Count && sentence[name.End].IsLower;
    }

    // "Neben ihr nickt Ute Kranz.", "Naast haar knikt Els Smit.": where the finite verb stands second, a
    // phrase a preposition opens puts the subject right after the verb. The verb is the first lower-case
    // word after the phrase's own, not after an article ("Mit der neuen Chefin …" holds no verb), and a
    // person named in full follows it.
    private Subject AfterOpeningPhraseAndVerb(IReadOnlyList<Token> sentence)
    {
        const int MaxVerbIndex = 5;
        for (var verb = 2; verb <= MaxVerbIndex && verb + 2 < sentence.Count; verb++)
        {
            if (!sentence[verb].IsWord)
            {
                return Subject.None;
            }

            if (!sentence[verb].IsLower || _cues.Is(sentence[verb - 1], WordClass.Article)
                || !_cues.OpensBeforeSecondVerb(sentence, verb))
            {
                continue;
            }

            var start = _cues.Phrase.SkipFillers(sentence, verb + 1);
            if (start >= sentence.Count || !sentence[start].IsCapitalized)
            {
                return Subject.None;
            }

            var subject = _cues.Phrase.ReadForward(sentence, start);
            return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && _names.Complete(subject.Text) is { } name
                && name.IndexOf(' ') > 0 && IsPersonNamed(name)
                ? new Subject(SubjectKind.Name, name, subject.End)
                : Subject.None;
        }

        return Subject.None;
    }

    // "Neue Schulden werde es nicht geben, betonte er.", "Tom Vale would never come back,
    // she said.": a cue with a pronoun ending the sentence makes all before it reported words; the
    // name opening them is no subject of the sentence's.
    private bool EndsInPronounCue(IReadOnlyList<Token> sentence)
    {
        const int MaxCueWords = 4;
        var comma = sentence.Count - 1;
        while (comma > 0 && sentence.Count - comma <= MaxCueWords + 2 && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        if (comma <= 0 || sentence[comma].Kind != TokenKind.Comma)
        {
            return false;
        }

        // "…, and he said sorry" is a clause of its own, no cue.
        var reports = false;
        var pronoun = false;
        for (var k = comma + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote || (token.IsWord && _cues.Is(token, WordClass.Coordinator)))
            {
                return false;
            }

            if (!token.IsWord)
            {
                continue;
            }

            var hyphen = token.Span.LastIndexOf('-');
            reports |= _cues.IsReportingVerb(token);
            pronoun |= token.IsLower && (_cues.Is(token, WordClass.Pronoun) || (hyphen > 0 && _cues.Words.Pronouns.Contains(token.Span.Slice(hyphen + 1))));
        }

        return reports && pronoun;
    }

    // Whether `subject` stands in a cue of a few words after the sentence's last comma: ", he
    // said.", ", a-t-il dit.", ", sagte er." (not "He said he had asked …" nor "… claimed that he
    // asked …", where the pronoun may mean someone else).
    private bool InEndingCue(IReadOnlyList<Token> sentence, Subject subject)
    {
        const int MaxCueWords = 4;
        var comma = sentence.Count - 1;
        while (comma >= 0 && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        var words = 0;
        var reports = false;
        for (var k = comma + 1; k < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }

            words += sentence[k].IsWord ? 1 : 0;
            reports |= _cues.IsReportingVerb(sentence[k]);
        }

        return comma > 0 && subject.End > comma && words <= MaxCueWords && reports;
    }

    // Whether a relative clause after a comma opens on a reporting verb, past a few fillers or an
    // auxiliary: ", who said", ", qui a dénoncé", ", que declaró".
    private bool ReportsInRelativeClause(IReadOnlyList<Token> sentence)
    {
        // A sentence with no reporting verb reports in no clause (SentenceSummary).
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Reporting))
        {
            return false;
        }

        const int MaxWordsBeforeVerb = 3;
        for (var i = 1; i + 1 < sentence.Count; i++)
        {
            if (sentence[i - 1].Kind != TokenKind.Comma || !sentence[i].IsLower || !_cues.Words.RelativePronouns.Contains(sentence[i].Span))
            {
                continue;
            }

            for (var k = i + 1; k < sentence.Count && k <= i + MaxWordsBeforeVerb && sentence[k].IsWord; k++)
            {
                if (_cues.IsReportingVerb(sentence[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The person a role after the article opening the sentence means, when its verb follows and
    // neither reports nor is a passive's auxiliary ("The minister brushed aside claims …", not "The
    // minister said …" or "The minister was praised by …"; "The president of the club, Ann Lee,
    // says" has no verb after its role), or null. Read before the sentence's own mentions, so that
    // the role means whoever was salient before it. A name is not read so: tried, an opening run
    // of capitals was too often a place, a party or a club.
    private string? PersonOpeningWithOtherVerb(IReadOnlyList<Token> sentence)
    {
        var subject = LeadingPhrase(sentence);
        if (subject.Kind != SubjectKind.Role || subject.End >= sentence.Count || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite))
        {
            return null;
        }

        // "Il direttore artistico, il maestro Giulio Santangelo, guarda …": the role's holder is
        // named after it, and is the sentence's subject; the word after the role is no verb.
        if (OpeningSubject(sentence).Kind == SubjectKind.Name)
        {
            return null;
        }

        var verb = sentence[subject.End];
        if (!verb.IsLower || !verb.IsWord || _cues.IsReportingVerb(verb) || _cues.Words.ListenerVerbs.Contains(verb.Span)
            || _cues.Words.PassiveAuxiliaries.Contains(verb.Span) || _cues.Is(verb, WordClass.Complementiser | WordClass.Coordinator)
            || _cues.Is(verb, WordClass.Preposition) || _cues.Words.OrganisationLinks.Contains(verb.Span))
        {
            return null;
        }

        var person = Resolve(subject);
        return person is not null && IsPersonNamed(person) ? person : null;
    }

    // "…, according to Carla Fiorenza, head of the harbour trust.", "according to Mr Baker": a
    // source shown to be a person, by the role after it or a name completed from a surname, is
    // whom a later "she told the gathering" means when the sentence has no subject of its own.
    // "According to Harbour Pro, a print costs …" shows no person.
    private string? NamedSource(IReadOnlyList<Token> sentence, Subject source)
    {
        if (source.Kind != SubjectKind.Name || source.IsOrganisation || Resolve(source) is not { } person || !IsPersonNamed(person))
        {
            return null;
        }

        var described = source.End + 1 < sentence.Count && sentence[source.End].Kind == TokenKind.Comma && _cues.Phrase.OpensWithRole(sentence, source.End + 1);
        return described || !string.Equals(person, source.Text, StringComparison.Ordinal) || IsFirstNamedPersonAlone(sentence, source, person) ? person : null;
    }

    // "Selon la syndicaliste Marie Doré, …", "Volgens advocaat Joost Bakker …": a full name right
    // after a role or a title is a person's, as a role after it shows; not when a second name is
    // joined to it ("Según la abogada María Durán y Ana León"): a later pronoun may mean either.
    private bool IsFirstNamedPersonAlone(IReadOnlyList<Token> sentence, Subject source, string person)
    {
        if (person.IndexOf(' ') < 0 || source.End > sentence.Count)
        {
            return false;
        }

        if (IsJoinedSource(sentence, source))
        {
            return false;
        }

        // Back over the name's capitalised words to the role: German writes it with a capital
        // too ("Laut Anwalt Jonas Kehl"), Italian elides its article onto it ("l'avvocato"), and a
        // short complement may stand between ("la conseillère d'opposition Sophie Marin").
        const int MaxNameWords = 4;
        const int MaxComplementWords = 3;
        var complement = 0;
        for (var k = source.End - 1; k >= 0 && k >= source.End - 1 - MaxNameWords - MaxComplementWords && sentence[k].IsWord; k--)
        {
            if (k < source.End - 1 && IsRoleWord(sentence[k]))
            {
                NoteDescribedGender(person, GenderOfDescription(sentence, k + 1));
                return true;
            }

            if (!sentence[k].IsCapitalized && (++complement > MaxComplementWords || _cues.IsReportingVerb(sentence[k])))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsRoleWord(Token token)
        => _cues.Is(token, WordClass.TitleOrRole)
        || (Elision.TrySplit(token.Span, out _, out var tail) && ((WordClass)_cues.Words.Classes.Flags(tail) & (WordClass.TitleOrRole)) != 0);

    // The one person the sentence names in full after a role or title ("son président Julien
    // Bardin"), or null when it names none or several: a bare run of capitals may be a place, a
    // prize or a street.
    private string? OnlyPersonNamedIn(IReadOnlyList<Token> sentence)
    {
        string? person = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!sentence[i].IsCapitalized || sentence[i - 1].IsCapitalized || i + 1 >= sentence.Count || !sentence[i + 1].IsCapitalized)
            {
                continue;
            }

            if (!sentence[i - 1].IsLower || !_cues.Is(sentence[i - 1], WordClass.TitleOrRole))
            {
                continue;
            }

            if (FullPersonNamedAt(sentence, i) is not { } name)
            {
                continue;
            }

            if (person is not null && !string.Equals(person, name, StringComparison.Ordinal))
            {
                return null;
            }

            person = name;
        }

        return person;
    }

    // The person the run of capitals at `start` names in full ("Julien Bardin"), completed from
    // the article's names, or null: an organisation, a single word, a name no person holds.
    private string? FullPersonNamedAt(IReadOnlyList<Token> sentence, int start)
    {
        var phrase = _cues.Phrase.ReadForward(sentence, start);
        return phrase.Kind == SubjectKind.Name && !phrase.IsOrganisation && phrase.Text.IndexOf(' ') > 0
            && _names.Complete(phrase.Text) is { } name && IsPersonNamed(name)
            ? name
            : null;
    }

    // "But the Harbour Trust stood by the plan.": the organisation the sentence opens with as
    // its subject (past a "but"), when no capitalised word but a day's or month's follows it. A
    // sentence that names someone or something else ("Sky lost the rights to the BBC") leaves
    // whom a spokesman after it speaks for in doubt.
    private string? SubjectOrganisation(TokenRange sentence)
    {
        var start = sentence.Count > 1 && sentence[0].IsCapitalized && _cues.Is(sentence[0], WordClass.Contrast) ? 1 : 0;
        if (start < sentence.Count - 1 && sentence[start].IsWord && _cues.Is(sentence[start], WordClass.Definite) && sentence[start + 1].IsCapitalized)
        {
            // "But the Home Office", "The Justice Department": the name after its article.
            start++;
        }

        // "L'Union des usagers de Valmont a contesté": a name an organisation noun heads, read
        // whole; otherwise the capitalised run and the links inside it ("Department for
        // Education and Skills"), which a person's name phrase would cut short.
        var subject = start == 0 ? LeadingPhrase(sentence) : _cues.Phrase.ReadForward(sentence, start);
        int end;
        string name;
        if (subject.Kind == SubjectKind.Name && subject.IsOrganisation)
        {
            end = subject.End;
            name = subject.Text;
        }
        else
        {
            // An "and" joins inside a name only after a link ("for Education and Skills"); before
            // one it joins two subjects ("Harbour Council and Vale Buses").
            end = start;
            var linked = false;
            while (end < sentence.Count && (sentence[end].IsCapitalized || (end > start && end + 1 < sentence.Count && sentence[end + 1].IsCapitalized && IsRunLink(sentence[end], linked))))
            {
                linked |= sentence[end].IsLower;
                end++;
            }

            if (end == start || !_cast.IsOrganisation(name = Phrase.Join(sentence, start, end)))
            {
                return null;
            }
        }

        // "The Harbour Trust, in a statement, says", "L'Asl, in una nota, fa sapere": past the insert.
        end = Phrase.PastLowerCaseInsert(sentence, end, MaxInsertWordsAfterBody);
        if (end >= sentence.Count || !sentence[end].IsLower)
        {
            return null;
        }

        for (var k = end; k < sentence.Count; k++)
        {
            if (sentence[k].IsCapitalized && !Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span) && !IsCapitalisedCommonNoun(sentence, k))
            {
                return null;
            }
        }

        return name;
    }

    // The words an insert set off by commas after an organisation's name may hold.
    private const int MaxInsertWordsAfterBody = 6;

    private bool IsRunLink(Token token, bool linked)
        => token.IsLower && (_cues.Is(token, WordClass.NameJoiner) || (linked && _cues.Is(token, WordClass.Coordinator)));

    private bool IsLink(Token token)
        => token.IsLower && _cues.Is(token, WordClass.Preposition | WordClass.EmployerLink | WordClass.NameJoiner);

    // S9: someone other than the one speaking reports in a sentence with no quote (a firm, an
    // unnamed spokesman, a source "according to"), or is named as its subject after an opening
    // adverbial ("Four hours later, Edward Baker called …"): the speaker's turn is over. A pronoun
    // or a role points back, to whom is not known here, so it ends nothing.
    private bool EndsTurn(TokenRange sentence, Subject source, string speaking)
    {
        var other = source;
        if (!other.IsFound)
        {
            other = _cues.Phrase.ReadAfterOpeningAdverbial(sentence);
        }

        // "A spokesman for the water board said …": someone unnamed brought in to report, whom
        // reading back from the verb misses over the lower-case words of where they work.
        if (!other.IsFound && LeadingPhrase(sentence).Kind == SubjectKind.Unnamed && _cues.HasReportingVerb(sentence))
        {
            return true;
        }

        if (OpensWithIndefiniteReporter(sentence))
        {
            return true;
        }

        switch (other.Kind)
        {
            case SubjectKind.Unnamed:
                return true;
            case SubjectKind.Organisation when BringsInSpokesperson(sentence) && _cues.HasReportingVerb(sentence) && Resolve(other) is null:
                // "A spokesman for the council said …", "Een woordvoerder van het waterschap laat
                // weten …": someone unnamed reports for a body the article never named, who is no
                // one, and the last speaker's turn is over.
                return true;
            case SubjectKind.Name:
            case SubjectKind.Organisation:
                // Only a person or an organisation of the cast: "on Sunday blamed" names no one.
                return Resolve(other) is { } name && (IsPersonNamed(name) || _cast.IsOrganisation(name))
                    && (!(EndsWithWord(speaking, LastWord(name)) || EndsWithWord(name, LastWord(speaking))) || IsRelativeOf(speaking, name));
            default:
                return false;
        }
    }

    // Whether the word at `next`, after a noun, goes on with it: a link, a relative pronoun, or its verb.
    private bool OpensNounPhrase(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && sentence[next].IsLower
        && (IsComplementLink(sentence[next]) || _cues.Words.RelativePronouns.Contains(sentence[next].Span) || _cues.IsReportingVerb(sentence[next]));

    // "Para o dono de uma pousada no centro histórico, …", "Pour une habitante du quartier, …": a
    // view's preposition opening the sentence, an article and a noun that is no role (a role may
    // mean its holder), lower-case words up to the comma: someone unnamed holds the view.
    private bool OpensWithUnnamedView(IReadOnlyList<Token> sentence)
    {
        const int MaxHolderTokens = 10;
        if (sentence.Count < 5 || !sentence[0].IsCapitalized || !_cues.Words.ViewPrepositions.Contains(sentence[0].Span)
            || !sentence[1].IsLower || !_cues.Is(sentence[1], WordClass.Article)
            || !sentence[2].IsLower || _cues.Is(sentence[2], WordClass.TitleOrRole | WordClass.OrganisationNoun) || _cues.Words.SpokesNouns.Contains(sentence[2].Span)
            || !IsComplementLink(sentence[3]))
        {
            // "Para o próximo ano, …", "Per la prima volta, …", "Para a organização, …": a time, a
            // first time or a body; someone's view is a noun and its complement ("o dono de …").
            return false;
        }

        for (var k = 4; k < sentence.Count && k <= MaxHolderTokens; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return true;
            }

            if (!sentence[k].IsLower || _cues.IsReportingVerb(sentence[k]))
            {
                return false;
            }
        }

        return false;
    }

    // "de", "do", "van", "of": a link that opens a noun's complement.
    private bool IsComplementLink(Token token)
        => token.IsLower && (_cues.Words.OrganisationLinks.Contains(token.Span) || _cues.Words.ContractedArticles.Contains(token.Span)
            || _cues.Is(token, WordClass.EmployerLink) || _cues.Words.HeadLinks.Contains(token.Span));

    // "A woman who lives above the shops said …", "Een bewoonster van de flat zei …", "Une
    // retraitée de l'immeuble a expliqué …": an indefinite article opens the sentence and the
    // words up to its first reporting verb are its subject's, all in lower case (no pronoun, no
    // name, no comma: "A decision is due in May, he said" is his). Someone unnamed reports, whose
    // noun no list holds, and the last speaker's turn is over.
    private bool OpensWithIndefiniteReporter(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsCapitalized || !_cues.Is(sentence[0], WordClass.Indefinite) || !sentence[1].IsLower
            || !(OpensNounPhrase(sentence, 2) || (sentence.Count > 3 && sentence[2].IsLower && !_cues.Is(sentence[2], WordClass.Filler) && OpensNounPhrase(sentence, 3))))
        {
            // "A week later the mayor announced", "Una semana después anunció": the noun is no
            // one's when an adverb follows it; a person's noun is followed by its complement, a
            // relative clause or its verb ("A local resident said").
            return false;
        }

        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            var token = sentence[i];
            if (!token.IsWord || !token.IsLower || _cues.Is(token, WordClass.Pronoun))
            {
                return false;
            }

            if (_cues.IsReportingVerb(token))
            {
                // "Een week later zei hij": a pronoun after the verb is its subject.
                return !(i + 1 < sentence.Count && sentence[i + 1].IsLower && _cues.Is(sentence[i + 1], WordClass.Pronoun));
            }
        }

        return false;
    }

    // "A Labour Party spokesman told the BBC …", "a spokesman for Acme said": someone unnamed,
    // brought in by an indefinite article, whom a later "he" or "she" means. "The Tory
    // spokesman" points back to someone named before instead.
    private bool BringsInSpokesperson(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (sentence[i].IsWord && _cues.Words.SpokesNouns.Contains(sentence[i].Span))
            {
                // "A Department for Education spokeswoman"; "The Harbour Centre spokeswoman" too,
                // but not "The Tory spokesman", a party's, who was named before.
                var j = i - 1;
                var named = false;
                while (j > 0 && (sentence[j].IsCapitalized || (sentence[j].IsLower && _cues.Is(sentence[j], WordClass.NameJoiner)))
                    && !_cues.Is(sentence[j], WordClass.Indefinite) && !_cues.Is(sentence[j], WordClass.Definite))
                {
                    named |= sentence[j].IsCapitalized && !_cues.Is(sentence[j], WordClass.Affiliation) && !_cues.Is(sentence[j], WordClass.Demonym);
                    j--;
                }

                return sentence[j].IsWord && (_cues.Is(sentence[j], WordClass.Indefinite) || (named && _cues.Is(sentence[j], WordClass.Definite)));
            }
        }

        return false;
    }

    // The person a pronoun opening the sentence means, when a verb (a lower-case word) follows
    // it: "Il a rencontré des associations", "He was clearly angry". Null otherwise.
    private string? PronounSubject(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3)
        {
            return null;
        }

        var subject = Subject.None;
        if (sentence[1].IsLower)
        {
            subject = LeadingPhrase(sentence);
            if (subject.Kind != SubjectKind.Pronoun)
            {
                subject = PronounOfQuestion(sentence);
            }
        }

        // "Am Sonntag trug sie …", "Dimanche, elle a …": see SpeakerFinder.PronounAfterOpeningPhrase.cs.
        if (subject.Kind != SubjectKind.Pronoun)
        {
            // "Since she saw the bear, she …": see SpeakerFinder.SubjectGoesOnPastClause.cs.
            return PersonAfterOpeningPhrase(sentence) ?? PersonAfterOpeningClause(sentence);
        }

        return Resolve(subject) is { } meant && !_cast.IsOrganisation(meant) ? meant : null;
    }

    // "Was he surprised by the strength of feeling?", "Bereut er es?": a question whose verb
    // comes first puts its subject pronoun second; the answer that follows is that person's.
    // Not a plural pronoun, which means a group.
    private Subject PronounOfQuestion(IReadOnlyList<Token> sentence)
    {
        var last = sentence[sentence.Count - 1];
        var pronoun = sentence[1];
        return last.Kind == TokenKind.Terminal && last.First == '?' && sentence[0].IsCapitalized
            && !_cues.Is(sentence[0], WordClass.Pronoun) && pronoun.IsLower && _cues.Is(pronoun, WordClass.Pronoun)
            && !PluralPronoun.Means(pronoun.Text, _cues.Words.PluralPronouns)
                ? new Subject(SubjectKind.Pronoun, pronoun.Text, 2)
                : Subject.None;
    }

    // The surname opening a sentence, followed by its verb, when it ends a full name of the article.
    private string? IntroducedBySurname(IReadOnlyList<Token> sentence)
    {
        // "Born in 1912 …, Callaghan became": an opening word read as a name is no known surname.
        var subject = OpeningSubject(sentence);
        if (!(subject.IsFound && _plausibility.IsKnownSurname(subject.Text)))
        {
            subject = AfterOpeningPhrase(sentence);
        }

        // "Bergtal führte zur Pause" after "die HSG Bergtal": the last word of a body's name (Cast.AcronymHeadedBody) is no one's surname.
        return subject.IsFound && _plausibility.IsKnownSurname(subject.Text)
            && !(_plausibility.FullNameOf(subject.Text) is { } full && _cast.IsAcronymHeadedBody(full)) ? subject.Text : null;
    }

    // Whether a sentence, after its subject, names no one else and gives no profession that could
    // be someone else's: "Paul Roux a visité le chantier avec une architecte" (or "avec Claire
    // Dumont") leaves a later "l'architecte" to no one. Where every noun is capitalised ("leitet die
    // Baustelle"), a capital names someone only as a word that ends a full name of the article,
    // or before another capital ("traf Jürgen Albers"), and a profession is one after its article. Bounded by the reach of a cue.
    private bool NamesNoOneElse(IReadOnlyList<Token> sentence, int from)
    {
        var nouns = _cues.Words.CapitalisesNouns;
        for (var i = from; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            var token = sentence[i];
            if (BodyRunEnd(sentence, i) is var body && body > i)
            {
                i = body - 1;
                continue;
            }

            if ((token.IsCapitalized && (!nouns || _plausibility.EndsAnyFullName(token.Span) || (i + 1 < sentence.Count && sentence[i + 1].IsCapitalized)))
                || ((token.IsLower || nouns) && token.IsWord && _cues.Words.ProfessionEpithets.Contains(Elision.Tail(token.Span))))
            {
                return false;
            }
        }

        return true;
    }

    // The sentence's subject, noted as the last one: whether it is alone is read from word `from` on.
    private void NoteLastSubject(string? person, IReadOnlyList<Token> sentence, int from)
    {
        _state.LastSubject = person;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = NamesNoOneElse(sentence, from);
    }
}
