using System;

namespace ContentGen.Parsing.Speakers;

// The cast's second stage: a mention a sieve found (a name, a pronoun, a role noun, an epithet) is
// resolved to the entity it means, or to no one when the article leaves it unsure.
internal sealed partial class SpeakerFinder
{
    // A person the article names: in full, or by a surname it gives in full or under a title
    // ("Ms Kingsley", "Mr Galway"); no organisation.
    // A one-word name's gender is asked before its plausibility on purpose: plausibility is kept per
    // name, but its first answer for a single word reads facts of the whole article (the words it
    // writes in lower case, those it capitalises inside sentences, what it quotes) that an article
    // may otherwise never read. Asking plausibility first made BBC news 1-2% slower and allocate 4%
    // more, the French pages 12% more (session 55).
    private bool IsPersonNamed(string name)
        => (name.IndexOf(' ') > 0 ? _plausibility.IsPlausible(name)
            : _plausibility.IsKnownSurname(name) || (_genderOf(name) != Gender.Unknown && _plausibility.IsPlausible(name)) || _agedFirstNames.Contains(name))
        && !_cast.IsOrganisation(name);

    // "Sir Alan said" after "Sir Alan Marsh": a one-word name that no full name ends, that the article
    // writes alone after Sir or Dame, and that opens the full name of one salient person (not two
    // namesakes), is that person's first name; not when the article writes it as a surname ("Mr
    // Howard" is not the Howard Flight named before), nor an organisation's. A first name without
    // such a title is the salient person's too when no full name ends with it ("dice Marta" after
    // "Marta Rubiales": SpeakerFinder.FirstNameAlone.cs).
    private string? FirstNameOfSalient(string? name)
        => name is not null && name.IndexOf(' ') < 0 && !_cast.IsOrganisation(name) && ((_genders.IsTitledFirstName(name) && !_genders.IsTitledSurname(name)) || IsUntitledFirstName(name))
            && !_names.OpensSeveralFullNames(name) && _state.OnlySalientOpenedBy(name) is { } fuller && !_cast.IsOrganisation(fuller)
            ? fuller
            : name;

    // "bowler", "front-runner": a role that means only a holder the article named, or a compound
    // ending in one, which is no role the article can have given anyone under its last word.
    private bool IsHolderOnly(string role)
    {
        var word = Elision.Tail(role.AsSpan());
        var hyphen = word.LastIndexOf('-');
        var roles = _cues.Words.HolderOnlyRoles;

        // "le maire-adjoint": a deputy's compound means only whom the article gave it, never the
        // salient person, who is most often the holder of the office it deputises.
        return roles.Contains(word) || (hyphen > 0 && (roles.Contains(word.Slice(hyphen + 1)) || _cues.Words.DeputyWords.Contains(word.Slice(hyphen + 1))));
    }

    // "the spokeswoman", "le porte-parole", "an official": someone whose words are an organisation's.
    private bool SpeaksForSomeone(string role)
    {
        var word = Elision.Tail(role.AsSpan());
        return _cues.Words.SpokesNouns.Contains(word) || _cues.Words.OfficialNouns.Contains(word);
    }

    // The holder of any of the forms of an office ("sindaca|sindaco") the article gave someone, or null.
    private string? HolderOfAnyForm(Subject subject)
    {
        foreach (var form in subject.Text.Split('|'))
        {
            if (_roles.Gave(form) && Resolve(new Subject(SubjectKind.Role, form, subject.End)) is { } holder)
            {
                return holder;
            }
        }

        return null;
    }

    // "alcaldesa", "sindaca|sindaco": the roles an office epithet of the lexicons stands for.
    private bool IsOfficeEpithetRoles(string roles) => Array.IndexOf(_cues.Words.OfficeEpithetRoles, roles) >= 0;

