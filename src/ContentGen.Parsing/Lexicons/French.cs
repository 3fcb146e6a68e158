using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

/// <summary>French: the French news pages seeds are cut from, with their chrome.</summary>
internal static class French
{
    public static Lexicon Lexicon { get; } = new("fr")
    {
        Speech = Speech.FrenchSpeech.Words,
        NounArticles = Words("le la les l' un une des"),
        ClockWords = Words("heure heures"),
        Stopwords = Words(
            "le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils nous vous mais avec par " +
            "plus son sa ses ont été sont l d n qu s c j ne se leur leurs ou où y a être avoir fait comme tout tous aussi très " +
            "sans entre ces dont lui on"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "je moi toi notre votre vos mon celui celle ceux celles ceci cela ça quoi puis ainsi alors donc encore déjà " +
            "jamais rien chaque même mêmes sous vers chez depuis avant après contre selon était avait sera seront peut " +
            "doit fut"),
        Months = Words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
        // A dump that lost its accents prints "fevrier", "aout", "decembre".
        MonthVariants = new[] { "fevrier=février", "aout=août", "decembre=décembre" },
        Weekdays = Words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        DatelinePrefixes = new[] { "publié", "publie", "mis en ligne", "édition du", "prononcé le", "article publié le" },
        UpdatePrefixes = new[] { "mis à jour", "modifié", "actualisé" },
        BroadcastPrefixes = new[] { "diffusé le", "diffusée le", "première diffusion" },
        RelativeDatePrefixes = new[] { "il y a " },
        BylinePrefixes = new[] { "par ", "par:", "texte par", "texte :", "texte:", "rédigé par", "article rédigé par", "avec agences", "écrit par", "avec l'afp", "avec l’afp", "avec afp", "avec reuters", "de notre correspondant", "de notre correspondante", "de nos correspondants", "de notre envoyé spécial", "de notre envoyée spéciale", "texte et photos :", "texte et photos:", "texte et photo :", "texte et photo:", "texte et photos de", "texte et photos par", "une tribune de", "une chronique de", "un éditorial de" },
        BylineRoles = Words("correspondant correspondante journaliste rédaction envoyé envoyée rédacteur rédactrice"),
        BylineRolePlurals = Words("correspondants correspondantes journalistes envoyés envoyées rédacteurs rédactrices"),
        // "photo" opens a credit in English too; listed there once.
        CreditWords = Words("crédit crédits visuel visuels"),
        CreditMarks = new[]
        {
            "crédit photo", "crédit :", "photo :", "photo:", "photo d'illustration", "photo d’illustration", "image d'illustration",
            "image d’illustration",
        },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archiver", "favori", "ajouter un tag", "ajouter des tags",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "je fais un don", "je donne", "voir tout l'agenda", "voir tout l’agenda", "voir tous les événements", "masquer cette source", "courriel",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "appuyez pour continuer", "touchez pour continuer", "appuie pour continuer", "touche pour continuer",
            "j'aime ceci",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "épinglé", "message épinglé", "post épinglé", "publication épinglée",
            "lire aussi", "à lire aussi", "a lire aussi", "a lire", "à lire", "lire la suite", "voir aussi", "à voir aussi",
            "publicité", "rechercher", "accueil", "fermer", "se connecter", "s'abonner", "s’abonner",
            "je m'abonne", "je m’abonne", "partager", "partager sur facebook", "partager sur twitter",
            "imprimer", "haut de page", "accéder au contenu principal", "accéder au contenu", "aller au contenu", "aller au menu", "aller à la navigation", "aller à la recherche", "passer au contenu principal",
            "aller au contenu principal", "passer au contenu", "contenu sponsorisé", "les plus lus", "à la une",
            "article réservé aux abonnés", "réservé aux abonnés", "abonné", "abonnés", "déjà abonné", "en direct",
            "dernière minute", "le live", "écouter", "regarder", "suivez-nous", "suivez-nous sur",
            "partager la page", "retour à l'accueil", "retour à l’accueil", "lire le journal", "article précédent", "article suivant",
            "tout accepter", "tout refuser", "continuer sans accepter", "retour en haut de page", "suivez nous", "voir le produit", "écouter le direct",
            "pour aller plus loin", "en savoir plus", "voir la vidéo", "regarder la vidéo",
            "précédent", "suivant", "recommandé pour vous", "nos derniers articles", "à découvrir aussi", "les articles les plus lus",
            "signaler une erreur", "ajouter à mes favoris", "sujets associés", "sponsorisé", "écouter cet article", "écouter l'article",
            "écouter l’article", "ecouter l'article", "nous contacter", "contactez-nous", "mentions légales", "politique de confidentialité",
            "conditions générales d'utilisation", "conditions générales d’utilisation", "plan du site", "envoyer par e-mail", "envoyer par email",
            "copier le lien", "imprimer l'article", "imprimer l’article", "lire plus tard", "télécharger l'application", "télécharger l’application",
            "offrir cet article", "cet article vous est offert", "diaporama", "infographie", "contenu partenaire", "plus d'actualités",
            "plus d’actualités", "toute l'actualité", "toute l’actualité", "retour en haut", "mon compte", "s'identifier", "s’identifier",
            "le direct", "afficher plus", "charger plus d'articles", "charger plus d’articles", "voir plus", "en continu", "les plus commentés",
            "ne manquez pas", "sélectionné pour vous", "la rédaction", "rédaction web", "gérer mes cookies", "paramètres des cookies",
            "la suite après cette publicité", "la suite après la publicité", "l'article continue ci-dessous", "l’article continue ci-dessous", "j'aime chargement", "j’aime chargement", "j'aime ça", "j’aime ça",
            "cliquez pour partager", "cliquez pour envoyer", "cliquez pour imprimer", "sauvegarder", "sauvegarder l'article", "enregistrer l'article"
        },
        PageObjectWords = Words("contenu"),
        AdvertWords = Words("publicité publicités pub"),
        // "article" is listed once, with English; "suite" and "continue" are a jump line's (JumpWords, ReportingLemmas).
        ResumeWords = Words("reprend"),
        SubscriberNouns = Words("abonné abonnée abonnés abonnées"),
        ShareVerbs = Words("partager partagez"),
        MenuWords = Words("partager partagez tweetez envoyer imprimer copier lien rechercher fermer accueil vidéo vidéos direct flux connexion"),
        // "reportage" names a report in Dutch too; listed once.
        ReportWords = Words("reportage émission extrait"),
        LinkLabels = new[] { "galerie photos", "galerie d'images", "à lire", "a lire", "vidéo", "en images", "à voir", "a voir", "à écouter", "a écouter", "écouter", "voir la vidéo", "regarder", "articles liés", "articles associés" },
        LinkPrefixes = new[]
        {
            "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "lire encore", "lire également",
            "à lire également", "sur le même sujet", "à voir aussi", "à voir également", "également sur", "article précédent :",
            "article suivant :",
        },
        SignUpPhrases = new[]
        {
            "abonnez-vous", "inscrivez-vous", "accepter et continuer", "déjà abonné", "s'abonner", "s’abonner", "soutenez-nous", "soutenez notre", "faites un don", "faire un don", "dans votre boîte mail", "dans votre boîte e-mail",
            // The 1990 spelling drops the circumflex.
            "dans votre boite mail", "dans votre boite e-mail", "téléchargez l'application", "téléchargez l’application", "sur votre smartphone", "sans engagement", "recevez le meilleur", "recevez l'essentiel", "recevez l’essentiel", "recevez gratuitement",
            "retrouvez-nous sur", "suivez toute l'actualité", "suivez toute l’actualité", "offre spéciale", "offre numérique", "offre découverte",
        },
        AppealPhrases = new[] { "votre journal a besoin de vous", "cet article est réservé aux abonnés", "ce contenu est réservé aux abonnés", "le journalisme a un coût", "nous soutenir en vous abonnant", "en vous abonnant", "pour vous abonner", "soutenez-nous en", "à nous signaler", "écrivez-nous", "contactez la rédaction", "vous désinscrire à tout moment", "vous désabonner à tout moment", "vous acceptez de recevoir", "cet article vous a plu", "cet article vous a été utile", "vous avez aimé cet article", "de cet article à lire", "la suite est réservée aux abonnés", "cet article a été publié", "soutenez le journalisme", "soutenir notre travail", "les lettres peuvent être raccourcies", "les courriers peuvent être raccourcis", "aidez-nous à", "si vous appréciez notre travail", "si vous tenez à l'information", "soutenez l'information locale", "soutenez la presse locale", "une question sur cet article", "des questions sur cet article" },
        RightsPhrases = new[] { "tous droits réservés", "tous droits de reproduction", "droits réservés" },
        // "SA" is left out: "sa" is a possessive; Spanish lists "S.A." with its stops.
        CompanyForms = new[] { "sas", "sarl", "sasu", "eurl", "scop" },
        FeedLabels = new[] { "flash info", "flash infos", "la une", "fil info", "fil infos", "fil d'actu", "fil d’actu", "flux", "en continu", "dernières infos", "les titres" },
        AddressWords = Words("vous votre vos tu toi"),
        FirstPersonWords = Words("je j moi nous"),
        InterviewHomographs = Words("eu"),
        QuestionWords = Words("pourquoi comment quand quel quelle quels quelles combien qui que quoi où"),
        TerminatorPrefixes = new[]
        {
            "note aux rédactions", "notes aux rédactions",
            "commentaires", "commentaire", "réagir", "réagissez", "laisser un commentaire", "laissez un commentaire",
            "sur le même sujet", "dans la même rubrique", "à lire également", "à voir aussi", "à suivre aussi",
            "ailleurs sur le web", "dernières actualités", "les plus lus", "les plus partagés", "vous aimerez aussi",
            "vous aimerez peut-être", "nos abonnés ont lu", "partager cet article", "mots-clés", "contenus sponsorisés",
            "à propos de l'auteur", "à propos de l’auteur", "à propos de l'auteure", "à propos de l’auteure", "vos commentaires", "vos réactions", "voir les commentaires", "lire les commentaires", "sur le même thème", "articles sur le même thème", "prolongez votre lecture", "les sujets associés",
            "découvrir d'autres articles", "découvrir d’autres articles", "découvrez d'autres articles", "découvrez d’autres articles",
            "d'autres articles sur", "d’autres articles sur", "autres articles sur",
        },
        CommentCountWords = Words("réponse"),
        ReactionCountWords = new[] { "j'aime", "j’aime", "mentions j'aime", "mentions j’aime", "republications", "partages", "réactions" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "sondage" },
        PollCountWords = new[] { "lecteurs", "ont" },
        PollVoteWords = new[] { "voté", "votants", "suffrages" },
        RevealVerbs = new[] { "afficher", "voir", "lire", "charger" },
        ReadingTimePhrases = new[] { "temps de lecture", "min de lecture", "minutes de lecture" },
        SummaryOpeners = new[] { "ce qu'il faut retenir", "ce qu’il faut retenir", "l'essentiel", "l’essentiel", "ce qu'il faut savoir", "ce qu’il faut savoir", "les points clés", "en bref" },
        SectionNames = new[] { "actualités", "actualité", "vie locale", "région", "régions", "france", "monde", "international", "politique", "économie", "société", "faits divers", "sports", "loisirs", "annonces", "météo", "santé", "éducation", "environnement", "opinions", "débats", "agenda", "sorties", "nécrologie", "avis de décès", "emploi", "immobilier", "idées", "sciences", "enquêtes", "communes", "jeux", "petites annonces" },
        ReadingWords = Words("lecture lire durée"),
        EmailFieldWords = Words("courriel adresse"),
        ReaderWords = Words("vous votre vos nous notre nos faites"),
        MinuteWords = Words("mn"),
        // "Durée : 23:14 · 2 décembre 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("durée"),
        NoticePhrases = new[] { "tradui", "traduction", "point de vue", "n'engage", "n’engage", "ne reflète", "version originale", "avertissement", "visiteur", "données personnelles" },
        // An echo names papers in every language ("L'Écho de la Sorne, Les Échos"): read as a publication's word, so that an outlet's name
        // that credits a pasted article ("…, 17 février 2026, par …") reads as one.
        PublicationWords = Words("quotidien dépêche nouvelles courrier républicain libre matin télévisions télévision écho échos"),

