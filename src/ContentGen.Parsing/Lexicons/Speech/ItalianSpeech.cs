using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>Italian speech words: "ha dichiarato il sindaco X", "ha poi aggiunto", "secondo X", "definito «…» dal comitato".</summary>
internal static class ItalianSpeech
{
    private static readonly Dictionary<string, string> s_irregularParticiples = new(StringComparer.Ordinal)
    {
        ["dire"] = "dicendo",
    };

    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        // Correcting, beside the quote only: "«…», lo corregge.", "«…», ha corretto X".
        ["correggere"] = new[] { "corregge", "corresse", "correggeva", "corretto", "correggono", "corressero" },
        ["dire"] = new[] { "dice", "disse", "diceva", "detto", "detta", "dicono", "dissero", "dicevano" },
        // Putting first: "premette X", "premise X".
        ["premettere"] = new[] { "premette", "premise", "premetteva", "premesso", "premessa", "premettono", "premisero", "premettevano" },
        // A verb of belief, as English "believe": "ritiene che …".
        ["ritenere"] = new[] { "ritiene", "ritenne", "riteneva", "ritenuto", "ritengono", "ritennero", "ritenevano" },
        ["aggiungere"] = new[] { "aggiunge", "aggiunse", "aggiungeva", "aggiunto", "aggiunta", "aggiungono", "aggiunsero" },
        ["rispondere"] = new[] { "risponde", "rispose", "rispondeva", "risposto", "risposta", "rispondono", "risposero" },
        ["ammettere"] = new[] { "ammette", "ammise", "ammesso", "ammessa", "ammettono", "ammisero" },
        ["concludere"] = new[] { "conclude", "concluse", "concluso", "conclusa", "concludono", "conclusero" },
        ["sostenere"] = new[] { "sostiene", "sostenne", "sosteneva", "sostenuto", "sostenuta", "sostengono", "sostennero", "sostenevano" },
        // Describing: "ha descritto la notte come «…»".
        ["descrivere"] = new[] { "descrive", "descrisse", "descriveva", "descritto", "descritta", "descrivono", "descrissero" },
        ["scrivere"] = new[] { "scrive", "scrisse", "scritto", "scritta", "scrivono", "scrissero" },
        ["promettere"] = new[] { "promette", "promise", "promesso", "promettono", "promisero" },
        ["ribadire"] = new[] { "ribadisce", "ribadì", "ribadito", "ribadita", "ribadiscono", "ribadirono" },
        ["proseguire"] = new[] { "prosegue", "proseguì", "proseguiva", "proseguito", "proseguono", "proseguirono" },
        ["chiedere"] = new[] { "chiede", "chiese", "chiesto", "chiesta", "chiedono", "chiesero" },
        // The wider inventory's verbs of the second conjugation, whose past and participle change.
        ["difendere"] = new[] { "difende", "difese", "difendeva", "difeso", "difesa", "difendono", "difesero" },
        ["riassumere"] = new[] { "riassume", "riassunse", "riassumeva", "riassunto", "riassunta", "riassumono", "riassunsero" },
        ["sorridere"] = new[] { "sorride", "sorrise", "sorrideva", "sorriso", "sorridono", "sorrisero" },
        ["prevedere"] = new[] { "prevede", "previde", "prevedeva", "previsto", "prevista", "prevedono", "previdero" },
        ["proporre"] = new[] { "propone", "propose", "proponeva", "proposto", "proposta", "propongono", "proposero" },
        ["insistere"] = new[] { "insiste", "insistette", "insisteva", "insistito", "insistita", "insistono", "insistettero" },
        ["pretendere"] = new[] { "pretende", "pretese", "pretendeva", "preteso", "pretesa", "pretendono", "pretesero" },
        ["riconoscere"] = new[] { "riconosce", "riconobbe", "riconosceva", "riconosciuto", "riconosciuta", "riconoscono", "riconobbero" },
        ["avvertire"] = new[] { "avverte", "avvertì", "avvertiva", "avvertito", "avvertita", "avvertono", "avvertirono" },
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("dopo durante nonostante"),
        PredicateLinks = Words("erano sarà sarebbe diventa diventato diventata resta rimane come"),
        ElidedLinks = Words("dell' dell’ all' all’"),
        ListenerNouns = Words("giornalisti cronisti residenti genitori presenti cittadini"),
        BriefOffices = Words("assessore assessora delegato delegata consigliere consigliera"),
        BriefLinks = Words("al ai alla alle agli allo"),
        EpithetArticles = Words("un uno una"),
        PersonObjectLemmas = Words("criticare chiedere avvertire ricordare esortare sollecitare accusare"),
        ReportingLemmas = Words(
            "dire dichiarare affermare spiegare sottolineare aggiungere assicurare replicare commentare rispondere ammettere " +
            "concludere sostenere scrivere promettere ribadire chiedere raccontare osservare precisare annunciare denunciare " +
            "avvertire ricordare confermare lamentare criticare insistere definire evidenziare rimarcare ribattere puntualizzare " +
            "chiosare tuonare esordire rivelare riferire annotare illustrare ammonire avvisare incalzare proseguire parlare sospirare rivendicare ritenere confessare " +
            // The wider inventory of a news desk: statements, denials, judgements, guesses, fears, hopes and demands.
            "obiettare raccomandare confidare rallegrare pronosticare giurare " +
            "deplorare complimentare negare sfogare ironizzare giudicare garantire controbattere " +
            "prevedere sbottare rilevare reclamare smentire chiarire argomentare augurare " +
            "congratulare giustificare esortare domandare twittare esclamare sintetizzare temere " +
            "auspicare ripetere sollecitare suggerire pretendere riconoscere " +
            // Saying again, pressing on, pointing out, reasoning, stressing word by word and putting first:
            // "ha riaffermato X", "rilancia X", "segnala X", "ragiona X", "scandisce X", "premette X".
            "riaffermare rilanciare segnalare constatare ragionare scandire premettere polemizzare proclamare " +
            // Accusing: "ha accusato la giunta di «…»" reports the subject's words; the one accused is its object.
            "accusare " +
            // Describing and recounting ("raccontare" above): "ha descritto la notte come «…»", "ha narrato X".
            "descrivere narrare"),
        // "«…», sorride X": verbs of manner and of common plain senses report only beside the quote.
        // Verbs of praise and blame too: before a name they act on it ("prees de raad wethouder X", "felicitó al alcalde");
        // and verbs one of whose forms is a common word ("una nota", "la stima", "em nota").
        BesideQuoteLemmas = Words("protestare minacciare difendere riassumere notare stimare lodare elogiare sorridere esultare gridare sussurrare scherzare attaccare invitare proporre continuare impegnare sperare " +
            // Correcting someone and taking one's leave: "«…», lo corregge.", "«…», si congeda X" (before a noun they
            // correct a test or dismiss a soldier, so they report only beside the quote).
            "correggere congedare"),
        Inflect = lemma => Inflection.Italian(lemma, s_irregular),
        // "…, denunciando una «…»": the gerund that reports as a clause after a comma; "dire" keeps its Latin stem.
        Participle = Inflection.Participles(s_irregularParticiples, Inflection.ItalianGerund),
        // "si è mostrata fiduciosa X", "si è detta soddisfatta X".
        StanceLemmas = Words("mostrare"),
        Reflexives = Words("si"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        Pronouns = Words("lui lei egli ella"),
        MalePronouns = Words("lui egli"),
        DeputyWords = Words("vice ex"),
        ContinuationOpeners = Words("prima e poi"),
        InfinitiveLinks = Words("di d' d’"),
        FemalePronouns = Words("lei ella"),
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(ItalianGivenNames.Male),
        FemaleGivenNames = Words(ItalianGivenNames.Female),
        MaleTitles = Words("signor signore sig architetto infermiere agricoltore pescatore sociologo scrittore biologo geologo idrogeologo veterinario psicologo fornaio panettiere macellaio fruttivendolo parrucchiere"),
        FemaleTitles = Words(
            "signora ministra sindaca presidentessa ingegnera biologa geologa idrogeologa veterinaria psicologa architetta infermiera agricoltrice pescatrice sociologa scrittrice " +
            "l'ingegnera l’ingegnera l'architetta l’architetta l'infermiera l’infermiera l'agricoltrice l’agricoltrice fornaia panettiera macellaia fruttivendola parrucchiera"),
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("marito figlio padre fratello nonno zio vedovo fidanzato compagno suocero cognato"),
        FemaleKinNouns = Words("moglie figlia madre sorella nonna zia vedova fidanzata compagna suocera cognata"),
        SpokesNouns = Words("portavoce"),
        OfficialNouns = Words("responsabile rappresentante dirigente"),
        SourceNouns = Words("fonti fonte"),
        Demonstratives = Words("questo questa quel quella"),
        PluralDemonstratives = Words("questi queste quei quegli quelle"),
        // "La sua vicina Rosa Bellini", "Suo figlio Marco": the possessive after its article (or without
        // one, before a kin noun) opens a description; "loro" is a pronoun too, so it stays out.
        Possessives = Words("suo sua suoi sue"),
        FirstPersonPossessives = Words("mio mia miei mie nostro nostra nostri nostre"),
        ComparisonOpeners = Words("come"),
        FirstPersonDroppingWords = Words("io noi ho abbiamo"),
        // "ai ragazzi dico sempre: “…”" ("racconto" is a story too).
        FirstPersonSayingForms = Words("dico chiedo domando rispondo ripeto spiego"),
        // "Poi, rivolta al marito: «…»", "girandosi verso la sala".
        TurningWords = Words("rivolto rivolta rivolti rivolte girandosi voltandosi"),
        Complementisers = Words("che"),
        Negations = Words("non mai"),
        PerfectAuxiliaries = Words("ha aveva hanno avevano"),
        QuoteLabels = Words("domanda risposta nota avviso avvertenza precisazione"),
        AdverbSuffixes = Words("mente"),
        Titles = Words(
            "signor signora sig sindaco sindaca ministro ministra presidente direttore direttrice portavoce segretario " +
            "segretaria assessore assessora consigliere consigliera capogruppo allenatore dottor dottoressa avvocato professor professoressa " +
            // A team's goalkeeper before the name: "il portiere Marco Genti".
            "portiere " +
            // A priest's title before the name: "il parroco, don Carlo Neri, …".
            "don"),
        FeminineArticles = Words("la una"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "guardaparco guardiaparco guardaboschi guardacaccia " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65).
            "custode guardiano guardiana sorvegliante vigilante " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "animatore animatrice educatore educatrice " +
            "uomo donna madre padre mamma papà nonna nonno passante cliente commerciante negoziante pensionato " +
            "pensionata residente automobilista studente studentessa visitatore visitatrice turista elettore " +
            "elettrice inquilino inquilina proprietario proprietaria volontario volontaria manifestante paziente " +
            "passeggero passeggera tifoso tifosa lavoratore lavoratrice operaio operaia venditore venditrice " +
            "ragazzo ragazza abitante vicino vicina figlio figlia fratello sorella moglie marito nipote zia zio " +
            "cugino cugina vedova vedovo amico amica collega dipendente testimone alunno alunna pedone spettatore " +
            "spettatrice vittima " +
            // Those who live on an island or in a village, speaking as a group: "Gli isolani dicono che …".
            "isolano isolana paesano paesana " +
            // Who study or learn a trade (session 62).
            "apprendista stagista tirocinante scolaro scolara " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "superstite viaggiatore viaggiatrice condomino condomina utente" +
            // Who stay on holiday, at a campsite, or bathe at a beach (session 64).
            " villeggiante campeggiatore campeggiatrice bagnante" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " bambino bambina bimbo bimba adolescente" +
            // Activists (session 64, trades).
            " attivista" +
            // A party's or a union's members, who speak for themselves, and who travel to work each day (session 65, unnamed): "dice un pendolare".
            " iscritto iscritta pendolare" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "spiega un funzionario",
            // "ammette una collaboratrice del ministro"; "consigliere" is an office with a brief already (BriefOffices).
            " funzionario funzionaria collaboratore collaboratrice " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "La sua omologa tedesca Anna Rossi".
            "omologo omologa"),
        // People nouns that are past participles too: right after the article the person ("un afectado que"), past
        // another noun a description ("un edificio afectado que") that brings in no one (session 62).
        ParticiplePeopleNouns = Words("sfollato sfollata sopravvissuto sopravvissuta commesso commessa" +
            // A jury's members, quoted unnamed (session 68, fnames): "ha detto un giurato"; "ha giurato" after an auxiliary is the verb.
            " giurato giurata" +
            // Seasonal workers: a person right after the article ("uno stagionale che"), a description past another
            // noun ("un contratto stagionale che"), as a participle is (session 64).
            " stagionale" +
            // Also adjectives or participles after a noun ("l'autorità portuale che", "un sistema informatico che", "il tempo impiegato"): a person right after the article only (session 64, trades).
            " portuale informatico informatica impiegato impiegata"),
        PresidingOffices = Words("sindaco sindaca"),
        CommandRanks = Words("capitano capitana comandante colonnello colonnella tenente sergente ammiraglio"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        // The press writes the court's offices short too: "il pm" (pubblico ministero), "il pg"
        // (procuratore generale), "il gip" and "il gup" (the judges of the preliminary inquiry and
        // hearing). "Il ct" (commissario tecnico) is a national team's coach, no court office: it is
        // a role noun only.
        HolderOnlyRoles = Words("procuratore procuratrice giudice pm pg gip gup"),
        RoleNouns = Words(
            "procuratore procuratrice giudice pm pg gip gup ct sindaco sindaca ministro ministra presidente direttore direttrice portavoce segretario segretaria assessore " +
            "assessora consigliere consigliera capogruppo allenatore imprenditore imprenditrice esperto esperta avvocato responsabile rappresentante dirigente " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "coordinatore coordinatrice gestore commissario commissaria curatore curatrice" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " capitano comandante" +
            // A team's or a game's player and a museum's curator, before a name or set off by commas (session 67): "il giocatore Luca Roe",
            // "il conservatore del museo, Luca Roe,"; "conservatrice" is French's entry.
            " giocatore giocatrice conservatore"),
        // "ha spiegato l'ingegnere": nouns only, never adjectives.
        // "ha detto la prima cittadina": the mayor.
        OfficeEpithets = ["primo cittadino=sindaco|sindaca", "prima cittadina=sindaca|sindaco",
            // "ha ammesso il tecnico", "il mister": the team's coach, whom the article called its "allenatore".
            "tecnico=allenatore", "mister=allenatore"],
        HolderOnlyEpithets = Words("tecnico mister"),
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("militare ufficiale sindacalista specialista esperto esperta"),
        ProfessionEpithets = Words(
            // A parish's priest, called by the office alone ("ha spiegato il parroco").
            "parroco " +
            // Who make cheese, quoted by their trade (session 68, fnames).
            "casaro casara " +
            "ingegnere ingegnera architetto architetta infermiere infermiera agricoltore agricoltrice pescatore pescatrice " +
            "sociologo sociologa urbanista scrittore scrittrice economista giornalista regista " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "biologo biologa geologo geologa idrogeologo idrogeologa veterinario veterinaria farmacista psicologo psicologa psichiatra " +
            // A team's forwards and midfielders: "ha detto l'attaccante".
            "attaccante centrocampista " +
            // Those who serve a force or a union, and experts: "ha avvertito la sindacalista", "ha spiegato l'esperto".
            "militare ufficiale sindacalista specialista esperto esperta fornaio fornaia panettiere panettiera macellaio macellaia fruttivendolo fruttivendola parrucchiere parrucchiera " +
            // A nationality the article gave a person it named: "il casaro francese X" … "ha assicurato il francese".
            "giapponese cinese francese portoghese tedesco tedesca spagnolo spagnola inglese britannico britannica olandese belga svizzero svizzera " +
            "svedese danese norvegese polacco polacca rumeno rumena ucraino ucraina greco greca marocchino marocchina albanese senegalese " +
            "americano americana brasiliano brasiliana argentino argentina ecuadoriano ecuadoriana peruviano peruviana" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " ecologo ecologa entomologo entomologa zoologo zoologa" +
            // The arts' trades, for a feature on an exhibition, a reading or a concert: "ha detto la fotografa", "racconta lo scultore".
            " artista pittore pittrice scultore scultrice fotografo fotografa poeta poetessa musicista cantante attore attrice ballerino ballerina compositore compositrice " +
            // Who serve in a shop, a bar or a café (session 62).
            "cassiere cassiera cameriere cameriera barista fiorista libraio libraia " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "badante soccorritore soccorritrice " +
            // Who work the land, vines, hives and herds (session 62).
            "allevatore allevatrice viticoltore viticoltrice vignaiolo vignaiola apicoltore apicoltrice bracciante coltivatore coltivatrice " +
            // Who build and mend houses (session 62).
            "muratore carpentiere elettricista manovale " +
            // Who drive, conduct or deliver (session 62).
            "autista camionista tassista macchinista capotreno postino postina fattorino fattorina " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "pompiere bagnino bagnina" +
            // Who keep or serve in hotels and restaurants (session 64).
            " albergatore albergatrice ristoratore ristoratrice cuoco cuoca" +
            // Who teach at a school (session 64).
            " docente insegnante maestro maestra" +
            // Who sail or sell fish; who write software; who make furniture (session 64, trades).
            " marinaio pescivendolo pescivendola sviluppatore sviluppatrice programmatore programmatrice falegname" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "osserva un maniscalco";
            // "sarto" stays out: it is a surname too.
            " maniscalco sarta caposquadra capocantiere" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "racconta il meccanico".
            " meccanico meccanica" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " ceramista illustratrice soprano mezzosoprano cantautrice pianista violinista chitarrista fisarmonicista organista violoncellista medica pediatra chirurga cardiologa anestesista illustratore tenore baritono cantautore medico chirurgo cardiologo"),
        // A trade's family, the noun an editor calls its holder by at the cue: "la scultrice Ada Neri" … "racconta l'artista", "il pediatra Luca Conti" … "spiega il medico"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "artista=pittrice|scultrice|ceramista|illustratrice",
            "cantante=soprano|mezzosoprano|cantautrice",
            "musicista=pianista|violinista|chitarrista|fisarmonicista|organista|violoncellista",
            "medica=pediatra|chirurga|cardiologa|anestesista",
        ],
        MaleTradeFamilies =
        [
            "artista=pittore|scultore|ceramista|illustratore",
            "cantante=tenore|baritono|cantautore",
            "musicista=pianista|violinista|chitarrista|fisarmonicista|organista|violoncellista",
            "medico=pediatra|chirurgo|cardiologo|anestesista",
        ],
        DocumentNouns = Words("testo lettera comunicato dichiarazione nota rapporto studio sondaggio indagine"),
        DocumentRelatives = ["nel quale", "nella quale", "in cui"],
        // "Così ha raccontato X …": the manner points back as "lo" does.
        BackReferences = Words("lo così"),
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["con queste parole", "con quelle parole", "con questa frase"],
        CleftOpeners = Words("a"),
        CleftClitics = Words("lo la"),
        Copulas = ["è", "sono", "era", "fu", "è stato", "è stata"],
        // "Luca Neri è stato", "Lea Neri è stata", "è arrivata": a participle after "è" agrees with its subject.
        // No masculine "-ito": "è subito tornata" opens on an adverb of that form.
        MaleAgreementEndings = ["ato", "uto"],
        FemaleAgreementEndings = ["ata", "ita", "uta"],
        CompanyWords = Words("spa srl"),
        StudyNouns = Words("rapporto studio"),
        CompanyNouns = Words("società azienda ditta impresa"),
        TradeNouns = Words("fabbrica " +
            // Session 70 (names): the shops and workshops a family's firm is named as ("Panificio Ferlini", NameFacts.FirmBeforeSurname.cs).
            "panificio mobilificio pastificio caseificio salumificio macelleria pasticceria"),
        // Session 65: the supplier and the distributor of a network or a service, and the young firm ("Ventrelia, una startup di
        // Como"); not "gestore", an office before a name ("il gestore, X,") among the role nouns, nor "operatore", a worker as
        // often ("Mario Ferrante, un operatore del porto," would become a firm and lose his next words).
        FirmNouns = Words("concessionaria multinazionale fornitore distributore startup start-up"),
        SeatParticiples = Words("fondato fondata costituito costituita creato creata nato nata stabilito stabilita basato basata situato situata sito sita ubicato ubicata localizzato localizzata insediato insediata domiciliato domiciliata"),
        ShareNouns = Words("azioni"),
        AnyBodyNouns = Words("organizzazione ente organismo istituzione direzione dirigenza"),
        GoverningNouns = Words("direzione dirigenza"),
        ClauseAuxiliaries = Words("essere esser avere aver"),
        OrganisationNouns = Words("consorzio carabinieri rete testo lettera comunicato dichiarazione organizzazione banca agenzia federazione confederazione fondazione commissione istituto cooperativa coalizione ditta impresa ente organismo istituzione società azienda comitato prefettura sindacato governo ministero comune partito associazione autorità nota rapporto studio giustizia regolatore università polizia ospedale fabbrica emittente direzione dirigenza servizio regione provincia questura procura tribunale giunta asl ausl ulss unione " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "diocesi arcidiocesi curia confraternita"),
        // Not "camera" (session 67: "la Camera di Commercio"), which the other chambers are: the tables of an article whose
        // language is not told hold every language's nouns, and an English "camera" is no body.
        BareBodies = Words("governo giustizia comune polizia carabinieri " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "diocesi arcidiocesi curia prefettura questura procura"),
        BodyQualifiers = Words("locale municipale stradale provinciale"),
        Indefinites = Words("un uno una"),
        Definites = Words("il lo la i gli le l'"),
        // "Presso Ventalis, il capo progetto …": where, as the French "chez" opens a sentence.
        Prepositions = Words("di del della dello dei degli delle per alla ai agli alle nella nel presso"),
        NotNames = Words("il lo la i gli le un uno una ma e anche poi ieri oggi in con per secondo mentre quando " +
            // A participle of coming, birth or settling that opens a sentence before where from ("Arrivato dalla Siria nel 2017, ha …") is no
            // first name before a particle (session 68, fnames); "Nato" is the alliance
            // too, and "Giunta" a council.
            "arrivato arrivata arrivati arrivate trasferito trasferita trasferiti trasferite"),
        // "», si è detta X", "», si chiede X": the reflexive pronoun, and its auxiliary, before a pronominal verb.
        AgeWords = Words("anni"),
        Intensifiers = Words("stesso stessa stessi stesse"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("risposto risponde rispose replicato replicò ribattuto ribatte"),
        Fillers = [.. Words("ha aveva hanno avevano poi anche inoltre invece ieri oggi già ancora si"), "si è", "si era", "la settimana scorsa", "il mese scorso", "l'anno scorso", "l’anno scorso",
            // "ha spiegato in serata X": the part of the day it was said, between the verb and its subject.
            "in mattinata", "nel pomeriggio", "in serata", "in nottata", "questa mattina", "stamattina", "stamani", "stasera", "ieri sera", "ieri mattina",
            // Phrases of cause and concession opening the clause: "Per questo insiste:", "Eppure dice:".
            "per questo", "perciò", "eppure"],
        AccordingTo = new[] { "secondo", "stando a", "a detta di", "nelle parole di", "a giudizio di", "a parere di", "ad avviso di", "a dire di" },
        InvertedCues = Words("così"),
        ViewPrepositions = Words("per"),
        // "si è limitato a dire che …", "«…», si limita a spiegare X": a verb that limits what was said.
        // "», llegó a decir X", "», volvió a insistir": how far or how often, before a reporting infinitive.
        WillVerbs = ["arrivato a", "arrivata a", "arrivati a", "arrivò a", "arriva a", "tornato a", "tornata a", "tornò a", "torna a", "tenuto a", "tenuta a", "tiene a", "voluto", "voluta", "volle", "vuole"],
        LimitingVerbs = ["limitato a", "limitata a", "limitati a", "limitate a", "limita a", "limitano a", "limitò a", "limitava a", "limitavano a"],
        ReportingPhrases = ["fa sapere", "fanno sapere", "fece sapere", "fecero sapere", "faceva sapere", "fatto sapere", "taglia corto", "tagliato corto", "tagliò corto"],
        Locatives = Words("in"),
        // "la nota diffusa dall'azienda": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("diffusa diffuso pubblicata pubblicato inviata inviato emessa emesso firmata firmato"),
        PassiveAgents = Words("da dal dallo dalla dai dagli dalle dall'"),
        // "Al mercato, lei", "Dopo la riunione, lui": prepositions opening a phrase of time or place before a comma and
        // the subject, besides the Prepositions and Locatives ("Nella sala, lei", "Ai giardini, lui", "In paese, lui").
        CommaOpeningPrepositions = Words("al allo sul sullo sulla sui sugli sulle dopo prima durante davanti dietro"),
        // "Interpellata sul punto, lei": a participle of being asked opening such a phrase, agreeing with the pronoun.
        AskedParticiples = Words("interpellato interpellata interrogato interrogata sollecitato sollecitata"),
        // "», ha scritto su Facebook", "ha detto sulla Rai il ministro": "su" and its articles bring in where words were written or said.
        Media = Words("alla al a ai allo agli alle all' all’ su sul sullo sulla sui sugli sulle sull' sull’"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("di del della dello dei degli delle"),
        // One picked out of a group, "spiega uno di loro", "una di noi": someone of the group, never the one quoted before.
        PartitiveOnes = Words("uno una"),
        PartitivePronouns = Words("loro noi"),
        MannerNouns = Words("voce tono aria sorriso sospiro modo maniera età"),
        MannerPrepositions = Words("con"),
        // "«…», dijo entre aplausos.": a phrase of when or how after a verb whose subject is dropped.
        PhrasePrepositions = Words("tra fra senza"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("cosiddetto cosiddetta cosiddetti cosiddette cosidetto cosidetta sedicente sedicenti"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("soprannominato soprannominata soprannominati soprannominate ribattezzato ribattezzata ribattezzati ribattezzate chiamano chiamavano ribattezzare rinominare"),
        KnownAsWords = Words("noto noti conosciuto conosciuta conosciuti conosciute"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("nome"),
        // "Si chiama Sara Rota", "Si chiamava Marco Bellini": the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("chiama chiamava"),
        CircleNouns = Words("entourage cerchia"),
        ContractedArticles = Words("del dello della dei degli delle"),
        PartyAdjectiveEndings = Words("ista isti iste"),
        NotPartyAdjectives = Words("triste lista liste vista rivista intervista conquista acquista"),
        OfficeTierAdjectives = Words("comunale comunali regionale regionali provinciale provinciali municipale municipali"),
        EmployerLinks = Words("di del della"),
        WorkplaceLinks = Words("presso"),
        ListenerPrepositions = Words("a"),
        ResponseNouns = Words("replica risposta reazione commento giudizio valutazione conclusione"),
        ResponseVerbs = Words("arrivò venne stata stato"),
        StanceWords = Words("soddisfatto soddisfatta soddisfatti contento contenta critico critica contrario contraria contrari favorevole cauto cauta scettico scettica"),
        ObjectPrepositions = Words("contro con su verso come"),
        OrganisationLinks = Words("di del della dei degli delle"),
        // "il Sindacato dei lavoratori in agricoltura": the field its members work in (OrganisationName.SectorLink.cs).
        SectorNouns = Words("industria commercio istruzione sanità edilizia metallurgia agricoltura"),
        PluralOrganisationLinks = Words("dei degli delle"),
        ImpersonalReadings = Words("legge leggeva leggono"),
        ReadingClitics = Words("si"),
        // "X ne ha denunciato", "X ci ha spiegato", "X l'ha detto": the object pronoun before the verb or auxiliary
        // ("lo", "gli" are articles too, and stay out).
        ObjectClitics = Words("ne ci l'ha l’ha l'aveva l’aveva l'hanno l’hanno"),
        LocativeArticles = Words("nel nello nella nei negli nelle"),
        NameJoiners = Words("della dei degli"),
        DropsSubjects = true,
        // "«…», hanno detto.": third-person plural endings of a verb whose subject is dropped.
        SourcePrepositions = Words("da dal dallo dalla dall' dai dagli dalle"),
        SourceSides = Words("parte"),
        PluralVerbEndings = Words("-ono -ano -anno -ero"),
        // "i residenti" from "residente", "i sindacati" from "sindacato", "le cittadine" from "cittadina".
        PluralNounEndings = ["i>o", "i>e", "e>a"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("versione opinione critiche visione diversa diverso differente"),
        AgeSuffixes = Words("enne"),
        // "the octogenarian", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "ventenne trentenne quarantenne cinquantenne sessantenne settantenne ottantenne novantenne " +
            "quindicenne sedicenne diciassettenne diciottenne diciannovenne ultranovantenne " +
            // "dice l'anziana": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs).
            "anziano anziana"),
        Coordinators = Words("e ed o"),
        Contrasts = Words("ma però"),
        Subordinators = Words("quando mentre poiché benché sebbene"),
        // "Anna Ferri ha risposto alle nostre domande": an interview's guest (SpeakerFinder.Tracking.cs).
        InterviewCues = ["risposto alle nostre domande", "risponde alle nostre domande", "ha risposto alle domande", "è stato ospite", "è stata ospite"],
        RelativePronouns = Words("che cui"),
        SubjectRelatives = Words("che"),
        InfinitiveTimeLinks = ["prima di", "dopo di"],
        // "Preoccupata anche Lucia Bernasconi, …": the adverb after a predicate that opens a sentence with no verb.
        AdditiveAdverbs = Words("anche pure"),
        // "Neri trova il piano «…»", "Neri stima i danni in «…»" (Cues.JudgingComplement.cs).
        JudgingVerbs = [.. Words("trova trovano trovò"), "stima in", "stimano in", "stimò in", "quantifica in", "quantificano in", "quantificò in"],
        // "Neri ha definito gli arresti «…»", "Neri descrive il piano come «…»", "Neri parla di «…»" (Cues.NamingComplement.cs).
        NamingVerbs = [.. Words("definisce definiscono definiva definì definirono definito"), "descrive come", "descrivono come", "descrisse come", "descritto come",
            "bolla come", "bollano come", "bollò come", "bollato come", "parla di", "parlano di", "parlava di", "parlavano di", "parlato di"],
        // "per sua stessa ammissione" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["per sua stessa ammissione", "secondo le sue stesse parole", "con le sue stesse parole"],
        AdjectiveEndings = Words("aria ario ica ico ale ali ana ano ese esa iva ivo ista iste ea eo"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("con"),
        // "la dirigente" / "il dirigente": whom a bare role noun meant, by its article's gender (SpeakerFinder.EpithetMeantBefore.cs).
        EpithetFeminineArticles = Words("la"),
        EpithetMasculineArticles = Words("il lo"),
        // The indefinite's gender is its noun's person's: "una vicina" is a woman, "un vicino" a man.
        FeminineIndefinites = Words("una"),
        MasculineIndefinites = Words("un uno"),
        // Professions and clerical or academic titles before a full name: "Vescovo Luca Tosi", "Prete Marco Pini" opening a sentence (SpeechWords.NameProfessions).
        NameProfessions = Words("vescovo arcivescovo prete diacono"),
        // "Poi la direttrice ha aggiunto:": time or sequence before the subject, with no comma (Sieves/ColonCue.SequenceOpener.cs).
        SequenceOpeners = ["poi", "subito dopo", "poco dopo", "più tardi"],
        // "«…», ha detto il compagno.": ties that also mean anyone, no tie at the cue (Speakers/Phrase.KinEpithet.cs).
        LooseKinNouns = Words("compagno compagna"),
        // A body's statement named again by its family's noun or as its text (SpeakerFinder.BroughtDocument.cs).
        StatementNouns = Words("comunicato nota dichiarazione"),
        // "«…», dice ridendo.", "», ha aggiunto rivolgendosi a …": the endings of a gerund, alone or with "si" joined, a how that closes a cue after the verb (SpeakerFinder.GerundAfterDroppingVerb.cs).
        GerundSuffixes = Words("ando endo andosi endosi"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        SentenceAdverbs = Words("infine quindi dopo allora successivamente intanto adesso finalmente"),
        // "lesse il messaggio del sindaco: «…»": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("leggeva lesse"),
        // "ha letto la lettera del sindaco:", not "dal suo letto d'ospedale": the participle reads only after its auxiliary (SpeechWords.ReadAloudParticiples).
        ReadAloudParticiples = Words("letto"),
        ReadAloudTexts = Words("messaggio discorso"),
        // "…, ha aggiunto Paolo Ricci, ieri sera.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("ieri oggi stamattina stamani stasera mattina pomeriggio sera settimana mese"),
        // "È il caso di Marco Rossi, padre di due figli: «…»": a presentative bringing in the person whose case is told, before a colon (SpeechWords.CasePresentatives).
        CasePresentatives = ["è il caso di", "è anche il caso di"],
        // "», ha raccontato il centrocampista", "», spiega la viticoltrice": a trade the lists leave out,
        // read by its ending (AgentNouns). An ending in both lists ("-ista") is either gender's form. Not
        // "-ttore" ("il settore"), "-iere" ("il quartiere", "il cantiere"), "-ico" ("il periodico").
        AgentNounEndings = Words("-atore -itore -ltore -ista -ologo"),
        FemaleAgentNounEndings = Words("-trice -ista -ologa"),
        ThingAgentNouns = Words("vista pista lista conquista"),
        // "X ha voluto un edificio «…»": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("vuole vogliono voleva volevano voluto voluta spera sperano sperava speravano auspica auspicano auspicava"),
        // "«…», ha detto il parroco ai fedeli": prepositions opening where, when or to whom an epithet at a cue spoke (SpeechWords.EpithetTailPrepositions).
        EpithetTailPrepositions = Words("a ai al alla alle agli allo davanti in nel nella nei negli nelle tra fra dopo durante con senza"),
        // "«…», ha detto lei" after two people in the sentence before: a subject pronoun written out sets one person
        // against another, so either may be meant (SpeakerFinder.ObjectRival.cs).
        ContrastingPronouns = Words("lui lei"),
        // "un dossier intitolato «…»", "dal titolo «…»": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("intitolato intitolata intitolati intitolate sottotitolato sottotitolata"),
        TitleNouns = Words("titolo slogan motto"),
        TitlePrepositions = Words("con col dal sotto"),
        // "Davanti al bar c'era un fornaio che …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["c'è", "c’è", "c'era", "c’era", "ci fu", "stava", "sta", "si trovava", "si trova"],
        // "Tra i corridori era un pescatore che …", "Fra i clienti c'era una madre": the prepositions of being one of a group, and the verbs after which the subject then stands (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("tra fra"),
        AmongVerbs = Words("era erano è sono stava stavano sta figurava figuravano figura camminava correva"),
        // "Un cameriere del bar chiede di non essere citato per nome.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonimato anonimo anonima anonimamente"),
        WithheldNameWords = Words("citato citata nominato nominata identificato identificata nome"),
        // A verb of adding at a second quote's cue («…», aggiunge l'allevatore): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("aggiunge aggiunse aggiungeva aggiunto"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("distribuzione logistica ristorazione costruzioni trasporti energia servizi investimenti assicurazioni immobiliare telecomunicazioni spedizioni"),
    };
}