    // "Betriebsratsvorsitzende", "fractievoorzitter": a compound ending in a title, itself no listed title, role or trade.
    private bool IsCompoundTitleEpithet(string word)
        => !_cues.Words.Titles.Contains(word) && !_cues.Words.RoleNouns.Contains(word) && !_cues.Words.ProfessionEpithets.Contains(word)
        && !_cues.Words.OfficeEpithetPhrases.Contains(word)
        && _cues.Words.TitleEnds.EndsAny(word.AsSpan());

    // "l'ingénieur", "el ingeniero": a profession the lexicon lists as an epithet, its elided article aside.
    private bool IsProfessionEpithet(string role)
        => _cues.Words.ProfessionEpithets.Contains(Elision.Tail(role.AsSpan()));

    // "Ana Gil dirige las obras. «…», dijo la ingeniera.": a profession as an epithet means the
    // person just named, the subject of the sentence just before, and no one else:
    // not someone named earlier (an unnamed engineer may be speaking), not a person the article
    // gave a role ("el alcalde Pedro Gil" is no engineer), an organisation, or a man called "la
    // ingeniera".
    private string? ProfessionMeant(string profession, Subject? subject = null)
    {
        // "La ingeniera Ana Gil dirige las obras. … «…», dijo la ingeniera.": the one person the
        // article gave the profession in reach, however many sentences between; two such people,
        // and the noun means neither.
        var holder = ProfessionHolder(profession, out var several);
        if (holder is null && !several)
        {
            // "la escultora Ana Gil … dijo la artista": the one person given a trade of its family (SpeakerFinder.TradeFamily.cs).
            holder = FamilyTradeHolder(profession, subject, out several);
        }

        if (several)
        {
            return null;
        }

        // The speaker of a quote just before is not meant: "« … », a dit Paul Roux. « … », a
        // répondu l'ingénieur" is someone answering him.
        var just = _state.Sentence - 1;
        // "Ces critiques n'ont pas découragé Claire Dumont. « … », a expliqué l'ingénieure.": or the
        // person named alone as the object just before (SpeakerFinder.ObjectPersonBefore.cs); or,
        // where the sentence before names no one alone, the paragraph's one named person
        // (SpeakerFinder.ParagraphTradeHolder.cs).
        var person = holder ?? (_state.LastSubjectSentence == just && _lastSubjectAlone && _state.LastQuotedSentence != just ? _state.LastSubject : null)
            // "«…», lamenta X. «…», añade el ganadero": adding is no answer (SpeakerFinder.AddedToOwnQuote.cs).
            ?? AddedToOwnQuote(profession, subject)
            ?? ObjectPersonJustBefore()
            ?? (subject is { Complement: null, Employer: null } ? ParagraphsOnePerson() : null);
        var served = IsHolderEpithet(profession);
        if (holder is null && person is not null && !served && ProfessionGivenOther(person))
        {
            return null;
        }

        if (person is null || _cast.IsOrganisation(person) || _descriptions.Contains(person) || _bodies.Contains(person)
            || (holder is null && !served && _roles.HoldsAnyRole(person, _complete)))
        {
            return null;
        }

        // A masculine form in Spanish, Portuguese or Italian (MaleTitles) never means a woman;
        // French writes "l'ingénieur" of women too, and lists no masculine form.
        var noun = Elision.Tail(profession.AsSpan());
        var gender = _genderOf(person);
        var formOf = AgentNouns.Is(_cues.Words, noun, out var agent) ? agent : Gender.Unknown;
        // "atirou a sindicalista", "ha detto la centrocampista": an agent noun whose ending says no gender
        // takes the article's ("a", "la" before a woman; EpithetArticleGender).
        if (formOf == Gender.Unknown && subject is { } epithet && AgentNouns.Is(_cues.Words, noun, out _))
        {
            formOf = EpithetArticleGender(epithet);
        }
        return ((_cues.Words.FemaleTitles.Contains(noun) || formOf == Gender.Female) && gender == Gender.Male)
            || ((_cues.Words.MaleTitles.Contains(noun) || formOf == Gender.Male) && gender == Gender.Female)
            ? null
            : person;
    }

