using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// The speaker lists of some lexicons merged into one allocation-free table per question: of
/// the document's language when it is known, of every language when it is not. A lexicon's
/// speaker lists and its <see cref="SpeechWords"/> are read together.
/// </summary>
internal sealed class SpeechTables
{
    private static readonly SpeechTables?[] s_byLanguage = new SpeechTables?[Lexicon.All.Count];
    private static SpeechTables? s_all;

    // "him he", "hem hij": the ViewObjectPronouns pairs, a handful, read by SubjectFormOfViewPronoun.
    private readonly string[] _viewObjectPronouns;

    private SpeechTables(IReadOnlyList<Lexicon> lexicons)
    {
        Pronouns = Union(lexicons, l => l.Pronouns, l => l.Speech.Pronouns);
        MalePronouns = Union(lexicons, l => l.Speech.MalePronouns);
        OrganisationPronouns = Union(lexicons, l => l.Speech.OrganisationPronouns);
        PluralPronouns = Union(lexicons, l => l.Speech.PluralPronouns);
        FirstNameTitles = Union(lexicons, l => l.Speech.FirstNameTitles);
        MaleGivenNames = Union(lexicons, l => l.Speech.MaleGivenNames);
        FemaleGivenNames = Union(lexicons, l => l.Speech.FemaleGivenNames);
        // A family tie alone ("his son said") means only whom the article gave it.
        HolderOnlyRoles = Union(lexicons, l => l.Speech.HolderOnlyRoles, l => l.Speech.MaleKinNouns, l => l.Speech.FemaleKinNouns);
        PresidingOffices = Union(lexicons, l => l.Speech.PresidingOffices);
        CommandRanks = Union(lexicons, l => l.Speech.CommandRanks);
        ProfessionEpithets = Union(lexicons, l => l.Speech.ProfessionEpithets);
        HolderEpithets = Union(lexicons, l => l.Speech.HolderEpithets);
        (OfficeEpithetPhrases, OfficeEpithetRoles) = OfficeEpithetsOf(lexicons);
        FemaleTradeFamilies = Collect(lexicons, l => l.Speech.FemaleTradeFamilies).ToArray();
        MaleTradeFamilies = Collect(lexicons, l => l.Speech.MaleTradeFamilies).ToArray();
        HolderOnlyEpithets = Union(lexicons, l => l.Speech.HolderOnlyEpithets);
        NamelessArticles = Union(lexicons, l => l.Speech.NamelessArticles);
        BodyNouns = Union(lexicons, l => l.Speech.BodyNouns);
        EpithetArticles = Union(lexicons, l => l.Speech.EpithetArticles);
        BriefLinks = Union(lexicons, l => l.Speech.BriefLinks);
        BriefOffices = Union(lexicons, l => l.Speech.BriefOffices);
        ListenerNouns = Union(lexicons, l => l.Speech.ListenerNouns);
        ElidedLinks = Union(lexicons, l => l.Speech.ElidedLinks);
        InsertOpeners = Union(lexicons, l => l.Speech.InsertOpeners);
        DeputyWords = Union(lexicons, l => l.Speech.DeputyWords);
        ContinuationOpeners = Union(lexicons, l => l.Speech.ContinuationOpeners);
        InfinitiveLinks = Union(lexicons, l => l.Speech.InfinitiveLinks);
        Enclitics = Union(lexicons, l => l.Speech.Enclitics);
        FemalePronouns = Union(lexicons, l => l.Speech.FemalePronouns);
        MaleReferents = Union(lexicons, l => l.Speech.MaleReferents);
        FemaleReferents = Union(lexicons, l => l.Speech.FemaleReferents);
        MaleAgreementEndings = Union(lexicons, l => l.Speech.MaleAgreementEndings);
        FemaleAgreementEndings = Union(lexicons, l => l.Speech.FemaleAgreementEndings);
        Titles = Union(lexicons, l => l.Titles, l => l.TitleModifiers, l => l.Speech.Titles);
        TitleModifiers = Union(lexicons, l => l.TitleModifiers);
        PostNominals = WordTable.Of(Collect(lexicons, l => l.PostNominals), ignoreCase: false);
        RoleNouns = Union(lexicons, l => l.RoleNouns, l => l.Speech.RoleNouns, l => l.Speech.NameProfessions);
        PeopleNouns = Union(lexicons, l => l.Speech.PeopleNouns, l => l.Speech.ParticiplePeopleNouns);
        ParticiplePeopleNouns = Union(lexicons, l => l.Speech.ParticiplePeopleNouns);
        ObjectArticles = Union(lexicons, l => l.Speech.ObjectArticles);
        FeminineArticles = Union(lexicons, l => l.Speech.FeminineArticles);
        MasculineArticles = Union(lexicons, l => l.Speech.MasculineArticles);
        NationalityNouns = Union(lexicons, l => l.NationalityNouns);
        Demonyms = Union(lexicons, l => l.Demonyms);
        Affiliations = Union(lexicons, l => l.Speech.Affiliations);
        Bodies = Union(lexicons, l => l.Speech.Bodies);
        BareBodies = Union(lexicons, l => l.Speech.BareBodies);
        BodyQualifiers = Union(lexicons, l => l.Speech.BodyQualifiers);
        AdjectiveEndings = Union(lexicons, l => l.Speech.AdjectiveEndings);
        PluralDefinites = Union(lexicons, l => l.Speech.PluralDefinites);
        Publications = Union(lexicons, l => l.Speech.Publications);
        CapitalisesNouns = lexicons.Count > 0;
        foreach (var lexicon in lexicons)
        {
            CapitalisesNouns &= lexicon.CapitalisesNouns;
        }

        DocumentNouns = Union(lexicons, l => l.Speech.DocumentNouns);
        DocumentRelatives = Union(lexicons, l => l.Speech.DocumentRelatives);
        DocumentVerbs = Union(lexicons, l => l.Speech.DocumentVerbs);
        StudyNouns = Union(lexicons, l => l.Speech.StudyNouns);
        StatementNouns = Union(lexicons, l => l.Speech.StatementNouns);
        DocumentTextNouns = Union(lexicons, l => l.Speech.DocumentTextNouns);
        // Only one language's: with every lexicon (the article's language unknown), the Dutch "de" and
        // "van" would read a Spanish or Portuguese "De Lagos" opening a sentence as a surname.
        SurnameParticles = lexicons.Count == 1 ? Union(lexicons, l => l.Speech.SurnameParticles) : WordTable.Of(new List<string>());
        FeminineRoleSuffixes = Union(lexicons, l => l.Speech.FeminineRoleSuffixes);
        ReadingGoingOnAdverbs = Union(lexicons, l => l.Speech.ReadingGoingOnAdverbs);
        DocumentBackAdverbs = Union(lexicons, l => l.Speech.DocumentBackAdverbs);
        TextReceivingVerbs = Union(lexicons, l => l.Speech.TextReceivingVerbs);
        TextSendingVerbs = Union(lexicons, l => l.Speech.TextSendingVerbs);
        AnonymityWords = Union(lexicons, l => l.Speech.AnonymityWords);
        WithheldNameWords = Union(lexicons, l => l.Speech.WithheldNameWords);
        FirmNameWords = Union(lexicons, l => l.Speech.FirmNameWords);
        CompanyNouns = Union(lexicons, l => l.Speech.CompanyNouns);
        TradeNouns = Union(lexicons, l => l.Speech.TradeNouns);
        AnyBodyNouns = Union(lexicons, l => l.Speech.AnyBodyNouns);
        GoverningNouns = Union(lexicons, l => l.Speech.GoverningNouns);
        FirmNouns = Union(lexicons, l => l.Speech.FirmNouns);
        SeatParticiples = Union(lexicons, l => l.Speech.SeatParticiples);
        AgentNounEndings = Union(lexicons, l => l.Speech.AgentNounEndings);
        FemaleAgentNounEndings = Union(lexicons, l => l.Speech.FemaleAgentNounEndings);
        BodyAgentNouns = Union(lexicons, l => l.Speech.BodyAgentNouns);
        ThingAgentNouns = Union(lexicons, l => l.Speech.ThingAgentNouns);
        // Another language's "-er" is no agent noun's ending ("le boulanger" where "de" is Dutch): only a known language reads them.
        ReadsAgentNouns = lexicons.Count == 1 && lexicons[0].Speech.AgentNounEndings.Length > 0;
        ShareNouns = Union(lexicons, l => l.Speech.ShareNouns);
        ClauseAuxiliaries = Union(lexicons, l => l.Speech.ClauseAuxiliaries);
        Complementisers = Union(lexicons, l => l.Speech.Complementisers);
        MaleTitles = Union(lexicons, l => l.Speech.MaleTitles);
        FemaleTitles = Union(lexicons, l => l.Speech.FemaleTitles);
        OrganisationNouns = Union(lexicons, l => l.Speech.OrganisationNouns);
        SpokesNouns = Union(lexicons, l => l.Speech.SpokesNouns);
        OfficialNouns = Union(lexicons, l => l.Speech.OfficialNouns);
        ImpersonalPronouns = Union(lexicons, l => l.Speech.ImpersonalPronouns);
        InversionJoints = Union(lexicons, l => l.Speech.InversionJoints);
        ReportingPhrases = Union(lexicons, l => l.Speech.ReportingPhrases);
        SpeakingOfPhrases = Union(lexicons, l => l.Speech.SpeakingOfPhrases);
        WillVerbs = Union(lexicons, l => l.Speech.WillVerbs, l => l.Speech.LimitingVerbs);
        LimitingVerbs = Union(lexicons, l => l.Speech.LimitingVerbs);
        IssuingParticiples = Union(lexicons, l => l.Speech.IssuingParticiples);
        ReportingInfinitives = WordTable.Of(Infinitives(lexicons));
        OwnPossessives = Union(lexicons, l => l.Speech.OwnPossessives);
        FirstPersonPossessives = Union(lexicons, l => l.Speech.FirstPersonPossessives);
        ComparisonOpeners = Union(lexicons, l => l.Speech.ComparisonOpeners);
        FirstPersonDroppingWords = Union(lexicons, l => l.Speech.FirstPersonDroppingWords);
        FirstPersonSayingForms = Union(lexicons, l => l.Speech.FirstPersonSayingForms);
        TurningWords = Union(lexicons, l => l.Speech.TurningWords);
        PassiveAuxiliaries = Union(lexicons, l => l.Speech.PassiveAuxiliaries);
        Coordinators = Union(lexicons, l => l.Speech.Coordinators);
        InterviewCues = Union(lexicons, l => l.Speech.InterviewCues);
        Indefinites = Union(lexicons, l => l.Indefinites, l => l.Speech.Indefinites);
        Definites = Union(lexicons, l => l.Definites, l => l.Speech.Definites);
        Prepositions = Union(lexicons, l => l.Prepositions, l => l.Speech.Prepositions);
        NotNames = Union(lexicons, l => l.NotNames, l => l.Speech.NotNames, l => l.Speech.SentenceAdverbs);
        SequenceOpeners = Union(lexicons, l => l.Speech.SequenceOpeners);
        ReadAloudVerbs = Union(lexicons, l => l.Speech.ReadAloudVerbs);
        ReadAloudParticiples = Union(lexicons, l => l.Speech.ReadAloudParticiples);
        ReadAloudTexts = Union(lexicons, l => l.Speech.ReadAloudTexts, l => l.Speech.DocumentNouns);
        RenamingAfterWords = Union(lexicons, l => l.Speech.RenamingAfterWords);
        NameJoiners = Union(lexicons, l => l.NameJoiners, l => l.Speech.NameJoiners);
        EmployerLinks = Union(lexicons, l => l.Speech.EmployerLinks);
        WorkplaceLinks = Union(lexicons, l => l.Speech.WorkplaceLinks);
        OrganisationLinks = Union(lexicons, l => l.Speech.OrganisationLinks);
        BodyNameLinks = Union(lexicons, l => l.Speech.BodyNameLinks);
        SectorNouns = Union(lexicons, l => l.Speech.SectorNouns);
        HeadLinks = Union(lexicons, l => l.Speech.HeadLinks);
        PartitiveOnes = Union(lexicons, l => l.Speech.PartitiveOnes);
        PartitivePronouns = Union(lexicons, l => l.Speech.PartitivePronouns);
        MannerNouns = Union(lexicons, l => l.Speech.MannerNouns);
        MannerPrepositions = Union(lexicons, l => l.Speech.MannerPrepositions);
        CompanionWords = Union(lexicons, l => l.Speech.CompanionWords);
        ContrastingPronouns = Union(lexicons, l => l.Speech.ContrastingPronouns);
        SubjectArticles = Union(lexicons, l => l.Speech.SubjectArticles);
        EpithetFeminineArticles = Union(lexicons, l => l.Speech.EpithetFeminineArticles);
        EpithetMasculineArticles = Union(lexicons, l => l.Speech.EpithetMasculineArticles);
        FeminineIndefinites = Union(lexicons, l => l.Speech.FeminineIndefinites);
        MasculineIndefinites = Union(lexicons, l => l.Speech.MasculineIndefinites);
        FemaleRoleNouns = Union(lexicons, l => l.Speech.FemaleRoleNouns);
        MaleRoleNouns = Union(lexicons, l => l.Speech.MaleRoleNouns);
        LooseKinNouns = Union(lexicons, l => l.Speech.LooseKinNouns);
        ClausePassiveAuxiliaries = Union(lexicons, l => l.Speech.ClausePassiveAuxiliaries);
        FiniteModals = Union(lexicons, l => l.Speech.FiniteModals);
        QuoteLabels = Union(lexicons, l => l.Speech.QuoteLabels);
        PhrasePrepositions = Union(lexicons, l => l.Speech.PhrasePrepositions);
        MannerPhraseOpeners = Union(lexicons, l => l.Speech.MannerPrepositions, l => l.Speech.PhrasePrepositions, l => l.Speech.InsertOpeners);
        TermMarkers = Union(lexicons, l => l.Speech.TermMarkers);
        NamingWords = Union(lexicons, l => l.Speech.NamingWords);
        KnownAsWords = Union(lexicons, l => l.Speech.KnownAsWords);
        NameNouns = Union(lexicons, l => l.Speech.NameNouns);
        NameGivingVerbs = Union(lexicons, l => l.Speech.NameGivingVerbs);
        PartyAdjectiveEndings = Union(lexicons, l => l.Speech.PartyAdjectiveEndings);
        NotPartyAdjectives = Union(lexicons, l => l.Speech.NotPartyAdjectives);
        OfficeTierAdjectives = Union(lexicons, l => l.Speech.OfficeTierAdjectives);
        TitleEnds = WordTable.Of(CompoundTitleEnds(lexicons));
        TradeEnds = WordTable.Of(CompoundTradeEnds(lexicons));
        ShortTradeEnds = WordTable.Of(ShortCompoundTradeEnds(lexicons));
        RoleEnds = WordTable.Of(CompoundRoleEnds(lexicons));
        // Only when every language does: with English among them, the kind before a name describes.
        WritesKindBeforePlace = lexicons.Count > 0;
        foreach (var lexicon in lexicons)
        {
            WritesKindBeforePlace &= lexicon.Speech.WritesKindBeforePlace;
            DropsSubjects |= lexicon.Speech.DropsSubjects;
            VerbSecond |= lexicon.Speech.VerbSecond;
            VerbsInvert |= lexicon.Speech.VerbsInvert;
        }

        ListenerVerbs = Union(lexicons, l => l.ListenerVerbs, l => l.Speech.ListenerVerbs);
        // An emphatic pronoun after the subject ("Er selbst nennt") stands where a filler does, and is stepped over alike.
        Fillers = Union(lexicons, l => l.Fillers, l => l.Speech.Fillers, l => l.Speech.Intensifiers);
        Intensifiers = Union(lexicons, l => l.Speech.Intensifiers);
        AnsweringVerbs = Union(lexicons, l => l.Speech.AnsweringVerbs);
        Contrasts = Union(lexicons, l => l.Contrasts, l => l.Speech.Contrasts);
        Subordinators = Union(lexicons, l => l.Speech.Subordinators);
        SubordinatorsBeforeComplementiser = Union(lexicons, l => l.Speech.SubordinatorsBeforeComplementiser);
        PluralOrganisationLinks = Union(lexicons, l => l.Speech.PluralOrganisationLinks);
        OpeningPrepositions = Union(lexicons, l => l.Speech.OpeningPrepositions);
        SentenceAdverbs = Union(lexicons, l => l.Speech.SentenceAdverbs);
        CommaOpeningPrepositions = Union(lexicons, l => l.Speech.CommaOpeningPrepositions);
        AskedParticiples = Union(lexicons, l => l.Speech.AskedParticiples);
        DependentClauseOpeners = Union(lexicons, l => l.Speech.DependentClauseOpeners);
        InfinitiveMarkers = Union(lexicons, l => l.Speech.InfinitiveMarkers);
        ReportedSpeechForms = Union(lexicons, l => l.Speech.ReportedSpeechForms);
        ReportedSpeechSubjects = Union(lexicons, l => l.Speech.ReportedSpeechSubjects);
        ReportedConditionalForms = Union(lexicons, l => l.Speech.ReportedConditionalForms);
        ConditionalMarkers = Union(lexicons, l => l.Speech.ConditionalMarkers);
        AdverbialEndings = lexicons.SelectMany(l => l.Speech.AdverbialEndings).Distinct(StringComparer.Ordinal).ToArray();
        PresentativePhrases = lexicons.SelectMany(l => l.Speech.PresentativePhrases).Distinct(StringComparer.Ordinal)
            .Select(phrase => phrase.Split(' ')).ToArray();
        PresentativeEnds = WordTable.Of(PresentativePhrases.Select(phrase => phrase[phrase.Length - 1]));
        AmongPrepositions = Union(lexicons, l => l.Speech.AmongPrepositions);
        AmongVerbs = Union(lexicons, l => l.Speech.AmongVerbs);
        TradeFirmEndings = lexicons.SelectMany(l => l.Speech.TradeFirmEndings).Distinct(StringComparer.Ordinal).ToArray();
        FirstPersonSubjects = Union(lexicons, l => l.Speech.FirstPersonSubjects);
        AdditiveAdverbs = Union(lexicons, l => l.Speech.AdditiveAdverbs);
        RelativePronouns = Union(lexicons, l => l.RelativePronouns, l => l.Speech.RelativePronouns);
        PersonRelativePronouns = Union(lexicons, l => l.Speech.PersonRelativePronouns);
        SubjectRelatives = Union(lexicons, l => l.Speech.SubjectRelatives);
        InfinitiveTimeLinks = Union(lexicons, l => l.Speech.InfinitiveTimeLinks);
        GerundTimeLinks = Union(lexicons, l => l.Speech.GerundTimeLinks);
        GerundSuffixes = Union(lexicons, l => l.Speech.GerundSuffixes);
        AccordingTo = Union(lexicons, l => l.Speech.AccordingTo);
        AccordingToAfter = Union(lexicons, l => l.Speech.AccordingToAfter);
        AccordingToBeforeLink = WordTable.Of(PhrasesBeforeTheirLink(lexicons));
        QuotingVerbs = Union(lexicons, l => l.Speech.QuotingVerbs);
        QuotedAs = Union(lexicons, l => l.Speech.QuotedAs);
        ViewPrepositions = Union(lexicons, l => l.Speech.ViewPrepositions);
        Locatives = Union(lexicons, l => l.Speech.Locatives);
        PassiveAgents = Union(lexicons, l => l.Speech.PassiveAgents);
        InvertedCues = Union(lexicons, l => l.Speech.InvertedCues);
        Media = Union(lexicons, l => l.Speech.Media);
        GenitiveArticles = Union(lexicons, l => l.Speech.GenitiveArticles);
        ComplementArticles = Union(lexicons, l => l.Speech.ComplementArticles);
        ListenerPrepositions = Union(lexicons, l => l.Speech.ListenerPrepositions);
        ListenerPossessives = Union(lexicons, l => l.Speech.ListenerPossessives);
        ObjectPrepositions = Union(lexicons, l => l.Speech.ObjectPrepositions);
        ResponseNouns = Union(lexicons, l => l.Speech.ResponseNouns);
        ResponseVerbs = Union(lexicons, l => l.Speech.ResponseVerbs);
        ContractedArticles = Union(lexicons, l => l.Speech.ContractedArticles);
        CircleNouns = Union(lexicons, l => l.Speech.CircleNouns);
        MaleKinNouns = Union(lexicons, l => l.Speech.MaleKinNouns);
        FemaleKinNouns = Union(lexicons, l => l.Speech.FemaleKinNouns);
        SourceNouns = Union(lexicons, l => l.Speech.SourceNouns);
        SourcePrepositions = Union(lexicons, l => l.Speech.SourcePrepositions);
        SourceSides = Union(lexicons, l => l.Speech.SourceSides);
        CompoundBodyHeads = Union(lexicons, l => l.Speech.CompoundBodyHeads);
        Portfolios = Union(lexicons, l => l.Speech.Portfolios);
        Demonstratives = Union(lexicons, l => l.Speech.Demonstratives);
        PluralDemonstratives = Union(lexicons, l => l.Speech.PluralDemonstratives);
        NounDeterminers = Union(lexicons, l => l.Speech.NounDeterminers);
        InflectedAdjectiveEndings = lexicons.SelectMany(l => l.Speech.InflectedAdjectiveEndings).Distinct(StringComparer.Ordinal).ToArray();
        Negations = Union(lexicons, l => l.Speech.Negations);
        PerfectAuxiliaries = Union(lexicons, l => l.Speech.PerfectAuxiliaries);
        Possessives = Union(lexicons, l => l.Speech.Possessives);
        GenitiveEndings = Union(lexicons, l => l.Speech.GenitiveEndings);
        GenitiveHeads = Union(lexicons, l => l.Speech.GenitiveHeads);
        // Another language's "des" ("le porte-parole des Verts") marks nothing on the name after it.
        MarksGenitive = lexicons.Count == 1 && lexicons[0].Speech.GenitiveEndings.Length > 0;
        ImpersonalSubjects = Union(lexicons, l => l.Speech.ImpersonalSubjects);
        ImpersonalReadings = Union(lexicons, l => l.Speech.ImpersonalReadings);
        ReadingClitics = Union(lexicons, l => l.Speech.ReadingClitics);
        ObjectClitics = Union(lexicons, l => l.Speech.ObjectClitics);
        ElidedComplementisers = Union(lexicons, l => l.Speech.ElidedComplementisers);
        LocativeArticles = Union(lexicons, l => l.Speech.LocativeArticles);
        AgeSuffixes = Union(lexicons, l => l.Speech.AgeSuffixes);
        AgeNouns = Union(lexicons, l => l.Speech.AgeNouns);
        AgeWords = Union(lexicons, l => l.Speech.AgeWords);
        AdverbSuffixes = Union(lexicons, l => l.Speech.AdverbSuffixes);
        PluralVerbEndings = Union(lexicons, l => l.Speech.PluralVerbEndings);
        PluralNounEndings = PluralEndingPairs(lexicons);
        ViewWords = Union(lexicons, l => l.Speech.ViewWords);
        ViewLinks = Union(lexicons, l => l.Speech.ViewLinks);
        StanceWords = Union(lexicons, l => l.Speech.StanceWords);
        Participles = WordTable.Of(ParticipleForms(lexicons));
        ReportingVerbs = WordTable.Of(ReportingForms(lexicons, invertingOnly: false));
        InvertingVerbs = WordTable.Of(ReportingForms(lexicons, invertingOnly: true));
        ReportingLemmas = Union(lexicons, l => l.ReportingLemmas, l => l.Speech.ReportingLemmas);
        PersonObjectVerbs = WordTable.Of(PersonObjectForms(lexicons));
        SplitStems = WordTable.Of(SplitForms(lexicons, withParticle: false));
        CompanyWords = Union(lexicons, l => l.Speech.CompanyWords);
        BackReferences = Union(lexicons, l => l.Speech.BackReferences);
        WithTheseWords = Union(lexicons, l => l.Speech.WithTheseWords);
        CleftOpeners = Union(lexicons, l => l.Speech.CleftOpeners);
        CleftCopulas = Union(lexicons, l => l.Speech.CleftCopulas);
        Copulas = Union(lexicons, l => l.Speech.Copulas);
        NameCopulas = Union(lexicons, l => l.Speech.Copulas, l => l.Speech.NameCopulas);
        SheOrTheyPronouns = Union(lexicons, l => l.Speech.SheOrTheyPronouns);
        PredicateLinks = Union(lexicons, l => l.Speech.PredicateLinks);
        CleftInfinitives = WordTable.Of(CleftForms(lexicons));
        SplitReports = WordTable.Of(SplitForms(lexicons, withParticle: true));
        StanceVerbs = WordTable.Of(LemmaForms(lexicons, l => l.Speech.StanceLemmas));
        JudgingVerbs = WordTable.Of(JudgingParts(lexicons, withPreposition: false, part: 0));
        JudgingPrepositionVerbs = WordTable.Of(JudgingParts(lexicons, withPreposition: true, part: 0));
        JudgingPrepositions = WordTable.Of(JudgingParts(lexicons, withPreposition: true, part: 1));
        NamingVerbs = WordTable.Of(VerbPrepositionParts(lexicons, l => l.Speech.NamingVerbs, withPreposition: false, part: 0));
        NamingPrepositionVerbs = WordTable.Of(VerbPrepositionParts(lexicons, l => l.Speech.NamingVerbs, withPreposition: true, part: 0));
        NamingPrepositions = WordTable.Of(VerbPrepositionParts(lexicons, l => l.Speech.NamingVerbs, withPreposition: true, part: 1));
        _viewObjectPronouns = Collect(lexicons, l => l.Speech.ViewObjectPronouns).ToArray();
        ViewObjectPronouns = WordTable.Of(_viewObjectPronouns.Select(pair => pair.Substring(0, pair.IndexOf(' '))));
        OwnWordsPhrases = Union(lexicons, l => l.Speech.OwnWordsPhrases);
        WishingVerbs = Union(lexicons, l => l.Speech.WishingVerbs);
        BesideQuoteVerbs = WordTable.Of(LemmaForms(lexicons, l => l.Speech.BesideQuoteLemmas));
        Reflexives = Union(lexicons, l => l.Speech.Reflexives);
        TimeNouns = Union(lexicons, l => l.Speech.TimeNouns);
        CueTrailTimes = Union(lexicons, l => l.Speech.CueTrailTimes);
        EpithetTailPrepositions = Union(lexicons, l => l.Speech.EpithetTailPrepositions);
        CasePresentatives = Union(lexicons, l => l.Speech.CasePresentatives);
        TitlingWords = Union(lexicons, l => l.Speech.TitlingWords);
        TitleNouns = Union(lexicons, l => l.Speech.TitleNouns);
        TitlePrepositions = Union(lexicons, l => l.Speech.TitlePrepositions);
        AddingVerbs = Union(lexicons, l => l.Speech.AddingVerbs);
        DeputyCompoundParts = Union(lexicons, l => l.Speech.DeputyCompoundParts);
        MalePossessiveOwners = PossessiveOwners(lexicons, l => l.Speech.MalePossessiveStems, l => l.Speech.MalePronouns);
        FemalePossessiveOwners = PossessiveOwners(lexicons, l => l.Speech.FemalePossessiveStems, l => l.Speech.FemalePronouns);
    }

