using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Its stopwords, its page chrome and its calendar, and the particles of its names.

/// <summary>German.</summary>
internal static class German
{
    public static Lexicon Lexicon { get; } = new("de")
    {
        Speech = Speech.GermanSpeech.Words,
        NounArticles = Words("der die das den dem des ein eine einen einem einer eines"),
        ClockWords = Words("Uhr"),
        Stopwords = Words(
            "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie wird bei nach sie er wir " +
            "ich sind waren haben wurde wurden werden noch nur oder aber dass einen einem einer eines vom zum zur über unter aus " +
            "durch gegen ohne kein keine mehr sehr schon wenn ihre ihren sein seine seiner diese dieser dieses kann soll hatte"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "mich mir dich dir uns euch ihm ihn ihnen ihr dann denn doch weil damit bevor seit bis hinter neben vor immer " +
            "wieder jetzt dort nun etwa jedoch sowie jede jeder jedes jeden ihrem ihrer ihres seinem seinen unser unsere " +
            "mein meine hat habe wäre würde würden könnte konnte sollte beim ins dabei dazu darauf ob wo wer warum"),
        NationalityNouns = Words(
            "spanier spanierin franzose französin italiener italienerin engländer engländerin brite britin schweizer " +
            "schweizerin österreicher österreicherin däne dänin schwede schwedin niederländer niederländerin amerikaner " +
            "amerikanerin russe russin"),
        Months = Words("januar februar märz april mai juni juli august september oktober november dezember"),
        MonthVariants = new[] { "jänner=januar", "feber=februar" },
        // "Mrz" is no start of "März": the short forms a dateline prints that no month's name begins with.
        ShortMonths = Words("jan feb mrz apr mai jun jul aug sep okt nov dez"),
        Weekdays = Words("montag dienstag mittwoch donnerstag freitag samstag sonntag"),
        WeekdayParts = Words("abend morgen mittag nachmittag vormittag nacht"),
        DatelinePrefixes = new[] { "veröffentlicht", "erstellt am", "erstellt:", "erschienen am", "gehalten am", "artikel veröffentlicht am" },
        UpdatePrefixes = new[] { "aktualisiert", "zuletzt aktualisiert", "stand:" },
        BroadcastPrefixes = new[] { "ausgestrahlt am", "gesendet am", "erstausstrahlung", "sendung vom" },
        RelativeDatePrefixes = new[] { "vor " },
        BylinePrefixes = new[] { "von ", "von:", "text:", "text von", "ein bericht von", "ein artikel von", "ein beitrag von", "autor:", "autorin:", "mit material von", "geschrieben von", "text und fotos:", "text und bilder:", "text und foto:", "text und fotos von", "text und foto von", "text und bilder von", "ein kommentar von", "eine kolumne von", "ein gastbeitrag von", "ein essay von" },
        // Session 57, pages: a podcast's host credited under the episode's headline.
        HostCredits = new[] { "moderiert von", "moderation:" },
        SponsorLeads = new[] { "gesponsert von", "in partnerschaft mit", "in zusammenarbeit mit", "in kooperation mit", "präsentiert von", "mit freundlicher unterstützung von" },
        DevelopingNotices = new[] { "mehr in kürze", "mehr folgt", "weitere informationen folgen", "weitere details folgen", "weitere informationen in kürze", "dieser artikel wird laufend aktualisiert", "dieser artikel wird fortlaufend aktualisiert", "dieser artikel wird aktualisiert", "dieser beitrag wird laufend aktualisiert", "dieser beitrag wird fortlaufend aktualisiert", "dieser beitrag wird aktualisiert", "diese meldung wird aktualisiert", "diese meldung wird laufend aktualisiert" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "ende des artikels", "ende des beitrags", "ende der meldung", "artikelende" },
        BylineRoles = Words("korrespondent korrespondentin korrespondenten redakteur redakteurin redaktion journalistin kritiker kritikerin pressewart pressewartin pressesprecher pressesprecherin pressereferent pressereferentin"),
        BylineRolePlurals = Words("korrespondentinnen redakteure redakteurinnen journalisten journalistinnen"),
        // "Foto:" signs photos in German, Spanish, Italian and Dutch alike; it is listed here once.
        // "foto" opens a credit in Spanish, Italian, Portuguese and Dutch too; the tables are one union, so it is listed once.
        CreditWords = Words("foto fotos bild bilder grafik grafiken visualisierung visualisierungen"),
        CreditMarks = new[] { "foto:", "bild:", "fotos:", "bildquelle:", "quelle: dpa", "/ dpa", "(dpa)" },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archivieren", "favorit", "tag hinzufügen", "tags hinzufügen",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "jetzt spenden", "ich spende", "alle termine", "alle termine anzeigen", "diese quelle ausblenden",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "tippen zum weiterlesen", "zum weiterlesen tippen", "tippen, um fortzufahren", "zum fortfahren tippen",
            "teilen mit", "gefällt mir", "gefällt mir wird geladen",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "angepinnt", "angeheftet", "fixiert", "angepinnter beitrag", "fixierter beitrag",
            "zum inhalt springen", "zum hauptinhalt springen", "zur navigation springen", "zur suche springen", "zum menü springen", "direkt zum inhalt", "direkt zum hauptinhalt", "zum inhalt", "teilen", "artikel teilen", "drucken",
            "startseite", "suche", "menü", "anmelden", "abmelden", "anzeige", "werbung", "schließen", "abonnieren",
            "zurück nach oben", "nach oben", "vorheriger artikel", "nächster artikel", "mehr zum thema", "auch interessant",
            "alle akzeptieren", "nur notwendige cookies", "einstellungen", "folgen sie uns",
            "zum weiterlesen", "mehr erfahren",
            "zurück", "weiter", "empfohlen für sie", "neueste artikel", "fehler melden", "artikel anhören", "datenschutzerklärung",
            "datenschutz", "impressum", "kontakt", "link kopieren", "mehr laden", "video ansehen", "gesponsert", "meistgelesen", "seite drucken",
            "cookie-einstellungen",
            "weiterlesen nach der anzeige", "artikel wird unter der anzeige fortgesetzt", "lesen sie nach der anzeige weiter", "beitrag anhören", "artikel vorlesen", "diesen artikel teilen", "beitrag teilen", "merken", "artikel merken", "speichern", "zur merkliste"
        },
        PaywallLabels = new[] { "nur für abonnenten", "exklusiv für abonnenten" },
        PageObjectWords = Words("inhalt"),
        AdvertWords = Words("anzeige werbung werbeanzeige"),
        ResumeWords = Words("geht artikel"),
        SubscriberNouns = Words("abonnent abonnentin abonnenten abonnentinnen"),
        ShareVerbs = Words("teilen"),
        MenuWords = Words(
            "teilen drucken suche menü anmelden startseite kopieren impressum datenschutz agb kontakt lokales politik wirtschaft " +
            "kultur ratgeber anzeigen"),
        ReportWords = Words("beitrag filmbeitrag"),
        LinkLabels = new[] { "fotogalerie", "bildergalerie", "lesetipp", "anhören", "audio anhören", "ansehen", "weiterlesen", "mehr lesen", "verwandte artikel", "verwandte themen" },
        LinkPrefixes = new[] { "lesen sie auch", "lesen sie mehr", "auch interessant:", "mehr dazu:", "vorheriger artikel:", "nächster artikel:", "lesen sie mehr zum thema", "mehr zum thema", "zum audio:", "zum video:" },
        SignUpPhrases = new[] { "jetzt anmelden", "jetzt abonnieren", "abo ab", "unterstützen sie", "wir verwenden cookies", "e-mail-adresse", "in ihrem postfach", "laden sie unsere app", "app herunterladen", "jederzeit kündbar", "folgen sie uns auf", "sonderangebot", "jetzt kostenlos testen", "lesen sie weiter mit" },
        ReaderWords = Words("wir unser unsere unserer unseren unserem uns"),
        PoliteReaderWords = Words("Sie Ihr Ihre Ihrer Ihren Ihrem Ihnen"),
        AppealPhrases = new[] { "ihre zeitung braucht sie", "dieser artikel ist nur für abonnenten", "dieser artikel ist exklusiv für abonnenten", "journalismus kostet geld", "unterstützen sie uns mit", "mit einem abonnement", "hinweis für uns", "schreiben sie uns", "kontaktieren sie die redaktion", "jederzeit abbestellen", "jederzeit abmelden", "unterstützen sie unabhängigen", "unterstützen sie unseren", "dieser artikel erschien", "leserbriefe geben nicht", "kürzungen von leserbriefen", "helfen sie uns", "hilf uns", "wenn ihnen unsere arbeit", "wenn ihnen unser journalismus", "unterstützen sie den lokaljournalismus", "unterstützen sie lokaljournalismus", "hinweis für die redaktion", "tipp für die redaktion", "eine frage zu diesem artikel", "fragen zu diesem artikel" },
        RightsPhrases = new[] { "alle rechte vorbehalten" },
        CompanyForms = new[] { "gmbh", "mbh", "gmbh & co. kg", "ag", "kg", "eg", "e.v", "e. v", "ug", "se" },
        FeedLabels = new[] { "titelseite", "schlagzeilen", "newsticker", "ticker", "topthemen", "top-themen", "eilmeldungen", "neueste meldungen", "aktuelle meldungen" },
        // "wie" asks in Dutch too; listed once.
        CapitalisesNouns = true,
        AddressWords = Words("du dich dir dein deine deinen deinem deiner euch euer eure"),
        FirstPersonWords = Words("ich mich mir mein meine wir uns unser"),
        QuestionWords = Words("warum wieso weshalb wie was wer wann wo welche welcher welches"),
        TerminatorPrefixes = new[]
        {
            "hinweis für redaktionen", "hinweise für redaktionen",
            "kommentare", "kommentieren", "mehr aus", "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen",
            "schlagworte:", "themen:", "über den autor", "über die autorin", "kommentare anzeigen", "zum selben thema",
            "weitere artikel zum thema", "mehr artikel zum thema",
            "hat ihnen dieser beitrag gefallen", "hat ihnen dieser artikel gefallen", "war dieser artikel hilfreich", "war dieser beitrag hilfreich",
            "mehr nachrichten",
        },
        CommentCountWords = Words("kommentar"),
        ReactionCountWords = new[] { "antwort", "antworten", "gefällt mir", "„gefällt mir“-angaben", "mal geteilt", "reaktionen" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "umfrage", "leserumfrage" },
        PollCountWords = new[] { "leser", "haben", "teilnehmer" },
        PollVoteWords = new[] { "stimmen", "abgestimmt" },
        RevealVerbs = new[] { "anzeigen", "ansehen", "zeigen", "lesen", "laden" },
        ReadingTimePhrases = new[] { "lesezeit", "lesedauer" },
        SummaryOpeners = new[] { "das wichtigste in kürze", "das wichtigste", "auf einen blick", "in kürze" },
        SectionNames = new[] { "nachrichten", "region", "panorama", "service", "leserbriefe", "wetter", "verkehr", "blaulicht", "meinung", "freizeit", "veranstaltungen", "termine", "traueranzeigen", "immobilien", "stellenmarkt", "deutschland", "welt", "vereine", "gesundheit", "bildung", "digital", "reise", "mobilität", "rätsel", "e-paper", "kleinanzeigen" },
        ReadingWords = Words("lesen dauer"),
        // E-mail field words: "E-Mail-Adresse" reads as "mail" (English list) and "adresse" (French list).
        MinuteWords = Words("minuten"),
        // "Dauer: 23:14 · 2. Dezember 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("dauer länge laufzeit spieldauer"),
        NoticePhrases = new[] { "übersetz", "haftungsausschluss", "maßgeblich", "originalfassung", "gibt nicht die meinung", "besucher", "personenbezogene daten" },
        // "Darmstädter Echo": a paper named by its echo reads as one through the English list's "echo" (a word is listed in one language).
        PublicationWords = Words("zeitung allgemeine rundschau kurier anzeiger tagblatt nachrichten presse bote"),
        PublicationEndings = Words("zeitung kurier anzeiger rundschau"),
        NameJoiners = Words("von"),
        CoAuthorWords = Words("mit"),
        Agencies = new[] { "epd", "kna", "dpa" },
        AuthorBoxLabels = new[] { "über den autor", "über die autorin", "zum autor", "zur autorin", "der autor", "die autorin", "das team", "unser team" },
        AuthorLinks = new[] { "alle artikel von", "alle artikel", "alle beiträge von", "mehr artikel von", "autorenprofil", "zum autorenprofil" },
        PieceLeads = new[] { "ein kommentar von", "eine kolumne von", "ein gastbeitrag von", "ein essay von" },
        CorrectionLabels = new[] { "korrektur:", "berichtigung:", "korrekturhinweis:", "anmerkung der redaktion:" },
        AmendmentOpeners = new[] { "dieser artikel wurde korrigiert", "dieser beitrag wurde korrigiert", "diese meldung wurde korrigiert", "diese meldung wurde berichtigt" },
        WriterVerbs = Words("schreibt berichtet leitet"),
        EarlierVersionPhrases = new[] { "früheren version", "vorherigen version", "ersten version", "früheren fassung", "ersten fassung" },
        OwnViewsPhrases = new[] { "meinung des autors wieder", "meinung der autorin wieder", "meinung des verfassers wieder", "meinung der verfasserin wieder", "die meinung der redaktion", "die haltung der redaktion" },
        NoteSubjects = new[] { "gastbeiträge", "gastkommentare", "meinungsbeiträge", "dieser beitrag", "dieser gastbeitrag", "dieser kommentar", "diese kolumne", "kommentare geben", "kolumnen" },
        ThisPiecePhrases = new[] { "dieses artikels", "dieses beitrags", "dieses textes", "dieser meldung", "dieses kommentars" },
        AuthorsBoxLabels = new[] { "die autoren", "über die autoren" },
        PrintNotices = new[] { "dieses interview erschien", "dieser text erschien", "dieser beitrag erschien", "über dieses thema berichtete", "über dieses thema hat" },
        PrintEditionWords = Words("ausgabe printausgabe druckausgabe zeitungsausgabe hörfunk"),
        CreditRoles = Words("redigiert bearbeitet übersetzt"),
        WireReporterLeads = new[] { "bericht von", "berichterstattung von", "reporter:", "text von", "geschrieben von", "verfasst von" },
        WireCreditLeads = new[] { "mitarbeit:", "mitarbeit von", "redigiert von", "bearbeitet von", "übersetzt von", "redaktion:" },
        StandardsLabels = new[] { "unsere standards:", "unsere grundsätze:" },
        ConsentPhrases = new[] { "wir und unsere partner" },
        ConsentWords = Words("daten"),
        ColonLeadWords = Words("ist sind war waren wird hat haben hatte sein seine seiner ihre ihrer"),
        WhatOpeners = new[] { "was " },
        NoteCopulas = Words("ist sind"),
        BirthWords = Words("geboren"),
        DeathWords = Words("gestorben verstorben"),
        MatchFactLabels = new[] { "tore", "torschützen", "zuschauer", "schiedsrichter", "gelbe karten", "rote karte" },
        InterviewLabels = new[] { "das interview", "im interview", "im gespräch", "das gespräch" },
        InterviewCredits = new[] { "das interview führte", "das gespräch führte" },
        // "ja" answers in Dutch too; it is listed here once.
        AnswerWords = Words("ja nein"),
        CounterJoiners = new[] { "von" },
        RatingLabels = new[] { "bewertung", "unsere bewertung", "wertung" },
        StarWords = new[] { "sternen", "sterne", "stern" },
        LettersLabels = new[] { "leserbriefe", "leserbrief", "briefe an die redaktion" },
        WithheldNames = new[] { "name der redaktion bekannt", "name ist der redaktion bekannt" },
        ReadOnLinks = new[] { "weiterlesen", "mehr lesen", "zum artikel" },
        InfoLeads = new[] { "weitere informationen", "informationen", "auskunft" },
        ReleaseNotices = new[] { "der folgende text ist eine pressemitteilung", "bei diesem text handelt es sich um eine pressemitteilung", "bei dem folgenden text handelt es sich um eine pressemitteilung" },
        ReleaseStamps = new[] { "zur sofortigen veröffentlichung", "zur sofortigen freigabe", "sofort zur veröffentlichung", "zur veröffentlichung freigegeben" },
        ReleaseLabels = new[] { "pressemitteilung", "presseinformation", "pressemeldung", "medienmitteilung", "medieninformation" },
        // "Weiter auf Seite 7"; "weiter" alone on its line is also a pager's link (NavigationLines).
        JumpWords = Words("fortsetzung fortgesetzt siehe weiter"),
        PageWords = Words("seite s"),
        AboutLeads = new[] { "über" },
        PressContactLabels = new[] { "pressekontakt", "kontakt für medien", "medienkontakt" },
        EnergyUnits = new[] { "kalorien" },
        WorkDetailLabels = new[] { "regie", "mit", "länge", "laufzeit", "fsk", "verlag", "seiten", "darsteller", "drehbuch", "spieldauer" },
        RunOnWords = new[] { "seit", "bis", "ab", "vor", "zum", "zur", "am" },
        // "mit", "vor", "bei", "um" end as many lines cut off before their noun as clauses: only the particles that rarely do.
        SeparableParticles = Words("zu ab an auf aus ein"),
        SourceLabels = new[] { "quelle:", "quellen:" },
        ListAnnouncers = Words("folgende folgenden folgender folgendes"),
        // "Südwelle-Studio Talbach": a broadcaster's regional studio, the desk a writer files from.
        DeskWords = Words("agentur nachrichtenagentur pressestelle pressebüro pressedienst studio"),
        DeskHeads = Words("agentur nachrichtenagentur presseagentur pressedienst pressestelle pressebüro"),
        // "Von Jonas Berg, Regionaler Dienst Nord": the service after the writer's comma; the union reads Dutch "Dienst" too.
        JobOfficeWords = Words("dienst"),
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "senden", "versenden" },
        LearnMorePrefixes = new[] { "mehr erfahren:" },
        PlayerLines = new[] { "wird geladen", "video wird geladen", "player wird geladen", "transkript", "transkript anzeigen", "zum transkript" },
        EmbedLabels = new[] { "auf x ansehen", "auf twitter ansehen", "diesen beitrag auf instagram ansehen", "auf instagram ansehen", "auf facebook ansehen", "auf threads ansehen", "auf tiktok ansehen" },
        EmbedCredits = new[] { "ein beitrag geteilt von" },
        VoiceAssistantPrompts = new[] { "fragen sie ihren smart speaker", "fragen sie ihren sprachassistenten", "frag deinen smart speaker", "frag deinen sprachassistenten", "sagen sie ihrem smart speaker", "sag deinem smart speaker", "sagen sie „alexa", "sag „alexa", "„alexa, spiele" },
        TranscriptNotices = new[] { "dieses transkript", "diese abschrift" },
        MachineMadeWords = new[] { "automatisch", "spracherkennung", "maschinell" },
        TextFlawWords = new[] { "fehler", "ungenauigkeit", "irrtum", "irrtümer" },
        SignUpConsentPhrases = new[] { "mit ihrer anmeldung akzeptieren sie", "mit ihrer anmeldung stimmen sie", "mit deiner anmeldung akzeptierst du", "mit deiner anmeldung stimmst du" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "fotostrecke", "exklusiv", "liveblog", "liveticker", "eilmeldung" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        VenueWords = Words("straße strasse platz stadion halle brücke weg allee"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agenturen nachrichtenagenturen"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "ton aus", "ton an", "ton ein", "stummschalten", "stummschaltung aufheben", "vollbild", "vollbildmodus", "vollbild beenden", "untertitel", "video abspielen", "video pausieren", "wiedergabegeschwindigkeit", "automatische wiedergabe", "bild im bild", "vergrößern", "verkleinern", "hineinzoomen", "herauszoomen" },
        PlayerStates = Words("an aus ein"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls.
        ReadingSettings = new[] { "dunkelmodus", "dunkler modus", "heller modus", "nachtmodus", "lesemodus", "textgröße", "schriftgröße", "schriftart", "zeilenabstand" },
        // Session 61, pages3: the controls that unfold a folded section of the page (or fold it back), whole lines only.
        RevealControls = new[] { "mehr anzeigen", "alles anzeigen", "mehr sehen", "mehr zeigen", "ausklappen", "aufklappen", "weniger anzeigen", "text anzeigen", "ganzen text anzeigen", "vollständigen text anzeigen" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it ("ein bericht von" is a byline prefix).
        ReportCredits = new[] { "eine reportage von" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "dieser artikel erschien zuerst in", "dieser artikel erschien zuerst im", "dieser artikel erschien ursprünglich in", "dieser artikel erschien ursprünglich im", "dieser beitrag erschien zuerst in", "dieser beitrag erschien zuerst im", "dieser beitrag erschien ursprünglich in", "dieser beitrag erschien ursprünglich im", "dieser artikel erschien zuerst bei", "dieser artikel erschien ursprünglich bei", "dieser beitrag erschien zuerst bei", "dieser beitrag erschien ursprünglich bei", "dieser artikel erschien zuerst auf", "dieser artikel erschien ursprünglich auf", "dieser beitrag erschien zuerst auf", "dieser beitrag erschien ursprünglich auf" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "bereitgestellt von", "bereitgestellt vom", "weitergeleitet von", "gespeichert von", "gespeichert aus" },
        ChatExportHeaders = new[] { "chatverlauf mit", "chatverlauf von", "chatverlauf des", "chatverlauf der" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