    // Whether the article gave `role` to someone it names ("Die Architektin Katrin Vogel"), or
    // to several: then the role's own reading decides whom it means.
    private bool HeldByNamedPerson(string role)
        => _roles.Gave(role) && (_roles.Holder(role, null, null, _complete, out _) is not { } holder || (holder.IndexOf(' ') > 0 && IsPersonNamed(holder)));

    // A person known as a man or a woman, or a name of two words or more the cast does not know as
    // a body: not whom "they" means ("police said … they said" after a named spokesman). A body, a
    // group or a one-word plural ("MPs") may be. When unsure, no one: a party the cast does not
    // know as a body is refused too.
    private bool IsOnePerson(string name)
        => !_cast.IsOrganisation(name) && !_descriptions.Contains(name) && (name.IndexOf(' ') > 0 || _genderOf(name) != Gender.Unknown);

    /// <summary>Whether <paramref name="speaker"/>, a name this finder returned, is an organisation's.</summary>
    public SpeakerKind KindOf(string speaker)
        => _descriptions.Contains(speaker) ? SpeakerKind.Description
        : _cast.IsOrganisation(speaker) || _bodies.Contains(speaker) || IsKindedBody(speaker) ? SpeakerKind.Organisation : SpeakerKind.Person;

    private string? Resolve(Subject subject)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Name when subject.IsDocumentOwner:
                // "the Lund report said": the owner is someone the article gives in full, or an organisation.
                // "de Kroeze-verklaring": or the body whose name the word opens ("Kroeze Coatings").
                var owner = _cast.BodyOpenedBy(subject.Text) ?? _names.Complete(subject.Text);
                return owner is not null && (!string.Equals(owner, subject.Text, StringComparison.Ordinal) || _cast.IsOrganisation(owner)) ? owner : null;
            case SubjectKind.Name when subject.IsEpithet:
                // "a tearful Lee told": the person the article named in full before, or no one. The
                // name must be one word the fuller name ends with: "a defiant Acme Holdings" is a
                // company of two words, no one's surname.
                // A name of several words after a capitalised article ("As Tom Fox") is itself in full.
                var described = _names.Complete(subject.Text);
                var fuller = subject.Text.IndexOf(' ') > 0
                    ? described is not null && described.IndexOf(' ') > 0
                    : described is not null && described.Length > subject.Text.Length + 1 && described[described.Length - subject.Text.Length - 1] == ' '
                        && described.EndsWith(subject.Text, StringComparison.Ordinal);
                return fuller && !_cast.IsOrganisation(described!) ? FirstNameOfSalient(described) : null;
            case SubjectKind.Name when subject.IsBody:
                // "the Harbour Trust said": a body or a place, by its name; never a person.
                _bodies.Add(subject.Text);
                return subject.Text;
            case SubjectKind.Name when subject.IsOrganisation:
                // "l'Union des usagers de Valmont": read as an organisation's name, lower-case words and all.
                _cast.Organisation(subject.Text, _state.Paragraph);
                return subject.Text;
            case SubjectKind.Name:
                if (subject.Employer is { } employer && _names.Complete(employer) is { } organisation)
                {
                    _cast.Organisation(organisation, _state.Paragraph);
                }