    /// <summary>The tables of every lexicon, for a document whose language is not known.</summary>
    public static SpeechTables All => s_all ??= new SpeechTables(Lexicon.All);

    /// <summary>
    /// Whether these are one lexicon's tables (<see cref="For"/> found the language), not <see cref="All"/>: a word
    /// class that is a language's own (a comparison's opener, a first person's possessive) is read only then, since
    /// every language's words together would misread ("as", "come", "wie"; Spanish "he" is English "he").
    /// </summary>
    public bool IsOneLanguage => !ReferenceEquals(this, All);

    /// <summary>Tables built afresh, not cached: the cached ones are built once per process, so only a fresh build lets a test ask how they are made.</summary>
    internal static SpeechTables Build(IReadOnlyList<Lexicon> lexicons) => new(lexicons);

    public WordTable Pronouns { get; }

    public WordTable MalePronouns { get; }

    /// <summary>Words opening a sentence that goes on with a report through an infinitive (<see cref="SpeechWords.ContinuationOpeners"/>).</summary>
    public WordTable ContinuationOpeners { get; }

    /// <summary>Links before such an infinitive (<see cref="SpeechWords.InfinitiveLinks"/>).</summary>
    public WordTable InfinitiveLinks { get; }

    /// <summary>Words that make a title another office (<see cref="SpeechWords.DeputyWords"/>).</summary>
    public WordTable DeputyWords { get; }

