using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>Dutch speech words: "zei wethouder X", "aldus X", "gaf ze toe", "volgens X", "door … genoemd".</summary>
internal static class DutchSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["zeggen"] = new[] { "zegt", "zei", "zeiden", "gezegd" },
        // Correcting, beside the quote only: ‘…’, corrigeert ze.
        ["corrigeren"] = new[] { "corrigeert", "corrigeerde", "corrigeerden", "gecorrigeerd" },
        // Going on ("ging ze verder"), only with its particle (SplitReports).
        ["gaan"] = new[] { "gaat", "ging", "gingen", "gegaan" },
        // An opinion in the present ("vindt het verbod "…""); "vond", "gevonden" also find things.
        ["vinden"] = new[] { "vindt" },
        ["geloven"] = new[] { "gelooft", "geloofde", "geloofden", "geloofd" },
        ["schrijven"] = new[] { "schrijft", "schreef", "schreven", "geschreven" },
        // Describing: "beschreef de nacht als ‘…’"; the participle is the plural past.
        ["beschrijven"] = new[] { "beschrijft", "beschreef", "beschreven" },
        ["geven"] = new[] { "geeft", "gaf", "gaven", "gegeven" },
        ["laten"] = new[] { "laat", "liet", "lieten", "gelaten" },
        ["vragen"] = new[] { "vraagt", "vroeg", "vroegen", "gevraagd" },
        ["verklaren"] = new[] { "verklaart", "verklaarde", "verklaarden", "verklaard" },
        ["reageren"] = new[] { "reageert", "reageerde", "reageerden", "gereageerd" },
        // Stressing, floating an idea, pointing out and swearing: a long vowel that the rule would shorten.
        ["beklemtonen"] = new[] { "beklemtoont", "beklemtoonde", "beklemtoonden", "beklemtoond" },
        ["suggereren"] = new[] { "suggereert", "suggereerde", "suggereerden", "gesuggereerd" },
        ["signaleren"] = new[] { "signaleert", "signaleerde", "signaleerden", "gesignaleerd" },
        ["bezweren"] = new[] { "bezweert", "bezwoer", "bezwoeren", "bezworen" },
        ["stellen"] = new[] { "stelt", "stelde", "stelden", "gesteld" },
        ["waarschuwen"] = new[] { "waarschuwt", "waarschuwde", "waarschuwden", "gewaarschuwd" },
        ["vertellen"] = new[] { "vertelt", "vertelde", "vertelden", "verteld" },
        ["roepen"] = new[] { "roept", "riep", "riepen", "geroepen" },
        ["spreken"] = new[] { "spreekt", "sprak", "spraken", "gesproken" },
        ["noemen"] = new[] { "noemt", "noemde", "noemden", "genoemd" },
        ["delen"] = new[] { "deelt", "deelde", "deelden" },
        // Loans stressed on "-eer" ("concludeerde"), open syllables that double their vowel
        // ("herhaalde", "meende") and strong verbs of the wider inventory, given whole.
        ["concluderen"] = new[] { "concludeert", "concludeerde", "concludeerden", "geconcludeerd" },
        ["constateren"] = new[] { "constateert", "constateerde", "constateerden", "geconstateerd" },
        ["preciseren"] = new[] { "preciseert", "preciseerde", "preciseerden", "gepreciseerd" },
        ["pareren"] = new[] { "pareert", "pareerde", "pareerden", "gepareerd" },
        ["argumenteren"] = new[] { "argumenteert", "argumenteerde", "argumenteerden", "geargumenteerd" },
        ["motiveren"] = new[] { "motiveert", "motiveerde", "motiveerden", "gemotiveerd" },
        ["analyseren"] = new[] { "analyseert", "analyseerde", "analyseerden", "geanalyseerd" },
        ["resumeren"] = new[] { "resumeert", "resumeerde", "resumeerden", "geresumeerd" },
        ["noteren"] = new[] { "noteert", "noteerde", "noteerden", "genoteerd" },
        ["bekritiseren"] = new[] { "bekritiseert", "bekritiseerde", "bekritiseerden", "bekritiseerd" },
        ["adviseren"] = new[] { "adviseert", "adviseerde", "adviseerden", "geadviseerd" },
        ["redeneren"] = new[] { "redeneert", "redeneerde", "redeneerden", "geredeneerd" },
        ["herhalen"] = new[] { "herhaalt", "herhaalde", "herhaalden", "herhaald" },
        ["onderstrepen"] = new[] { "onderstreept", "onderstreepte", "onderstreepten", "onderstreept" },
        ["menen"] = new[] { "meent", "meende", "meenden", "gemeend" },
        ["oordelen"] = new[] { "oordeelt", "oordeelde", "oordeelden", "geoordeeld" },
        ["klagen"] = new[] { "klaagt", "klaagde", "klaagden", "geklaagd" },
        ["beklagen"] = new[] { "beklaagt", "beklaagde", "beklaagden", "beklaagd" },
        ["loven"] = new[] { "looft", "loofde", "loofden", "geloofd" },
        ["vrezen"] = new[] { "vreest", "vreesde", "vreesden", "gevreesd" },
        ["hopen"] = new[] { "hoopt", "hoopte", "hoopten", "gehoopt" },
        ["manen"] = new[] { "maant", "maande", "maanden", "gemaand" },
        ["verweren"] = new[] { "verweert", "verweerde", "verweerden", "verweerd" },
        ["verbazen"] = new[] { "verbaast", "verbaasde", "verbaasden", "verbaasd" },
        ["beamen"] = new[] { "beaamt", "beaamde", "beaamden", "beaamd" },
        // "uit" is a preposition far more often than the verb's third person: the past and participle only.
        ["uiten"] = new[] { "uitte", "uitten", "geuit" },
        ["smeken"] = new[] { "smeekt", "smeekte", "smeekten", "gesmeekt" },
        ["beweren"] = new[] { "beweert", "beweerde", "beweerden", "beweerd" },
        ["beloven"] = new[] { "belooft", "beloofde", "beloofden", "beloofd" },
        ["betogen"] = new[] { "betoogt", "betoogde", "betoogden", "betoogd" },
        ["tonen"] = new[] { "toont", "toonde", "toonden", "getoond" },
        ["besluiten"] = new[] { "besluit", "besloot", "besloten" },
        ["weerspreken"] = new[] { "weerspreekt", "weersprak", "weerspraken", "weersproken" },
        ["prijzen"] = new[] { "prijst", "prees", "prezen", "geprezen" },
        ["denken"] = new[] { "denkt", "dacht", "dachten", "gedacht" },
        ["zweren"] = new[] { "zweert", "zwoer", "zwoeren", "gezworen" },
        ["verzoeken"] = new[] { "verzoekt", "verzocht", "verzochten" },
        ["houden"] = new[] { "houdt", "hield", "hielden" },
        ["werpen"] = new[] { "werpt", "wierp", "wierpen" },
        ["dringen"] = new[] { "dringt", "drong", "drongen" },
        ["raden"] = new[] { "raadt", "raadde", "ried", "raadden" },
        ["brengen"] = new[] { "brengt", "bracht", "brachten" },
        ["lichten"] = new[] { "licht", "lichtte", "lichtten" },
        ["zetten"] = new[] { "zet", "zette", "zetten" },
        ["kondigen"] = new[] { "kondigt", "kondigde", "kondigden" },
        ["kaatsen"] = new[] { "kaatst", "kaatste", "kaatsten" },
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("na tijdens ondanks"),
        PredicateLinks = Words("wordt werd geworden blijft bleef als zoals"),
        EpithetArticles = Words("een"),
        PersonObjectLemmas = Words("vragen waarschuwen noemen verdedigen manen smeken"),
        ReportingLemmas = Words(
            "zeggen schrijven geven laten vragen verklaren reageren stellen waarschuwen vertellen roepen spreken noemen " +
            "benadrukken melden zuchten antwoorden erkennen betogen beloven bevestigen verzekeren vinden geloven " +
            // The wider inventory of a news desk: statements, avowals, judgements, guesses, fears, hopes and demands.
            "beweren onderstrepen concluderen constateren verduidelijken preciseren herhalen beamen bekennen onthullen vervolgen " +
            "verzuchten twitteren weerspreken ontkennen pareren argumenteren verdedigen " +
            "rechtvaardigen motiveren analyseren resumeren noteren menen oordelen betreuren klagen " +
            "schamperen mopperen foeteren verwachten voorspellen vermoeden vrezen hopen " +
            "twijfelen redeneren denken eisen vorderen manen zweren dreigen smeken pleiten adviseren verzoeken " +
            // Stressing, floating an idea, pointing out and swearing: "beklemtoonde X", "opperde X", "bezwoer X".
            "beklemtonen opperen suggereren signaleren bezweren " +
            // Verbs that are reflexive when they report: "ergerde ze zich", "verweerde hij zich".
            "ergeren beklagen verweren herinneren uiten verheugen verbazen " +
            // Describing and recounting ("vertellen" above): "beschreef de nacht als ‘…’".
            "beschrijven"),
        // ""…", lachte ze": verbs of manner, and "besloot" (decided, concluded), report only beside the quote.
        // Verbs of praise and blame too: before a name they act on it ("prees de raad wethouder X", "felicitó al alcalde").
        BesideQuoteLemmas = Words("prijzen loven bekritiseren hekelen verwelkomen lachen juichen grappen fluisteren spotten schatten besluiten " +
            // Correcting someone: ‘…’, corrigeert ze (before a noun it corrects a test, so it reports only beside the
            // quote). Dutch takes its leave in a phrase ("nam afscheid"), no verb.
            "corrigeren"),
        Inflect = lemma => Inflection.Dutch(lemma, s_irregular),
        SplitReports =
        [
            "voegen toe", "delen mee", "merken op", "leggen uit", "vullen aan",
            // Setting out, insisting, objecting, explaining, announcing, urging, advising, bringing in, hitting back.
            "zetten uiteen", "houden vol", "werpen tegen", "lichten toe", "kondigen aan", "dringen aan", "raden aan", "brengen in",
            "kaatsen terug",
            // Summing up and putting forward: "vatte X samen", "voerde X aan".
            "vatten samen", "voeren aan",
            // Going on: "“…”, ging ze verder", "“…”, gaat hij door".
            "gaan verder", "gaan door",
        ],
        // "X wijst erop dat …", "X gaf aan dat …": pointing out and indicating govern a clause as a verb of saying does.
        ReportingPhrases = ["wijst erop", "wees erop", "wijzen erop", "wezen erop", "geeft aan", "gaf aan", "geven aan", "gaven aan"],
        // "toonde X zich tevreden".
        StanceLemmas = Words("tonen"),
        Reflexives = Words("zich"),
        TimeNouns = Words("begin aanvang afloop slot"),
        MalePossessiveStems = Words("zijn"),
        FemalePossessiveStems = Words("haar"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        VerbSecond = true,
        Pronouns = Words("hij zij ze"),
        MalePronouns = Words("hij"),
        DeputyWords = Words("vice oud"),
        FemalePronouns = Words("zij"),
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(DutchGivenNames.Male),
        FemaleGivenNames = Words(DutchGivenNames.Female),
        MaleTitles = Words("meneer dhr heer"),
        FemaleTitles = Words("mevrouw mevr"),
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("man echtgenoot zoon vader broer opa grootvader kleinzoon oom neef weduwnaar vriend"),
        FemaleKinNouns = Words("vrouw echtgenote dochter moeder zus zuster oma grootmoeder kleindochter tante nicht weduwe vriendin"),
        SpokesNouns = Words("woordvoerder woordvoerster"),
        OfficialNouns = Words("vertegenwoordiger"),
        SourceNouns = Words("bronnen bron"),
        Demonstratives = Words("deze"),
        Negations = Words("niet nooit"),
        PerfectAuxiliaries = Words("heeft had hebben hadden"),
        // The modals, present and past, but "wil" and "zou", which the wishing and the reported conditional lists hold.
        FiniteModals = Words("kan kunnen kon konden moet moeten moest moesten zal zullen mag mogen"),
        Portfolios = Words("economie onderwijs zorg wonen financiën cultuur sport verkeer mobiliteit duurzaamheid jeugd welzijn klimaat energie milieu veiligheid"),
        Titles = Words(
            "meneer mevrouw dhr mevr minister burgemeester wethouder gedeputeerde directeur voorzitter woordvoerder " +
            "woordvoerster trainer president topman topvrouw raadslid aanvoerder aanvoerster officier rechter bestuurder mr dr prof " +
            // Before a name only: "wijkagent Ruud Smits", "slager Henk Bos", "bloemist Sandra de Graaf".
            "agent slager bloemist kastelein " +
            // Whoever started or runs an action, a club or an event: "Initiatiefnemer Bert Kuipers", "organisator Ria Smit".
            "initiatiefnemer initiatiefneemster oprichter oprichtster organisator organisatrice " +
            // Offices and occupations that end compounds too: "recreatieondernemer", "buurtbewoonster", "projectleider".
            "ondernemer ondernemster bewoner bewoonster hoogleraar leider leidster kamerlid voorzitster lector docent onderzoeker onderzoekster leraar lerares " +
            // A team's goalkeeper before the name: "doelman Joris Wit", "keepster Lies Baan".
            "doelman doelvrouw keepster " +
            // A pharmacist, a vet or a GP before the name, as a trade is ("apotheker Bram Smit", "huisarts Els Vos").
            "apotheker dierenarts huisarts " +
            // A doctor before the name, and ending compounds capitalised at a sentence's start ("Veearts Ria Bos").
            "arts"),
        // "zei de burgervader": the mayor.
        OfficeEpithets = ["burgervader=burgemeester",
            // "zei de burgermoeder": the mayor, a woman.
            "burgermoeder=burgemeester"],
        // "zei de ingenieur": a trade that means the person just named (see SpeakerFinder.ProfessionMeant).
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("vakbondsman vakbondsvrouw deskundige expert specialist"),
        ProfessionEpithets = Words(
            "ingenieur architect verpleegkundige landbouwer socioloog historicus historica stedenbouwkundige schrijver schrijfster " +
            "econoom journalist journaliste " +
            // Who guide walkers over the mud flats or the hills, and who own ships, before a name ("Wadgids Bert Oosterhuis", session 74).
            "gids reder " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "bioloog geoloog hydrogeoloog dierenarts apotheker psycholoog psychiater " +
            // Those who serve a force or a union, and experts: "zei de vakbondsman", "zei de deskundige".
            "vakbondsman vakbondsvrouw deskundige expert specialist groenteboer groenteboerin kapster " +
            // Farmers by their trade ("zegt de melkveehouder"); a bare "boer" is a surname too ("De Boer"), so it stays out.
            "melkveehouder veehouder varkenshouder akkerbouwer tuinder fruitteler " +
            // A family doctor, named first and then called so ("zegt de huisarts"). "gepensioneerde" is left out:
            // it is also the adjective of "een gepensioneerde visser", someone new.
            "huisarts " +
            // A photographer, who ends compounds before a name at a sentence's start ("Natuurfotograaf Ria Bos").
            "fotograaf fotografe" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " ecoloog entomoloog botanicus zoöloog " +
            // Who serve in a shop, a bar or a café (session 62).
            "caissière caissier kassamedewerker winkelmedewerker ober serveerster " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "verpleger verpleegster zorgmedewerker mantelzorger ambulancebroeder " +
            // Who work the land, vines, hives and herds (session 62).
            "wijnboer wijnboerin imker veeboer " +
            // Who build and mend houses (session 62).
            "metselaar loodgieter elektricien dakdekker bouwvakker stukadoor " +
            // Who drive, conduct or deliver (session 62).
            "chauffeur machinist conducteur bezorger bezorgster postbode " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "brandweerman brandweervrouw hulpverlener reddingswerker" +
            // Who keep or serve in hotels, cafés and restaurants, and the seasonal workers they hire (session 64);
            // not "kok", also a surname.
            " hoteleigenaar hotelhouder uitbater uitbaatster horecamedewerker horecamedewerkster barvrouw receptioniste seizoenarbeider seizoenarbeidster seizoenkracht" +
            // Who sail, work a port or sell fish; who write software or keep an office; who care; who carry parcels (session 64, trades).
            " matroos havenarbeider havenarbeidster havenwerker visvrouw visverkoper visverkoopster programmeur klerk verzorger verzorgster koerier" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "zegt een naaister";
            // "Kleermaker" and "Voorman" stay out: they are surnames too.
            " hoefsmid naaister kleermaakster ploegbaas" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "zegt de monteuse";
            // "monteur" is German's entry, the tables being one union.
            " monteuse" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " kunstenares schilderes beeldhouwster keramiste illustratrice kunstenaar zangeres sopraan mezzosopraan muzikante pianiste violiste gitariste organiste celliste muzikant beeldhouwer keramist illustrator zanger tenor bariton pianist violist gitarist organist cellist"),
        // A trade's family, the noun an editor calls its holder by at the cue: "beeldhouwster Ria Bos" … "zegt de kunstenares", "pianist Joost Wit" … "zegt de muzikant"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "kunstenares=schilderes|beeldhouwster|keramiste|illustratrice",
            "kunstenaar=schilderes|beeldhouwster|keramiste|illustratrice",
            "zangeres=sopraan|mezzosopraan",
            "muzikante=pianiste|violiste|gitariste|organiste|celliste",
            "muzikant=pianiste|violiste|gitariste|organiste|celliste",
        ],
        MaleTradeFamilies =
        [
            "kunstenaar=beeldhouwer|keramist|illustrator",
            "zanger=tenor|bariton",
            "muzikant=pianist|violist|gitarist|organist|cellist",
        ],
        // "zegt de imker", "zegt de bloemist": a trade the list above leaves out, read by its ending
        // (see Phrase.AgentEpithetEnd). Dutch "de" says no gender, so either form follows it.
        AgentNounEndings = Words("-er -aar -ier -ist -ent -ant -eur -arts -boer -man"),
        FemaleAgentNounEndings = Words("-ster -eres -ares -iste -trice -vrouw"),
        // Those that name a firm or a body as often as a person: "zegt de vervoerder", "de aanbieder".
        BodyAgentNouns = Words("vervoerder aanbieder exploitant werkgever fabrikant verhuurder uitgever opdrachtgever netbeheerder koper"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "boswachter jachtopziener parkwachter " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65).
            "bewaker bewaakster nachtwaker suppoost " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "hengelaar begeleider begeleidster " +
            "man vrouw moeder vader oma opa buurman buurvrouw bewoner bewoonster voorbijganger klant handelaar " +
            "koopman automobilist fietser student studente bezoeker bezoekster toerist kiezer huurder eigenaar " +
            "vrijwilliger demonstrant patiënt passagier supporter werknemer arbeider verkoper verkoopster jongere " +
            "visser boer boerin buurtbewoner buurtbewoonster zoon dochter broer zus echtgenote echtgenoot " +
            "kleinzoon kleindochter oom weduwe weduwnaar vriend vriendin collega inwoner inwoonster getuige " +
            "medewerker medewerkster leerling scholier gast stamgast voetganger toeschouwer fan slachtoffer verdachte " +
            "klasgenoot teamgenoot " +
            // Who study or learn a trade (session 62).
            "stagiair stagiaire " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "reiziger reizigster ooggetuige overlevende omwonende huiseigenaar" +
            // Who stay on holiday, at a campsite, or bathe at a beach (session 64).
            " kampeerder kampeerster campinggast vakantieganger vakantiegast badgast" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " kind jongen jongetje meisje" +
            // Patients, volunteers, activists and users (session 64, trades).
            " patiënte vrijwilligster activist activiste gebruiker gebruikster" +
            // A party's or a club's members, who speak for themselves, and who travel to work each day (session 65, unnamed): "moppert een forens".
            " partijlid forens" +
            // A talent show's or a prize's jury members and the makers of cheese, who open a sentence before their name in the compounding
            // languages ("Jurylid X", "Kaasmaakster X") and are quoted unnamed elsewhere (session 68, fnames).
            " jurylid kaasmaker kaasmaakster" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "zei een ingewijde",
            // "zegt een ambtenaar van het ministerie".
            " ingewijde ambtenaar ambtenares adviseur adviseuse insider " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "Zijn Duitse ambtgenote Anna Roth".
            "ambtgenoot ambtgenote"),
        // People nouns that are past participles too: right after the article the person ("un afectado que"), past
        // another noun a description ("un edificio afectado que") that brings in no one (session 62).
        ParticiplePeopleNouns = Words("gedupeerde"),
        PresidingOffices = Words("burgemeester voorzitter"),
        CommandRanks = Words("kapitein commandant commandante kolonel luitenant sergeant admiraal"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        HolderOnlyRoles = Words("officier rechter"),
        AdverbialEndings = ["ig", "lijk", "isch", "end"],
        RoleNouns = Words(
            "officier rechter minister burgemeester wethouder gedeputeerde directeur voorzitter woordvoerder woordvoerster trainer president " +
            "topman topvrouw deskundige advocaat verloskundige raadslid fractievoorzitter fractievoorzitster vertegenwoordiger " +
            "ondernemer ondernemster hoogleraar leider leidster kamerlid voorzitster lector docent onderzoeker onderzoekster leraar lerares " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "penningmeester secretaris coördinator coördinatrice beheerder beheerster bedrijfsleider bedrijfsleidster " +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " kapitein commandant havenmeester" +
            // Police ranks before a name ("Rechercheur Laura Kinsella laat weten").
            " rechercheur inspecteur hoofdinspecteur brigadier" +
            // Riders of a race, and their compounds before a name ("thuisrijder", "tijdrijder", "veldrijder Daan Smit", as
            // German "Spieler", "Stürmer"); not "renner", whose end is a surname's ("Brenner").
            " rijder rijdster" +
            // A team's or a game's player and a museum's curator, before a name or set off by commas (session 67): "Esportsspeler Tim Bos",
            // "conservator Els Wit"; "conservatrice" is French's entry, the tables being one union.
            " speler speelster conservator"),
        // "het waterschap Lage Wetering", "de omgevingsdienst": public bodies of their own kind too.
        OrganisationNouns = Words(
            "consortium netwerk brief verklaring tekst persbericht bank agentschap autoriteit commissie comité federatie instituut coalitie onderneming firma concern instantie organisatie instelling bedrijf gemeente provincie bond vakbond partij regering ministerie club vereniging stichting coöperatie ontwikkelaar " +
            "verzekeraar zorgverzekeraar justitie rapport waterschap hoogheemraadschap omgevingsdienst veiligheidsregio toezichthouder universiteit hogeschool politie brandweer ziekenhuis fabriek omroep zender directie dienst rechtbank " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "bisdom aartsbisdom broederschap " +
            // A trade's chamber speaks as a body: "de Kamer van Koophandel in X zegt" (session 67; "de kamer van de buren" has
            // no capital and no people in its complement, so names none).
            "kamer"),
        BareBodies = Words("regering justitie gemeente politie brandweer " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "provincie bisdom aartsbisdom"),
        DocumentNouns = Words("brief verklaring tekst persbericht rapport onderzoek peiling"),
        DocumentRelatives = ["waarin"],
        DocumentVerbs = Words("luidt luidde"),
        // "Zo vertelde X …": the manner points back as "dat" does.
        BackReferences = Words("dat dit zo"),
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["met die woorden", "met deze woorden"],
        CompanyWords = Words("bv nv"),
        StudyNouns = Words("rapport"),
        CompanyNouns = Words("bedrijf onderneming firma concern"),
        // Session 70 (names): the shops a family's firm is named as ("Warenhuis Brakel"; "Bakkerij" by its ending), NameFacts.FirmBeforeSurname.cs.
        TradeNouns = Words("warenhuis"),
        // Session 65: the grid's operator, the provider of a service and the young firm ("Veldnet, een netbeheerder uit Zwolle",
        // "een start-up uit Deventer"); "netbeheerder", "aanbieder" are also body agents. Not "exploitant", the one who runs a
        // café or a camp site as often ("Jan Veltman, de exploitant van het strandpaviljoen," would become a firm).
        FirmNouns = Words("leverancier netbeheerder aanbieder dienstverlener start-up startup"),
        SeatParticiples = Words("gevestigd opgericht opgezet ontstaan gelegen"),
        ShareNouns = Words("aandelen"),
        AnyBodyNouns = Words("instantie organisatie instelling directie"),
        GoverningNouns = Words("directie"),
        Indefinites = Words("een"),
        Definites = Words("de het"),
        Prepositions = Words("van voor bij"),
        Affiliations = Words("vvd pvda cda d66 groenlinks pvv sp"),
        NotNames = Words("de het een maar en ook toen daarna gisteren vandaag volgens terwijl wanneer voor familie"),
        AgeWords = Words("jaar"),
        Intensifiers = Words("zelf"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("antwoordde antwoordden antwoordt geantwoord"),
        Fillers = [.. Words("heeft had hebben ook nog al gisteren vandaag eerder toen daarna later vervolgens bovendien " +
            // Adverbs of cause and concession that open a clause with its verb second: "Daarom zegt hij:", "Toch zegt ze:".
            "daarom toch"), "vorige week", "vorige maand", "vorig jaar",
            // "zei vanavond X": the part of the day it was said, between the verb and its subject.
            "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht"],
        // "zeiden ze": "ze" is she and they; the verb's plural ending says which.
        CompoundBodyHeads = Words("bond vereniging stichting ministerie gemeente partij bedrijf fabriek omroep zender " +
            // A bank by its compound, as German: "de Boerenbank Westerveen", "de Voedselbank …"; "de bank" later means it (session 63).
            "bank"),
        // A firm by its kind's compound before its name: "Platenmaatschappij Polderklank", "Platenlabel Noordzee" (session 68, fnames).
        TradeFirmEndings = ["erij", "maatschappij", "label"],
        // "Bij de gemeente zegt men", "Vanuit het ministerie klinkt het".
        SourcePrepositions = Words("uit bij vanuit"),
        // "Bij de gemeente zegt men dat": no one in particular.
        ImpersonalSubjects = Words("men"),
        PluralVerbEndings = Words("-en"),
        // "de bewoners" from "bewoner", "de agenten" from "agent".
        PluralNounEndings = ["s>", "en>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("kritiek mening versie visie anders"),
        AccordingTo = ["volgens", "in de woorden van", "naar de mening van", "in de ogen van",
            // "naar zijn zeggen", "naar haar mening": with a possessive between (Sieves/AccordingTo.PossessiveView.cs).
            "naar zeggen", "naar mening"],
        InvertedCues = Words("aldus"),
        // "Voor X is het duidelijk: "…"": a view's holder opening a verb-second clause.
        ViewPrepositions = Words("voor"),
        Locatives = Words("in te uit"),
        ImpersonalReadings = Words("staat stond"),
        // "het persbericht verspreid door de gemeente": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("verspreid gepubliceerd verstuurd ondertekend"),
        PassiveAgents = Words("door"),
        Media = Words("op"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("van"),
        // One picked out of a group, "zegt een van hen", "één van ons": someone of the group, never the one quoted before.
        PartitiveOnes = Words("een één"),
        PartitivePronouns = Words("hen ons"),
        MannerNouns = Words("stem toon glimlach zucht manier wijze leeftijd"),
        MannerPrepositions = Words("met"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("zogenaamde zogenaamd zogeheten"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("bijgenaamd gedoopt omgedoopt omdopen hernoemen"),
        KnownAsWords = Words("bekend"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("naam"),
        // "Hij heet Luuk Tammes", "Zij heette Anna de Vries": the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("heet heette"),
        EmployerLinks = Words("van"),
        WorkplaceLinks = Words("bij"),
        ListenerPrepositions = Words("aan tegen"),
        ResponseNouns = Words("reactie antwoord repliek commentaar oordeel conclusie"),
        ResponseVerbs = Words("kwam luidde"),
        StanceWords = Words("tevreden blij kritisch sceptisch voorzichtig ontevreden teleurgesteld"),
        Copulas = ["is", "was", "waren"],
        // No MaleAgreementEndings / FemaleAgreementEndings: "Anna de Vries is gekozen", a predicate participle does not agree.
        ObjectPrepositions = Words("met over om als"),
        CompoundsTitles = true,
        AgeSuffixes = Words("-jarige"),
        // "the octogenarian", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "twintigjarige dertigjarige veertigjarige vijftigjarige zestigjarige zeventigjarige tachtigjarige negentigjarige " +
            // "zegt de bejaarde": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs); one form for both genders.
            "bejaarde hoogbejaarde"),
        Possessives = Words("zijn haar hun"),
        FirstPersonPossessives = Words("mijn ons onze"),
        ComparisonOpeners = Words("zoals"),
        Complementisers = Words("dat"),
        Coordinators = Words("en of"),
        Contrasts = Words("maar"),
        Subordinators = Words("toen voordat nadat terwijl hoewel omdat"),
        RelativePronouns = Words("die dat wie wiens"),
        PersonRelativePronouns = Words("wie"),
        OpeningPrepositions = Words(
            "aan door met na naar onder op tegen tijdens sinds zonder tussen achter naast binnen buiten vanwege ondanks namens"),
        DependentClauseOpeners = Words("of hoe waarom wanneer waar wat welke zoals"),
        // "Ik vroeg X", "Wij spraken X": the writer as the subject.
        FirstPersonSubjects = Words("ik wij"),
        // "ik zeg altijd tegen de kinderen: ‘…’" ("antwoord" is the noun too).
        FirstPersonSayingForms = Words("zeg vraag vertel"),
        // "Daarna, zich wendend tot de oppositie: ‘…’", "zich richtend tot de zaal".
        TurningWords = Words("wendend richtend"),
        // "Daarna, zich wendend tot de zaal:", "Daarna de burgemeester: ‘…’": a word of sequence before a lead or its subject.
        SequenceOpeners = Words("daarna"),
        InfinitiveMarkers = Words("te"),
        // "De gemeenten zouden zijn geïnformeerd": Dutch reports what someone claims with "zou".
        ReportedConditionalForms = Words("zou zouden"),
        ConditionalMarkers = Words("als indien mocht mochten"),
        // "de vereniging Ouders tegen Lawaai": what a body is against, inside its name (Cast.BodyNameLinks; "for" joins names apart).
        BodyNameLinks = Words("tegen"),
        AdditiveAdverbs = Words("ook eveneens"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("met"),
        // "De Wit houdt het plan voor ‘…’", "De Wit schat de schade op ‘…’" (Cues.JudgingComplement.cs).
        JudgingVerbs = ["houdt voor", "houden voor", "hield voor", "hielden voor", "schat op", "schatten op", "schatte op", "begroot op", "begroten op", "begrootte op"],
        // "De Wit noemde het besluit ‘…’", "De Wit omschreef het plan als ‘…’", "De Wit sprak van ‘…’" (Cues.NamingComplement.cs).
        NamingVerbs = [.. Words("noemt noemen noemde noemden"), "omschrijft als", "omschrijven als", "omschreef als", "omschreven als",
            "spreekt van", "spreken van", "sprak van", "spraken van"],
        // "volgens hem", "volgens haar" (AccordingTo.ObjectPronounView.cs).
        ViewObjectPronouns = ["hem hij", "haar zij"],
        // "naar eigen zeggen" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["naar eigen zeggen", "in zijn eigen woorden", "in haar eigen woorden"],
        // Professions and clerical or academic titles before a full name: "Dominee Piet Smit", "Pastoor Kees Dekker", "Predikant Henk Baas" (SpeechWords.NameProfessions).
        NameProfessions = Words("dominee pastoor kapelaan bisschop predikant diaken"),
        // "with the chairwoman, X": a companion's role that shows her gender (SpeakerFinder.CompanionRole.cs).
        FemaleRoleNouns = Words("lerares voorzitster directrice woordvoerster"),
        MaleRoleNouns = Words("leraar"),
        // "zegt ze": she beside a verb in the singular, they beside a plural (SpeakerFinder.SheOrThey.cs).
        SheOrTheyPronouns = Words("ze"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        // "Zo lang wil X niet wachten", "Evenzo redeneert X" ("toen" is a subordinator too): an adverb of manner or degree, never the verb's subject, puts the name after the verb (SpeakerFinder.BareVerbSecond.cs).
        SentenceAdverbs = Words("vervolgens uiteindelijk nadien daarop intussen inmiddels zo evenzo nu"),
        // "…, zei Jan de Vries, gisteren.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("gisteren vandaag eergisteren vanochtend vanmiddag vanavond ochtend middag avond week weekend maand"),
        // "zegt de man", "zegt de vrouw", "zegt de vriendin": ties that also mean any man, woman or friend, no tie at the cue (Speakers/Phrase.KinEpithet.cs).
        LooseKinNouns = Words("man vrouw vriend vriendin"),
        // "Nadat het vuur geblust was, werd Kranz naar huis gebracht": a passive after an opening clause; its subject undergoes (SpeakerFinder.SubjectAfterOpeningClause.cs).
        ClausePassiveAuxiliaries = Words("werd werden wordt worden"),
        // "las de boodschap van de burgemeester voor: ‘…’": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("las leest voorgelezen voorlas"),
        ReadAloudTexts = Words("bericht boodschap toespraak"),
        // "Martin de Groot" … "De Groot schudt zijn hoofd.": a surname's particle, capitalised at a sentence's start (NameRegistry.ParticleSurname.cs).
        SurnameParticles = Words("de der den van ter ten"),
        // "“…”, staat verder in de verklaring": the document's reading carried on (Sieves/AdjacentCue.DocumentSource).
        ReadingGoingOnAdverbs = Words("verder voorts"),
        // "X wil een gebouw ‘…’": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("wil willen wilde wilden gewild wenst wensen wenste wensten"),
        // "De bond stuurde een brief. Daarin staat: “…”": a text pointed back to (SpeakerFinder.TextPointedBack.cs).
        DocumentBackAdverbs = Words("daarin hierin"),
        // "De burgemeester ontving een brief. Daarin staat:": the receiver's words are none of these (SpeakerFinder.TextPointedBack.cs).
        // "las" and "leest" are ReadAloudVerbs, which the rule asks too.
        TextReceivingVerbs = Words("ontving ontvingen ontvangen ontvangt kreeg kregen gekregen krijgt lazen gelezen"),
        // "een notitie getiteld ‘…’", "onder het motto ‘…’": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("getiteld getitelde"),
        TitleNouns = Words("titel motto slogan leus"),
        // "“…”, zei na de pauze de rechter", "zei de boer tegen de verslaggevers": prepositions opening where, when or
        // to whom the speaker at a cue spoke (SpeechWords.EpithetTailPrepositions); not "bij", "voor" or "uit", which
        // link an employer, a body spoken for or a place of origin ("woordvoerder bij de politie").
        EpithetTailPrepositions = Words("aan achter binnen buiten in met na naast om onder op over rond sinds tegen tegenover tijdens tot vanaf zonder"),
        TitlePrepositions = Words("onder met als"),
        // "De bond stuurde een brief. Daarin staat:", not "De politie vond een brief": the writer's or sender's verb (SpeakerFinder.TextPointedBack.cs).
        TextSendingVerbs = Words("schreef schreven schrijft geschreven stuurde stuurden stuurt gestuurd verstuurde verstuurden verstuurt verstuurd zond zonden zendt gezonden publiceerde publiceerden publiceert gepubliceerd verspreidde verspreidden verspreidt verspreid richtte richtten gericht"),
        // "Bij de poort stond een buurvrouw die …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["er is", "is er", "er was", "was er", "er stond", "stond er", "stond", "er staat", "staat er", "staat", "er zat", "zat er", "zat"],
        // "Onder de zwemmers was een visser die …": the preposition of being one of a group, and the verbs after which the subject then stands (the verb-second slot reads most of them already) (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("onder"),
        AmongVerbs = Words("was waren is stond stonden staat liep"),
        // "Een serveerster van het café wil niet met naam in de krant.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anoniem anonimiteit"),
        WithheldNameWords = Words("naam genoemd"),
        // A verb of adding at a second quote's cue (‘…’, voegt de boer toe): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("voegt voegde vult vulde"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("logistiek transport bouw diensten vastgoed verzekeringen techniek installaties"),
        // The first parts that make a compound office another office than its last part
        // ("vicevoorzitter", "oud-wethouder", "ex-trainer", "erevoorzitter", "co-trainer", "adjunct-directeur", "locoburgemeester"):
        // a compound on a role names its holder under the role alone, never after one of these (SpeechWords.DeputyCompoundParts).
        DeputyCompoundParts = Words("vice oud ex ere co adjunct loco"),
    };
}