                return FirstNameOfSalient(CompleteOrAged(subject.Text));
            case SubjectKind.Organisation when subject.SpokesRole is { } spokes && SpokespersonOfBodyNoun(spokes, subject.Text) is { } spokesperson:
                // "el portavoz de la empresa aseguró" after "Su portavoz, Luis Gómez,": see SpeakerFinder.SpokespersonOfBodyNoun.cs.
                return spokesperson;
            case SubjectKind.Organisation when subject.Text.Length == 0:
                return OrganisationForIt(_cast.Resolve(subject.Text, _state.Paragraph, ReferenceReach)) ?? BodyQuotedJustBefore(subject.Text);
            case SubjectKind.Organisation when BroughtDocumentOwner(subject.Text) is { } documentOwner:
                // "In a letter …, X said … "…," the letter said": see SpeakerFinder.BroughtDocument.cs.
                return documentOwner;
            case SubjectKind.Organisation when !_cues.Words.OrganisationNouns.Contains(Elision.Tail(subject.Text.AsSpan())) && _cues.Words.DocumentNouns.Contains(Elision.Tail(subject.Text.AsSpan())):
                // "the letter said" with no letter brought in: no one, never the body named last.
                return null;
            case SubjectKind.Organisation:
                // "Transalpina Distribuzione respinge le accuse. «…», fa sapere l'azienda": see SpeakerFinder.FirmNamedJustBefore.cs.
                return _cast.Resolve(subject.Text, _state.Paragraph, ReferenceReach) ?? BodyQuotedJustBefore(subject.Text) ?? FirmNamedJustBefore(subject.Text);
            case SubjectKind.Pronoun:
                _askedGender = _genders.OfPronoun(subject.Text) is var pronounGender && pronounGender != Gender.Unknown
                    ? pronounGender
                    : SheOrTheyAsked(subject, _readingSentence);
                var meant = _state.Antecedent(_askedGender, _pronounGenderOf, ReferenceReach, _isDescriptionOfOtherGender);
                var asked = _askedGender;
                _askedGender = Gender.Unknown;
                if (meant is null)
                {
                    return NewcomerPastOtherGender(asked);
                }

                if (ParagraphNamesOnlyOtherGender(meant, asked))
                {
                    return null;
                }

                if (IsStaleDescription(meant))
                {
                    return null;
                }

                if (meant is not null && !_state.PassedToPossessor && OtherPersonIntroducedSince(meant, asked))
                {
                    return IntroducedPersonMeant();
                }

                if (meant is not null && (PronounHasRival(meant, asked) || ObjectHasRival(meant, asked, subject.Text)))
                {
                    return null;
                }

                return meant is not null && PluralPronoun.Means(subject.Text, _cues.Words.PluralPronouns) && IsOnePerson(meant) ? null : meant;
            case SubjectKind.Role when subject.HolderOnlyEpithet is not null:
                return TradeEpithetHolder(subject);
            case SubjectKind.Role when IsProfessionEpithet(subject.Text) && !_cues.Words.RoleNouns.Contains(Elision.Tail(subject.Text.AsSpan())):
                return ProfessionMeant(subject.Text, subject);
            case SubjectKind.Role when subject.IsEpithet && AgentNouns.Is(_cues.Words, subject.Text.AsSpan(), out _):
                // "sagt der Schäfer": a trade the lexicon does not list, read by its ending (see
                // Phrase.AgentEpithet.cs), means whom a listed trade would; a word the article writes as
                // a surname ("Schäfer", "Bakker") is no trade.
                return _plausibility.EndsAnyFullName(subject.Text.AsSpan()) ? null : ProfessionMeant(subject.Text, subject);
            case SubjectKind.Role when subject.IsEpithet && IsCompoundTitleEpithet(subject.Text):
                // "sagte die Betriebsratsvorsitzende", "zei de fractievoorzitter": an office no list holds,
                // a compound ending in a title (see Phrase.ArticleCompoundTitle.cs), means whom a trade
                // would, and never merely the last speaker.
                return ProfessionMeant(subject.Text, subject);
            case SubjectKind.Role when IsProfessionEpithet(subject.Text) && !HeldByNamedPerson(subject.Text) && ProfessionMeant(subject.Text, subject) is { } professional:
                // "sagte die Architektin", a role no one named was given: the person just named,
                // as a profession means; with no such person, whom the role means, as before.
                return professional;
            case SubjectKind.Role when subject.IsEpithet && IsOfficeEpithetRoles(subject.Text):
                // "la prima cittadina", "la letrada": the office's holder under either form of its
                // noun; with no one given the office, the salient person as for any role ("a
                // affirmé l'homme politique" after his name), but never the one quoted just before:
                // "«…», dijo la alcaldesa. «…», sostuvo la letrada" is someone answering her.
                if (HolderOfAnyForm(subject) is { } epithetHolder)
                {
                    return epithetHolder;
                }