    /// <summary>Titles written before a first name alone (<see cref="SpeechWords.FirstNameTitles"/>).</summary>
    public WordTable FirstNameTitles { get; }

    /// <summary>Men's given names whose gender is plain (<see cref="SpeechWords.MaleGivenNames"/>).</summary>
    public WordTable MaleGivenNames { get; }

    /// <summary>Women's given names whose gender is plain (<see cref="SpeechWords.FemaleGivenNames"/>).</summary>
    public WordTable FemaleGivenNames { get; }

    /// <summary>Role nouns that mean only a holder the article named (<see cref="SpeechWords.HolderOnlyRoles"/>).</summary>
    public WordTable HolderOnlyRoles { get; }

    /// <summary>A town's or a meeting's one head (<see cref="SpeechWords.PresidingOffices"/>).</summary>
    public WordTable PresidingOffices { get; }

    /// <summary>Ranks in command of a crew, a unit or a ship (<see cref="SpeechWords.CommandRanks"/>).</summary>
    public WordTable CommandRanks { get; }

    /// <summary>Professions that, after a definite article alone, mean the person just named (<see cref="SpeechWords.ProfessionEpithets"/>).</summary>
    public WordTable ProfessionEpithets { get; }

    /// <summary>Epithets of a force, a union, a council or expertise that mean the person just named though they hold a role (<see cref="SpeechWords.HolderEpithets"/>).</summary>
    public WordTable HolderEpithets { get; }

    /// <summary>The phrases of <see cref="SpeechWords.OfficeEpithets"/>, each flagged with one more than its role's index in <see cref="OfficeEpithetRoles"/>.</summary>
    public WordTable OfficeEpithetPhrases { get; }

    /// <summary>Office epithets that are a trade of their own, read only as their role's one holder (<see cref="SpeechWords.HolderOnlyEpithets"/>).</summary>
    public WordTable HolderOnlyEpithets { get; }

    /// <summary>The role noun each of <see cref="OfficeEpithetPhrases"/> stands for.</summary>
    public string[] OfficeEpithetRoles { get; }

    /// <summary>The trade families of women, "family=member|member" (<see cref="SpeechWords.FemaleTradeFamilies"/>).</summary>
    public string[] FemaleTradeFamilies { get; }

    /// <summary>The trade families of men (<see cref="SpeechWords.MaleTradeFamilies"/>).</summary>
    public string[] MaleTradeFamilies { get; }