        Pronouns = Words("il elle ils elles"),
        Titles = Words(
            "m mme mlle monsieur madame ministre président présidente secrétaire député députée sénateur sénatrice porte-parole " +
            "maire directeur directrice chef général générale"),
        TitleModifiers = Words("premier première"),
        RoleNouns = Words(
            "juge ministre président présidente négociateur négociatrice diplomate dirigeant dirigeante responsable porte-parole député " +
            "députée maire élu élue avocat avocate"),
        // "le Belge Pieter Claes", "l'Italienne Giulia Ferraro": capitalised as nouns, an epithet before a name or for
        // someone named before, never part of the name.
        NationalityNouns = Words(
            "belge italien italienne espagnol espagnole allemand allemande britannique américain américaine français française " +
            "suisse néerlandais néerlandaise portugais portugaise norvégien norvégienne danois danoise irlandais irlandaise " +
            "colombien colombienne australien australienne slovène"),
        Demonyms = Words(
            "russe américain britannique français française allemand allemande chinois italien italienne espagnol européen européenne"),
        Indefinites = Words("un une"),
        Definites = Words("le la l'"),
        Prepositions = Words("pour de chez"),
        NotNames = Words(
            "pour selon dans avec sur en chez après avant depuis pendant lors quand lorsque tandis alors le la les un une des ce cette mais et ou " +
            "donc pourtant cependant si comme puisque car " +
            // A participle of coming, birth or settling that opens a sentence before where from ("Arrivé de Syrie en 2017, il …") is no
            // first name before a particle (session 68, fnames); "venus" is left out, an English first name.
            "arrivé arrivée arrivés arrivées installé installée installés installées venu venue venues"),
        // Dutch and German particles of the foreign names a report gives: "Joost van der Linden", "Ursula von der Brück".
        NameJoiners = Words("de du des la le sans van der den von"),
        ElidedNameParticles = new[] { "d'", "d’" },
        CoAuthorWords = Words("avec"),
        Agencies = new[] { "belga" },
        AuthorBoxLabels = new[] { "l'auteur", "l’auteur", "l'auteure", "l’auteure", "l'autrice", "l’autrice", "l'équipe", "l’équipe", "à propos de l'auteur", "à propos de l’auteur", "à propos de l'auteure", "à propos de l’auteure", "à propos de l'autrice", "à propos de l’autrice" },
        AuthorLinks = new[] { "voir ses articles", "voir tous ses articles", "tous ses articles", "tous les articles de", "suivre ", "voir le profil", "ses derniers articles" },
        PieceLeads = new[] { "une tribune de", "une chronique de", "un éditorial de" },
        CorrectionLabels = new[] { "rectificatif :", "rectificatif:", "correctif :", "correctif:", "erratum :", "erratum:", "précision :" },
        AmendmentOpeners = new[] { "cet article a été corrigé", "cet article a été rectifié", "cette dépêche a été corrigée", "cette dépêche a été rectifiée" },
        WriterVerbs = Words("suit couvre écrit"),
        EarlierVersionPhrases = new[] { "version précédente", "précédente version", "première version" },
        OwnViewsPhrases = new[] { "n'engagent que leurs auteurs", "n’engagent que leurs auteurs", "n'engagent que leur auteur", "n’engagent que leur auteur", "n'engage que son auteur", "n’engage que son auteur", "n'engagent que son auteur", "n’engagent que son auteur", "n'engage que son autrice", "n’engage que son autrice", "le point de vue de leurs auteurs", "le point de vue de leur auteur", "l'opinion de leurs auteurs", "l’opinion de leurs auteurs", "la position de la rédaction", "l'avis de la rédaction", "l’avis de la rédaction" },
        NoteSubjects = new[] { "les tribunes", "les opinions", "les points de vue", "les textes publiés", "les chroniques" },
        ThisPiecePhrases = new[] { "cet article", "cette dépêche", "cette tribune", "cette chronique", "ce reportage" },
        AuthorsBoxLabels = new[] { "les auteurs", "les autrices", "à propos des auteurs" },
        PrintNotices = new[] { "cet article est paru", "cet article a paru", "cet entretien est paru", "cette interview est parue", "ce reportage est paru" },
        PrintEditionWords = Words("édition papier imprimée numéro kiosque"),
        CreditRoles = Words("édité relu traduit corrigé"),
        WireReporterLeads = new[] { "reportage ", "reportage de", "reportage par", "rédigé par", "écrit par", "texte de" },
        WireCreditLeads = new[] { "avec la contribution de", "édité par", "version française", "traduit par", "traduction de", "relu par" },
        StandardsLabels = new[] { "nos valeurs :", "nos valeurs:", "nos standards :", "nos standards:", "nos principes :", "nos principes:" },
        ConsentPhrases = new[] { "nous et nos partenaires", "avec nos partenaires" },
        ConsentWords = Words("traceurs données"),
        ColonLeadWords = Words("est sont était étaient sera ont avait sa son ses leur leurs"),
        WhatOpeners = new[] { "ce que ", "ce qu'", "ce qu’" },
        NoteCopulas = Words("est sont"),
        BirthWords = Words("né née"),
        DeathWords = Words("mort morte décédé décédée"),
        MatchFactLabels = new[] { "arbitre", "spectateurs", "buteurs", "carton rouge", "cartons jaunes" },
        InterviewLabels = new[] { "entretien", "l'entretien", "l’entretien", "l'interview", "l’interview" },
        InterviewCredits = new[] { "propos recueillis par", "entretien réalisé par", "interview réalisée par" },
        AnswerWords = Words("oui non"),
        CounterJoiners = new[] { "sur" },
        RatingLabels = new[] { "note", "notre note", "la note" },
        StarWords = new[] { "étoiles", "étoile" },
        LettersLabels = new[] { "courrier des lecteurs", "lettres de lecteurs", "vos lettres" },
        WithheldNames = new[] { "nom et adresse connus de la rédaction", "nom connu de la rédaction" },
        ReadOnLinks = new[] { "lire la suite", "lire l'article", "voir la suite" },
        InfoLeads = new[] { "renseignements", "plus d'informations", "informations" },
        ReleaseNotices = new[] { "le contenu ci-dessous est un communiqué", "le texte ci-dessous est un communiqué", "le texte suivant est un communiqué" },
        ReleaseStamps = new[] { "pour diffusion immédiate", "pour publication immédiate", "diffusion immédiate", "publication immédiate", "à diffuser immédiatement" },
        ReleaseLabels = new[] { "communiqué de presse", "communiqué" },
        JumpWords = Words("suite voir"),
        // "page", "p" are listed once, with English.
        AboutLeads = new[] { "à propos de", "à propos du", "à propos des", "à propos d'" },
        PressContactLabels = new[] { "contact presse", "contacts presse", "contact médias", "relations presse" },
        EnergyUnits = new[] { "kilocalories" },
        WorkDetailLabels = new[] { "réalisation", "réalisateur", "réalisatrice", "avec", "durée", "sortie", "éditeur", "éditions", "scénario", "distribution" },
        RunOnWords = new[] { "depuis", "jusqu'au", "jusqu'à", "avant", "dès" },
        ListAnnouncers = Words("suivant suivante suivants suivantes"),
        DeskWords = Words("agence"),
        JobOfficeWords = Words("service"),
        Contrasts = Words("mais"),
        RelativePronouns = Words("qui dont"),
        // "Mlle", "Pr", "Ste. Radegonde": titles' and a saint's full stops end no sentence ("Dr", "St" are listed in English: one table).
        Abbreviations = Words("M Mme Mlle Pr Ste"),
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "envoyer" },
        LearnMorePrefixes = new[] { "en savoir plus :", "en savoir plus:" },
        PlayerLines = new[] { "lecture en cours", "chargement du lecteur", "chargement de la vidéo", "chargement", "transcription", "voir la transcription", "lire la transcription" },
        EmbedLabels = new[] { "voir sur x", "voir sur twitter", "voir cette publication sur instagram", "voir sur instagram", "voir sur facebook", "voir sur threads", "voir sur tiktok", "regarder sur tiktok" },
        EmbedCredits = new[] { "une publication partagée par" },
        VoiceAssistantPrompts = new[] { "demandez à votre enceinte", "demandez à votre assistant vocal", "dites à votre enceinte", "dites « alexa", "dites \"alexa", "« alexa, joue", "« ok google, joue" },
        TranscriptNotices = new[] { "cette transcription" },
        MachineMadeWords = new[] { "automatique", "reconnaissance vocale" },
        TextFlawWords = new[] { "erreur", "inexactitude", "imprécision" },
        SignUpConsentPhrases = new[] { "en vous inscrivant, vous acceptez", "en vous inscrivant vous acceptez" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "vidéo", "photos", "direct", "en direct", "exclusif", "en images" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "un article de" },
        HostCredits = new[] { "présenté par", "animé par" },
        SponsorLeads = new[] { "sponsorisé par", "en partenariat avec", "réalisé en partenariat avec", "en association avec", "en collaboration avec", "avec le soutien de" },
        DevelopingNotices = new[] { "plus d'informations à suivre", "plus d’informations à suivre", "plus d'informations à venir", "plus d’informations à venir", "informations à suivre", "plus de détails à venir", "suite à venir", "article en cours d'actualisation", "article en cours d’actualisation", "article en cours de mise à jour", "article mis à jour", "cet article sera mis à jour", "cet article sera actualisé", "cet article est mis à jour régulièrement", "information en cours d'actualisation", "information en cours d’actualisation", "nous actualiserons cet article" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "fin de l'article", "fin de l’article", "fin de l'actualité", "fin de l’actualité" },
        VenueWords = Words("rue boulevard place stade parc pont quai salle"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agences"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "couper le son", "activer le son", "réactiver le son", "son coupé", "plein écran", "passer en plein écran", "quitter le plein écran", "sous-titres", "lire la vidéo", "mettre en pause", "vitesse de lecture", "lecture automatique", "image dans l'image", "zoom avant", "zoom arrière", "agrandir", "réduire" },
        PlayerStates = Words("activée activé désactivée désactivé"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls.
        ReadingSettings = new[] { "mode sombre", "mode clair", "mode nuit", "mode lecture", "taille du texte", "taille de police", "taille des caractères", "police", "police de caractères", "interligne" },
        // Session 61, pages3: the controls that unfold a folded section; "voir plus", "afficher plus" are navigation lines already.
        RevealControls = new[] { "afficher la suite", "voir tout", "afficher tout", "tout afficher", "déplier", "dérouler", "afficher moins", "voir moins" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "un reportage de" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "cet article a été publié initialement dans", "cet article a été initialement publié dans", "cet article a d'abord été publié dans", "cet article a été publié à l'origine dans", "cet article est paru initialement dans", "cet article est d'abord paru dans", "republié avec l'autorisation de", "reproduit avec l'autorisation de", "cet article a été publié initialement par", "cet article a été initialement publié par", "cet article a d'abord été publié par", "cet article est paru initialement sur", "cet article a été publié initialement sur", "cet article est paru à l'origine sur", "cet article est paru à l'origine dans" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "fourni par", "contenu fourni par", "transféré de", "transféré depuis", "enregistré depuis", "sauvegardé depuis" },
        ChatExportHeaders = new[] { "historique de la discussion avec", "historique de la discussion de", "historique du chat de", "historique du canal" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