                // "Ces critiques n'ont pas découragé Lucien Ferrand. Le socialiste confiait : « … »":
                // the person named alone as the object just before (SpeakerFinder.ObjectPersonBefore.cs).
                if (ObjectPersonJustBefore() is { } objectPerson)
                {
                    return objectPerson;
                }

                var bare = subject.Text.IndexOf('|') is var bar and > 0 ? subject.Text.Substring(0, bar) : subject.Text;
                return Resolve(new Subject(SubjectKind.Role, bare, subject.End)) is { } meantByRole
                    && !string.Equals(meantByRole, _state.LastQuoted, StringComparison.Ordinal)
                    ? meantByRole
                    : null;
            case SubjectKind.Role when subject.Text.IndexOf('|') > 0:
                // "bürgermeister|oberbürgermeister": the office's holder under either form of its noun.
                return HolderOfAnyForm(subject) ?? Resolve(new Subject(SubjectKind.Role, subject.Text.Substring(0, subject.Text.IndexOf('|')), subject.End));
            case SubjectKind.Role:
                // "a défendu le ministre": the person the article made minister, if it made anyone.
                _askedRole = subject.Text;
                var salient = _state.Antecedent(Gender.Unknown, _genderOf, ReferenceReach, _isOtherDescription);
                _askedRole = string.Empty;
                var holder = _roles.Holder(subject.Text, subject.Complement, salient, _complete, out var decided);
                if (decided && IsNoPersonsName(holder))
                {
                    // "député Nupes-EELV de Paris": a party after the role, read as its holder.
                    holder = null;
                    decided = false;
                }
                // "Vereinsvorsitzender X" … "sagte der Vorsitzende": a compound's one holder; with two, no
                // one (RoleHolders.CompoundHead.cs).
                if (!decided && _roles.GaveCompound(subject.Text))
                {
                    return _roles.CompoundHolder(subject.Text, _complete);
                }

                if (!decided && subject.Employer is { } body && _names.Complete(body) is { } spokenFor)
                {
                    // "The Acme spokeswoman said", no one made her: Acme speaks, not whoever was last named.
                    _cast.Organisation(spokenFor, _state.Paragraph);
                    return spokenFor;
                }

                // "la directrice" after "la directrice d'un centre", no one named: that unnamed person.
                if (!decided && UnheldMeant(subject.Text) is { } unheld)
                {
                    return unheld;
                }

                // "said the mayor" after a councillor, no mayor named: see SpeakerFinder.UnheldPresidingOffice.cs.
                if (!decided && IsUnheldPresidingOffice(subject, salient, out var office))
                {
                    return office;
                }

                // "said the captain" after a councillor, no captain named: see SpeakerFinder.RankBesideOtherRole.cs.
                if (!decided && IsRankBesideOtherRole(subject, salient, out var unheldRank))
                {
                    return unheldRank;
                }

                // "said the bowler" with no bowler named: not the batsman named last, no one. An
                // epithet ("said the Northbay bowler") describes someone named before, as it did.
                if (!decided && !subject.IsEpithet && IsHolderOnly(subject.Text))
                {
                    return null;
                }

                // "Interrogé mardi, le directeur a défendu …" after a union delegate's words and the
                // company's: the role passed over the company to someone the article gave another
                // role, who is not its holder; no one.
                if (!decided && salient is not null && _roles.HoldsAnyRole(salient, _complete)
                    && _state.Antecedent(Gender.Unknown, _genderOf, ReferenceReach) is { } nearest && !string.Equals(nearest, salient, StringComparison.Ordinal)
                    && (_cast.IsOrganisation(nearest) || _bodies.Contains(nearest)))
                {
                    return null;
                }