    // "prima cittadina=sindaca": the phrase, flagged with its role's place in the list of roles.
    private static (WordTable Phrases, string[] Roles) OfficeEpithetsOf(IReadOnlyList<Lexicon> lexicons)
    {
        var entries = new List<(string, int)>();
        var roles = new List<string>();
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Speech.OfficeEpithets)
            {
                var equals = entry.IndexOf('=');
                roles.Add(entry.Substring(equals + 1));
                entries.Add((entry.Substring(0, equals), roles.Count));
            }
        }

        return (new WordTable(entries), roles.ToArray());
    }

    /// <summary>Articles that never stand right before a person's name (<see cref="SpeechWords.NamelessArticles"/>).</summary>
    public WordTable NamelessArticles { get; }

    /// <summary>Nouns that make a capitalised run after "the" a body's or a place's name (<see cref="SpeechWords.BodyNouns"/>).</summary>
    public WordTable BodyNouns { get; }

    /// <summary>Indefinite articles that may open a name described by one adjective (<see cref="SpeechWords.EpithetArticles"/>).</summary>
    public WordTable EpithetArticles { get; }

    /// <summary>Prepositions that link an office to its brief (<see cref="SpeechWords.BriefLinks"/>).</summary>
    public WordTable BriefLinks { get; }

    /// <summary>Offices that take a brief after a brief link (<see cref="SpeechWords.BriefOffices"/>).</summary>
    public WordTable BriefOffices { get; }

    /// <summary>People an office holder speaks to after a brief link (<see cref="SpeechWords.ListenerNouns"/>).</summary>
    public WordTable ListenerNouns { get; }

    /// <summary>"Of" elided into the next word (<see cref="SpeechWords.ElidedLinks"/>).</summary>
    public WordTable ElidedLinks { get; }

    /// <summary>Prepositions that open a phrase set off between a name and its verb (<see cref="SpeechWords.InsertOpeners"/>).</summary>
    public WordTable InsertOpeners { get; }

    /// <summary>Pronouns that mean more than one (<see cref="SpeechWords.PluralPronouns"/>).</summary>
    public WordTable PluralPronouns { get; }

    public WordTable OrganisationPronouns { get; }

    public WordTable Enclitics { get; }

    public WordTable FemalePronouns { get; }

    /// <summary>Pronouns of any case that only ever mean a man: gender evidence after a name.</summary>
    public WordTable MaleReferents { get; }

    /// <summary>Pronouns of any case that only ever mean a woman: gender evidence after a name.</summary>
    public WordTable FemaleReferents { get; }

    /// <summary>Endings of a participle agreeing with a man after a copula (<see cref="SpeechWords.MaleAgreementEndings"/>).</summary>
    public WordTable MaleAgreementEndings { get; }

    /// <summary>Endings of a participle agreeing with a woman after a copula (<see cref="SpeechWords.FemaleAgreementEndings"/>).</summary>
    public WordTable FemaleAgreementEndings { get; }

    /// <summary>Titles, modifiers included: "Deputy", "Home" and "Secretary" are all title words.</summary>
    public WordTable Titles { get; }

    public WordTable TitleModifiers { get; }

    public WordTable PostNominals { get; }

    public WordTable RoleNouns { get; }

    /// <summary>The <see cref="SpeechWords.PeopleNouns"/> words.</summary>
    public WordTable PeopleNouns { get; }

    /// <summary>The <see cref="SpeechWords.ParticiplePeopleNouns"/> words, also among <see cref="PeopleNouns"/>.</summary>
    public WordTable ParticiplePeopleNouns { get; }

    /// <summary>The <see cref="SpeechWords.ObjectArticles"/> words.</summary>
    public WordTable ObjectArticles { get; }

    /// <summary>The <see cref="SpeechWords.FeminineArticles"/> words.</summary>
    public WordTable FeminineArticles { get; }

    /// <summary>The <see cref="SpeechWords.MasculineArticles"/> words.</summary>
    public WordTable MasculineArticles { get; }

    public WordTable NationalityNouns { get; }

    public WordTable Demonyms { get; }

    /// <summary>Parties before a member's name: "Labour", "Liberal Democrat".</summary>
    public WordTable Affiliations { get; }

    /// <summary>Organisation nouns that name a body by its description: "the select committee".</summary>
    public WordTable Bodies { get; }

    /// <summary>Organisation nouns that name a body speaking as one by the noun alone: "la justice", "el gobierno".</summary>
    public WordTable BareBodies { get; }

    /// <summary>Words after a bare body's noun that say which body it is: "la polizia locale" (<see cref="SpeechWords.BodyQualifiers"/>).</summary>
    public WordTable BodyQualifiers { get; }

    /// <summary>Endings of adjectives after a body's kind noun (<see cref="SpeechWords.AdjectiveEndings"/>).</summary>
    public WordTable AdjectiveEndings { get; }

    /// <summary>Articles that open a plural: "les", "los", "the".</summary>
    public WordTable PluralDefinites { get; }

    /// <summary>Nouns after a publication's name: "Harbour Monthly magazine".</summary>
    public WordTable Publications { get; }

    /// <summary>
    /// Whether the language writes every noun with a capital (German): "Das Unternehmen" is an
    /// organisation's noun there, where a capital after an article elsewhere opens a name.
    /// Read with every language at once, a capital opens a name.
    /// </summary>
    public bool CapitalisesNouns { get; }

    /// <summary>Organisation nouns that are documents: "the report", "la nota".</summary>
    public WordTable DocumentNouns { get; }

    /// <summary>"en el que", "no qual", "in which": a relative clause's opening on a document's noun (<see cref="SpeechWords.DocumentRelatives"/>).</summary>
    public WordTable DocumentRelatives { get; }

    /// <summary>The <see cref="SpeechWords.DocumentVerbs"/> words.</summary>
    public WordTable DocumentVerbs { get; }

    /// <summary>"report", "study", "informe": documents of findings, which name one another.</summary>
    public WordTable StudyNouns { get; }

    /// <summary>Every <see cref="SpeechWords.StatementNouns"/> list.</summary>
    public WordTable StatementNouns { get; }

    /// <summary>Every <see cref="SpeechWords.DocumentTextNouns"/> list.</summary>
    public WordTable DocumentTextNouns { get; }

    /// <summary>
    /// The <see cref="SpeechWords.SurnameParticles"/> of the one language these tables read (German or
    /// Dutch); none in the tables of every language.
    /// </summary>
    public WordTable SurnameParticles { get; }

    /// <summary>The <see cref="SpeechWords.FeminineRoleSuffixes"/>, each with its hyphen: "-in".</summary>
    public WordTable FeminineRoleSuffixes { get; }

    /// <summary>Every <see cref="SpeechWords.ReadingGoingOnAdverbs"/> list.</summary>
    public WordTable ReadingGoingOnAdverbs { get; }

    /// <summary>Every <see cref="SpeechWords.DocumentBackAdverbs"/> list.</summary>
    public WordTable DocumentBackAdverbs { get; }

    /// <summary>Every <see cref="SpeechWords.TextReceivingVerbs"/> list.</summary>
    public WordTable TextReceivingVerbs { get; }

    /// <summary>Every <see cref="SpeechWords.TextSendingVerbs"/> list.</summary>
    public WordTable TextSendingVerbs { get; }

    /// <summary>Every <see cref="SpeechWords.AnonymityWords"/> list.</summary>
    public WordTable AnonymityWords { get; }

    /// <summary>Every <see cref="SpeechWords.WithheldNameWords"/> list.</summary>
    public WordTable WithheldNameWords { get; }

    /// <summary>Every <see cref="SpeechWords.FirmNameWords"/> list.</summary>
    public WordTable FirmNameWords { get; }

    /// <summary>"company", "empresa", "Unternehmen": nouns of a firm, which name one another.</summary>
    public WordTable CompanyNouns { get; }

    /// <summary>"fábrica", "naviera", "fabbrica": nouns of a firm's trade, a firm that a company noun later means.</summary>
    public WordTable TradeNouns { get; }

    /// <summary>"body", "organismo", "Behörde": nouns of a body of any kind, which mean the organisation named last.</summary>
    public WordTable AnyBodyNouns { get; }

    /// <summary>"board", "administração", "Geschäftsführung": the part that governs a body and speaks for the body named after it.</summary>
    public WordTable GoverningNouns { get; }

    /// <summary>"maker", "fabricante", "Hersteller": nouns that make the name they are apposed to a firm's.</summary>
    public WordTable FirmNouns { get; }

    /// <summary>See <see cref="SpeechWords.SeatParticiples"/>.</summary>
    public WordTable SeatParticiples { get; }

    /// <summary>The <see cref="SpeechWords.AgentNounEndings"/>: "-er", "-ist", "-aar".</summary>
    public WordTable AgentNounEndings { get; }

    /// <summary>The <see cref="SpeechWords.FemaleAgentNounEndings"/>: "-erin", "-ster".</summary>
    public WordTable FemaleAgentNounEndings { get; }

    /// <summary>The <see cref="SpeechWords.BodyAgentNouns"/>: "betreiber", "vervoerder".</summary>
    public WordTable BodyAgentNouns { get; }

    /// <summary>The <see cref="SpeechWords.ThingAgentNouns"/>: "revista", "settore".</summary>
    public WordTable ThingAgentNouns { get; }

    /// <summary>Whether the document's language is known and writes agent nouns by their ending (German, Dutch).</summary>
    public bool ReadsAgentNouns { get; }

    /// <summary>"shares", "ações", "aandelen": nouns of a firm's shares, whose owner after a link is a firm.</summary>
    public WordTable ShareNouns { get; }

    /// <summary>"essere", "aver": auxiliaries' infinitives that open a reported clause after "di".</summary>
    public WordTable ClauseAuxiliaries { get; }

    /// <summary>"that", "que", "dass": words that open a reported clause.</summary>
    public WordTable Complementisers { get; }

    /// <summary>"Mr", "M.", "Herr": a man's title before his surname.</summary>
    public WordTable MaleTitles { get; }

    /// <summary>"Mrs", "Mme", "Frau": a woman's title before her surname.</summary>
    public WordTable FemaleTitles { get; }

    public WordTable OrganisationNouns { get; }

    public WordTable SpokesNouns { get; }

    /// <summary>"official", "responsable": someone unnamed who speaks for the organisation named with them.</summary>
    public WordTable OfficialNouns { get; }

    /// <summary>"on": an inverted pronoun for no one in particular ("explique-t-on").</summary>
    public WordTable ImpersonalPronouns { get; }

    /// <summary>The letters written between a verb and its inverted pronoun (<see cref="SpeechWords.InversionJoints"/>).</summary>
    public WordTable InversionJoints { get; }

    /// <summary>"fait savoir", "laissé entendre": verb phrases that report.</summary>
    public WordTable ReportingPhrases { get; }

    /// <summary>"fala num", "habla de": a verb of speaking and the preposition of what is spoken of (<see cref="SpeechWords.SpeakingOfPhrases"/>).</summary>
    public WordTable SpeakingOfPhrases { get; }

    /// <summary>"tenu à", "voulu": verbs of will before a reporting infinitive.</summary>
    public WordTable WillVerbs { get; }

    /// <summary>"se limitó a", "s'est borné à": verbs that limit what was said, before a reporting infinitive (also <see cref="WillVerbs"/>).</summary>
    public WordTable LimitingVerbs { get; }

    /// <summary>"diffusa", "difundido", "issued": participles before a document's issuer.</summary>
    public WordTable IssuingParticiples { get; }

    /// <summary>The speech words' reporting lemmas, which are infinitives: "rappeler", "préciser".</summary>
    public WordTable ReportingInfinitives { get; }

    /// <summary>The writer's own possessives: "our".</summary>
    public WordTable OwnPossessives { get; }

    /// <summary>The first person's possessives (<see cref="SpeechWords.FirstPersonPossessives"/>): "my", "ma", "meine".</summary>
    public WordTable FirstPersonPossessives { get; }

    /// <summary>The words that open a clause of comparison (<see cref="SpeechWords.ComparisonOpeners"/>): "as", "comme".</summary>
    public WordTable ComparisonOpeners { get; }

    /// <summary>The first person's subjects and perfect auxiliaries where the subject is dropped (<see cref="SpeechWords.FirstPersonDroppingWords"/>): "ho", "yo".</summary>
    public WordTable FirstPersonDroppingWords { get; }

    /// <summary>The first person singular present of the verbs of saying (<see cref="SpeechWords.FirstPersonSayingForms"/>): "digo", "sage".</summary>
    public WordTable FirstPersonSayingForms { get; }

    /// <summary>The participles and gerunds of turning to someone (<see cref="SpeechWords.TurningWords"/>): "turning", "rivolta".</summary>
    public WordTable TurningWords { get; }

    /// <summary>Auxiliaries of the passive: "is", "was", "been".</summary>
    public WordTable PassiveAuxiliaries { get; }

    /// <summary>Emphatic pronouns after a subject: "herself", "selbst", "zelf" (SpeakerFinder.QuestionTurn.cs).</summary>
    public WordTable Intensifiers { get; }

    /// <summary>Verbs of answering: "replied", "répondu", "antwortete" (SpeakerFinder.AnswerToQuestion.cs).</summary>
    public WordTable AnsweringVerbs { get; }

    /// <summary>Words that join two subjects: "and", "et", "und".</summary>
    public WordTable Coordinators { get; }

    /// <summary>Phrases that make their subject an interview's guest.</summary>
    public WordTable InterviewCues { get; }

    public WordTable Indefinites { get; }

    public WordTable Definites { get; }

    public WordTable Prepositions { get; }

    public WordTable NotNames { get; }

    /// <summary>See <see cref="SpeechWords.SequenceOpeners"/>.</summary>
    public WordTable SequenceOpeners { get; }

    /// <summary>See <see cref="SpeechWords.ReadAloudVerbs"/>.</summary>
    public WordTable ReadAloudVerbs { get; }

    /// <summary>See <see cref="SpeechWords.ReadAloudParticiples"/>.</summary>
    public WordTable ReadAloudParticiples { get; }

    /// <summary>The <see cref="SpeechWords.ReadAloudTexts"/> words with every language's <see cref="SpeechWords.DocumentNouns"/>.</summary>
    public WordTable ReadAloudTexts { get; }

    /// <summary>See <see cref="SpeechWords.RenamingAfterWords"/>.</summary>
    public WordTable RenamingAfterWords { get; }

    public WordTable NameJoiners { get; }

    public WordTable EmployerLinks { get; }

    public WordTable WorkplaceLinks { get; }

    public WordTable OrganisationLinks { get; }

    /// <summary>The <see cref="SpeechWords.BodyNameLinks"/> words.</summary>
    public WordTable BodyNameLinks { get; }

    /// <summary>The <see cref="SpeechWords.SectorNouns"/> words.</summary>
    public WordTable SectorNouns { get; }

    /// <summary>A role's link to what it heads, before an indefinite (<see cref="SpeechWords.HeadLinks"/>).</summary>
    public WordTable HeadLinks { get; }

    /// <summary>One picked out of a group (<see cref="SpeechWords.PartitiveOnes"/>).</summary>
    public WordTable PartitiveOnes { get; }

    /// <summary>The group's pronoun after it (<see cref="SpeechWords.PartitivePronouns"/>).</summary>
    public WordTable PartitivePronouns { get; }


    /// <summary>Nouns of a manner of speaking (<see cref="SpeechWords.MannerNouns"/>).</summary>
    public WordTable MannerNouns { get; }

    /// <summary>The <see cref="SpeechWords.MannerPrepositions"/> words.</summary>
    public WordTable MannerPrepositions { get; }

    /// <summary>The <see cref="SpeechWords.CompanionWords"/> words.</summary>
    public WordTable CompanionWords { get; }

    /// <summary>The <see cref="SpeechWords.ContrastingPronouns"/> words.</summary>
    public WordTable ContrastingPronouns { get; }

    /// <summary>The <see cref="SpeechWords.SubjectArticles"/> words.</summary>
    public WordTable SubjectArticles { get; }

    /// <summary>The <see cref="SpeechWords.EpithetFeminineArticles"/> words.</summary>
    public WordTable EpithetFeminineArticles { get; }

    /// <summary>The <see cref="SpeechWords.EpithetMasculineArticles"/> words.</summary>
    public WordTable EpithetMasculineArticles { get; }

    /// <summary>The <see cref="SpeechWords.FeminineIndefinites"/> words.</summary>
    public WordTable FeminineIndefinites { get; }

    /// <summary>The <see cref="SpeechWords.MasculineIndefinites"/> words.</summary>
    public WordTable MasculineIndefinites { get; }

    /// <summary>The <see cref="SpeechWords.FemaleRoleNouns"/> words.</summary>
    public WordTable FemaleRoleNouns { get; }

    /// <summary>The <see cref="SpeechWords.MaleRoleNouns"/> words.</summary>
    public WordTable MaleRoleNouns { get; }

    /// <summary>The <see cref="SpeechWords.LooseKinNouns"/> words.</summary>
    public WordTable LooseKinNouns { get; }

    /// <summary>The <see cref="SpeechWords.ClausePassiveAuxiliaries"/> words.</summary>
    public WordTable ClausePassiveAuxiliaries { get; }

    /// <summary>The <see cref="SpeechWords.FiniteModals"/> words.</summary>
    public WordTable FiniteModals { get; }

    /// <summary>The <see cref="SpeechWords.QuoteLabels"/> words.</summary>
    public WordTable QuoteLabels { get; }

    /// <summary>
    /// Whether <paramref name="word"/> is a finite auxiliary, copula or modal the lexicons know:
    /// <see cref="SpeechWords.FiniteModals"/>, the copulas, the auxiliaries of the perfect and the
    /// passive (English "been", "being" with them), the reported conditional and the wishing verbs.
    /// </summary>
    public bool IsFiniteAuxiliary(System.ReadOnlySpan<char> word)
        => FiniteModals.Contains(word) || Copulas.Contains(word) || PerfectAuxiliaries.Contains(word) || ClausePassiveAuxiliaries.Contains(word)
        || PassiveAuxiliaries.Contains(word) || ReportedConditionalForms.Contains(word) || WishingVerbs.Contains(word);

    /// <summary>The <see cref="SpeechWords.PhrasePrepositions"/> words.</summary>
    public WordTable PhrasePrepositions { get; }

    /// <summary>
    /// What opens a phrase of how or when something was said, after its verb or its speaker ("entre
    /// aplausos", "con gesto serio", "tra gli applausi"): the manner and phrase prepositions and the
    /// insert openers, in one table so that a word is looked up once.
    /// </summary>
    public WordTable MannerPhraseOpeners { get; }

    /// <summary>Words after which a quote names a term or a thing (<see cref="SpeechWords.TermMarkers"/>).</summary>
    public WordTable TermMarkers { get; }

    /// <summary>Words that give what something is called (<see cref="SpeechWords.NamingWords"/>).</summary>
    public WordTable NamingWords { get; }

    /// <summary>The noun "name", naming what the quote right after it is (<see cref="SpeechWords.NameNouns"/>).</summary>
    public WordTable NameNouns { get; }

    /// <summary>The verb that gives a person's name after its reflexive, pronoun or copula (<see cref="SpeechWords.NameGivingVerbs"/>).</summary>
    public WordTable NameGivingVerbs { get; }

    /// <summary>Words of being known, naming only before a link (<see cref="SpeechWords.KnownAsWords"/>).</summary>
    public WordTable KnownAsWords { get; }

    /// <summary>Endings of a party's adjectives after a role (<see cref="SpeechWords.PartyAdjectiveEndings"/>).</summary>
    public WordTable PartyAdjectiveEndings { get; }

    /// <summary>Words with a party adjective's ending that are none (<see cref="SpeechWords.NotPartyAdjectives"/>).</summary>
    public WordTable NotPartyAdjectives { get; }

    /// <summary>The adjectives of an office's tier after a role (<see cref="SpeechWords.OfficeTierAdjectives"/>).</summary>
    public WordTable OfficeTierAdjectives { get; }

    /// <summary>The titles of languages that compound them, to find at a word's end: "Vereins|präsident".</summary>
    public WordTable TitleEnds { get; }

    /// <summary>
    /// The trades and ordinary people's nouns of languages that compound them, to find at a word's
    /// end: "Kunst|historiker", "Supermarkt|eigenaar" (see <see cref="CompoundTradeEnds"/>).
    /// </summary>
    public WordTable TradeEnds { get; }

    /// <summary>
    /// The trades of four or five letters of languages that compound them ("imker", "gids", "wirt"), read at a word's end
    /// only where a word opens its sentence before a full name (see <see cref="ShortCompoundTradeEnds"/>).
    /// </summary>
    public WordTable ShortTradeEnds { get; }

    /// <summary>
    /// The role nouns of languages that compound them, to find at the end of a longer word only:
    /// "Schieds|richter", "Amts|richter" (see <see cref="CompoundRoleEnds"/> and <see cref="IsRoleCompound"/>).
    /// </summary>
    public WordTable RoleEnds { get; }

    /// <summary>
    /// Whether <paramref name="word"/> is a compound on a role noun and not the noun itself: "Schiedsrichter",
    /// never "Richter", which is a surname as often as a judge and stays out of the titles.
    /// </summary>
    public bool IsRoleCompound(ReadOnlySpan<char> word) => RoleEnds.EndsAny(word) && !RoleEnds.Contains(word);

    /// <summary>
    /// Whether any of the languages reports speech in a mood of its own (German "sei", "habe"; Dutch "zou"): in the others
    /// no sentence is read for it, which spares a lookup of every word of every sentence.
    /// </summary>
    public bool ReportsInOwnMood => ReportedSpeechForms.Count > 0 || ReportedConditionalForms.Count > 0 || ReportedSpeechSubjects.Count > 0;

    /// <summary>Whether any of the languages drops a verb's subject.</summary>
    public bool DropsSubjects { get; }

    /// <summary>Whether every one of the languages writes a place's body with its kind first ("gemeente Tolbergen").</summary>
    public bool WritesKindBeforePlace { get; }

    /// <summary>Whether any of the languages puts its finite verb second (German, Dutch).</summary>
    public bool VerbSecond { get; }

    /// <summary>Whether any of the languages puts any reporting verb before its subject ("a précisé X").</summary>
    public bool VerbsInvert { get; }

    public WordTable ListenerVerbs { get; }

    public WordTable Fillers { get; }

    public WordTable Contrasts { get; }

    /// <summary>Conjunctions that open a subordinate clause before the main one (<see cref="SpeechWords.Subordinators"/>).</summary>
    public WordTable Subordinators { get; }

    /// <summary>The <see cref="SpeechWords.SubordinatorsBeforeComplementiser"/> words.</summary>
    public WordTable SubordinatorsBeforeComplementiser { get; }

    /// <summary>The <see cref="SpeechWords.PluralOrganisationLinks"/> words.</summary>
    public WordTable PluralOrganisationLinks { get; }

    /// <summary>Prepositions opening a phrase before a verb-second verb (<see cref="SpeechWords.OpeningPrepositions"/>).</summary>
    public WordTable OpeningPrepositions { get; }

    /// <summary>Adverbs of time, sequence or manner opening a sentence (<see cref="SpeechWords.SentenceAdverbs"/>).</summary>
    public WordTable SentenceAdverbs { get; }

    /// <summary>Prepositions opening a phrase set off by a comma before its subject (<see cref="SpeechWords.CommaOpeningPrepositions"/>).</summary>
    public WordTable CommaOpeningPrepositions { get; }

    /// <summary>Participles of being asked opening such a phrase (<see cref="SpeechWords.AskedParticiples"/>).</summary>
    public WordTable AskedParticiples { get; }

    /// <summary>Words opening a dependent clause inside an opening phrase (<see cref="SpeechWords.DependentClauseOpeners"/>).</summary>
    public WordTable DependentClauseOpeners { get; }

    /// <summary>Words right before an infinitive closing a clause (<see cref="SpeechWords.InfinitiveMarkers"/>).</summary>
    public WordTable InfinitiveMarkers { get; }

    /// <summary>Finite verbs of reported speech (<see cref="SpeechWords.ReportedSpeechForms"/>).</summary>
    public WordTable ReportedSpeechForms { get; }

    /// <summary>Subjects beside which a verb in "-e" reports speech (<see cref="SpeechWords.ReportedSpeechSubjects"/>).</summary>
    public WordTable ReportedSpeechSubjects { get; }

    /// <summary>Conditional forms that report speech (<see cref="SpeechWords.ReportedConditionalForms"/>).</summary>
    public WordTable ReportedConditionalForms { get; }

    /// <summary>Words that open a condition (<see cref="SpeechWords.ConditionalMarkers"/>).</summary>
    public WordTable ConditionalMarkers { get; }

    /// <summary>Endings of adverbial words opening a verb-second clause (<see cref="SpeechWords.AdverbialEndings"/>).</summary>
    public string[] AdverbialEndings { get; }

    /// <summary>The <see cref="SpeechWords.PresentativePhrases"/>, each split into its words (one or two).</summary>
    public string[][] PresentativePhrases { get; }

    /// <summary>The last word of each of the <see cref="PresentativePhrases"/>: a word no phrase ends on starts none.</summary>
    public WordTable PresentativeEnds { get; }

    /// <summary>Prepositions of being one of a group that open an inverted sentence (<see cref="SpeechWords.AmongPrepositions"/>).</summary>
    public WordTable AmongPrepositions { get; }

    /// <summary>Verbs after which the subject stands inverted after an opening <see cref="AmongPrepositions"/> phrase (<see cref="SpeechWords.AmongVerbs"/>).</summary>
    public WordTable AmongVerbs { get; }

    /// <summary>Endings of a trade's firm's noun (<see cref="SpeechWords.TradeFirmEndings"/>).</summary>
    public string[] TradeFirmEndings { get; }

    /// <summary>
    /// Whether a capitalised word ends in one of the <see cref="TradeFirmEndings"/> after a stem of
    /// three letters at least: "Rederij", "Brauerei"; not "Derij".
    /// </summary>
    public bool IsTradeFirmNoun(ReadOnlySpan<char> word)
    {
        const int MinStem = 3;
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var ending in TradeFirmEndings)
        {
            if (word.Length >= ending.Length + MinStem && word.EndsWith(ending.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first person singular's subject (<see cref="SpeechWords.FirstPersonSubjects"/>).</summary>
    public WordTable FirstPersonSubjects { get; }

    /// <summary>Adverbs adding someone to those named (<see cref="SpeechWords.AdditiveAdverbs"/>).</summary>
    public WordTable AdditiveAdverbs { get; }

    public WordTable RelativePronouns { get; }

    /// <summary>The <see cref="SpeechWords.PersonRelativePronouns"/> words.</summary>
    public WordTable PersonRelativePronouns { get; }

    /// <summary>The <see cref="SpeechWords.SubjectRelatives"/> words.</summary>
    public WordTable SubjectRelatives { get; }

    /// <summary>The <see cref="SpeechWords.InfinitiveTimeLinks"/> phrases.</summary>
    public WordTable InfinitiveTimeLinks { get; }

    /// <summary>The <see cref="SpeechWords.GerundTimeLinks"/> words.</summary>
    public WordTable GerundTimeLinks { get; }

    /// <summary>The <see cref="SpeechWords.GerundSuffixes"/>: "-ing".</summary>
    public WordTable GerundSuffixes { get; }

    /// <summary>"according to", "selon", "laut": phrases of one or more words.</summary>
    public WordTable AccordingTo { get; }

    /// <summary>
    /// The <see cref="AccordingTo"/> phrases that end on a link ("a juicio de", "na opinião de"),
    /// without that link: "a juicio", "na opinião", to meet the link fused with an article ("del").
    /// </summary>
    public WordTable AccordingToBeforeLink { get; }

    /// <summary>The <see cref="SpeechWords.AccordingToAfter"/> words.</summary>
    public WordTable AccordingToAfter { get; }

    /// <summary>Verbs by which one source quotes another: "quoted".</summary>
    public WordTable QuotingVerbs { get; }

    /// <summary>The word between whom a quoting verb quoted and the saying: "as".</summary>
    public WordTable QuotedAs { get; }

    public WordTable ViewPrepositions { get; }

    /// <summary>"in", "à", "em": a name after one is a place.</summary>
    public WordTable Locatives { get; }

    public WordTable PassiveAgents { get; }

    public WordTable InvertedCues { get; }

    public WordTable Media { get; }

    /// <summary>"des": the name after one carries a genitive -s.</summary>
    /// <summary>"-es", "-s": a genitive's endings on the noun after its article.</summary>
    public WordTable GenitiveEndings { get; }

    /// <summary>"verein", "amt": nouns whose genitive ending a name loses.</summary>
    public WordTable GenitiveHeads { get; }

    /// <summary>Whether the document's language is known, and marks a genitive on the noun after its article (German).</summary>
    public bool MarksGenitive { get; }

    public WordTable GenitiveArticles { get; }

    /// <summary>Genitive articles that leave their noun as it is (<see cref="SpeechWords.ComplementArticles"/>).</summary>
    public WordTable ComplementArticles { get; }

    /// <summary>Prepositions naming a listener (<see cref="SpeechWords.ListenerPrepositions"/>).</summary>
    public WordTable ListenerPrepositions { get; }

    /// <summary>Possessives after a listener's preposition (<see cref="SpeechWords.ListenerPossessives"/>).</summary>
    public WordTable ListenerPossessives { get; }

    /// <summary>Prepositions of what something is for, against, with or about (<see cref="SpeechWords.ObjectPrepositions"/>).</summary>
    public WordTable ObjectPrepositions { get; }

    /// <summary>Nouns of an answer or a reaction (<see cref="SpeechWords.ResponseNouns"/>).</summary>
    public WordTable ResponseNouns { get; }

    /// <summary>Verbs that bring on a response's noun after a quote (<see cref="SpeechWords.ResponseVerbs"/>).</summary>
    public WordTable ResponseVerbs { get; }

    /// <summary>Words of a stance or a mood (<see cref="SpeechWords.StanceWords"/>).</summary>
    public WordTable StanceWords { get; }

    /// <summary>A preposition and an article in one word (<see cref="SpeechWords.ContractedArticles"/>).</summary>
    public WordTable ContractedArticles { get; }

    /// <summary>Nouns of the circle around someone (<see cref="SpeechWords.CircleNouns"/>).</summary>
    public WordTable CircleNouns { get; }

    /// <summary>Nouns of a family tie that mean a man (<see cref="SpeechWords.MaleKinNouns"/>).</summary>
    public WordTable MaleKinNouns { get; }

    /// <summary>Nouns of a family tie that mean a woman (<see cref="SpeechWords.FemaleKinNouns"/>).</summary>
    public WordTable FemaleKinNouns { get; }

    /// <summary>Nouns of unnamed sources before an organisation (<see cref="SpeechWords.SourceNouns"/>).</summary>
    public WordTable SourceNouns { get; }

    /// <summary>Prepositions of where words come from, before a body (<see cref="SpeechWords.SourcePrepositions"/>).</summary>
    public WordTable SourcePrepositions { get; }

    /// <summary>Nouns of a side words come from, before a body (<see cref="SpeechWords.SourceSides"/>).</summary>
    public WordTable SourceSides { get; }

    /// <summary>Body nouns that end a compound (<see cref="SpeechWords.CompoundBodyHeads"/>).</summary>
    public WordTable CompoundBodyHeads { get; }

    /// <summary>Whether <paramref name="word"/> is an organisation's noun, listed or a compound that ends in a body's noun.</summary>
    public bool IsOrganisationNoun(ReadOnlySpan<char> word) => OrganisationNouns.Contains(word) || IsCompoundBody(word);

    /// <summary>
    /// Whether a capitalised word ends in one of the <see cref="CompoundBodyHeads"/> after a first
    /// part of its own: "Landrats|amt", "Bauern|verband", "Fietsers|bond". Each ending is looked up on the span.
    /// </summary>
    public bool IsCompoundBody(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 * MinCompoundPart || !char.IsUpper(word[0]))
        {
            return false;
        }

        // "des Verkehrsministeriums": a genitive's ending after the head.
        const int MaxEnding = 2;
        for (var cut = 0; cut <= MaxEnding && word.Length - cut >= 2 * MinCompoundPart; cut++)
        {
            if ((cut == 0 || GenitiveEndings.Contains(word.Slice(word.Length - cut))) && !CompoundBodyHead(word.Slice(0, word.Length - cut)).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // A compound's parts are at least this long: "Amt" alone is no compound of "amt".
    private const int MinCompoundPart = 3;

    /// <summary>
    /// The one of the <see cref="CompoundBodyHeads"/> that ends <paramref name="word"/> after a first
    /// part of its own ("fabriek" in "verffabriek"), or empty.
    /// </summary>
    public ReadOnlySpan<char> CompoundBodyHead(ReadOnlySpan<char> word)
    {
        for (var start = MinCompoundPart; start + MinCompoundPart <= word.Length; start++)
        {
            if (CompoundBodyHeads.Contains(word.Slice(start)))
            {
                return word.Slice(start);
            }
        }

        return default;
    }

    /// <summary>Portfolios between an office and its holder (<see cref="SpeechWords.Portfolios"/>).</summary>
    public WordTable Portfolios { get; }

    /// <summary>Demonstratives that open a description (<see cref="SpeechWords.Demonstratives"/>).</summary>
    public WordTable Demonstratives { get; }

    /// <summary>Demonstratives of plural nouns (<see cref="SpeechWords.PluralDemonstratives"/>).</summary>
    public WordTable PluralDemonstratives { get; }

    /// <summary>Words that stand only before a common noun (<see cref="SpeechWords.NounDeterminers"/>).</summary>
    public WordTable NounDeterminers { get; }

    /// <summary>Endings of inflected adjectives before a noun (<see cref="SpeechWords.InflectedAdjectiveEndings"/>).</summary>
    public string[] InflectedAdjectiveEndings { get; }

    /// <summary>Words that deny the verb after them (<see cref="SpeechWords.Negations"/>).</summary>
    public WordTable Negations { get; }

    /// <summary>Auxiliaries of the perfect (<see cref="SpeechWords.PerfectAuxiliaries"/>).</summary>
    public WordTable PerfectAuxiliaries { get; }

    /// <summary>Possessives that open a description (<see cref="SpeechWords.Possessives"/>).</summary>
    public WordTable Possessives { get; }

    /// <summary>"es" in "heißt es": a report with no one as its subject.</summary>
    public WordTable ImpersonalSubjects { get; }

    /// <summary>The <see cref="SpeechWords.ImpersonalReadings"/> words.</summary>
    public WordTable ImpersonalReadings { get; }

    /// <summary>The <see cref="SpeechWords.ReadingClitics"/> words.</summary>
    public WordTable ReadingClitics { get; }

    /// <summary>The <see cref="SpeechWords.ObjectClitics"/> words.</summary>
    public WordTable ObjectClitics { get; }

    /// <summary>The <see cref="SpeechWords.ElidedComplementisers"/> words.</summary>
    public WordTable ElidedComplementisers { get; }

    /// <summary>The <see cref="SpeechWords.LocativeArticles"/> words.</summary>
    public WordTable LocativeArticles { get; }

    /// <summary>Endings of ages used as nouns: "-year-old", "-jährige".</summary>
    public WordTable AgeSuffixes { get; }

    /// <summary>Whether <paramref name="word"/> is an age in figures: "34-year-old", "19-jährige", "62enne".</summary>
    public bool IsAgeInFigures(ReadOnlySpan<char> word) => word.Length > 0 && char.IsDigit(word[0]) && AgeSuffixes.EndsAny(word);

    /// <summary>The <see cref="SpeechWords.AgeNouns"/> words.</summary>
    public WordTable AgeNouns { get; }

    /// <summary>Words that make a number an age after a name: "78 years old", "78 ans".</summary>
    public WordTable AgeWords { get; }

    /// <summary>The <see cref="SpeechWords.AdverbSuffixes"/>: "-ment", "-mente", "-ly".</summary>
    public WordTable AdverbSuffixes { get; }

    /// <summary>The <see cref="SpeechWords.PluralVerbEndings"/>.</summary>
    public WordTable PluralVerbEndings { get; }

    /// <summary>
    /// The <see cref="SpeechWords.PluralNounEndings"/> of every language, each as its plural ending and
    /// the singular ending that replaces it, once.
    /// </summary>
    public IReadOnlyList<(string Plural, string Singular)> PluralNounEndings { get; }

    /// <summary>The <see cref="SpeechWords.ViewWords"/>.</summary>
    public WordTable ViewWords { get; }

    /// <summary>The <see cref="SpeechWords.ViewLinks"/>.</summary>
    public WordTable ViewLinks { get; }

    /// <summary>Present participles of reporting verbs: "saying", "déclarant", "diciendo".</summary>
    public WordTable Participles { get; }

    /// <summary>Every form of every reporting verb.</summary>
    public WordTable ReportingVerbs { get; }

    /// <summary>Forms of reporting verbs that may be followed by their subject.</summary>
    public WordTable InvertingVerbs { get; }

    /// <summary>Every form of the <see cref="SpeechWords.PersonObjectLemmas"/>.</summary>
    public WordTable PersonObjectVerbs { get; }

    /// <summary>The <see cref="SpeechWords.CleftOpeners"/>.</summary>
    public WordTable CleftOpeners { get; }

    /// <summary>The <see cref="SpeechWords.CleftCopulas"/> (Phrase.CleftCopula.cs).</summary>
    public WordTable CleftCopulas { get; }

    /// <summary>The <see cref="SpeechWords.Copulas"/>, of one or two words.</summary>
    public WordTable Copulas { get; }

    /// <summary>The <see cref="SpeechWords.Copulas"/> with the <see cref="SpeechWords.NameCopulas"/>.</summary>
    public WordTable NameCopulas { get; }

    /// <summary>The <see cref="SpeechWords.SheOrTheyPronouns"/>.</summary>
    public WordTable SheOrTheyPronouns { get; }

    /// <summary>The <see cref="SpeechWords.PredicateLinks"/>.</summary>
    public WordTable PredicateLinks { get; }

    /// <summary>Reporting infinitives with a cleft's clitic joined: "dirlo", "spiegarla".</summary>
    public WordTable CleftInfinitives { get; }

    /// <summary>The <see cref="SpeechWords.BackReferences"/>, phrases of one to three words.</summary>
    public WordTable BackReferences { get; }

    /// <summary>The <see cref="SpeechWords.WithTheseWords"/>, phrases of one to three words.</summary>
    public WordTable WithTheseWords { get; }

    /// <summary>
    /// The reporting verbs' lemmas alone (<see cref="SpeechWords.ReportingLemmas"/>), of every language: in
    /// German, Dutch and English a lemma is also the present plural, read so where a cue's verb is plainly
    /// finite (", betonen sie.", ", they insist.").
    /// </summary>
    public WordTable ReportingLemmas { get; }

    /// <summary>The <see cref="SpeechWords.CompanyWords"/>.</summary>
    public WordTable CompanyWords { get; }

    /// <summary>Every form of the stems of the <see cref="SpeechWords.SplitReports"/>: "fügte", "voegde".</summary>
    public WordTable SplitStems { get; }

    /// <summary>Every form of a split reporting verb's stem with its particle, a space between: "fügte hinzu", "voegde toe".</summary>
    public WordTable SplitReports { get; }

    /// <summary>Every form of the verbs that report with their reflexive pronoun (<see cref="SpeechWords.StanceLemmas"/>): "zeigte", "toonde", "mostró".</summary>
    public WordTable StanceVerbs { get; }

    /// <summary>The <see cref="SpeechWords.JudgingVerbs"/> that take the quote right after their object: "findet", "trouve".</summary>
    public WordTable JudgingVerbs { get; }

    /// <summary>The <see cref="SpeechWords.JudgingVerbs"/> that take the quote after a preposition: "hält", "schat", "tacha".</summary>
    public WordTable JudgingPrepositionVerbs { get; }

    /// <summary>The <see cref="SpeechWords.NamingVerbs"/> that take the quote right after their object: "nannte", "noemde", "called".</summary>
    public WordTable NamingVerbs { get; }

    /// <summary>The <see cref="SpeechWords.NamingVerbs"/> that take the quote after a preposition: "bezeichnete", "sprak", "calificó".</summary>
    public WordTable NamingPrepositionVerbs { get; }

    /// <summary>The prepositions of the <see cref="SpeechWords.NamingVerbs"/>: "als", "van", "de", "as".</summary>
    public WordTable NamingPrepositions { get; }

    /// <summary>The <see cref="SpeechWords.OwnWordsPhrases"/>: "nach eigenen Worten", "in his own words".</summary>
    public WordTable OwnWordsPhrases { get; }

    /// <summary>The <see cref="SpeechWords.WishingVerbs"/>: "voulu", "espera", "wants".</summary>
    public WordTable WishingVerbs { get; }

    /// <summary>The object forms of the <see cref="SpeechWords.ViewObjectPronouns"/>: "him", "hem", "ihm".</summary>
    public WordTable ViewObjectPronouns { get; }

    /// <summary>The subject form a <see cref="ViewObjectPronouns"/> word stands for ("him" → "he"), or null.</summary>
    public string? SubjectFormOfViewPronoun(ReadOnlySpan<char> word)
    {
        foreach (var pair in _viewObjectPronouns)
        {
            var space = pair.IndexOf(' ');
            if (word.Equals(pair.AsSpan(0, space), StringComparison.OrdinalIgnoreCase))
            {
                return pair.Substring(space + 1);
            }
        }

        return null;
    }

    /// <summary>The prepositions of the <see cref="SpeechWords.JudgingVerbs"/>: "für", "op", "de", "at".</summary>
    public WordTable JudgingPrepositions { get; }

    /// <summary>Every form of the verbs that report only beside the quote (<see cref="SpeechWords.BesideQuoteLemmas"/>): "lachte", "smiled".</summary>
    public WordTable BesideQuoteVerbs { get; }

    /// <summary>Reflexive pronouns (<see cref="SpeechWords.Reflexives"/>).</summary>
    public WordTable Reflexives { get; }

    /// <summary>Nouns of a time within an event (<see cref="SpeechWords.TimeNouns"/>).</summary>
    public WordTable TimeNouns { get; }

    /// <summary>Words of when the words were said, after a closing cue's subject (<see cref="SpeechWords.CueTrailTimes"/>).</summary>
    public WordTable CueTrailTimes { get; }

    /// <summary>Prepositions opening where, when or to whom an epithet at a cue spoke (<see cref="SpeechWords.EpithetTailPrepositions"/>).</summary>
    public WordTable EpithetTailPrepositions { get; }

    /// <summary>Presentatives bringing in the person whose case is told (<see cref="SpeechWords.CasePresentatives"/>).</summary>
    public WordTable CasePresentatives { get; }

    /// <summary>Participles of titling before a quote (<see cref="SpeechWords.TitlingWords"/>).</summary>
    public WordTable TitlingWords { get; }

    /// <summary>Nouns of a title or a slogan before a quote (<see cref="SpeechWords.TitleNouns"/>).</summary>
    public WordTable TitleNouns { get; }

    /// <summary>Prepositions bringing in a noun of title or slogan (<see cref="SpeechWords.TitlePrepositions"/>).</summary>
    public WordTable TitlePrepositions { get; }

    /// <summary>Verbs of adding at a cue: "added", "ajoute", "ergänzt" (<see cref="SpeechWords.AddingVerbs"/>).</summary>
    public WordTable AddingVerbs { get; }

    /// <summary>First parts of a compound office that make it another office (<see cref="SpeechWords.DeputyCompoundParts"/>).</summary>
    public WordTable DeputyCompoundParts { get; }

    /// <summary>Each language's possessive stems of a man (<see cref="SpeechWords.MalePossessiveStems"/>), with the pronoun they point back as: ("sein", "er").</summary>
    public (string Stem, string Pronoun)[] MalePossessiveOwners { get; }

    /// <summary>Each language's possessive stems of a woman (<see cref="SpeechWords.FemalePossessiveStems"/>), with the pronoun they point back as: ("ihr", "sie").</summary>
    public (string Stem, string Pronoun)[] FemalePossessiveOwners { get; }

    private static (string Stem, string Pronoun)[] PossessiveOwners(IReadOnlyList<Lexicon> lexicons, Func<Lexicon, string[]> stems, Func<Lexicon, string[]> pronouns)
    {
        var owners = new List<(string Stem, string Pronoun)>();
        foreach (var lexicon in lexicons)
        {
            if (pronouns(lexicon).Length == 0)
            {
                continue;
            }

            foreach (var stem in stems(lexicon))
            {
                owners.Add((stem, pronouns(lexicon)[0]));
            }
        }

        return owners.ToArray();
    }

    /// <summary>The lists a sentence's words are asked about most, as one table of <see cref="Speakers.WordClass"/> bits.</summary>
    public WordTable Classes => _classes ??= Speakers.WordClasses.Build(this);

    private WordTable? _classes;

    /// <summary>Whether <paramref name="word"/> is in any list <paramref name="classes"/> names: one lookup for them all.</summary>
    public bool IsAny(ReadOnlySpan<char> word, Speakers.WordClass classes) => (Classes.Flags(word) & (int)classes) != 0;

    /// <summary>
    /// The tables of the lexicon of <paramref name="language"/> (ISO 639-1), or of every lexicon
    /// when it is <see langword="null"/> or has no lexicon.
    /// </summary>
    public static SpeechTables For(string? language)
    {
        if (language is null)
        {
            return All;
        }

        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            if (string.Equals(Lexicon.All[i].Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return s_byLanguage[i] ??= new SpeechTables(new[] { Lexicon.All[i] });
            }
        }

        return All;
    }

    // "a juicio de" → "a juicio": each language's phrases whose last word is one of its own links.
    private static List<string> PhrasesBeforeTheirLink(IReadOnlyList<Lexicon> lexicons)
    {
        var stems = new List<string>();
        foreach (var lexicon in lexicons)
        {
            foreach (var phrase in lexicon.Speech.AccordingTo)
            {
                var space = phrase.LastIndexOf(' ');
                if (space < 0)
                {
                    continue;
                }

                var link = phrase.Substring(space + 1);
                if (Array.IndexOf(lexicon.Speech.EmployerLinks, link) >= 0 || Array.IndexOf(lexicon.NameJoiners, link) >= 0 || Array.IndexOf(lexicon.Speech.NameJoiners, link) >= 0)
                {
                    stems.Add(phrase.Substring(0, space));
                }
            }
        }

        return stems;
    }

    private static IReadOnlyList<(string Plural, string Singular)> PluralEndingPairs(IReadOnlyList<Lexicon> lexicons)
    {
        var pairs = new List<(string Plural, string Singular)>();
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Speech.PluralNounEndings)
            {
                var arrow = entry.IndexOf('>');
                var pair = (entry.Substring(0, arrow), entry.Substring(arrow + 1));
                if (!pairs.Contains(pair))
                {
                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    private static WordTable Union(IReadOnlyList<Lexicon> lexicons, params Func<Lexicon, string[]>[] lists)
        => WordTable.Of(Collect(lexicons, lists));

    private static List<string> Collect(IReadOnlyList<Lexicon> lexicons, params Func<Lexicon, string[]>[] lists)
    {
        var words = new List<string>();
        foreach (var lexicon in lexicons)
        {
            foreach (var list in lists)
            {
                words.AddRange(list(lexicon));
            }
        }

        return words;
    }

    // Courtesy titles ("Herr", "heer") end too many names to be read as the end of a compound,
    // and so would any shorter title ("Dr"); other titles of four letters or more ("Klinikchef",
    // "Gastprof") end none.
    private static IEnumerable<string> CompoundTitleEnds(IReadOnlyList<Lexicon> lexicons)
    {
        const int MinLength = 4;
        return Compounding(lexicons).SelectMany(speech => speech.Titles.Where(title => title.Length > MinLength
            || (title.Length == MinLength && Array.IndexOf(speech.MaleTitles, title) < 0 && Array.IndexOf(speech.FemaleTitles, title) < 0)));
    }

    // "Der Kunsthistoriker Martin Vogler", "Supermarkteigenaar Erik Jansma": a trade or a person's
    // noun (ProfessionEpithets, PeopleNouns, NameProfessions) ends compounds that describe the name after them. Only
    // nouns of six letters or more: a shorter one ends too many surnames and first names
    // ("Hoffmann", "Hermann" end in "mann").
    private static IEnumerable<string> CompoundTradeEnds(IReadOnlyList<Lexicon> lexicons)
    {
        const int MinLength = 6;
        return Compounding(lexicons).SelectMany(speech => speech.ProfessionEpithets.Concat(speech.PeopleNouns).Concat(speech.NameProfessions)
            .Distinct(StringComparer.Ordinal).Where(noun => noun.Length >= MinLength));
    }

    // "Wadgids Bert Oosterhuis", "Imker Jan Vos": the trades too short for CompoundTradeEnds, read only where a word
    // opens its sentence before two capitalised words (Phrase.PersonNounBeforeName.cs), where a surname cannot stand.
    // The trades alone (ProfessionEpithets): the people's nouns hold kin ("zoon", "tante") and "mann", which end given names.
    private static IEnumerable<string> ShortCompoundTradeEnds(IReadOnlyList<Lexicon> lexicons)
    {
        const int MinLength = 4;
        const int MaxLength = 5;
        return Compounding(lexicons).SelectMany(speech => speech.ProfessionEpithets)
            .Where(noun => noun.Length >= MinLength && noun.Length <= MaxLength).Distinct(StringComparer.Ordinal);
    }

    // "Schiedsrichter Tobias Lenzinger", "Linienrichter Jonas Kessler": a role noun ends compounds that name an
    // office before a name as a title does. "Richter" itself is kept out of the titles as a surname; a compound on
    // it is none. Only nouns of six letters or more, as for the trades: a shorter one ends too many surnames.
    private static IEnumerable<string> CompoundRoleEnds(IReadOnlyList<Lexicon> lexicons)
    {
        const int MinLength = 6;
        return Compounding(lexicons).SelectMany(speech => speech.RoleNouns).Distinct(StringComparer.Ordinal).Where(noun => noun.Length >= MinLength);
    }

    // The languages that write a title or a trade and the word it describes as one word (German, Dutch).
    private static IEnumerable<SpeechWords> Compounding(IReadOnlyList<Lexicon> lexicons)
        => lexicons.Select(lexicon => lexicon.Speech).Where(speech => speech.CompoundsTitles);

    // A reflexive lemma ("s'inquiéter") is written with its pronoun, which stands apart after a verb of will.
    private static IEnumerable<string> Infinitives(IReadOnlyList<Lexicon> lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var lemma in lexicon.Speech.ReportingLemmas)
            {
                if (lemma.IndexOf('\'') < 0)
                {
                    yield return lemma;
                }
            }
        }
    }

    private static IEnumerable<string> ParticipleForms(IReadOnlyList<Lexicon> lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var lemma in lexicon.ReportingLemmas)
            {
                if (lexicon.Speech.Participle(lemma) is { } form)
                {
                    yield return form;
                }
            }

            foreach (var lemma in lexicon.Speech.ReportingLemmas)
            {
                if (lexicon.Speech.Participle(lemma) is { } form)
                {
                    yield return form;
                }
            }
        }
    }

    private static IEnumerable<string> PersonObjectForms(IReadOnlyList<Lexicon> lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var lemma in lexicon.Speech.PersonObjectLemmas)
            {
                foreach (var form in lexicon.Speech.Inflect(lemma))
                {
                    yield return form;
                }

                // English inflects its reporting verbs in the lexicon itself ("accused").
                foreach (var form in lexicon.Inflect(lemma))
                {
                    yield return form;
                }
            }
        }
    }

    // "dire" and "lo" give "dirlo": an infinitive ending in a vowel drops it before the clitic.
    private static IEnumerable<string> CleftForms(IReadOnlyList<Lexicon> lexicons)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var clitic in lexicon.Speech.CleftClitics)
            {
                foreach (var lemma in lexicon.Speech.ReportingLemmas)
                {
                    yield return (lemma.EndsWith("e", StringComparison.Ordinal) ? lemma.Substring(0, lemma.Length - 1) : lemma) + clitic;
                }
            }
        }
    }

    // "hält für" gives "hält" and "für"; "findet" gives "findet", a verb that needs no preposition.
    private static IEnumerable<string> JudgingParts(IReadOnlyList<Lexicon> lexicons, bool withPreposition, int part)
        => VerbPrepositionParts(lexicons, l => l.Speech.JudgingVerbs, withPreposition, part);

    // A list of verbs written alone or with the preposition they need: "bezeichnete als" gives
    // "bezeichnete" and "als"; "nannte" gives "nannte".
    private static IEnumerable<string> VerbPrepositionParts(IReadOnlyList<Lexicon> lexicons, Func<Lexicon, string[]> entries, bool withPreposition, int part)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in entries(lexicon))
            {
                var space = entry.IndexOf(' ');
                if (withPreposition != space > 0)
                {
                    continue;
                }

                yield return !withPreposition ? entry : part == 0 ? entry.Substring(0, space) : entry.Substring(space + 1);
            }
        }
    }

    // The forms of a list of lemmas, by each language's rule (English keeps its rule in the lexicon).
    private static IEnumerable<string> LemmaForms(IReadOnlyList<Lexicon> lexicons, Func<Lexicon, string[]> lemmas)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var lemma in lemmas(lexicon))
            {
                foreach (var form in lexicon.Speech.Inflect(lemma))
                {
                    yield return form;
                }

                foreach (var form in lexicon.Inflect(lemma))
                {
                    yield return form;
                }
            }
        }
    }

    private static IEnumerable<string> SplitForms(IReadOnlyList<Lexicon> lexicons, bool withParticle)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Speech.SplitReports)
            {
                var space = entry.IndexOf(' ');
                foreach (var form in lexicon.Speech.Inflect(entry.Substring(0, space)))
                {
                    yield return withParticle ? form + entry.Substring(space) : form;
                }
            }
        }
    }

    private static IEnumerable<string> ReportingForms(IReadOnlyList<Lexicon> lexicons, bool invertingOnly)
    {
        foreach (var lexicon in lexicons)
        {
            foreach (var word in lexicon.InvertingVerbs)
            {
                yield return word;
            }

            if (!invertingOnly)
            {
                foreach (var word in lexicon.ReportingVerbs)
                {
                    yield return word;
                }
            }

            if (invertingOnly && !lexicon.Speech.VerbsInvert)
            {
                continue;
            }

            foreach (var lemma in lexicon.ReportingLemmas)
            {
                foreach (var form in lexicon.Inflect(lemma))
                {
                    yield return form;
                }
            }

            foreach (var lemma in lexicon.Speech.ReportingLemmas)
            {
                foreach (var form in lexicon.Speech.Inflect(lemma))
                {
                    yield return form;
                }
            }
        }
    }
}
