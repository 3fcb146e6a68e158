using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>English speech words beyond the lexicon's own speaker lists (<see cref="English"/>).</summary>
internal static class EnglishSpeech
{
    private static readonly Dictionary<string, string> s_irregularParticiples = new(StringComparer.Ordinal)
    {
        ["admit"] = "admitting",
        ["concur"] = "concurring",
        ["rebut"] = "rebutting",
        ["quip"] = "quipping",
        ["signal"] = "signalling",
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("after despite during following"),
        // Going on: "\"…,\" she went on". English speech words are not inflected here, so the forms are listed.
        SplitReports = ["go on", "goes on", "went on"],
        PredicateLinks = Words("be becomes became become as like plays played remains remained"),
        EpithetArticles = Words("a an"),
        MalePronouns = Words("he"),
        FemalePronouns = Words("she"),
        AgeWords = Words("years year old"),
        Intensifiers = Words("himself herself themselves"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("replied replies answered answers responded responds retorted retorts"),
        MaleReferents = Words("he him his himself"),
        FemaleReferents = Words("she her hers herself"),
        // No MaleAgreementEndings / FemaleAgreementEndings: "Ann Lee was elected", a participle does not agree.
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(EnglishGivenNames.Male),
        FemaleGivenNames = Words(EnglishGivenNames.Female),
        MaleTitles = Words("mr sir lord"),
        FemaleTitles = Words("mrs ms miss dame lady"),
        OrganisationPronouns = Words("it"),
        PluralPronouns = Words("they"),
        FirstNameTitles = Words("sir dame"),
        NamelessArticles = Words("the"),
        BodyNouns = Words("trust islands isles republic kingdom nations states emirates court chamber chambers bureau service fund alliance college"),
        PresidingOffices = Words("mayor mayoress chair chairman chairwoman chairperson"),
        CommandRanks = Words("captain commander colonel lieutenant sergeant admiral commodore"),
        HolderOnlyRoles = Words("prosecutor judge runner hurdler rower skier batsman bowler fly-half scrum-half full-back farmer fisherman shopkeeper pensioner olympian " +
            "pharmacist midwife paramedic firefighter dentist plumber electrician mechanic publican caretaker landlord landlady"),
        DeputyWords = Words("deputy vice assistant under shadow former acting junior interim"),
        Possessives = Words("his her their its"),
        FirstPersonPossessives = Words("my our"),
        ComparisonOpeners = Words("as"),
        Coordinators = Words("and or"),
        Subordinators = Words("before when while although though since because once unless whereas as"),
        InterviewCues = ["answered questions", "was the guest", "was interviewed by", "answered our questions"],
        // "Tom Lake was accused of …": verbs whose object is a person, who is then no speaker ("was
        // asked" is left out: whoever was asked answers next).
        PersonObjectLemmas = Words("accuse criticise criticize urge warn thank"),
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("husband son father brother grandfather grandson uncle nephew widower boyfriend stepfather stepson"),
        FemaleKinNouns = Words("wife daughter mother sister grandmother granddaughter aunt niece widow girlfriend stepmother stepdaughter"),
        SpokesNouns = Words("spokesman spokeswoman spokesperson"),
        OfficialNouns = Words("official"),
        SourceNouns = Words("sources source"),
        Demonstratives = Words("this"),
        Negations = Words("not never"),
        PerfectAuxiliaries = Words("had has have"),
        // The modals and "do", present and past; "is" and "was" are the passive's auxiliaries, "has" the perfect's.
        FiniteModals = Words("do does did will would can could shall should may might must"),
        AdverbSuffixes = Words("ly"),
        OwnPossessives = Words("our"),
        PassiveAuxiliaries = Words("is was are were been being"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "ranger warden gamekeeper forester " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65); not "guard", a body too (the Coast Guard).
            "watchman nightwatchman " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "angler carer " +
            "man woman mother father mum dad parent grandmother grandfather grandparent neighbour neighbor " +
            "passer-by shopper customer commuter driver passenger student pupil fan supporter visitor tourist " +
            "villager onlooker witness voter tenant homeowner retiree youngster teenager boy girl stallholder " +
            "vendor volunteer walker diner patient protester demonstrator motorist islander daughter brother " +
            "sister wife husband grandson granddaughter aunt uncle cousin widow widower friend colleague employee " +
            "guest pedestrian spectator mourner victim defendant " +
            // "A person familiar with the matter said …": whom a report does not name, and "the person" after.
            "person " +
            // Those held in a prison or a detention centre, and those who guard them: "said one inmate".
            "inmate detainee prisoner warder " +
            // Who serve in a shop, a bar or a café (session 62).
            "cashier checkout-operator shopworker storekeeper grocer greengrocer fishmonger florist hairdresser barber barista bartender barman barmaid " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "caregiver careworker childminder nanny babysitter " +
            // Who work the land, vines, hives and herds (session 62).
            "winegrower winemaker vintner grower shepherd shepherdess beekeeper herdsman dairyman smallholder crofter farmhand farmworker labourer laborer " +
            // Who build and mend houses (session 62).
            "builder bricklayer carpenter joiner roofer plasterer scaffolder welder tradesman tradeswoman " +
            // Who drive, conduct or deliver (session 62).
            "trucker cabbie cabdriver ferryman boatman postman postwoman deliveryman docker dockworker " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "fireman firewoman rescuer lifeguard medic " +
            // Who study or learn a trade (session 62).
            "schoolboy schoolgirl schoolchild undergraduate apprentice trainee " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "occupant occupier householder inhabitant survivor evacuee traveller traveler holidaymaker bystander eyewitness" +
            // Who keep or serve in hotels and inns; English has no trade list, so its trades are people nouns (session 64).
            " hotelier hotelkeeper innkeeper receptionist chambermaid housekeeper" +
            // Children, whose words a parent, a guide or a teacher tells (session 64), and a gentleman.
            " child kid toddler gentleman" +
            // Who fish, sail and work a port; who write software or keep an office; clients; activists and users (session 64, trades).
            " fisherwoman sailor deckhand trawlerman programmer coder clerk client activist user" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "said a farrier", "a foreman told us".
            " farrier seamstress dressmaker foreman forewoman" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "said one aide",
            // "a Treasury insider said"; "official" is an office noun, a spokesman's kind (OfficialNouns).
            " aide insider staffer " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "his German counterpart Anna Roe".
            "counterpart"),
        RoleNouns = Words("organiser organizer engineer teacher nurse trader resident worker commentator editor author consultant adviser advisor strategist member champion farmer fisherman shopkeeper baker butcher pensioner olympian " +
            // A talent show's or a prize's jury members and the makers of cheese, before their name as a trade is ("Juror Ella Marsh",
            // "Cheesemaker Tom Hale"), as German and Dutch write theirs ("Jurylid X", "Kaasmaakster X") (session 68, fnames).
            "juror cheesemaker " +
            "pharmacist midwife paramedic firefighter dentist plumber electrician mechanic publican caretaker landlord landlady " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "coordinator co-ordinator administrator curator bursar supervisor"),
        OrganisationNouns = Words(
            "consortium company firm group council government ministry department party club union bank agency board committee " +
            "authority commission carrier airline retailer operator charity organisation organization body paper newspaper " +
            "magazine broadcaster statement report office association federation foundation cooperative institute corporation league study forum " +
            // "the Westmoor Parents' Network": a body's name holds its noun past the possessive.
            "network coalition " +
            // "the regulator Ofwat": a body's kind that regulates or insures. Not "watchdog": a
            // noun of one kind never means a body named by another, and the press calls the same
            // regulator both ("regulator X … the watchdog said" would pass X over for the body
            // named last).
            "regulator insurer university management " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "diocese archdiocese brotherhood confraternity " +
            // A profession's college speaks as a body, its whole name read with its complements: "the Royal College of
            // Nursing said", "the college said" (session 67).
            "college"),
        DocumentNouns = Words("statement report letter memo study survey poll"),
        DocumentRelatives = ["in which"],
        DocumentVerbs = Words("read reads"),
        // "That was how X described …": the manner points back to the quote as the "what" does.
        BackReferences = ["that is what", "that was what", "this is what", "that is how", "that was how", "this is how", "this was how"],
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["with these words", "with those words", "with this remark"],
        CompanyWords = Words("ltd plc inc llc airlines airways ferries motors holdings industries"),
        StudyNouns = Words("report study"),
        CompanyNouns = Words("company firm corporation"),
        // Session 65: the firms of networks and services and the young firm ("Dunmarsh, a provider of cloud services", "the
        // start-up Pelmora"); "operator", "retailer" and "insurer" are also organisation nouns, read here as a firm a company's noun means.
        FirmNouns = Words("maker manufacturer carmaker automaker drugmaker chipmaker lender supplier housebuilder supermarket operator provider utility distributor retailer insurer start-up startup"),
        SeatParticiples = Words("based headquartered located situated founded established created formed incorporated registered"),
        ShareNouns = Words("shares"),
        AnyBodyNouns = Words("body organisation organization management"),
        GoverningNouns = Words("board management"),
        Complementisers = Words("that"),
        Bodies = Words("committee council commission board authority agency"),
        PluralDefinites = Words("the"),
        Publications = Words("magazine newspaper paper tabloid"),
        // "they said": a pronoun says a cue is plural; no subject is dropped.
        PluralVerbEndings = [],
        // "the villagers" from "villager", "the witnesses" from "witness".
        PluralNounEndings = ["s>", "es>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("view views criticism version verdict opinion different"),
        // The view's holder after it, besides the HeadLinks, PassiveAgents and GenitiveArticles: "came from".
        ViewLinks = Words("from"),
        // "For analyst X, the plan is a mistake": a view, as "Pour X" and "Para X" give one.
        ViewPrepositions = Words("for"),
        AccordingTo = new[] { "according to", "in the words of", "in the view of", "in the opinion of" },
        QuotingVerbs = Words("quote quotes quoted quoting"),
        QuotedAs = Words("as"),
        Locatives = Words("in inside outside near"),
        PersonRelativePronouns = Words("who whom"),
        GerundTimeLinks = Words("before after"),
        GerundSuffixes = Words("ing"),
        // "the statement issued by the council": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("issued released published sent signed"),
        PassiveAgents = Words("by"),
        // "After the meeting, she", "On Sunday, she": prepositions opening a phrase of time or place before a comma
        // and the subject, besides the Prepositions and Locatives ("At the market, she", "In the end, he").
        CommaOpeningPrepositions = Words("after before during on since following"),
        // "Asked about the delay, she": a participle of being asked opening such a phrase.
        AskedParticiples = Words("asked pressed questioned quizzed"),
        Media = Words("on"),
        // "Simon Tarrant of Goldman Sachs", "the letter from Tidelink": whom someone or something is from.
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("of"),
        // One picked out of a group, "said one of them": someone of the group, never the one quoted before.
        PartitiveOnes = Words("one"),
        PartitivePronouns = Words("them us"),
        MannerNouns = Words("voice tone smile laugh sigh shrug grin way manner age"),
        MannerPrepositions = Words("with"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("so-called self-styled"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("nicknamed dubbed renamed rename"),
        KnownAsWords = Words("known"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("name"),
        // "He is called Luke Tanner", "She was named Anna Reed": the verb that gives a person's name, read after a copula
        // ("His name is" is read by its noun) (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("called named"),
        EmployerLinks = Words("of at from"),
        WorkplaceLinks = Words("at"),
        ListenerPrepositions = Words("to"),
        ResponseNouns = Words("reply response answer reaction retort comment verdict assessment conclusion"),
        ResponseVerbs = Words("came was"),
        StanceWords = Words("pleased happy satisfied delighted unhappy critical cautious sceptical skeptical angry opposed"),
        ObjectPrepositions = Words("against over with about towards"),
        NameJoiners = Words("for"),
        // "the charity Parents against Potholes": what a body is against ("for" joins every name already).
        BodyNameLinks = Words("against"),
        NotNames = Words("their his her its our my your former fellow for"),
        Affiliations = Words("labour tory tories conservative liberal democrat democrats republican lib dem dems ukip snp plaid unionist nationalist"),
        Titles = Words("attorney"),
        AgeSuffixes = Words("-year-old"),
        // "the octogenarian", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "quadragenarian quinquagenarian sexagenarian septuagenarian octogenarian nonagenarian centenarian"),
        // Old age without a figure is an adjective in English ("the elderly woman"), no noun of its own: none added
        // beside "la anciana", "l'anziana", "a idosa", "die Greisin", "de bejaarde", "le vieillard".
        // "\"…,\" she smiled": verbs of manner, and "posted", report only beside the quote.
        // Verbs whose forms are common nouns too report only there as well: "the appeal was \"…\"",
        // "a recount", "regrets", "challenges".
        BesideQuoteLemmas = Words("smile laugh post groan fume rage scoff brag appeal challenge counter regret sum recount elaborate " +
            // Correcting someone: "'…,' she corrected him" (before a noun it corrects a test; English takes its leave in
            // a phrase, no verb).
            "correct"),
        // "I asked X", "We spoke to X": the writer as the subject.
        FirstPersonSubjects = Words("i we"),
        // "I always tell them: '…'": the present's first person is the bare verb.
        FirstPersonSayingForms = Words("say tell ask"),
        // "Then, turning to the benches: '…'": the speaker before turns to a listener.
        TurningWords = Words("turning"),
        Participle = Inflection.Participles(s_irregularParticiples, Inflection.EnglishParticiple),
        AdditiveAdverbs = Words("also too"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("with alongside"),
        // "Roe considers the plan "…"", "Roe put the damage at "…"" (Cues.JudgingComplement.cs).
        JudgingVerbs = [.. Words("consider considers considered deem deems deemed finds found"), "put at", "puts at"],
        // "Roe called the report "…"", "Roe described the plan as "…"", "Roe spoke of "…"" (Cues.NamingComplement.cs);
        // "named" stays out: it appoints as often as it names ("named the new coach").
        NamingVerbs = [.. Words("call calls called dub dubs dubbed brand brands branded label labels labelled labeled"), "describe as", "describes as", "described as",
            "speak of", "speaks of", "spoke of", "spoken of"],
        // "according to him", "according to her" (AccordingTo.ObjectPronounView.cs).
        ViewObjectPronouns = ["him he", "her she"],
        // "in his own words" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["in his own words", "in her own words", "by his own account", "by her own account", "by his own admission", "by her own admission"],
        // Professions and clerical or academic titles before a full name: "Vet Ann Lowe", "Lecturer Tom Hale", "Priest Ruth Dane";
        // "archbishop" stays out: "The Archbishop of X said:" would then be read as a role, which goes to whoever spoke last (SpeechWords.NameProfessions).
        NameProfessions = Words("vet veterinarian priest curate lecturer psychologist psychiatrist historian physiotherapist optician rector"),
        // "with the chairwoman, X": a companion's role that shows her gender (SpeakerFinder.CompanionRole.cs).
        FemaleRoleNouns = Words("chairwoman spokeswoman businesswoman councilwoman congresswoman policewoman headmistress actress waitress"),
        MaleRoleNouns = Words("chairman spokesman businessman councilman congressman policeman headmaster actor waiter"),
        // "Shortly afterwards the director added:": time or sequence before the subject, with no comma (Sieves/ColonCue.SequenceOpener.cs).
        SequenceOpeners = ["then", "afterwards", "later", "shortly afterwards", "soon afterwards", "moments later"],
        // "The woman at the tiller is X": the subject and the person it names (SpeakerFinder.PredicateFullName.cs).
        NameCopulas = Words("is was"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        SentenceAdverbs = Words("subsequently"),
        // "read out the mayor's letter: "…"": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("read recited"),
        ReadAloudTexts = Words("message email speech poem"),
        // "…, added Paul Marsh, on Monday.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("yesterday today tonight morning afternoon evening night week weekend month"),
        // "X wanted a building that would "…"": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("wants wanted wishes wished"),
        // "a report titled "…"", "under the slogan "…"": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("titled entitled subtitled headlined"),
        TitleNouns = Words("title headline slogan motto banner heading"),
        TitlePrepositions = Words("under with"),
        // "Outside there was a baker who …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["there is", "there was", "there are", "there were", "there stood", "there sat", "stood", "sat"],
        // "Among the swimmers was a retired fisherman who …": the preposition of being one of a group, and the verbs after which the subject then stands (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("among amongst"),
        AmongVerbs = Words("was were is are stood sat walked"),
        // "A waitress at the café asked not to be named.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonymous anonymously anonymity"),
        WithheldNameWords = Words("named identified"),
        // A verb of adding at a second quote's cue ("…," the farmer added): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("add adds added"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("water energy logistics distribution crossings lines cruises foods construction investments insurance utilities technologies telecom broadband railways freight shipping haulage properties developments"),
    };
}