                // "Deputy Mayor Jane Rowe told reporters …. The Prime Minister Tony Blair …. The
                // mayor accused …": the deputy named in this paragraph or the one before holds
                // another office than the bare role, whose holder the article has not named; the
                // person in focus, the deputy or whoever was named since, is no safe guess; no one.
                // "…, the deputy mayor said" is hers.
                if (!decided && salient is not null && _roles.DeputyInFocus(subject.Text, _complete, _deputyInFocus)
                    && !(_readingSentence is { } reading && _roles.WritesDeputyOffice(reading, subject.Text)))
                {
                    return null;
                }

                // "… quoted an unnamed executive at the bank …. "…," the executive said": the role
                // means the unnamed person the article brought in, whom it never named; not the
                // salient person. No one.
                if (!decided && salient is not null && _roles.IntroducedUnnamed(subject.Text))
                {
                    return null;
                }

                // "Tom Fenwick, 52, and Harry Dunn, 70, … "…," said the 70-year-old": the one person in the
                // scene given that age (SpeakerFinder.AgeGiven.cs).
                var refuseAged = false;
                if (!decided && IsAgeText(subject.Text) && AgeEpithetByGivenAge(subject, salient, out var aged, out refuseAged))
                {
                    return aged;
                }

                // "Ein junger Landwirt … wurde deutlicher: „…“ Und: „…“, sagte der 24-Jährige": see SpeakerFinder.AgeOfUnnamedJustQuoted.cs.
                if (!decided && IsAgeText(subject.Text) && UnnamedJustQuoted() is { } unnamedAged)
                {
                    return unnamedAged;
                }

                // "Landwirt X stand vor den Trümmern. „…“, sagt der 58-Jährige": an age describes the
                // person this paragraph brought in, not the speaker of a paragraph before it; with
                // two brought in, no one.
                if (!decided && salient is not null && (IsAgeText(subject.Text) || IsUnheldRole(subject.Text)) && OtherPersonIntroducedSince(salient, Gender.Unknown))
                {
                    return IntroducedPersonMeant();
                }

                // "„…“, erzählt der 24-Jährige" two paragraphs past the person last named, with
                // other news between: an age describes someone in the scene, whom the article
                // may not have named (see SpeakerFinder.AgeNouns.cs); no one.
                if (!decided && salient is not null && IsAgeText(subject.Text) && IsOutOfScene(salient))
                {
                    return null;
                }

                // "Hugo Vidal a remplacé Paul Roux. « … », a confié le jeune homme de 21 ans": see SpeakerFinder.AgedNounPhrase.cs.
                if (!decided && salient is not null && IsAgedNounPhrase(subject.Text) && OtherNamedInParagraph(salient))
                {
                    return null;
                }

                // "Pour le maire, c'est « … »" before anyone is named: see SpeakerFinder.RoleNamedLater.cs.
                if (!decided && salient is null)
                {
                    _roleNobodyHeld = subject;
                }

                // "respondeu a autarca de Serra Alta" after the opposition's leader, a man: see SpeakerFinder.OtherGenderComplementRole.cs;
                // "assure la commandante" after a man: see SpeakerFinder.FeminineRoleAtCue.cs, unless the
                // bare noun meant a woman before (SpeakerFinder.EpithetPastMan.cs).
                if (!decided && IsOtherGenderComplementRole(subject, salient))
                {
                    return null;
                }

                if (!decided && IsFeminineRoleBesideMan(subject, salient))
                {
                    return FeminineEpithetMeantBefore(subject);
                }

                // "It was Okafor's third title. "…," the 24-year-old said": see SpeakerFinder.PossessedNewcomer.cs.
                // "A resposta da autarca chegou": whom the bare noun meant before (SpeakerFinder.EpithetMeantBefore.cs).
                // An age the person in focus was not given (SpeakerFinder.AgeGiven.cs): not them.
                return EpithetKeepsMeaning(subject, decided, decided ? holder : (salient is not null && PossessorNamedSince(salient)) || refuseAged ? null : salient);
            default:
                return null;
        }
    }
}
