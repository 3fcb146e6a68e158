using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Its stopwords, its page chrome and its calendar, and the particles of its names.

/// <summary>Dutch.</summary>
internal static class Dutch
{
    public static Lexicon Lexicon { get; } = new("nl")
    {
        Speech = Speech.DutchSpeech.Words,
        NounArticles = Words("de het een 't"),
        ClockWords = Words("uur"),
        Stopwords = Words(
            "de het een en van in is dat op te zijn voor met die niet aan er maar om ook als bij door naar wordt " +
            "nog wel geen worden werd heeft hebben uit tot deze dit hun haar hij zij ze kan moet zal tegen tussen"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "ik jij u wij mij mijn jouw ons onze hem hen wat waar hoe waarom omdat dus toen zodat nadat sinds zonder onder " +
            "binnen buiten langs naast achter iets niets elk elke ieder veel meer weinig zo dan nu toch echter daar welke " +
            "welk steeds altijd nooit weer zelfs bijna vanaf rond zei werden hadden zou zouden kunnen kon konden moeten " +
            "mag mogen wil willen gaat gaan zich zelf bent heb"),
        Months = Words("januari februari maart april mei juni juli augustus september oktober november december"),
        // "mrt" is no start of "maart": the short forms a dateline prints that no month's name begins with.
        ShortMonths = Words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        Weekdays = Words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        DatelinePrefixes = new[] { "gepubliceerd", "uitgesproken op", "artikel gepubliceerd op" },
        UpdatePrefixes = new[] { "bijgewerkt", "laatst bijgewerkt" },
        BroadcastPrefixes = new[] { "uitgezonden op", "uitzending van", "eerste uitzending" },
        RelativeDateSuffixes = new[] { " geleden" },
        BylinePrefixes = new[] { "door ", "door:", "tekst:", "auteur:", "met informatie van", "geschreven door", "tekst en foto's:", "tekst en beeld:", "tekst en foto:", "tekst en foto's door", "tekst en beeld door", "een column van", "een commentaar van", "een opiniestuk van" },
        BylineRoles = Words("verslaggever redacteur redactie datajournalist recensent persvoorlichter persvoorlichtster"),
        BylineRolePlurals = Words("verslaggevers redacteuren"),
        CreditWords = Words("beeld beelden grafiek grafieken illustratie illustraties foto's impressie impressies visualisatie visualisaties"),
        CreditMarks = new[] { "foto ter illustratie", "beeld:", "(anp)", "/ anp" },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archiveren", "favoriet", "tag toevoegen", "tags toevoegen",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "doneer", "doneer nu", "ik doneer", "bekijk de hele agenda", "bekijk alle evenementen", "verberg deze bron",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "tik om verder te gaan", "tik om door te gaan", "tik om verder te lezen",
            "dit delen", "vind ik leuk", "vind ik leuk laden",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "vastgepind", "vastgezet", "vastgepind bericht",
            "naar de inhoud", "naar navigatie", "ga naar navigatie", "naar zoeken", "ga naar zoeken", "ga naar de inhoud", "direct naar de inhoud", "ga direct naar de inhoud", "spring naar de inhoud", "naar de hoofdinhoud", "naar hoofdinhoud", "ga naar hoofdinhoud", "delen", "printen", "zoeken", "advertentie", "sluiten",
            "inloggen", "abonneren", "vorig artikel", "volgend artikel", "terug naar boven", "accepteren", "weigeren", "instellingen", "volg ons",
            "meer weten", "lees verder",
            "vorige", "volgende", "contact", "aanbevolen voor jou", "laatste nieuws", "fout gezien?", "luister naar dit artikel", "privacyverklaring",
            "link kopiëren", "meer laden", "bekijk de video", "gesponsord", "meest gelezen",
            "luister naar dit verhaal", "beluister dit artikel", "lees verder na de advertentie", "deel dit artikel", "deel dit bericht", "artikel delen", "bewaren", "artikel bewaren", "opslaan", "bewaar artikel"
        },
        PaywallLabels = new[] { "alleen voor abonnees", "exclusief voor abonnees" },
        PageObjectWords = Words("inhoud"),
        AdvertWords = Words("advertentie advertenties reclame"),
        // "artikel" is listed once, with German.
        ResumeWords = Words("verhaal"),
        SubscriberNouns = Words("abonnee abonnees"),
        ShareVerbs = Words("delen deel"),
        MenuWords = Words(
            "delen printen zoeken inloggen abonneren kopieer stuur nieuws regio binnenland buitenland economie opmerkelijk " +
            "accepteren weigeren instellingen kopiëren"),
        ReportWords = Words("filmpje"),
        LinkLabels = new[] { "fotogalerij", "fotoserie", "kijk", "lees", "luister", "bekijk", "luister ook", "kijk ook", "gerelateerd" },
        LinkPrefixes = new[] { "lees ook", "lees meer", "bekijk ook", "vorig artikel:", "volgend artikel:", "meer over dit onderwerp" },
        SignUpPhrases = new[] { "wij gebruiken cookies", "we gebruiken cookies", "je e-mailadres", "uw e-mailadres", "meld je aan", "steun onze", "in je mailbox", "in je inbox", "download de app", "download onze app", "maandelijks opzegbaar", "volg ons op", "ontvang elke", "speciale aanbieding" },
        AppealPhrases = new[] { "je krant heeft je nodig", "uw krant heeft u nodig", "dit artikel is alleen voor abonnees", "dit artikel is exclusief voor abonnees", "journalistiek kost geld", "steun ons met", "met een abonnement", "tip de redactie", "mail ons", "heb je een tip", "op elk moment afmelden", "op elk moment uitschrijven", "steun onafhankelijke journalistiek", "steun de journalistiek", "dit artikel verscheen", "uw opiniebijdrage", "je opiniebijdrage", "stuur uw reactie", "stuur je reactie", "kan brieven inkorten", "ook een brief schrijven", "help ons om", "help ons door", "als je onze journalistiek", "steun lokale journalistiek", "steun de lokale journalistiek", "een vraag over dit artikel", "vragen over dit artikel" },
        RightsPhrases = new[] { "alle rechten voorbehouden" },
        CompanyForms = new[] { "b.v", "bv", "n.v", "nv", "v.o.f", "vof", "cv" },
        FeedLabels = new[] { "voorpagina", "net binnen", "nieuwsoverzicht", "nieuwsflits", "koppen", "nieuwsfeed", "het laatste" },
        AddressWords = Words("u jij je jou jouw jullie uw"),
        FirstPersonWords = Words("ik mij mijn wij ons"),
        QuestionWords = Words("waarom hoe wat wanneer waar welke hoeveel"),
        TerminatorPrefixes = new[] { "reacties", "reageer", "trefwoorden", "meest gelezen", "meer nieuws", "gerelateerde artikelen", "over de auteur", "bekijk reacties", "over hetzelfde onderwerp", "meer artikelen over", "ontdek meer artikelen" },
        CommentCountWords = Words("reactie"),
        ReactionCountWords = new[] { "antwoord", "antwoorden", "vind-ik-leuks", "vind-ik-leuk", "keer gedeeld" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "peiling" },
        PollCountWords = new[] { "lezers", "hebben" },
        PollVoteWords = new[] { "stemmen", "gestemd", "stemden" },
        // "laden" of "Alle reacties laden" is listed once, with German.
        RevealVerbs = new[] { "bekijk", "bekijken", "toon", "tonen", "lees", "lezen", "laad" },
        ReadingTimePhrases = new[] { "leestijd" },
        SummaryOpeners = new[] { "in het kort", "belangrijkste punten", "wat je moet weten" },
        SectionNames = new[] { "cultuur", "vacatures", "opinie", "columns", "wonen", "gezondheid", "onderwijs", "achtergrond", "familieberichten", "evenementen", "politiek", "weer", "verkeer", "uit", "lokaal", "puzzels", "digitale krant", "overlijdensberichten" },
        ReadingWords = Words("leesduur lezen duur"),
        EmailFieldWords = Words("e-mailadres mailadres adres"),
        // "we" is listed once, in English.
        ReaderWords = Words("je jij jouw uw wij ons onze meld"),
        MinuteWords = Words("minuut"),
        // "Duur: 23:14 · 2 december 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("duur lengte speelduur"),
        NoticePhrases = new[] { "vertaald", "vertaling", "weerspiegelt niet", "oorspronkelijke versie", "bezoeker", "persoonsgegevens" },
        // "De Echo": a paper named by its echo reads as one through the English list's "echo" (a word is listed in one language).
        PublicationWords = Words("dagblad krant courant nieuwsblad"),
        PublicationEndings = Words("krant courant"),
        // "Youssef el Amrani": Dutch news writes a Moroccan family name's particle in lower case.
        NameJoiners = Words("van de der den ter ten el"),
        // "zei mr. Koen Verhoeven": a Dutch title's full stop, in lower case, ends no sentence.
        Abbreviations = Words("mr dhr mevr drs ir ing dr prof"),
        CoAuthorWords = Words("met"),
        AuthorBoxLabels = new[] { "over de auteur", "over de schrijver", "de auteur", "het team", "ons team", "over de schrijfster" },
        AuthorLinks = new[] { "alle artikelen van", "alle artikelen", "meer artikelen van", "volg ", "bekijk profiel" },
        PieceLeads = new[] { "een column van", "een commentaar van", "een opiniestuk van" },
        CorrectionLabels = new[] { "correctie:", "rectificatie:", "herstelling:" },
        AmendmentOpeners = new[] { "dit artikel is gecorrigeerd", "dit bericht is gecorrigeerd", "dit bericht is aangepast" },
        WriterVerbs = Words("schrijft volgt leidt"),
        EarlierVersionPhrases = new[] { "eerdere versie", "vorige versie", "eerste versie" },
        OwnViewsPhrases = new[] { "voor rekening van de auteur", "voor rekening van de schrijver", "mening van de auteur weer", "mening van de schrijver weer", "persoonlijke mening van de auteur", "het standpunt van de redactie", "de mening van de redactie" },
        NoteSubjects = new[] { "dit opiniestuk", "opiniestukken", "de meningen", "de inhoud van deze" },
        ThisPiecePhrases = new[] { "dit artikel", "dit bericht", "dit stuk", "deze column" },
        AuthorsBoxLabels = new[] { "de auteurs", "over de auteurs" },
        PrintNotices = new[] { "dit interview verscheen", "dit verhaal verscheen", "dit stuk verscheen" },
        PrintEditionWords = Words("krant editie papieren nummer"),
        CreditRoles = Words("eindredactie bewerking"),
        WireReporterLeads = new[] { "verslaggeving door", "verslaggeving:", "geschreven door", "tekst:" },
        WireCreditLeads = new[] { "aanvullende verslaggeving door", "redactie:", "eindredactie:", "bewerkt door", "bewerking:", "vertaald door", "vertaling:" },
        StandardsLabels = new[] { "onze normen:", "onze standaarden:", "onze principes:" },
        ConsentPhrases = new[] { "wij en onze partners", "we en onze partners" },
        ConsentWords = Words("gegevens"),
        ColonLeadWords = Words("zijn wordt heeft hebben haar hun"),
        WhatOpeners = new[] { "wat " },
        SourceLabels = new[] { "bron:", "bronnen:" },
        // "is" opens a Dutch note on the writer as an English one; the tables are one union, so it is listed there once.
        NoteCopulas = Words("zijn"),
        // "geboren" is German's BirthWords entry too, and a word is listed in one language only.
        DeathWords = Words("overleden gestorven"),
        MatchFactLabels = new[] { "doelpunten", "scheidsrechter", "toeschouwers", "gele kaarten", "rode kaart" },
        // "Interview" alone is listed once, with English.
        InterviewLabels = new[] { "het interview", "het gesprek" },
        InterviewCredits = new[] { "interview door" },
        AnswerWords = Words("nee"),
        CounterJoiners = new[] { "van" },
        RatingLabels = new[] { "beoordeling", "waardering", "cijfer", "oordeel" },
        StarWords = new[] { "sterren", "ster" },
        LettersLabels = new[] { "lezersbrieven", "ingezonden brieven", "brieven" },
        WithheldNames = new[] { "naam bij de redactie bekend", "naam en adres bij de redactie bekend" },
        ReadOnLinks = new[] { "lees verder", "lees meer", "lees het artikel" },
        InfoLeads = new[] { "meer informatie", "informatie", "inlichtingen" },
        ReleaseNotices = new[] { "onderstaande tekst is een persbericht", "de onderstaande tekst is een persbericht" },
        ReleaseStamps = new[] { "voor onmiddellijke publicatie", "voor onmiddellijke verspreiding", "voor directe publicatie", "direct te publiceren" },
        ReleaseLabels = new[] { "persbericht", "persmededeling", "perscommuniqué" },
        JumpWords = Words("vervolg verder lees zie"),
        // "pagina" is listed once, with Italian.
        PageWords = Words("blz bladzijde"),
        AboutLeads = new[] { "over" },
        PressContactLabels = new[] { "perscontact", "contact voor de pers", "noot voor de redactie", "noot voor redacties", "noot aan de redactie" },
        EnergyUnits = new[] { "calorieën", "kilocalorieën" },
        WorkDetailLabels = new[] { "met", "duur", "speelduur", "uitgeverij", "pagina's", "scenario" },
        RunOnWords = new[] { "sinds", "tot", "vanaf", "per", "op" },
        // "in" and "op" end as many lines cut off before their noun as clauses: only particles that rarely open a noun phrase.
        SeparableParticles = Words("aan af uit mee toe"),
        ListAnnouncers = Words("volgende"),
        DeskWords = Words("persbureau persdienst afdeling"),
        DeskHeads = Words("persbureau persdienst"),
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "versturen", "verstuur" },
        LearnMorePrefixes = new[] { "meer weten:", "lees verder:" },
        PlayerLines = new[] { "nu aan het afspelen", "video wordt geladen", "speler wordt geladen", "transcriptie", "toon transcript", "lees het transcript" },
        EmbedLabels = new[] { "bekijken op x", "bekijk op x", "bekijken op twitter", "bekijk dit bericht op instagram", "bekijk op instagram", "bekijken op facebook", "bekijken op threads", "bekijk op tiktok", "bekijken op tiktok" },
        EmbedCredits = new[] { "een bericht gedeeld door" },
        VoiceAssistantPrompts = new[] { "vraag je slimme speaker", "vraag uw slimme speaker", "vraag je spraakassistent", "vraag uw spraakassistent", "zeg \"alexa", "zeg „alexa", "zeg \"hey google" },
        TranscriptNotices = new[] { "dit transcript", "deze transcriptie" },
        MachineMadeWords = new[] { "spraakherkenning" },
        TextFlawWords = new[] { "fout", "onjuistheden", "onnauwkeurigheden", "vergissingen" },
        SignUpConsentPhrases = new[] { "door je aan te melden ga je akkoord", "door je aan te melden, ga je akkoord", "door u aan te melden gaat u akkoord", "door u aan te melden, gaat u akkoord" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "exclusief" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "een artikel van", "tekst " },
        HostCredits = new[] { "gepresenteerd door", "presentatie:" },
        SponsorLeads = new[] { "gesponsord door", "in samenwerking met", "in partnerschap met", "mede mogelijk gemaakt door", "met steun van", "aangeboden door" },
        DevelopingNotices = new[] { "meer volgt", "later meer", "meer informatie volgt", "update volgt", "updates volgen", "dit bericht wordt aangevuld", "dit bericht wordt bijgewerkt", "dit bericht wordt geüpdatet", "dit artikel wordt aangevuld", "dit artikel wordt bijgewerkt", "dit artikel wordt geüpdatet", "nieuws in ontwikkeling" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "einde van het artikel", "einde artikel", "einde van het bericht", "einde bericht" },
        VenueWords = Words("straat laan plein brug hal"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("persbureaus"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "geluid uit", "geluid aan", "dempen", "dempen opheffen", "volledig scherm", "volledig scherm sluiten", "ondertitels", "ondertiteling", "video afspelen", "video pauzeren", "afspeelsnelheid", "automatisch afspelen", "inzoomen", "uitzoomen", "vergroten", "verkleinen" },
        PlayerStates = Words("aan uit"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls. "Nachtmodus" is listed under German, which spells it alike.
        ReadingSettings = new[] { "donkere modus", "lichte modus", "leesmodus", "tekstgrootte", "lettergrootte", "lettertype", "regelafstand" },
        // Session 61, pages3: the controls that unfold a folded section of the page (or fold it back), whole lines only.
        RevealControls = new[] { "toon meer", "meer weergeven", "bekijk meer", "alles weergeven", "toon alles", "uitklappen", "minder weergeven", "toon minder", "volledige tekst tonen", "toon volledige tekst" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "een reportage van" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "dit artikel verscheen eerder in", "dit artikel verscheen eerder op", "dit artikel verscheen oorspronkelijk in", "dit artikel is eerder gepubliceerd in", "dit artikel werd eerder gepubliceerd in", "overgenomen met toestemming van", "dit artikel verscheen eerder bij", "dit artikel is eerder gepubliceerd door", "dit artikel werd eerder gepubliceerd door", "dit artikel verscheen oorspronkelijk op" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name ("aangeboden door"
        // is a sponsor's lead in Dutch, so it is not listed here).
        ProviderLeads = new[] { "geleverd door", "aangeleverd door", "doorgestuurd van", "opgeslagen van", "opgeslagen vanaf" },
        ChatExportHeaders = new[] { "chatgeschiedenis van", "chatgeschiedenis met" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
