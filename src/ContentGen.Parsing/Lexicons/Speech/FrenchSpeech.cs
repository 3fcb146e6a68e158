using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// French speech words: reporting verbs as infinitives, each giving its present, passé simple,
/// imperfect and participle ("déclare", "déclara", "déclarait", "a déclaré"), and the
/// auxiliaries and adverbs that stand between ("a toutefois regretté", "avait déjà prévenu").
/// </summary>
internal static class FrenchSpeech
{
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["dire"] = new[] { "dire", "dit", "dite", "disait", "disent", "dirent" },
        ["écrire"] = new[] { "écrit", "écrite", "écrivait", "écrivent", "écrivit", "écrivirent" },
        ["admettre"] = new[] { "admet", "admis", "admit", "admettait", "admettent", "admirent" },
        ["reconnaître"] = new[] { "reconnaît", "reconnait", "reconnu", "reconnut", "reconnaissait", "reconnaissent", "reconnurent" },
        ["poursuivre"] = new[] { "poursuit", "poursuivi", "poursuivit", "poursuivait", "poursuivent", "poursuivirent" },
        ["conclure"] = new[] { "conclut", "conclu", "concluait", "concluent", "conclurent" },
        ["prévenir"] = new[] { "prévient", "prévenu", "prévint", "prévenait", "préviennent", "prévinrent" },
        ["souvenir"] = new[] { "souvient", "souvenu", "souvenue", "souvint", "souvenait", "souviennent", "souvinrent" },
        ["croire"] = new[] { "croit", "cru", "crut", "croyait", "croient", "crurent" },
        ["soutenir"] = new[] { "soutient", "soutenu", "soutint", "soutenait", "soutiennent", "soutinrent" },
        ["promettre"] = new[] { "promet", "promis", "promit", "promettait", "promettent", "promirent" },
        ["appeler"] = new[] { "appelle", "appelé", "appela", "appelait", "appellent", "appelèrent" },
        ["rappeler"] = new[] { "rappelle", "rappelé", "rappela", "rappelait", "rappellent", "rappelèrent" },
        ["marteler"] = new[] { "martèle", "martelé", "martela", "martelait", "martèlent", "martelèrent" },
        ["assener"] = new[] { "assène", "asséné", "assena", "assènent", "assenèrent" },
        ["inquiéter"] = new[] { "inquiète", "inquiété", "inquiétée", "inquiéta", "inquiétait", "inquiètent", "inquiétèrent" },
        ["émouvoir"] = new[] { "émeut", "ému", "émue", "émut", "émouvait", "émeuvent", "émurent" },
        ["concéder"] = new[] { "concède", "concédé", "concéda", "concédait", "concèdent", "concédèrent" },
        ["décrire"] = new[] { "décrit", "décrite", "décrivait", "décrivent", "décrivit", "décrivirent" },
        ["appuyer"] = new[] { "appuie", "appuyé", "appuya", "appuyait", "appuient", "appuyèrent" },
        ["espérer"] = new[] { "espère", "espéré", "espéra", "espérait", "espèrent", "espérèrent" },
        ["tempérer"] = new[] { "tempère", "tempéré", "tempéra", "tempérait", "tempèrent", "tempérèrent" },
        ["craindre"] = new[] { "craint", "craignait", "craignit", "craignent", "craignirent" },
        ["sourire"] = new[] { "sourit", "souri", "souriait", "sourient", "sourirent" },
        // The wider inventory's third-group verbs and those whose accent moves.
        ["maintenir"] = new[] { "maintient", "maintenu", "maintint", "maintenait", "maintiennent", "maintinrent" },
        ["prédire"] = new[] { "prédit", "prédite", "prédisait", "prédisent", "prédirent" },
        ["démentir"] = new[] { "dément", "démenti", "démentit", "démentait", "démentent", "démentirent" },
        ["plaindre"] = new[] { "plaint", "plainte", "plaignait", "plaignent", "plaignirent" },
        ["répéter"] = new[] { "répète", "répété", "répéta", "répétait", "répètent", "répétèrent" },
        ["réitérer"] = new[] { "réitère", "réitéré", "réitéra", "réitérait", "réitèrent", "réitérèrent" },
        ["suggérer"] = new[] { "suggère", "suggéré", "suggéra", "suggérait", "suggèrent", "suggérèrent" },
        ["révéler"] = new[] { "révèle", "révélé", "révéla", "révélait", "révèlent", "révélèrent" },
        // "prévoir" and "reprendre" are no verbs of the rules' groups; their participles "prévu" ("planned")
        // and "repris" ("le procès a repris": resumed) say other things too often to be read as words reported.
        ["prévoir"] = new[] { "prévoit", "prévit", "prévoyait", "prévoient", "prévirent" },
        ["reprendre"] = new[] { "reprend", "reprit", "reprenait", "reprennent", "reprirent" },
        // Saying again: "redire" takes "dire"'s forms.
        // Correcting, beside the quote only: « … », corrige-t-elle ("corrigea" keeps the soft g).
        ["corriger"] = new[] { "corrige", "corrigea", "corrigeait", "corrigé", "corrigent", "corrigèrent" },
        ["redire"] = new[] { "redit", "redite", "redisait", "redisent", "redirent" },
    };

    // Third-group verbs: the regular rule gives no participle for "-re" verbs and a second-group
    // one ("prévenissant") for "venir" and "tenir" verbs.
    private static readonly Dictionary<string, string> s_irregularParticiples = new(StringComparer.Ordinal)
    {
        ["dire"] = "disant",
        ["écrire"] = "écrivant",
        ["admettre"] = "admettant",
        ["reconnaître"] = "reconnaissant",
        ["poursuivre"] = "poursuivant",
        ["conclure"] = "concluant",
        ["prévenir"] = "prévenant",
        ["souvenir"] = "souvenant",
        ["croire"] = "croyant",
        ["soutenir"] = "soutenant",
        ["promettre"] = "promettant",
        ["décrire"] = "décrivant",
        ["craindre"] = "craignant",
        ["sourire"] = "souriant",
        ["redire"] = "redisant",
    };

    // "s'inquiète", "s’interroge", "s'est inquiété": a reflexive verb's forms with its elided
    // pronoun, in either apostrophe, and alone for the auxiliary "s'est" (a filler) before them.
    private static IEnumerable<string> Inflect(string lemma)
    {
        if (!lemma.StartsWith("s'", StringComparison.Ordinal))
        {
            return Inflection.French(lemma, s_irregular);
        }

        var forms = new List<string>();
        foreach (var form in Inflection.French(lemma.Substring(2), s_irregular))
        {
            forms.Add(form);
            forms.Add("s'" + form);
            forms.Add("s’" + form);
        }

        return forms;
    }

    public static SpeechWords Words { get; } = new()
    {
        InsertOpeners = Words("après malgré pendant lors"),
        PredicateLinks = Words("sont étaient devient devenu devenue reste resté comme"),
        ElidedLinks = Words("d' d’"),
        ListenerNouns = Words("journalistes habitants parents élus riverains"),
        BriefOffices = Words("adjoint adjointe délégué déléguée"),
        BriefLinks = Words("aux au"),
        EpithetArticles = Words("un une"),
        PersonObjectLemmas = Words("prévenir avertir dénoncer supplier implorer exhorter"),
        ReportingLemmas = Words(
            "dire déclarer affirmer ajouter expliquer souligner estimer assurer indiquer préciser rappeler insister marteler " +
            "lancer confier raconter poursuivre conclure résumer témoigner glisser répondre commenter observer noter tonner " +
            "réagir regretter prévenir avertir plaider dénoncer reconnaître annoncer juger déplorer écrire admettre confirmer " +
            "revendiquer interroger fustiger assener appeler saluer soutenir promettre prévoir reprendre détailler justifier nuancer évoquer parler " +
            "critiquer défendre rétorquer répliquer ironiser lâcher avancer protester considérer demander réclamer exiger " +
            "féliciter réjouir désoler souvenir croire trancher tweeter qualifier relever renchérir enchaîner alerter accuser souffler abonder " +
            "s'inquiéter s'indigner s'insurger s'étonner s'emporter s'agacer s'exclamer s'interroger s'alarmer s'offusquer " +
            "s'émouvoir s'amuser s'impatienter " +
            // What the press writes after a quote too: "», rapporte X", "», concède-t-il".
            "rapporter relater pointer tacler concéder signaler railler avouer constater clamer objecter arguer argumenter " +
            "cingler pester tempêter fulminer mentionner certifier décrire " +
            // "», appuie-t-il", "», espère X", "», sourit X": how a speaker goes on, hopes or fears.
            "appuyer développer analyser espérer craindre sourire soupirer tempérer " +
            // The wider inventory of a news desk: denials, guesses, fears, pleas, threats and advice.
            "supplier redouter supposer réitérer implorer répéter pronostiquer contester nier maintenir " +
            "prédire plaindre jurer démentir exhorter garantir révéler recommander suggérer " +
            // Saying again or setting right, proclaiming, owning up, agreeing and decoding: "a réaffirmé X",
            // "», redit-elle", "a rectifié X", "acquiesce X", "décrypte X".
            "réaffirmer redire rectifier proclamer confesser acquiescer décrypter lamenter s'enthousiasmer " +
            // Giving grounds: "a interdit la marche, invoquant des « risques »".
            "invoquer " +
            // Describing and recounting ("décrire", "raconter", "relater" above): "», narre X".
            "narrer"),
        // "« … », a proposé X": verbs of manner and of common plain senses report only beside the quote.
        BesideQuoteLemmas = Words("menacer proposer crier murmurer plaisanter conseiller engager riposter " +
            // Going on, as "poursuivre": « … », a-t-elle continué.
            "continuer " +
            // Correcting someone: « … », corrige-t-elle (before a noun it corrects a test or an error, so it reports
            // only beside the quote; "rectifier" reports everywhere already). French takes its leave in a phrase
            // ("prend congé"), no verb.
            "corriger"),
        Inflect = Inflect,
        // "s'est montrée prudente X", "s'est dite confiante X".
        StanceLemmas = Words("montrer"),
        // "s'" elided into its verb: "s'écrie", "s'énerve".
        Reflexives = Words("se s'est s’est s'était s’était s' s’"),
        VerbsInvert = true,
        WritesKindBeforePlace = true,
        // "Pour lui, « … »": the stressed form gives a view as "il" reports.
        MalePronouns = Words("il lui"),
        PluralPronouns = Words("ils elles"),
        DeputyWords = Words("adjoint adjointe vice ancien ancienne"),
        ContinuationOpeners = Words("avant et puis"),
        InfinitiveLinks = Words("de d' d’"),
        FemalePronouns = Words("elle"),
        // "la préfète Anne Roux", "le préfet Paul Roux": a role's gendered form before a name says
        // the person's gender as a title does.
        // A person's given name: the weakest evidence of their gender (Speakers/GivenNameGender.cs).
        MaleGivenNames = Words(FrenchGivenNames.Male),
        FemaleGivenNames = Words(FrenchGivenNames.Female),
        MaleTitles = Words("m monsieur préfet avocat militant candidat commandant patron chercheur habitant usager conseiller " +
            // An elided article is read with its noun: "l'avocat Paul Roux".
            "l'avocat l’avocat l'habitant l’habitant l'usager l’usager boulanger boucher fromager poissonnier coiffeur"),
        FemaleTitles = Words(
            "mme mlle madame présidente députée sénatrice directrice préfète avocate militante candidate commandante patronne " +
            "chercheuse habitante usagère conseillère déléguée l'avocate l’avocate l'habitante l’habitante l'usagère l’usagère " +
            "ingénieure infirmière agricultrice éleveuse pêcheuse historienne écrivaine romancière l'ingénieure l’ingénieure " +
            "l'infirmière l’infirmière l'agricultrice l’agricultrice l'éleveuse l’éleveuse l'historienne l’historienne l'écrivaine l’écrivaine boulangère bouchère fromagère poissonnière coiffeuse"),
        Possessives = Words("son sa ses leur"),
        FirstPersonPossessives = Words("mon ma mes notre nos"),
        ComparisonOpeners = Words("comme"),
        // "Pour X, ce choix est « … »": a view's clause that says what something is.
        Copulas = ["est", "était", "sera", "serait"],
        // "Jean Roux est arrivé", "Anne Roux est arrivée": a past participle after "est" agrees with its subject.
        // Only the "-é"/"-ée" forms: "-i"/"-ie", "-u"/"-ue" end too many other words ("ici", "vu").
        MaleAgreementEndings = ["é"],
        FemaleAgreementEndings = ["ée"],
        Coordinators = Words("et ou"),
        CircleNouns = Words("entourage proches"),
        Subordinators = Words("quand lorsque puisque tandis quoique"),
        // "a fait savoir que « … »": the word that opens a reported clause.
        Complementisers = Words("que"),
        SubjectRelatives = Words("qui"),
        InfinitiveTimeLinks = ["avant de", "avant d'", "avant d’"],
        SubordinatorsBeforeComplementiser = Words("alors bien"),
        InterviewCues =
        [
            "répondait aux questions", "répond aux questions", "a répondu aux questions", "était l'invité", "était l’invité",
            "était l'invitée", "était l’invitée", "est l'invité", "est l’invité", "est l'invitée", "est l’invitée",
            "répondu à nos questions", "répond à nos questions", "répondait à nos questions",
        ],
        // "zijn vrouw Ineke", "his husband Tom Vane": a family tie that gives the person's gender.
        MaleKinNouns = Words("mari époux fils père frère grand-père petit-fils oncle neveu veuf compagnon beau-père beau-frère"),
        FemaleKinNouns = Words("épouse femme fille mère sœur grand-mère petite-fille tante nièce veuve compagne belle-mère belle-sœur"),
        SpokesNouns = Words("porte-parole"),
        OfficialNouns = Words("responsable représentant représentante"),
        SourceNouns = Words("sources source"),
        Demonstratives = Words("ce cet cette"),
        PluralDemonstratives = Words("ces"),
        Negations = Words("ne n' n’ jamais"),
        PerfectAuxiliaries = Words("a avait ont avaient aurait"),
        AdverbSuffixes = Words("ment"),
        ImpersonalPronouns = Words("on"),
        InversionJoints = Words("t"),
        SourceSides = Words("côté"),
        // "», a fait savoir X", "», a tenu à rappeler X": a verb phrase reports as one verb does.
        // "s'est borné à rappeler que …", "« … », s'est contenté de répondre X": a verb that limits what was said.
        LimitingVerbs = ["borné à", "bornée à", "bornés à", "bornées à", "borne à", "bornent à", "limité à", "limitée à", "limite à", "contenté de", "contentée de", "contente de"],
        ReportingPhrases = ["fait savoir", "fait valoir", "fait remarquer", "fait observer", "laissé entendre", "mis en garde", "met en garde"],
        WillVerbs = ["tenu à", "tient à", "voulu", "veut", "souhaité", "souhaite", "allé jusqu'à", "allée jusqu'à", "allé jusqu’à", "allée jusqu’à"],
        OwnPossessives = Words("notre"),
        // "Me Jean Morel": "Me" is maître, a lawyer's title.
        Titles = Words("docteur professeur maître me"),
        ListenerPrepositions = Words("à"),
        FeminineArticles = Words("la une"),
        // "sighed a mother at the gate": someone ordinary, unnamed, described by the noun.
        PeopleNouns = Words(
            // Those who guard a park, a forest or its game, unnamed: "un guarda forestal que prefirió no dar su nombre".
            "garde-chasse garde-forestier garde-pêche forestier " +
            // Those who watch over a building by night or a museum's rooms by day, unnamed (session 65; "gardien" is held below).
            "veilleur veilleuse vigile " +
            // Those who look after children or fish a river, speaking as a group of their own.
            "moniteur monitrice animateur animatrice " +
            "homme femme garçon mère père parent grand-mère grand-père maman papa voisin voisine passant passante client " +
            "cliente commerçant commerçante retraité retraitée riverain riveraine conducteur conductrice étudiant " +
            "étudiante lycéen lycéenne visiteur visiteuse touriste électeur électrice locataire propriétaire " +
            "bénévole manifestant manifestante patient patiente automobiliste cycliste salarié salariée ouvrier " +
            "ouvrière vendeur vendeuse supporter fils fille frère sœur épouse mari tante oncle cousin cousine " +
            "veuve veuf ami amie collègue témoin employé employée travailleur travailleuse élève habitué habituée " +
            "piéton piétonne spectateur spectatrice supportrice victime " +
            // Those who live on an island or in a village, speaking as a group: "Les insulaires affirment que …".
            "insulaire îlien îlienne villageois villageoise " +
            // Those held in a prison or a detention centre, and those who guard them, unnamed in reportage:
            // "assure un surveillant" ("détenu", "retenu" are in ParticiplePeopleNouns).
            "prisonnier prisonnière surveillant surveillante gardien gardienne " +
            // Who study or learn a trade (session 62).
            "collégien collégienne écolier écolière apprenti apprentie stagiaire " +
            // Whom an event befalls or who were there: passengers, survivors, witnesses (session 62).
            "passager passagère survivant survivante voyageur voyageuse occupant occupante résident résidente" +
            // Who stay on holiday, at a campsite or a spa (session 64).
            " vacancier vacancière estivant estivante campeur campeuse curiste" +
            // Children, whose words a parent, a guide or a teacher tells (session 64).
            " enfant fillette gamin gamine adolescent adolescente" +
            // Who use a service, as "usager" does (session 64, trades).
            " utilisateur utilisatrice" +
            // A party's or an association's members, who speak for themselves (session 65, unnamed): "regrette une adhérente"; "militant" is a role.
            " adhérent adhérente" +
            // A teacher who is a woman ("professeur" is a title before a name), a fisherman of the open sea, and who travel to work each day (session 65, unnamed).
            " professeure marin-pêcheur navetteur navetteuse" +
            // A lady met by chance, after an indefinite article ("une dame nous a dit : “…”"), as "une femme"; French
            // writes no title "dame" before a name, as Italian "signora" and Spanish "señora" are (session 70, colon).
            " dame" +
            // Who work in a government, a party or a ministry, quoted unnamed in political and crime copy (session 72, fresh2): "explique un fonctionnaire",
            // "glisse une collaboratrice de la ministre"; "conseiller" is a title already (MaleTitles).
            " fonctionnaire collaborateur collaboratrice " +
            // Who hold the same office in another country or body, the diplomacy copy's word for a minister's opposite number
            // "Son homologue allemande, Anne Roux".
            "homologue"),
        // Those held, named by a past participle: "lance un retenu", "confie une détenue"; but "un
        // rapport détenu par la préfecture" is a thing held, no person.
        ParticiplePeopleNouns = Words("détenu détenue retenu sinistré sinistrée rescapé rescapée" +
            // A jury's members, quoted unnamed (session 68, fnames): "a confié une jurée"; "a juré" after an auxiliary is the verb.
            " juré jurée" +
            // Seasonal workers: a person right after the article ("un saisonnier qui"), a description past another
            // noun ("un travail saisonnier qui"), as a participle is (session 64).
            " saisonnier saisonnière" +
            // "marin" is also an adjective after a noun ("un parc marin qui"): a sailor right after the article only (session 64, trades).
            " marin"),
        PresidingOffices = Words("maire mairesse"),
        CommandRanks = Words("capitaine commandant commandante colonel colonelle lieutenant lieutenante sergent sergente amiral amirale"),
        // A court's offices mean only a holder the article named: an unnamed judge may be speaking.
        // "le substitut" (du procureur) is one too; "l'avocat général" is two words, which a word list cannot hold,
        // and "avocat" alone is a lawyer's.
        HolderOnlyRoles = Words("juge procureur procureure substitut"),
        RoleNouns = Words(
            "parlementaire sénateur sénatrice secrétaire directeur directrice délégué déléguée syndicaliste militant militante " +
            "médecin chercheur chercheuse économiste usager usagère habitant habitante commandant commandante candidat candidate " +
            "préfet préfète patron patronne représentant représentante " +
            // A council's member, as every other lexicon has one (councillor, Stadträtin, concejala, consigliera, vereadora, raadslid).
            "conseiller conseillère " +
            // Offices of clubs, firms, courts and services, as standing before a name set off by commas ("The treasurer, X, said").
            "trésorier trésorière gérant gérante coordinateur coordinatrice administrateur administratrice commissaire procureur procureure substitut " +
            // A team's coach, as "allenatore" and "entrenador" are.
            "entraîneur entraîneuse" +
            // Ranks at sea and in command: "el capitán del puerto Juan Vidal".
            " capitaine" +
            // The school's teachers, with the feminine of "enseignant" (session 64).
            " enseignante instituteur institutrice" +
            // A team's or a game's player and a museum's curator, before a name or set off by commas (session 67): "le joueur Paul Roe",
            // "la conservatrice du musée, Anne Roe,"; "conservatrice" serves Italian and Dutch too.
            " joueur joueuse conservateur conservatrice"),
        // "a expliqué l'ingénieur": nouns only, never adjectives ("le personnel enseignant").
        // "a assuré le premier magistrat de la ville": the mayor.
        // "a affirmé l'homme politique", "le social-démocrate confiait :": a politician, whom the
        // article made one by an office. A party's adjective counts only as the noun right after
        // the article ("le groupe écologiste" is a group, "le Parti socialiste" a party).
        OfficeEpithets =
        [
            "premier magistrat=maire", "première magistrate=maire",
            "l'homme politique=élu|élue", "l’homme politique=élu|élue", "femme politique=élue|élu",
            "social-démocrate=élu|élue", "sociale-démocrate=élue|élu", "socialiste=élu|élue", "centriste=élu|élue",
            "l'écologiste=élu|élue", "l’écologiste=élu|élue",
            // "a souligné l'édile": the mayor.
            "l'édile=maire", "l’édile=maire",
            // "a lâché le technicien", "le coach": the team's coach, whom the article called its "entraîneur".
            "technicien=entraîneur|entraîneuse", "technicienne=entraîneuse|entraîneur", "coach=entraîneur|entraîneuse",
            // "a souligné le premier édile": the mayor.
            "premier édile=maire", "première édile=maire",
        ],
        HolderOnlyEpithets = Words("technicien technicienne coach"),
        // Of those, the ones a person holding a rank or an office is called by (see SpeechWords.HolderEpithets).
        HolderEpithets = Words("militaire officier syndicaliste expert experte spécialiste"),
        ProfessionEpithets = Words(
            // A parish's priest, called by the office alone ("a expliqué le curé").
            "curé " +
            "ingénieur ingénieure architecte infirmier infirmière agriculteur agricultrice éleveur éleveuse pêcheur pêcheuse " +
            "juriste sociologue politologue historien historienne géographe urbaniste démographe écrivain écrivaine romancier romancière " +
            // The experts a report quotes: life and earth scientists (hydrogeologists too), vets, pharmacists, psychologists and psychiatrists.
            "biologiste géologue hydrogéologue vétérinaire pharmacien pharmacienne psychologue psychiatre " +
            // Those who serve a force or a union, and experts: "prévient le syndicaliste", "explique l'experte".
            "militaire officier syndicaliste expert experte spécialiste boulanger boulangère boucher bouchère fromager fromagère poissonnier poissonnière coiffeur coiffeuse" +
            // Field scientists a study quotes by their science (Phrase.ProfessionAfterRole.cs).
            " écologue entomologiste botaniste zoologiste zoologue" +
            // The arts' trades, for a feature on an exhibition, a reading or a concert: "raconte la photographe", "a confié le sculpteur".
            " artiste peintre sculpteur sculptrice photographe poète poétesse musicien musicienne chanteur chanteuse comédien comédienne acteur actrice danseur danseuse compositeur compositrice " +
            // Who serve in a shop, a bar or a café (session 62).
            "caissier caissière serveur serveuse épicier épicière fleuriste libraire barman " +
            // Who care for the old, the sick and children, at home or on a ward (session 62).
            "aide-soignant aide-soignante aidant aidante ambulancier ambulancière brancardier brancardière nounou sage-femme " +
            // Who work the land, vines, hives and herds (session 62).
            "viticulteur viticultrice vigneron vigneronne maraîcher maraîchère arboriculteur arboricultrice berger bergère apiculteur apicultrice céréalier céréalière exploitant exploitante " +
            // Who build and mend houses (session 62).
            "maçon charpentier charpentière menuisier menuisière plombier plombière électricien électricienne couvreur couvreuse artisan artisane " +
            // Who drive, conduct or deliver (session 62).
            "chauffeur chauffeuse cheminot cheminote livreur livreuse docker facteur factrice contrôleur contrôleuse " +
            // Firefighters and rescuers, quoted unnamed at a fire or a flood (session 62).
            "pompier pompière sapeur-pompier secouriste sauveteur sauveteuse urgentiste" +
            // Who keep or serve in hotels, restaurants and cafés (session 64).
            " hôtelier hôtelière aubergiste restaurateur restauratrice cafetier cuisinier cuisinière réceptionniste" +
            // Who sail or sell the catch; who write software; who serve at a counter or carry parcels (session 64, trades).
            " matelot mareyeur mareyeuse développeur développeuse programmeur programmeuse informaticien informaticienne guichetier guichetière coursier coursière" +
            // Who shoe horses and sew clothes, and who lead a gang of workers on a site or a quay (session 65, unnamed): "observe un maréchal-ferrant".
            " maréchal-ferrant couturière couturier contremaître contremaîtresse" +
            // Who fit and mend machines, engines and cars, unnamed or before a name (session 67): "explique le mécanicien".
            " mécanicien mécanicienne" +
            // The trades of a family an editor calls them by, and the families' nouns (SpeechWords.FemaleTradeFamilies; session 71, trades).
            " céramiste illustratrice graveuse soprano mezzo-soprano cantatrice pianiste violoniste guitariste accordéoniste organiste violoncelliste illustrateur graveur ténor baryton"),
        // A trade's family, the noun an editor calls its holder by at the cue: "la sculptrice Anne Roux" … "raconte l'artiste", "le pianiste Marc Dury" … "sourit le musicien"
        // (SpeakerFinder.TradeFamily.cs). Only families no editor would doubt; the members are the gender's forms and the forms of either.
        FemaleTradeFamilies =
        [
            "artiste=peintre|sculptrice|céramiste|illustratrice|graveuse",
            "chanteuse=soprano|mezzo-soprano|cantatrice",
            "musicienne=pianiste|violoniste|guitariste|accordéoniste|organiste|violoncelliste",
        ],
        MaleTradeFamilies =
        [
            "artiste=peintre|sculpteur|céramiste|illustrateur|graveur",
            "chanteur=ténor|baryton",
            "musicien=pianiste|violoniste|guitariste|accordéoniste|organiste|violoncelliste",
        ],
        DocumentNouns = Words("lettre déclaration texte communiqué rapport étude sondage enquête"),
        DocumentRelatives = ["dans lequel", "dans laquelle"],
        // "C'est ainsi que X a raconté …", "C'est ainsi qu'a raconté X": the manner points back as "ce" does.
        BackReferences = ["c'est ce", "c’est ce", "voilà ce", "c'est ainsi", "c’est ainsi", "c'est ainsi que", "c’est ainsi que"],
        // "«…». Con estas palabras se defendió X": any verb after them says the quote before.
        WithTheseWords = ["par ces mots", "sur ces mots", "par ces paroles", "sur ces paroles"],
        StudyNouns = Words("rapport"),
        CompanyNouns = Words("entreprise société groupe firme"),
        // Session 70 (names): the shops a family's firm is named as ("Boulangerie Vernay"), NameFacts.FirmBeforeSurname.cs.
        TradeNouns = Words("boulangerie boucherie fromagerie brasserie quincaillerie pâtisserie"),
        CompanyWords = Words("sas sarl"),
        // Session 65: the provider of a service and the young firm ("Calvane, une start-up nantaise"); not "exploitant" (a farmer,
        // a profession epithet) nor "gestionnaire" (as often a person's job).
        FirmNouns = Words("fabricant constructeur équipementier distributeur opérateur fournisseur prestataire start-up startup"),
        SeatParticiples = Words("basé basée implanté implantée installé installée établi établie fondé fondée créé créée né née situé située localisé localisée sis sise domicilié domiciliée"),
        ShareNouns = Words("actions"),
        AnyBodyNouns = Words("organisation organisme institution direction"),
        GoverningNouns = Words("direction"),
        OrganisationNouns = Words(
            "consortium réseau lettre déclaration organisation banque autorité commission coopérative coalition firme organisme institution entreprise société groupe gouvernement ministère mairie parti syndicat collectif association régie agence " +
            "préfecture texte communiqué rapport journal quotidien union fédération confédération ligue comité observatoire " +
            "institut fondation coordination justice parquet police gendarmerie régulateur assureur université usine direction service tribunal " +
            // A church's bodies speak as bodies: "fa sapere la diocesi", "señala la hermandad" (session 61).
            "diocèse archidiocèse évêché archevêché confrérie " +
            // A trade's or a farm's chamber speaks as a body: "la Chambre d'agriculture de X a dit" (session 67; "la chambre
            // d'hôtel" has no capital and no people in its complement, so names none).
            "chambre " +
            // A grouping of a trade's firms speaks as its union does: "le Groupement des hôteliers de X regrette" (session 74).
            "groupement"),
        // "le Conseil d'État", "the Conseil Superieur de l'Audiovisuel": a capitalised council opens a body's
        // name; in lower case "le conseil de X" is X's advice as often, so it is no organisation's noun.
        BodyNouns = Words("conseil"),
        PluralDefinites = Words("les"),
        BareBodies = Words("gouvernement justice parquet police gendarmerie préfecture mairie " +
            // One per place, speaking as one by its noun alone: a diocese, and the office above the town
            // where the language's news names it bare ("Volgens de provincie", "fa sapere la prefettura"; session 61).
            "diocèse archidiocèse évêché archevêché"),
        BodyQualifiers = Words("municipale nationale"),
        AgeWords = Words("ans"),
        // "la octogenaria", an age in words: whom the article named, as "the 71-year-old" in figures.
        AgeNouns = Words(
            "trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire " +
            // "dit le vieillard": old age without a figure, read as an age past sixty (SpeakerFinder.AgeGiven.cs). French
            // has no feminine of one word ("la vieille dame" is a phrase, "la vieille" a slight).
            "vieillard"),
        Intensifiers = Words("lui-même elle-même eux-mêmes elles-mêmes"),
        // Answering: whoever asked the question just quoted does not answer it (SpeakerFinder.AnswerToQuestion.cs).
        AnsweringVerbs = Words("répondu répond répondit répondait rétorqué rétorque rétorqua répliqué répliqua"),
        Fillers =
        [
            .. Words(
                "a avait aurait ont avaient auraient toutefois également notamment ainsi ensuite enfin néanmoins pourtant donc " +
                "déjà encore aussi surtout alors aujourd'hui hier d'ailleurs soir matin midi ce cette " +
                // "», a cependant nuancé X", "a d'emblée prévenu": adverbs between the auxiliary and the verb.
                "cependant d'abord d’abord d'emblée d’emblée aussitôt désormais volontiers " +
                // "X s'est dit « inquiet »": the reflexive auxiliary of "se dire", "se déclarer".
                "s'est s’est s'était s’était se " +
                // "», nous a confié X", "», m'a expliqué X": the listener's pronoun before the verb.
                "nous m'a m’a m'avait m’avait"),
            // "estime de son côté X", "a pour sa part jugé": fillers of several words.
            "de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle", "à son tour",
            // "», lui a répondu X", "», leur a expliqué X": the listener's pronoun before the auxiliary.
            "lui a", "leur a", "lui avait", "leur avait",
            "tout d'abord", "tout d’abord", "une nouvelle fois", "à nouveau", "de nouveau", "par ailleurs", "en outre",
            // "a expliqué la semaine dernière à l'AFP la ministre …": a time phrase between the verb and its subject.
            "la semaine dernière", "la semaine passée", "le mois dernier", "l'an dernier", "l’an dernier", "l'année dernière",
            "l’année dernière", "le week-end dernier", "la veille",
        ],
        // "Le sénateur LR Jean-Paul Morel": a party's acronym before a name is no part of it.
        Affiliations = Words("lr rn ps lfi eelv pcf lrem udi modem"),
        // "selon l’Union des usagers": the elided article with a typographic apostrophe too.
        Definites = Words("l’"),
        // "ont-ils dit": a pronoun says a cue is plural; no subject is dropped.
        PluralVerbEndings = [],
        // "les riverains" from "riverain".
        PluralNounEndings = ["s>"],
        // A view, a version, criticism, or a view "different" from the last, given as a sentence of its own (with the ResponseNouns and StanceWords).
        ViewWords = Words("version avis critiques opinion cloche différent différente"),
        // The view's holder after it, besides the HeadLinks, PassiveAgents and GenitiveArticles: "came from".
        ViewLinks = Words("chez"),
        AccordingTo = ["selon", "d'après", "d’après", "selon les mots de", "de l'avis de", "de l’avis de", "aux yeux de", "au dire de", "aux dires de"],
        ViewPrepositions = Words("pour"),
        Locatives = Words("à dans en"),
        // "le communiqué publié par la préfecture": a participle before the document's issuer and its agent.
        IssuingParticiples = Words("publié publiée diffusé diffusée envoyé envoyée signé signée"),
        PassiveAgents = Words("par"),
        // "Au marché, elle", "Après la réunion, il": prepositions opening a phrase of time or place before a comma and
        // the subject, besides the Prepositions and Locatives ("Chez elle, il", "Dans la salle, elle").
        CommaOpeningPrepositions = Words("au aux sur sous après avant pendant lors depuis devant derrière"),
        // "Interrogée sur ce point, elle": a participle of being asked opening such a phrase, agreeing with the pronoun.
        AskedParticiples = Words("interrogé interrogée interpellé interpellée questionné questionnée sollicité sollicitée"),
        // "a déclaré en octobre X", "en marge du sommet", "depuis la tribune": "en" and "depuis" open a time or a place as they do.
        Media = Words("sur à au dans devant auprès en depuis"),
        // "the director of a firm": a role's link to what it heads, before an indefinite; a manner noun there is no body ("d'une voix").
        HeadLinks = Words("de du des"),
        // One picked out of a group, "explique l'un d'eux", "l'une d'entre elles": the pronoun is read past its elided link: someone of the group, never the one quoted before.
        PartitiveOnes = Words("l'un l'une l’un l’une"),
        PartitivePronouns = Words("eux elles nous"),
        MannerNouns = Words("voix ton air soupir trait manière façon âge sourire"),
        MannerPrepositions = Words("avec"),
        // "the so-called "…"": the words name a term, quoted from nobody.
        TermMarkers = Words("soi-disant prétendu prétendue prétendus prétendues baptisé baptisée baptisés baptisées"),
        // "known as «…»", "nicknamed «…»": the quote is what something is called (SpeakerFinder.CalledByName.cs).
        NamingWords = Words("surnommé surnommée surnommés surnommées rebaptisé rebaptisée rebaptisés rebaptisées rebaptiser renommer"),
        KnownAsWords = Words("connu connue connus connues"),
        // "under the name «…»": the quote right after the noun is what something is called (SpeakerFinder.NameNounBeforeQuote.cs).
        NameNouns = Words("nom"),
        // "Il s'appelle Luc Tavernier", "Elle se nommait Rose Vidal", "Il se nomma Paul Arnaud" (a narrative's passé simple):
        // the verb that gives a person's name (SpeakerFinder.NamingVerbNewcomer.cs).
        NameGivingVerbs = Words("appelle appelait appela nomme nommait nomma"),
        ContractedArticles = Words("au du"),
        PartyAdjectiveEndings = Words("iste istes"),
        NotPartyAdjectives = Words("triste tristes liste listes piste pistes"),
        OfficeTierAdjectives = Words("municipal municipale municipaux municipales régional régionale régionaux régionales départemental départementale départementaux départementales communautaire communautaires"),
        EmployerLinks = Words("de du"),
        WorkplaceLinks = Words("chez"),
        ResponseNouns = Words("réponse réplique réaction riposte commentaire constat verdict conclusion"),
        ResponseVerbs = Words("fut vint tomba été"),
        StanceWords = Words("satisfait satisfaite satisfaits content contente ravi ravie mécontent mécontente critique prudent prudente sceptique opposé opposée"),
        ObjectPrepositions = Words("contre avec envers comme"),
        OrganisationLinks = Words("de du des"),
        // "le Syndicat des travailleurs dans l'industrie de la chaussure": the field its members work in (OrganisationName.SectorLink.cs).
        SectorNouns = Words("industrie commerce enseignement éducation santé bâtiment métallurgie agriculture"),
        // "l'association Bus pour Tous", "la Ligue contre la Faim": what a body is for or against.
        BodyNameLinks = Words("pour contre"),
        PluralOrganisationLinks = Words("des"),
        ImpersonalReadings = Words("lit-on lisait-on lire"),
        // "X y explique que", "X en a vanté", "X l'a annoncé": the object pronoun before the verb or auxiliary.
        ObjectClitics = Words("y en l'a l’a l'avait l’avait l'ont l’ont l'avaient l’avaient"),
        // "a indiqué qu'il …": "que" elided into the clause's subject.
        ElidedComplementisers = Words("qu' qu’"),
        // "J'ai posé la question à X", "Nous avons joint X": the writer as the subject.
        FirstPersonSubjects = Words("je j' j’ nous"),
        // "je leur dis toujours : « … »".
        FirstPersonSayingForms = Words("dis demande réponds répète explique"),
        // "Puis, se tournant vers son mari : « … »", "s'adressant aux élus", "tournée vers la salle".
        TurningWords = Words("tournant tourné tournée s'adressant s’adressant"),
        Participle = Inflection.Participles(
            s_irregularParticiples,
            lemma => lemma.StartsWith("s'", StringComparison.Ordinal) ? null : Inflection.FrenchGerund(lemma)),
        AdditiveAdverbs = Words("aussi également"),
        // "Roux trouve le projet « … »", "Roux chiffre les dégâts à « … »" (Cues.JudgingComplement.cs).
        JudgingVerbs = [.. Words("trouve trouvent trouvait trouvaient trouva"), "chiffre à", "chiffrent à", "chiffrait à", "chiffra à"],
        // "Roux a qualifié le projet de « … »", "Roux décrit le plan comme « … »", "Roux parle de « … »" (Cues.NamingComplement.cs).
        NamingVerbs = ["qualifie de", "qualifient de", "qualifiait de", "qualifiaient de", "qualifia de", "qualifié de", "qualifie d'", "qualifient d'", "qualifié d'",
            "qualifie d’", "qualifient d’", "qualifié d’", "décrit comme", "décrivent comme", "décrivait comme", "parle de", "parlent de", "parlait de",
            "parlaient de", "parlé de"],
        // "selon ses propres mots" (Cues.OwnWords.cs).
        OwnWordsPhrases = ["selon ses propres mots", "selon ses propres termes", "de son propre aveu", "selon ses propres dires"],
        AdjectiveEndings = Words("aire ique al ale ais aise ienne ien ive if iste ble ès"),
        // "… came with Y": someone brought in beside the subject (SpeakerFinder.PronounRival.cs).
        CompanionWords = Words("avec"),
        // "la dirigente" / "il dirigente": whom a bare role noun meant, by its article's gender (SpeakerFinder.EpithetMeantBefore.cs).
        EpithetFeminineArticles = Words("la"),
        EpithetMasculineArticles = Words("le"),
        // The indefinite's gender is its noun's person's: "une voisine" is a woman, "un voisin" a man.
        FeminineIndefinites = Words("une"),
        MasculineIndefinites = Words("un"),
        // Professions and clerical or academic titles before a full name: "Abbé Paul Roux", "Pasteur Marc Lenoir" opening a sentence (SpeechWords.NameProfessions).
        NameProfessions = Words("abbé prêtre pasteur évêque archevêque diacre"),
        // "Puis le maire assure :": time or sequence before the subject, with no comma (Sieves/ColonCue.SequenceOpener.cs).
        SequenceOpeners = ["ensuite", "puis", "aussitôt", "juste après", "peu après", "sitôt après", "plus tard"],
        // "«…», a dit la femme.": ties that also mean anyone, no tie at the cue (Speakers/Phrase.KinEpithet.cs).
        LooseKinNouns = Words("femme compagnon compagne"),
        // A body's statement named again by its family's noun or as its text (SpeakerFinder.BroughtDocument.cs).
        DocumentTextNouns = Words("texte"),
        // "Enfin Marc Lefort a dit", "Finalmente Ana Gómez dijo": an adverb opening the sentence is no first name (SpeechWords.SentenceAdverbs).
        SentenceAdverbs = Words("enfin hier aujourd'hui aujourd’hui désormais finalement maintenant auparavant ensuite puis"),
        // "C'est Marc Lefort qui …", "Fueron Ana Gómez y Luis Pardo quienes …": a form of "to be" opening a cleft that Copulas lacks (SpeechWords.CleftCopulas).
        CleftCopulas = Words("c'est c’est c'était c’était"),
        // "a lu le message du maire : « … »": reading a text out brings in its words, not the reader's (SpeakerFinder.ReadAloud.cs).
        ReadAloudVerbs = Words("lu relu lisait"),
        ReadAloudTexts = Words("message courrier courriel discours mot"),
        // "…, a ajouté Paul Marchand, hier soir.": words of when the words were said, a trail after a closing cue's subject (SpeechWords.CueTrailTimes).
        CueTrailTimes = Words("hier aujourd'hui aujourd’hui matin après-midi soir nuit semaine week-end mois"),
        // "C'est le cas de Marie Vallet, mère de deux enfants : « … »": a presentative bringing in the person whose case is told, before a colon (SpeechWords.CasePresentatives).
        CasePresentatives = ["c'est le cas de", "c’est le cas de", "c'est notamment le cas de", "c’est notamment le cas de", "c'est aussi le cas de", "c’est aussi le cas de"],
        // "», a souri le technicien", "», a raconté le vainqueur", "», confie l'agricultrice": a trade the
        // lists leave out, read by its ending (AgentNouns). An ending in both lists ("-iste") is either
        // gender's form. Not "-teur" alone ("le secteur", "le moteur"), "-ier" ("le courrier", "le dossier"),
        // "-ien" alone ("le quotidien").
        AgentNounEndings = Words("-ateur -queur -icien -iste -ologue"),
        FemaleAgentNounEndings = Words("-atrice -icienne -iste -ologue"),
        // "X a voulu un bâtiment « … »": verbs of wanting and hoping that report nothing
        // alone, whose partial quote in the subject's own clause is the subject's words (SpeechWords.WishingVerbs).
        WishingVerbs = Words("veut veulent voulait voulaient voulu souhaite souhaitent souhaitait souhaitaient souhaité"),
        // "« … », a raconté le vainqueur au micro": prepositions opening where, when or to whom an epithet at a cue spoke (SpeechWords.EpithetTailPrepositions).
        EpithetTailPrepositions = Words("à au aux devant en dans entre après pendant avec sans lors"),
        // "une note intitulée « … »", "sous le slogan « … »": a work's title or a slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
        TitlingWords = Words("intitulé intitulée intitulés intitulées titré titrée titrés titrées sous-titré sous-titrée sous-titrés sous-titrées"),
        TitleNouns = Words("titre slogan devise bannière"),
        TitlePrepositions = Words("sous avec"),
        // "Devant la porte, il y avait une voisine qui …": a presentative or existential verb (with its expletive) that brings in the unnamed person
        // after it as the one a later pronoun means (SpeechWords.PresentativePhrases).
        PresentativePhrases = ["y a", "y avait", "y eut", "se trouvait", "se trouve", "se tenait", "se tient"],
        // "Parmi les marcheurs figurait une mère qui …": the preposition of being one of a group, and the verbs after which the subject then stands (SpeechWords.AmongPrepositions, SpeechWords.AmongVerbs).
        AmongPrepositions = Words("parmi"),
        AmongVerbs = Words("était étaient est sont figurait figuraient figure figurent marchait marchaient marche courait"),
        // "Un serveur du port a requis l'anonymat.": words that say someone unnamed keeps their name back, alone or after a negation near them
        // (SpeechWords.AnonymityWords, SpeechWords.WithheldNameWords; session 64).
        AnonymityWords = Words("anonymat l'anonymat l’anonymat anonyme anonymement"),
        WithheldNameWords = Words("nommé nommée identifié identifiée"),
        // A verb of adding at a second quote's cue (« … », ajoute l'éleveur): the words go on from whoever
        // was quoted just before, not an answer to them (SpeakerFinder.AddedToOwnQuote.cs).
        AddingVerbs = Words("ajoute ajouté ajoutait ajouta ajoutent"),
        // Session 71 (firm): the words of a firm's trade that stand in its name and in no person's ("Severnmoor Water",
        // "Transalpina Distribuzione"); a company's noun at the next cue then means it (SpeechWords.FirmNameWords).
        FirmNameWords = Words("énergie logistique distribution transports services investissements assurances immobilier télécom résidences constructions"),
    };
}
