using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>German speech words: "sagte Geschäftsführerin X", "betonte er", "so X", "laut X", "vom Verein … kritisiert".</summary>
internal static class GermanSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["schreiben"] = new[] { "schreibt", "schrieb", "schrieben", "geschrieben" },
        ["rufen"] = new[] { "ruft", "rief", "riefen", "gerufen" },
        // Correcting and taking leave, beside the quote only: „…“, korrigiert sie; „…“, verabschiedet sich X.
        ["korrigieren"] = new[] { "korrigiert", "korrigierte", "korrigierten" },
        ["verabschieden"] = new[] { "verabschiedet", "verabschiedete", "verabschiedeten" },
        // "wiederholen" (to repeat) takes no ge-; "beschreiben" and "bestreiten" are strong.
        ["wiederholen"] = new[] { "wiederholt", "wiederholte", "wiederholten" },
        ["beschreiben"] = new[] { "beschreibt", "beschrieb", "beschrieben" },
        ["bestreiten"] = new[] { "bestreitet", "bestritt", "bestritten" },
        ["sprechen"] = new[] { "spricht", "sprach", "sprachen", "gesprochen" },
        ["versprechen"] = new[] { "verspricht", "versprach", "versprachen", "versprochen" },
        ["widersprechen"] = new[] { "widerspricht", "widersprach", "widersprochen" },
        ["meinen"] = new[] { "meint", "meinte", "meinten", "gemeint" },
        ["heißen"] = new[] { "heißt", "hieß", "hießen" },
        ["geben"] = new[] { "gibt", "gab", "gaben" },
        ["denken"] = new[] { "denkt", "dachte" },
        ["nennen"] = new[] { "nennt", "nannte", "nannten", "genannt" },
        ["bezeichnen"] = new[] { "bezeichnet", "bezeichnete", "bezeichneten" },
        ["wissen"] = new[] { "weiß", "wusste" },
        ["weisen"] = new[] { "weist", "wies", "wiesen" },
        ["halten"] = new[] { "hält", "hielt", "hielten" },
        ["fahren"] = new[] { "fährt", "fuhr", "fuhren" },
        // Strong verbs of the wider inventory and the stems of split verbs ("hob … hervor", "warf … ein").
        ["unterstreichen"] = new[] { "unterstreicht", "unterstrich", "unterstrichen" },
        ["verraten"] = new[] { "verrät", "verriet", "verrieten" },
        ["gestehen"] = new[] { "gesteht", "gestand", "gestanden" },
        // "bekannt" is the adjective "known" as well, so the participle is left out.
        ["bekennen"] = new[] { "bekennt", "bekannte", "bekannten" },
        ["schließen"] = new[] { "schließt", "schloss", "schlossen" },
        ["befinden"] = new[] { "befand", "befanden" },
        ["bitten"] = new[] { "bittet", "bat", "baten", "gebeten" },
        ["schwören"] = new[] { "schwört", "schwor", "schworen", "geschworen" },
        ["heben"] = new[] { "hebt", "hob", "hoben" },
        ["wenden"] = new[] { "wendet", "wandte", "wandten", "wendete" },
        ["werfen"] = new[] { "wirft", "warf", "warfen" },
        ["schieben"] = new[] { "schiebt", "schob", "schoben" },
        ["bringen"] = new[] { "bringt", "brachte", "brachten" },
        ["winken"] = new[] { "winkt", "winkte", "winkten" },
    };

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("nach trotz während"),
        PredicateLinks = Words("sei wird wurde wurden geworden bleibt blieb als wie"),
        ListenerNouns = Words("zeitung tageszeitung wochenzeitung sender rundfunk fernsehen journalisten reportern nachrichtenagentur presse-agentur agentur magazin nachrichtenmagazin"),
        PersonObjectLemmas = Words("kritisieren loben fragen warnen mahnen erinnern zitieren verteidigen rügen beschwichtigen bitten drängen"),
        ReportingLemmas = Words(
            "sagen erklären betonen meinen kritisieren fordern warnen ergänzen berichten mahnen versichern bestätigen antworten " +
            "schreiben rufen sprechen versprechen widersprechen unterstreichen beklagen bemängeln klagen loben räumen " +
            "kommentieren erläutern präzisieren behaupten verkünden bekräftigen entgegnen erwidern erinnern zitieren erzählen " +
            "kündigen twittern fragen heißen äußern nennen glauben bezeichnen seufzen " +
            // The wider inventory of a news desk: statements, avowals, judgements, guesses, fears, hopes and demands.
            "verteidigen beteuern verraten gestehen bekennen argumentieren begründen kontern relativieren konstatieren resümieren " +
            "bilanzieren folgern insistieren beharren monieren rügen " +
            "bedauern vermuten mutmaßen spekulieren befürchten fürchten hoffen bezweifeln zweifeln urteilen befinden " +
            "prognostizieren prophezeien unken schimpfen wettern poltern ätzen " +
            "verlangen appellieren drängen bitten schwören drohen beschwichtigen " +
            // Repeating, depicting, denying, disclosing, making plain, pleading and finding fault:
            // "wiederholte X", "schilderte X", "dementierte X", "bestritt X", "plädierte X".
            "wiederholen schildern beschreiben dementieren bestreiten enthüllen verdeutlichen plädieren beanstanden schlussfolgern " +
            // Verbs that are reflexive when they report: "freute sich X", "beschwerte sich X".
            "freuen ärgern beschweren wundern empören"),
        // "„…“, lachte sie": verbs of manner, and "schloss" (closed, concluded), report only beside the quote;
        // so do verbs that take a named thing as often as words ("meldete einen Unfall an der „…“",
        // "schätzt den Roman „…“", "begrüßte die Gäste im Saal „…“").
        BesideQuoteLemmas = Words("melden schätzen analysieren notieren vermerken begrüßen informieren lachen schließen staunen jubeln stöhnen schwärmen scherzen spotten " +
            // Correcting someone and taking one's leave: „…“, korrigiert sie; „…“, verabschiedet sich X (before a noun
            // they correct a test or pass a law, so they report only beside the quote).
            "korrigieren verabschieden"),
        Inflect = lemma => Inflection.German(lemma, s_irregular),
        SplitReports =
        [
            "fügen hinzu", "stellen klar", "teilen mit", "führen aus", "weisen hin", "halten fest", "fahren fort", "setzen fort", "merken an",
            // Admitting, announcing, rejecting, stressing, objecting, summing up, promising, agreeing.
            "geben zu", "weisen zurück", "heben hervor", "stellen fest", "geben bekannt", "wenden ein", "werfen ein",
            "fassen zusammen", "schieben nach", "legen nach", "deuten an", "schränken ein", "halten dagegen", "halten entgegen",
            "geben an", "sichern zu", "stimmen zu", "werfen vor", "bringen vor", "führen an", "lenken ein", "winken ab",
            "wiegeln ab", "stellen richtig", "legen dar", "machen deutlich", "stellen heraus", "rufen auf", "fordern auf",
            // Adding on and urging: "fügte X an", "mahnte X an".
            "fügen an", "mahnen an",
            // Conceding and announcing: "räumte X ein", "kündigte X an".
            "räumen ein", "kündigen an",
        ],
        // "zeigte sich X zuversichtlich", "gab sich X gelassen", "sorgte sich X".
        StanceLemmas = Words("zeigen geben sorgen"),
        Reflexives = Words("sich"),
        // Those the NotNames do not hold already ("Anfang", "Ende", "Abend").
        TimeNouns = Words("beginn schluss auftakt morgen mittag"),
        MalePossessiveStems = Words("sein"),
        FemalePossessiveStems = Words("ihr"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        VerbSecond = true,
        Pronouns = Words("er sie"),
        MalePronouns = Words("er"),
        DeputyWords = Words("stellvertretende stellvertretender ehemalige ehemaliger"),
        FemalePronouns = Words("sie"),
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(GermanGivenNames.Male),
        FemaleGivenNames = Words(GermanGivenNames.Female),
        MaleTitles = Words(
            "herr ingenieur architekt landwirt journalist forscher krankenpfleger soziologe historiker stadtplaner schriftsteller ökonom " +
            "biologe geologe hydrogeologe tierarzt apotheker psychologe psychiater friseur hausarzt ermittler metzgermeister rentner " +
            // The bar's men: a woman is "Rechtsanwältin" or "Verteidigerin" before her name.
            "rechtsanwalt verteidiger strafverteidiger"),
        MasculineArticles = Words("der"),
        FemaleTitles = Words(
            "frau dezernentin ministerin bürgermeisterin geschäftsführerin sprecherin trainerin präsidentin ingenieurin architektin " +
            "landwirtin journalistin forscherin krankenpflegerin soziologin historikerin stadtplanerin schriftstellerin ökonomin " +
            "biologin geologin hydrogeologin tierärztin apothekerin psychologin psychiaterin bäckerin metzgerin fleischerin schreinerin tischlerin friseurin winzerin gärtnerin wirtin " +
            "präfektin hausärztin ermittlerin metzgermeisterin rentnerin"),
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("ehemann mann sohn vater bruder großvater opa enkel onkel neffe witwer lebensgefährte stiefvater"),
        FemaleKinNouns = Words("ehefrau frau tochter mutter schwester großmutter oma enkelin tante nichte witwe lebensgefährtin stiefmutter"),
        SpokesNouns = Words("sprecher sprecherin"),
        OfficialNouns = Words("vertreter vertreterin"),
        Demonstratives = Words("dieser diese dieses"),
        Negations = Words("nicht nie"),
        PerfectAuxiliaries = Words("hat hatte haben hatten"),
        // The modals and "werden", present and past indicative and "würde"; "wollen" is the wishing list\'s, "wird" and "wurde" the predicate links\', the subjunctive the reported conditional\'s.
        FiniteModals = Words("werden kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten darf dürfen durfte durften mag mögen mochte mochten würde würden"),
        Titles = Words(
            "herr frau dr prof dezernent dezernentin minister ministerin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin " +
            "geschäftsführer geschäftsführerin vorsitzender vorsitzende sprecher sprecherin trainer trainerin präsident " +
            "präsidentin direktor direktorin chef chefin kapitän vorstand stadtrat stadträtin kreisrat kreisrätin landrat landrätin sportdirektor sportdirektorin " +
            "kanzler kanzlerin senator senatorin abgeordneter abgeordnete gemeinderat gemeinderätin staatsanwalt staatsanwältin " +
            // Offices that end compounds ("Schulleiterin", "Amtsärztin", "Staatssekretärin", "SPD-Politikerin"); "Richter"
            // and "Kämmerer" are surnames too, so only their feminine and compound forms are titles.
            "rektor rektorin arzt ärztin richterin pfarrerin intendant intendantin leiter leiterin vorsteher vorsteherin professor professorin sekretär sekretärin kämmerin stadtkämmerer kommissar kommissarin pastor pastorin dekan dekanin referent referentin beauftragte beauftragter politiker politikerin rätin " +
            // The fire service's ranks and the crafts' masters, which end compounds ("Kreisbrandmeister", "Stadtbrandmeisterin");
            // a bare "Meister" and a "Baumeister" or "Hausmeister" are surnames too, so they stay out.
            "brandmeister brandmeisterin braumeister braumeisterin bademeister bademeisterin wehrführer wehrführerin brandinspektor brandinspektorin " +
            "bäckermeister bäckermeisterin metzgermeister metzgermeisterin fleischermeister fleischermeisterin konditormeister konditormeisterin " +
            "schreinermeister schreinermeisterin tischlermeister tischlermeisterin malermeister malermeisterin " +
            // Whoever started or runs an action, a club or a shop: "Initiatorin Petra Lind", "Inhaber Max Roth".
            "initiator initiatorin organisator organisatorin gründer gründerin inhaber inhaberin " +
            // The bar's offices ("Rechtsanwalt", "Fachanwältin", "Verteidiger"; a defender on the pitch is named the same
            // way). A bare "Anwalt" stays a role noun only, so that "sagte der Anwalt" still means the lawyer named before.
            "rechtsanwalt rechtsanwältin fachanwalt fachanwältin verteidiger verteidigerin strafverteidiger strafverteidigerin notar notarin " +
            // A team's captain and goalkeeper, named by the position before the name ("Kapitänin Jana Roth", "Torhüter Max Rau").
            "kapitänin torhüter torhüterin torwart torfrau spielführer spielführerin " +
            // A département's prefect, and the officer ranks a rescue's or an army's commander is named by
            // ("Präfektin Anne Roux", "Oberstleutnant Jan Roth", "Oberst Eva Hahn").
            "präfekt präfektin oberst leutnant " +
            // A district fire chief's rank and the elected head of a farmers' or a club's district, which end compounds
            // ("Kreisbrandrat", "Kreisobmann", "Ortsobfrau").
            "brandrat brandrätin obmann obfrau"),
        ObjectArticles = Words("den dem einen einem"),
        // "sagte der Rathauschef": the mayor.
        // "sagte die Architektin": a trade that means the person just named (see SpeakerFinder.ProfessionMeant);
        // capitalised as every noun, and read after its article. Some are role nouns too, whose holder is meant first.
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("gewerkschafter gewerkschafterin experte expertin polizist polizistin"),
        ProfessionEpithets = Words(
            "ingenieur ingenieurin architekt architektin landwirt landwirtin journalist journalistin forscher forscherin " +
            "krankenpfleger krankenpflegerin soziologe soziologin historiker historikerin stadtplaner stadtplanerin " +
            "schriftsteller schriftstellerin ökonom ökonomin " +
            // Who guide walkers over the mud flats or the hills, and who own ships, before a name ("Wattführerin Anke Osterhus", "Reeder Jan Harms", session 74).
            "führer führerin reeder reederin " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "biologe biologin geologe geologin hydrogeologe hydrogeologin tierarzt tierärztin apotheker apothekerin psychologe psychologin psychiater psychiaterin " +
            // Those who serve a force or a union, and experts: "sagte der Gewerkschafter", "sagte die Expertin".
            "gewerkschafter gewerkschafterin experte expertin polizist polizistin bäckerin metzgerin fleischerin schreinerin tischlerin friseur friseurin winzerin gärtnerin wirtin " +
            // A family doctor, an investigator, a master butcher, and a pensioner, whom a report names first and then
            // calls so ("sagt der Hausarzt", "sagte die Rentnerin"); "eine Rentnerin" stays someone new (PeopleNouns).
            // "Schäfer" is left out: it is a common surname too.
            "hausarzt hausärztin ermittler ermittlerin metzgermeister metzgermeisterin rentner rentnerin " +
            // A photographer, who ends compounds before a name ("Naturfotografin Jana Koch").
            "fotograf fotografin" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " ökologe ökologin entomologe entomologin botaniker botanikerin zoologe zoologin " +
            // Who serve in a shop, a bar or a café (session 62).
            "kassierer kassiererin kellner kellnerin florist floristin buchhändler buchhändlerin " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "pfleger altenpfleger altenpflegerin krankenschwester pflegekraft sanitäter sanitäterin rettungssanitäter rettungssanitäterin notarzt notärztin " +
            // Who work the land, vines, hives and herds (session 62).
            "winzer viehzüchter viehzüchterin imker imkerin obstbauer obstbäuerin milchbauer milchbäuerin gemüsebauer gemüsebäuerin erntehelfer erntehelferin " +
            // Who build and mend houses (session 62).
            "dachdecker dachdeckerin elektriker elektrikerin installateur installateurin klempner klempnerin handwerker handwerkerin bauarbeiter bauarbeiterin " +
            // Who drive, conduct or deliver (session 62).
            "busfahrer busfahrerin lokführer lokführerin taxifahrer taxifahrerin lkw-fahrer lkw-fahrerin pilot pilotin schaffner schaffnerin zugbegleiter zugbegleiterin briefträger briefträgerin paketbote paketbotin " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "feuerwehrmann feuerwehrfrau rettungsschwimmer rettungsschwimmerin retter retterin bergretter bergretterin einsatzkraft" +
            // Who keep or serve in hotels, inns and restaurants, and the seasonal workers they hire (session 64);
            // not "Koch", also a surname.
            " hotelier hotelierin gastwirt gastwirtin wirt köchin rezeptionist rezeptionistin bedienung servicekraft zimmermädchen barkeeper barkeeperin saisonarbeiter saisonarbeiterin saisonkraft" +
            // Who sail, work a port or sell fish; who write software or keep a file; who carry parcels (session 64, trades).
            " matrose matrosin hafenarbeiter hafenarbeiterin fischhändler fischhändlerin programmierer programmiererin softwareentwickler softwareentwicklerin informatiker informatikerin sachbearbeiter sachbearbeiterin kurierfahrer kurierfahrerin" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "sagt eine Näherin";
            // "Schneider" stays out: it is as often a surname.
            " hufschmied hufschmiedin schneiderin näherin vorarbeiter vorarbeiterin" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "sagt der Monteur", "Kfz-Mechanikerin Eva
            // Roth"; German "Monteur" serves Dutch too (one union).
            " monteur monteurin mechaniker mechanikerin" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " künstlerin malerin bildhauerin keramikerin illustratorin sängerin sopranistin mezzosopranistin musikerin pianistin violinistin gitarristin organistin cellistin akkordeonistin medizinerin kinderärztin chirurgin kardiologin anästhesistin künstler bildhauer keramiker illustrator sänger tenor bariton musiker pianist violinist gitarrist organist cellist akkordeonist mediziner kinderarzt chirurg kardiologe anästhesist"),
        // A trade's family, the noun an editor calls its holder by at the cue: "die Bildhauerin Eva Roth" … "sagt die Künstlerin", "der Kinderarzt Jan Lenz" … "sagt der Mediziner"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "künstlerin=malerin|bildhauerin|keramikerin|illustratorin",
            "sängerin=sopranistin|mezzosopranistin",
            "musikerin=pianistin|violinistin|gitarristin|organistin|cellistin|akkordeonistin",
            "medizinerin=kinderärztin|chirurgin|kardiologin|anästhesistin|hausärztin",
        ],
        MaleTradeFamilies =
        [
            "künstler=bildhauer|keramiker|illustrator",
            "sänger=tenor|bariton",
            "musiker=pianist|violinist|gitarrist|organist|cellist|akkordeonist",
            "mediziner=kinderarzt|chirurg|kardiologe|anästhesist|hausarzt",
        ],
        // "sagt der Schäfer", "meint die Imkerin": a trade the list above leaves out, read by its ending
        // (see Phrase.AgentEpithetEnd); the man's forms after "der", the woman's after "die".
        AgentNounEndings = Words("-er -ist -ent -eur -ant -är -loge -arzt -wirt -mann"),
        // "-orin": the woman's form of the Latin agent nouns ("Restauratorin", "Moderatorin", "Lektorin"); their man's
        // "-or" stays out, ending things as often ("Motor", "Sektor", "Tresor") and first names ("Viktor", "Gregor").
        FemaleAgentNounEndings = Words("-erin -istin -entin -eurin -antin -ärin -login -ärztin -wirtin -orin"),
        // Those that name a firm or a body as often as a person: "sagte der Betreiber", "der Energieversorger"
        // (the insurer and the broadcaster are OrganisationNouns and ListenerNouns, and stay out as they are).
        BodyAgentNouns = Words("betreiber versorger veranstalter träger vermieter verpächter eigentümer arbeitgeber auftraggeber käufer lieferant discounter"),
        OfficeEpithets = ["rathauschef=bürgermeister|oberbürgermeister", "rathauschefin=bürgermeisterin|oberbürgermeisterin",
            // "sagte das Stadtoberhaupt", "der Stadtchef": the mayor.
            "stadtoberhaupt=bürgermeister|oberbürgermeister|bürgermeisterin|oberbürgermeisterin",
            "stadtchef=bürgermeister|oberbürgermeister", "stadtchefin=bürgermeisterin|oberbürgermeisterin"],
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "förster försterin wildhüter wildhüterin ranger rangerin " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65); a compound on them
            // before a name is their trade ("Nachtwächter Jens Ahlers", "Museumsaufseherin Ute Kranz", SpeechTables.CompoundTradeEnds).
            "wächter wächterin wachmann aufseher aufseherin " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "angler anglerin betreuer betreuerin erzieher erzieherin " +
            "mann mutter vater oma opa rentner rentnerin nachbar nachbarin passant passantin kunde kundin händler " +
            "händlerin anwohner besucher besucherin tourist touristin student studentin schüler schülerin fahrer " +
            "fahrerin pendler pendlerin mieter mieterin wähler wählerin helfer helferin demonstrant demonstrantin " +
            "patient patientin urlauber urlauberin gast bauer bäuerin verkäufer verkäuferin arbeiter arbeiterin " +
            "dame fan sohn tochter bruder schwester ehefrau ehemann enkelin tante onkel cousin cousine witwe " +
            "witwer freund freundin kollege kollegin bewohner bewohnerin einwohner einwohnerin zeuge zeugin " +
            "mitarbeiter mitarbeiterin stammgast fischer fischerin fußgänger fußgängerin zuschauer zuschauerin " +
            "anhänger anhängerin opfer angeklagte angeklagter " +
            // Who study or learn a trade (session 62).
            "azubi auszubildende auszubildender lehrling praktikant praktikantin " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "fahrgast passagier passagierin reisende reisender betroffene betroffener überlebende überlebender augenzeuge augenzeugin" +
            // Who stay on holiday or at a campsite (session 64).
            " feriengast urlaubsgast campinggast campingurlauber campingurlauberin" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " kind mädchen" +
            // Activists and users (session 64, trades).
            " aktivist aktivistin nutzer nutzerin" +
            // A party's or a club's members, who speak for themselves: "meinte ein Parteimitglied" (session 65, unnamed).
            " mitglied parteimitglied vereinsmitglied" +
            // A talent show's or a prize's jury members and the makers of cheese, who open a sentence before their name in the compounding
            // languages ("Jurylid X", "Kaasmaakster X") and are quoted unnamed elsewhere (session 68, fnames);
            // "Jurymitglied" ends in "mitglied", listed; "Käser" stays out, a surname too.
            " juror jurorin käserin" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "sagte ein Beamter",
            // "sagt eine Beraterin"; not "Vertraute", a verb's past too ("sie vertraute ihm").
            " beamter beamte beamtin berater beraterin insider insiderin " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "Seine deutsche Amtskollegin Anna Roth".
            "amtskollege amtskollegin"),
        PresidingOffices = Words("bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin vorsitzende vorsitzender"),
        CommandRanks = Words("kapitän kapitänin kommandant kommandantin oberst oberstin leutnant leutnantin hauptmann hauptfrau feldwebel feldwebelin admiral admiralin"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        HolderOnlyRoles = Words("staatsanwalt staatsanwältin richter richterin"),
        RoleNouns = Words(
            "staatsanwalt staatsanwältin richter minister ministerin dezernent dezernentin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin geschäftsführer " +
            "geschäftsführerin vorsitzender vorsitzende fraktionsvorsitzender fraktionsvorsitzende sprecher sprecherin trainer trainerin präsident präsidentin direktor " +
            "direktorin chef chefin kapitän landrat landrätin sportdirektor sportdirektorin kanzler kanzlerin spieler spielerin stürmer torwart " +
            "experte expertin anwalt anwältin vertreter vertreterin ingenieur ingenieurin lehrer lehrerin arzt ärztin landwirt landwirtin " +
            "forscher forscherin architekt architektin journalist journalistin hebamme anwohnerin pflegerin " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "kassenwart kassenwartin schatzmeister schatzmeisterin wahlleiter wahlleiterin koordinator koordinatorin verwalter verwalterin kurator kuratorin" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " hafenmeister kommandant kommandantin " +
            "rektor rektorin richterin pfarrerin intendant intendantin leiter leiterin vorsteher vorsteherin professor professorin sekretär sekretärin kämmerin stadtkämmerer kommissar kommissarin pastor pastorin dekan dekanin referent referentin beauftragte beauftragter politiker politikerin rätin " +
            "brandmeister brandmeisterin braumeister braumeisterin bademeister bademeisterin wehrführer wehrführerin brandinspektor brandinspektorin " +
            "kapitänin torhüter torhüterin torfrau spielführer spielführerin " +
            "präfekt präfektin" +
            // The school's teachers, beside "Lehrer" (session 64).
            " lehrkraft"),
        DocumentNouns = Words("brief erklärung stellungnahme text mitteilung bericht gutachten studie umfrage"),
        DocumentRelatives = ["in dem", "in der", "worin"],
        DocumentVerbs = Words("lautet lautete"),
        // "So beschrieb X …": the manner points back as "das" does.
        BackReferences = Words("das dies so"),
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["mit diesen worten", "mit diesem satz"],
        CompanyWords = Words("gmbh ag kg"),
        StudyNouns = Words("bericht gutachten studie"),
        CompanyNouns = Words("unternehmen firma konzern gesellschaft"),
        // Session 70 (names): the shops a family's firm is named as ("Autohaus Brenninger"; "Brauerei", "Bäckerei" by their ending), NameFacts.FirmBeforeSurname.cs.
        TradeNouns = Words("warenhaus kaufhaus autohaus"),
        // Session 65: the provider of services and of energy or water, and the young firm ("ein IT-Dienstleister aus Passau",
        // "der Energieversorger"; a compound ending in one is read too); "versorger" is also a body agent. Not "Lieferant"
        // (a delivery man as often as a supplier).
        FirmNouns = Words("hersteller anbieter zulieferer autobauer betreiber dienstleister versorger start-up startup"),
        // No SeatParticiples: German puts a participle that places or dates a body before the noun,
        // inflected ("ein in Lindau ansässiges Unternehmen", "die 1990 gegründete Firma"), never
        // right after it, where Cast.SeatedAfter reads it; "ein Unternehmen, gegründet 1990" sets it
        // off with a comma, and the noun before the comma already ends the appositive.
        ShareNouns = Words("aktien"),
        AnyBodyNouns = Words("organisation behörde einrichtung institution geschäftsführung geschäftsleitung unternehmensleitung direktion"),
        GoverningNouns = Words("geschäftsführung geschäftsleitung unternehmensleitung direktion"),
        OrganisationNouns = Words(
            "konsortium zweckverband netzwerk brief erklärung stellungnahme text organisation bank kommission stiftung genossenschaft institut bündnis gesellschaft einrichtung institution unternehmen firma konzern stadt verein verband partei regierung ministerium gewerkschaft club klub mitteilung justiz landkreis " +
            "gemeinde behörde bericht gutachten studie verwaltung stadtverwaltung regulierer aufsicht aufsichtsbehörde versicherer universität hochschule polizei feuerwehr krankenhaus klinikum fabrik geschäftsführung geschäftsleitung unternehmensleitung direktion dienst gericht staatsanwaltschaft " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "bistum erzbistum diözese bruderschaft " +
            // A savings bank and a health fund are bodies by their noun, as "Bank" is: "sagte die Sparkasse" (session 63).
            "sparkasse krankenkasse " +
            // A profession's or a trade's chamber speaks as a body: "die Kammer", "die Kammer der Steuerberater" (session 67).
            "kammer"),
        BareBodies = Words("regierung justiz gemeinde stadtverwaltung polizei feuerwehr " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "bistum erzbistum diözese landkreis"),
        Indefinites = Words("ein eine einer einem einen eines"),
        // "eine Nachbarin" is a woman; "ein" is also the neuter's ("ein Mädchen"), so it shows no man.
        FeminineIndefinites = Words("eine"),
        Definites = Words("der die das dem den des"),
        // "Stefan Obermaier von der Bürgerliste nannte": "von" before an article links a name to its body, as "vom" does.
        Prepositions = Words("für bei von vom zum zur"),
        Affiliations = Words("cdu csu spd fdp afd grünen linke linken"),
        NotNames = Words(
            "der die das ein eine einen einem eines auch aber und doch noch dann denn zudem dabei danach nach vor laut so während wenn als am im beim zum zur seit " +
            "anfang mitte ende abend nachmittag vormittag nacht woche wochenende ihrem ihren seinem seinen dessen deren unser unsere " +
            // A count opening a sentence ("Drei Tage nach dem Hochwasser …", "Zwei Wochen später …") is no name's first word.
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert " +
            // "Für Alain Roux liegt das Problem woanders": a view's preposition opening the sentence.
            "für " +
            // The nouns of giving word after "nach" ("Nach Ansicht von X"): no name's first word, though "von" joins names.
            "ansicht angaben auskunft darstellung meinung worten " +
            // "in der Scheune der Familie Bañuelos": a family, the household of all who bear the surname, is no one's first name.
            "familie"),
        AgeWords = Words("Jahre Jahren alt"),
        Intensifiers = Words("selbst selber"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("antwortete antworteten antwortet geantwortet erwiderte erwidert entgegnete entgegnet"),
        Fillers = Words("hat hatte habe haben hätten sich auch zudem jedoch bereits noch schon nun dann heute gestern erneut später danach dazu daraufhin anschließend außerdem " +
            // Adverbs of cause and concession, which open a clause as "dann" does: "Deshalb sagt er:", "Trotzdem sagt sie:".
            "deshalb deswegen daher darum trotzdem dennoch"),
        // "betonten sie": "sie" is she and they; the verb's plural ending says which.
        CompoundBodyHeads = Words("amt behörde verwaltung verband verein ministerium gewerkschaft genossenschaft stiftung institut kommission partei gemeinde regierung aufsicht konzern unternehmen bündnis fabrik " +
            // A town's or a region's utilities, written in the plural: "die Stadtwerke", "die Gemeindewerke".
            "werke " +
            // A police office by its kind: "die Polizeiinspektion Sonthal", "das Polizeipräsidium Nordtal".
            "inspektion präsidium " +
            // A bank or a fund by the institution it is: "die Raiffeisenbank Talheim", "die Kreissparkasse
            // Nordland", "die Betriebskrankenkasse …"; "die Bank", "die Sparkasse" later mean it (session 63).
            // Not "kasse" alone: "Geld aus der Gemeindekasse", "die Kaffeekasse" are money, no body.
            "bank sparkasse krankenkasse ersatzkasse pensionskasse"),
        // "Bei der Stadtverwaltung hieß es": where the words were asked for.
        SourcePrepositions = Words("aus bei"),
        PluralVerbEndings = Words("-en"),
        // "die Anwohner" spelt as "Anwohner", "Kollegen" from "Kollege", "Patienten" from "Patient", "Anwohnerinnen" from "Anwohnerin".
        PluralNounEndings = [">", "n>", "en>", "nen>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("kritik sicht ansicht version meinung widerspruch"),
        // The view's holder after it, besides the HeadLinks, PassiveAgents and GenitiveArticles: "came from".
        ViewLinks = Words("seitens"),
        // "nach Angaben der Polizei", "nach Auskunft des Ministeriums": a noun of giving word, then its holder in the genitive.
        AccordingTo = [.. Words("laut"), "nach Angaben", "nach Auskunft", "nach Darstellung", "nach Einschätzung", "nach Ansicht", "nach Worten",
            // The holder after "von" rather than in the genitive: "nach Ansicht von X", "nach Angaben von X".
            "nach Angaben von", "nach Auskunft von", "nach Darstellung von", "nach Einschätzung von", "nach Ansicht von", "nach Worten von", "nach Meinung von",
            "nach Meinung"],
        AccordingToAfter = Words("zufolge"),
        // "Für X liegt das Problem woanders: „…“": a view's holder opening a verb-second clause.
        ViewPrepositions = Words("für"),
        InvertedCues = Words("so"),
        Locatives = Words("in auf"),
        PassiveAgents = Words("von vom"),
        Media = Words("im"),
        HeadLinks = Words("des"),
        // One picked out of a group, "sagt einer von ihnen", "eine von ihnen": someone of the group, never the one quoted before.
        PartitiveOnes = Words("einer eine"),
        PartitivePronouns = Words("ihnen uns"),
        // "the director of a firm": a role's link to what it heads, before an indefinite (German: a genitive's own, "eines"); a manner noun there is no body ("d'une voix").
        MannerNouns = Words("stimme ton lächeln seufzer weise art alter"),
        MannerPrepositions = Words("mit"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("sogenannte sogenannten sogenannter sogenanntes sogenanntem"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("genannt getauft"),
        KnownAsWords = Words("bekannt"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("name namen"),
        // "Er heißt Lukas Tanner", "Sie hieß Anna Berger": the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("heißt hieß"),
        // "Stefan Obermaier von der Bürgerliste": "von" and an article after a full name bring in its body, as "vom" does.
        EmployerLinks = Words("von vom"),
        WorkplaceLinks = Words("bei"),
        ListenerPrepositions = Words("an zu"),
        // "sagte die Vorsitzende zu ihrem Stellvertreter, X": the dative after "zu" (Possessives hold
        // the accusative after "an", "seine", "ihre"); the one spoken to, whom X describes.
        ListenerPossessives = Words("seinem seiner seinen ihrem ihrer ihren"),
        ResponseNouns = Words("antwort reaktion replik erwiderung kommentar fazit urteil einschätzung bilanz"),
        ResponseVerbs = Words("kam lautete"),
        StanceWords = Words("zufrieden erfreut kritisch skeptisch vorsichtig enttäuscht anders dagegen"),
        ObjectPrepositions = Words("gegen mit über um als"),
        CompoundsTitles = true,
        AgeSuffixes = Words("-jährige -jähriger"),
        // "the octogenarian", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "zwanzigjährige zwanzigjähriger dreißigjährige dreißigjähriger vierzigjährige vierzigjähriger fünfzigjährige fünfzigjähriger " +
            "sechzigjährige sechzigjähriger siebzigjährige siebzigjähriger achtzigjährige achtzigjähriger neunzigjährige neunzigjähriger " +
            // "sagt die Greisin": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs). Not
            // "Senior", also a firm's elder partner and an English word.
            "greis greisin"),
        Possessives = Words("sein seine ihr ihre"),
        FirstPersonPossessives = Words("mein meine meiner meinem meinen meines unser unsere unserer unserem unseren unseres"),
        ComparisonOpeners = Words("wie"),
        Complementisers = Words("dass"),
        Coordinators = Words("und oder"),
        Contrasts = Words("aber doch"),
        Subordinators = Words("bevor nachdem obwohl weil wenn während"),
        RelativePronouns = Words("der die das dessen deren"),
        GenitiveArticles = Words("des eines"),
        ComplementArticles = Words("der einer"),
        Copulas = ["ist", "war", "sind", "waren"],
        // No MaleAgreementEndings / FemaleAgreementEndings: "Anna Vogt ist gewählt worden", a predicate participle does not agree.
        GenitiveEndings = Words("es s"),
        GenitiveHeads = Words(
            "amt hof verein verband bund club klub kreis rat institut museum ministerium werk zentrum gericht unternehmen konzern " +
            "theater orchester büro komitee gremium stift kollegium festival präsidium kuratorium direktorium"),
        ImpersonalSubjects = Words("es"),
        LocativeArticles = Words("im"),
        OpeningPrepositions = Words(
            "am aus beim mit nach vor seit während wegen trotz unter gegenüber ohne durch hinter neben zwischen außerhalb innerhalb angesichts anlässlich über zu im ins"),
        DependentClauseOpeners = Words("ob dass wie warum weshalb wieso wann wo was wer welche welcher welches"),
        InfinitiveMarkers = Words("zu"),
        ReportedSpeechForms = Words(
            "sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe gehe komme bleibe fehle brauche " +
            "lasse halte sehe trage denke glaube plane prüfe arbeite"),
        ReportedSpeechSubjects = Words("man er sie es"),
        // Konjunktiv II stands for Konjunktiv I where that reads as the indicative ("sie müssen" -> "sie müssten").
        ReportedConditionalForms = Words("wäre wären hätte hätten müsste müssten könnte könnten dürfte dürften gäbe gäben bräuchten"),
        ConditionalMarkers = Words("wenn falls sofern"),
        AdverbialEndings = ["end", "lich", "isch", "ig"],
        // A label by its compound before its name: "Plattenlabel Nordlicht Records" (session 68, fnames).
        TradeFirmEndings = ["erei", "label"],
        // "Im letzten Wort bat sie", "Mehrere Feuerwehren lösten ab", "300 Menschen": what stands after these is a noun.
        NounDeterminers = Words(
            "im am zum zur vom beim ins ans aufs ein eine einem einen kein keine keinem keinen keiner " +
            // Possessives but "sein" and "ihr", which are a verb and a pronoun too ("In seinem letzten Wort").
            "seine seinem seinen seiner seines ihre ihrem ihren ihrer ihres unsere unserem unseren unserer " +
            "mehrere viel viele vielen einige einigen wenig wenige wenigen beide beiden sämtliche jede jeder jedes jedem jeden " +
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend"),
        InflectedAdjectiveEndings = ["-e", "-en", "-er", "-em", "-es"],
        FirstPersonSubjects = Words("ich"),
        // "ich sage den Kindern immer: ‚…‘".
        FirstPersonSayingForms = Words("sage frage antworte erkläre erzähle"),
        // "Dann, an die Opposition gewandt: „…“": the participle closes the lead.
        TurningWords = Words("gewandt gewendet"),
        // "Dann, an die Opposition gewandt:", "Danach die Bürgermeisterin: „…“": words of sequence before a lead or its subject.
        SequenceOpeners = Words("dann danach"),
        // "das Bündnis Eltern gegen Lärm": what a body is against, inside its name (Cast.BodyNameLinks; "for" joins names apart).
        BodyNameLinks = Words("gegen"),
        AdditiveAdverbs = Words("auch ebenfalls"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("mit"),
        // "Roth findet den Plan „…“", "Roth hält das für „…“", "Kern schätzt den Schaden auf „…“" (Cues.JudgingComplement.cs).
        JudgingVerbs = [.. Words("findet finden fand fanden"), "hält für", "halten für", "hielt für", "hielten für", "schätzt auf", "schätzen auf",
            "schätzte auf", "schätzten auf", "beziffert auf", "beziffern auf", "bezifferte auf", "bezifferten auf"],
        // "Roth nannte die Schließung „…“", "Roth bezeichnete den Plan als „…“", "Roth sprach von „…“" (Cues.NamingComplement.cs);
        // the perfect ("hat … bezeichnet") puts the verb after the quote and is not read.
        NamingVerbs = [.. Words("nennt nennen nannte nannten"), "bezeichnet als", "bezeichnen als", "bezeichnete als", "bezeichneten als",
            "spricht von", "sprechen von", "sprach von", "sprachen von"],
        // "ihm zufolge", "laut ihm", "ihr zufolge" (AccordingTo.ObjectPronounView.cs).
        ViewObjectPronouns = ["ihm er", "ihr sie"],
        // "nach eigenen Worten" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["nach eigenen Worten", "nach eigener Aussage", "nach eigenen Angaben", "eigenen Angaben zufolge", "eigenen Worten zufolge"],
        // "Die Bürgermeisterin winkt ab:", not "Den Bürgermeister unterstützt …" (Sieves/ColonCue.ArticleRoleOpening.cs).
        SubjectArticles = Words("der die das"),
        // Professions and clerical or academic titles before a full name: "Pfarrer Jan Roth", "Dozentin Eva Kern", "Bischof Karl Wendt" (and compounds: "Stadtpfarrer", "Erzbischof") (SpeechWords.NameProfessions).
        NameProfessions = Words("pfarrer pater diakon diakonin kaplan bischof bischöfin dozent dozentin"),
        // "with the chairwoman, X": a companion's role that shows her gender (SpeakerFinder.CompanionRole.cs).
        FemaleRoleNouns = Words("lehrerin ärztin richterin direktorin leiterin schulleiterin anwältin rechtsanwältin"),
        MaleRoleNouns = Words("lehrer arzt richter direktor leiter schulleiter sprecher anwalt"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        // "So lange will X nicht warten", "Ähnlich argumentiert X": an adverb of manner or degree, never the verb's subject, puts the name after the verb (SpeakerFinder.BareVerbSecond.cs).
        SentenceAdverbs = Words("gestern heute schließlich anschließend später inzwischen zuletzt daraufhin so ähnlich ebenso damals jetzt nun trotzdem deshalb"),
        // "…, fügte Max Berg hinzu, am Montag.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("gestern heute vorgestern vormittag nachmittag abend woche wochenende monat"),
        // "Nachdem der Brand gelöscht war, wurde Berg nach Hause gebracht": a passive after an opening clause; its subject undergoes (SpeakerFinder.SubjectAfterOpeningClause.cs).
        // "wird" is left out: it is as often the future's auxiliary, whose subject acts ("…, wird Kranz entscheiden").
        ClausePassiveAuxiliaries = Words("wurde wurden"),
        // "verlas die Botschaft des Bürgermeisters: „…“": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("verlas verliest vorgelesen vorlas"),
        // "das Schreiben" counts as a text only capitalised, a noun: "schreiben" is also to write (SpeakerFinder.ReadAloud.cs).
        ReadAloudTexts = Words("nachricht botschaft grußwort schreiben rede"),
        // "den Platz in „X“ umzubenennen": the quote before a renaming verb is a name (SpeakerFinder.RenamedAfterQuote.cs).
        RenamingAfterWords = Words("umzubenennen umbenennen umbenannt umzutaufen"),
        // "Ursula von Brandt" … "Von Brandt schüttelt den Kopf.": a surname's particle, capitalised at a sentence's start (NameRegistry.ParticleSurname.cs).
        SurnameParticles = Words("von vom"),
        // "„…“, heißt es weiter in der Mitteilung": the document's reading carried on (Sieves/AdjacentCue.DocumentSource).
        ReadingGoingOnAdverbs = Words("weiter ferner"),
        // "X wollte ein Haus, das „…“": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("wollen wollte wollten gewollt wünscht wünschen wünschte wünschten"),
        // "sagte die Kommandantin": a listed role noun made a woman's by its ending (SpeakerFinder.FeminineRoleAtCue.cs).
        FeminineRoleSuffixes = Words("-in"),
        // "Die Stadt verschickte einen Brief. Darin heißt es: „…“": a text pointed back to (SpeakerFinder.TextPointedBack.cs).
        DocumentBackAdverbs = Words("darin hierin"),
        // "Der Bürgermeister erhielt einen Brief. Darin heißt es:": the receiver's words are none of these (SpeakerFinder.TextPointedBack.cs).
        TextReceivingVerbs = Words("erhielt erhielten erhalten erhält bekam bekamen bekommen bekommt las lasen gelesen liest zugestellt zugeschickt"),
        // "ein Papier betitelt „…“", "unter dem Motto „…“": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("betitelt betitelte betitelten betiteltes betitelter betiteltem überschrieben überschriebene überschriebenen überschriebenes"),
        TitleNouns = Words("titel motto slogan überschrift schlagzeile leitspruch"),
        // "„…“, sagte am Montag die Staatsanwältin", "sagte der Landwirt vor den Journalisten": prepositions opening
        // where, when or to whom the speaker at a cue spoke (SpeechWords.EpithetTailPrepositions); not "bei" or "aus",
        // which link an employer or a place of origin ("die Sprecherin bei der Bahn", "der Bürgermeister aus Neudorf"),
        // nor "von" and "vom", which link the body an office belongs to ("der Sprecher vom Landratsamt").
        EpithetTailPrepositions = Words("ab am an ans auf aufs beim bis gegen gegenüber hinter im in ins mit nach neben ohne seit über um unter vor vorm während zu zum zur"),
        TitlePrepositions = Words("unter mit"),
        // "Die Stadt verschickte einen Brief. Darin heißt es:", not "Die Polizei fand einen Brief": the writer's or sender's verb (SpeakerFinder.TextPointedBack.cs).
        TextSendingVerbs = Words("schrieb schrieben schreibt geschrieben verfasste verfassten verfasst schickte schickten schickt geschickt verschickte verschickten verschickt sandte sandten sendete sendeten gesandt gesendet versandte versandten versandt veröffentlichte veröffentlichten veröffentlicht veröffentlichen richtete richteten gerichtet übermittelte übermittelten übermittelt verbreitete verbreiteten verbreitet"),
        // "Am Eingang stand ein Rentner, der …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["es gab", "gab es", "es gibt", "gibt es", "stand", "steht", "saß", "sitzt"],
        // "Unter den Schwimmern war ein Fischer, der …": the preposition of being one of a group, and the verbs after which the subject then stands (the verb-second slot reads most of them already) (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("unter"),
        AmongVerbs = Words("war waren ist sind stand standen steht lief"),
        // "Eine Kellnerin aus dem Ort will nicht genannt werden.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonym anonymität"),
        WithheldNameWords = Words("genannt namentlich namen"),
        // A verb of adding at a second quote's cue („…“, ergänzt der Landwirt): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("ergänzt ergänzte fügt fügte"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("technik logistik energie transporte versicherung versicherungen immobilien dienstleistungen bau"),
        // The first parts that make a compound office another office than its last part
        // ("Vizepräsident", "Altbürgermeister", "Ex-Trainer", "Ehrenvorsitzender", "Kovorsitzende", "Co-Trainer"): a compound
        // on a role names its holder under the role alone, never after one of these (SpeechWords.DeputyCompoundParts).
        DeputyCompoundParts = Words("vize alt ex ehren ko co"),
    };
}
