using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Its stopwords, its page chrome and its calendar, and the particles of its names.

/// <summary>Italian.</summary>
internal static class Italian
{
    public static Lexicon Lexicon { get; } = new("it")
    {
        Speech = Speech.ItalianSpeech.Words,
        NounArticles = Words("il lo la i gli le l' un uno una un'"),
        ClockWords = Words("ora ore"),
        Stopwords = Words(
            "il lo la gli le di del della e è che un una per non con si da al nel sono come anche più ma questo " +
            "alla alle dei delle degli nella nelle sul sulla dal dalla ha hanno essere stato stata però tra fra dopo senza " +
            "ancora quando perché cui già molto tutti questa quello"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "io noi voi loro ti ci vi mio mia miei mie tuo tua suo suoi nostro nostra vostro questi queste quelli quella " +
            "quelle quale quali chi ed né poi anzi quindi oppure mentre prima tutto tutta tutte ogni altro altra altri " +
            "altre stesso stessa dallo dai dagli dalle nello negli sugli sui sulle coi agli allo ai erano sarà può fatto " +
            "aveva sia siano stati nei dello fino contro presso dunque invece ciò essa esso"),
        Months = Words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
        Weekdays = Words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        DatelinePrefixes = new[] { "pubblicato", "pronunciato il", "articolo pubblicato il" },
        UpdatePrefixes = new[] { "aggiornato", "ultimo aggiornamento" },
        BroadcastPrefixes = new[] { "trasmesso il", "trasmessa il", "andato in onda il", "andata in onda il" },
        RelativeDateSuffixes = new[] { " fa" },
        BylinePrefixes = new[] { "di ", "di:", "a cura di", "scritto da", "autore:", "autrice:", "testo di", "testo:", "dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente", "dalla nostra corrispondente", "con informazioni di", "testo e foto:", "testo e foto di", "testo e fotografie:", "testo e fotografie di", "un commento di", "un editoriale di", "una rubrica di" },
        BylineRoles = Words("corrispondente redattore redattrice redazione giornalista inviato inviata"),
        BylineRolePlurals = Words("corrispondenti redattori redattrici giornalisti inviati inviate"),
        CreditWords = Words("immagine immagini infografica infografiche fotografie illustrazione illustrazioni"),
        CreditMarks = new[] { "foto di", "(foto", "(ansa)", "/ ansa" },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archivia", "preferito", "aggiungi tag", "aggiungi etichetta",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "dona ora", "faccio una donazione", "vedi tutta l'agenda", "vedi tutta l’agenda", "vedi tutti gli eventi", "nascondi questa fonte",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "tocca per continuare", "tocca per proseguire", "clicca per continuare",
            "mi piace", "mi piace caricamento",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "fissato", "post fissato", "messaggio fissato",
            "vai al contenuto", "vai al menu", "salta al menu", "vai alla ricerca", "vai alla navigazione", "salta al contenuto", "vai al contenuto principale", "salta al contenuto principale", "condividi", "stampa", "cerca", "pubblicità", "chiudi", "accedi", "abbonati",
            "articolo precedente", "articolo successivo", "torna su", "accetta", "rifiuta", "personalizza", "seguici",
            "per approfondire", "per saperne di più",
            "precedente", "successivo", "consigliati per te", "ultime notizie", "segnala un errore", "ascolta l'articolo", "ascolta l’articolo",
            "informativa sulla privacy", "contatti", "copia link", "carica altri", "guarda il video", "sponsorizzato", "i più letti",
            "ascolta questo articolo", "ascolta la notizia", "continua a leggere dopo la pubblicità", "condividi questo articolo", "condividi l'articolo", "condividi l’articolo", "condividi questa notizia", "condividi la notizia", "salva", "salva articolo", "aggiungi ai preferiti",
            // A comment button alone on its line, under the byline or the share bar.
            "commenta",
        },
        PaywallLabels = new[] { "riservato agli abbonati", "contenuto riservato agli abbonati", "articolo riservato agli abbonati" },
        PageObjectWords = Words("contenuto diretta"),
        // "annunci" is listed once, as a section's name (SectionNames).
        AdvertWords = Words("pubblicità annuncio"),
        ResumeWords = Words("articolo notizia sotto"),
        SubscriberNouns = Words("abbonato abbonata abbonati abbonate"),
        ShareVerbs = Words("condividi condividere"),
        MenuWords = Words(
            "condividi stampa cerca accedi abbonati invia iscriviti cronaca politica economia spettacoli necrologie contatti " +
            "privacy accetta rifiuta personalizza copia"),
        ReportWords = Words("servizio filmato"),
        LinkLabels = new[] { "galleria fotografica", "galleria di immagini", "fotogallery", "guarda", "ascolta", "guarda il video", "notizie correlate" },
        LinkPrefixes = new[] { "leggi anche", "leggi pure", "potrebbe interessarti", "articolo precedente:", "articolo successivo:", "ti potrebbe interessare", "altre notizie" },
        SignUpPhrases = new[] { "iscriviti", "questo sito utilizza cookie", "la tua email", "sostieni", "abbonati a", "nella tua casella", "scarica l'app", "scarica l’app", "seguici su", "ricevi ogni", "offerta speciale" },
        AppealPhrases = new[] { "il tuo giornale ha bisogno di te", "questo articolo è riservato agli abbonati", "questo contenuto è riservato agli abbonati", "il giornalismo ha un costo", "sostienici con", "con un abbonamento", "scrivici", "una segnalazione per noi", "contatta la redazione", "disiscriverti in qualsiasi momento", "annullare l'iscrizione in qualsiasi momento", "accetti di ricevere", "sostieni il giornalismo", "articoli gratuiti questo mese", "sostieni l'informazione", "sostieni l’informazione", "questo articolo è stato pubblicato", "le lettere non devono superare", "le lettere possono essere tagliate", "aiutaci a", "aiutateci a", "se apprezzi il nostro lavoro", "se ti piace il nostro lavoro", "segnalazione per la redazione", "una domanda su questo articolo", "domande su questo articolo" },
        RightsPhrases = new[] { "riproduzione riservata", "tutti i diritti riservati" },
        // "SAS" is listed once, with French: the tables are one union.
        CompanyForms = new[] { "srl", "s.r.l", "spa", "s.p.a", "snc", "s.n.c", "soc. coop", "scarl" },
        FeedLabels = new[] { "prima pagina", "primo piano", "in primo piano", "ultim'ora", "ultim’ora", "ultima ora", "ultime notizie", "flash news", "i titoli" },
        AddressWords = Words("tu voi tuo tua tuoi tue"),
        FirstPersonWords = Words("io noi ho mi me mio mia miei mie"),
        InterviewHomographs = Words("i"),
        // "quando" asks in Portuguese too; the tables are one union, so it is listed once.
        QuestionWords = Words("perché come quando dove chi quale quali quanto quanti cosa"),
        TerminatorPrefixes = new[] { "nota per le redazioni", "note per le redazioni", "commenti", "lascia un commento", "più letti", "articoli correlati", "tag:", "l'autore", "l’autore", "l'autrice", "l’autrice", "vedi i commenti", "sullo stesso argomento", "altri articoli su", "scopri altri articoli", "tabellino" },
        ReactionCountWords = new[] { "risposta", "risposte", "mi piace", "condivisioni", "reazioni" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "sondaggio" },
        PollCountWords = new[] { "lettori", "hanno" },
        PollVoteWords = new[] { "voti", "votato", "votanti" },
        RevealVerbs = new[] { "visualizza", "mostra", "vedi", "leggi", "carica" },
        ReadingTimePhrases = new[] { "tempo di lettura", "min di lettura", "minuti di lettura" },
        SummaryOpeners = new[] { "in sintesi", "in breve", "i punti chiave", "cosa sapere" },
        SectionNames = new[] { "attualità", "esteri", "italia", "regione", "territorio", "opinioni", "rubriche", "tempo libero", "meteo", "salute", "scuola", "ambiente", "motori", "cucina", "viaggi", "lavoro", "annunci", "eventi", "traffico", "immobiliare", "giochi" },
        ReadingWords = Words("lettura leggere legge durata"),
        EmailFieldWords = Words("indirizzo"),
        // "tu" speaks to the reader in Spanish too; listed there once.
        ReaderWords = Words("tuo tua tuoi tue ti noi nostro nostra nostri nostre iscriviti sostieni"),
        MinuteWords = Words("minuti"),
        // "Durata: 23:14 · 2 dicembre 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("durata"),
        NoticePhrases = new[] { "tradott", "traduzion", "non riflette", "versione originale", "avvertenza", "visitator", "dati personali" },
        // An echo names papers in every language ("L'Eco di Bergamo"): read as a publication's word, so that an outlet's name
        // that credits a pasted article ("…, 17 février 2026, par …") reads as one.
        PublicationWords = Words("gazzetta corriere giornale notizie messaggero gazzettino eco"),
        // Agencies in acronyms are read by their capitals; a four-letter one is listed, since a name in capitals has a word so long.
        Agencies = new[] { "ansa" },
        AuthorBoxLabels = new[] { "l'autore", "l’autore", "sull'autore", "sull’autore", "la squadra", "il team", "sull'autrice", "sull’autrice" },
        AuthorLinks = new[] { "tutti gli articoli dell'autore", "tutti gli articoli dell’autore", "tutti gli articoli di", "tutti i suoi articoli", "segui ", "vedi il profilo" },
        PieceLeads = new[] { "un commento di", "un editoriale di", "una rubrica di" },
        CorrectionLabels = new[] { "correzione:", "rettifica:", "errata corrige:" },
        AmendmentOpeners = new[] { "questo articolo è stato corretto", "questa notizia è stata corretta", "questo lancio è stato corretto" },
        WriterVerbs = Words("segue scrive"),
        EarlierVersionPhrases = new[] { "versione precedente", "precedente versione", "prima versione" },
        OwnViewsPhrases = new[] { "esclusiva responsabilità dell'autore", "esclusiva responsabilità dell’autore", "responsabilità esclusiva dell'autore", "responsabilità esclusiva dell’autore", "impegnano solo l'autore", "impegnano solo l’autore", "il punto di vista dei loro autori", "il punto di vista del suo autore", "l'opinione dei loro autori", "l’opinione dei loro autori", "l'opinione dell'autore", "l’opinione dell’autore", "la posizione della redazione", "la linea editoriale del giornale" },
        NoteSubjects = new[] { "le opinioni", "gli articoli di opinione", "questa rubrica" },
        ThisPiecePhrases = new[] { "questo articolo", "questa notizia", "questo pezzo", "questo commento" },
        AuthorsBoxLabels = new[] { "gli autori" },
        PrintNotices = new[] { "questo articolo è uscito", "questo articolo è apparso", "questa intervista è uscita", "questa intervista è stata pubblicata" },
        PrintEditionWords = Words("edizione cartacea"),
        CreditRoles = Words("revisione traduzione montaggio"),
        WireReporterLeads = new[] { "servizio di", "scritto da", "testo di", "redatto da" },
        WireCreditLeads = new[] { "ha collaborato", "hanno collaborato", "tradotto da", "traduzione di", "in redazione", "revisione di", "editing di" },
        StandardsLabels = new[] { "i nostri standard:", "i nostri principi:" },
        ConsentPhrases = new[] { "noi e i nostri partner" },
        // "Cookie", "cookies" are listed once, with English.
        ConsentWords = Words("dati"),
        ColonLeadWords = Words("è sono erano fu sarà hanno suo suoi sue loro"),
        WhatOpeners = new[] { "quello che ", "ciò che ", "cosa " },
        NoteCopulas = Words("è sono"),
        BirthWords = Words("nato nata"),
        DeathWords = Words("morto morta scomparso scomparsa"),
        MatchFactLabels = new[] { "marcatori", "arbitro", "arbitri", "spettatori", "ammoniti" },
        InterviewLabels = new[] { "intervista", "l'intervista", "l’intervista" },
        InterviewCredits = new[] { "intervista a cura di" },
        AnswerWords = Words("sì"),
        CounterJoiners = new[] { "di" },
        RatingLabels = new[] { "voto", "il nostro voto", "valutazione", "giudizio" },
        StarWords = new[] { "stelle", "stella" },
        LettersLabels = new[] { "lettere al direttore", "lettere dei lettori", "la posta dei lettori", "lettere" },
        WithheldNames = new[] { "lettera firmata", "segue la firma" },
        ReadOnLinks = new[] { "continua a leggere", "leggi tutto", "leggi l'articolo" },
        InfoLeads = new[] { "per informazioni", "informazioni" },
        ReleaseNotices = new[] { "questo testo è stato diffuso dall'ente", "il testo che segue è un comunicato", "il testo seguente è un comunicato" },
        ReleaseStamps = new[] { "per la diffusione immediata", "per diffusione immediata", "per la pubblicazione immediata", "per pubblicazione immediata", "diffusione immediata" },
        ReleaseLabels = new[] { "comunicato stampa", "comunicato", "nota stampa", "nota per la stampa" },
        // "Segue a pagina 7" is the Italian press's own jump line; "segue" also introduces a writer's text (WriterVerbs).
        JumpWords = Words("continua prosegue continuazione vedi segue"),
        PageWords = Words("pagina pag"),
        AboutLeads = new[] { "a proposito di" },
        PressContactLabels = new[] { "contatti stampa", "contatto stampa", "per la stampa" },
        EnergyUnits = new[] { "calorie" },
        WorkDetailLabels = new[] { "regia", "con", "durata", "interpreti", "editore", "pagine", "sceneggiatura", "uscita" },
        RunOnWords = new[] { "dal", "dalla", "fino", "entro", "prima" },
        // "Fonte:" credits a source in Portuguese too; the tables are one union, so it is listed here once.
        SourceLabels = new[] { "fonte:", "fonti:" },
        ListAnnouncers = Words("seguente seguenti"),
        DeskWords = Words("agenzia ufficio"),
        // Dutch and German particles of the foreign names a report gives: "Joost van der Linden", "Ursula von der Brück".
        NameJoiners = Words("di van der den von"),
        // "il Prof. Gandolfi", "il Dott. Ricci": a title's full stop ends no sentence.
        Abbreviations = Words("Sig Dott Avv Ing"),
        // "con" joins co-authors in Spanish too; the tables are one union, so it is listed there once.
        // The writer after a publication stamp's date (session 52, pages): see Lexicon.StampBylineWords.
        StampBylineWords = new[] { "da" },
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "invia", "inviare" },
        LearnMorePrefixes = new[] { "per saperne di più:", "scopri di più:" },
        PlayerLines = new[] { "in riproduzione", "caricamento video", "caricamento del video", "caricamento player", "caricamento", "trascrizione", "leggi la trascrizione", "mostra la trascrizione" },
        EmbedLabels = new[] { "visualizza su x", "visualizza su twitter", "visualizza questo post su instagram", "visualizza su instagram", "visualizza su facebook", "visualizza su threads", "visualizza su tiktok", "guarda su tiktok" },
        EmbedCredits = new[] { "un post condiviso da" },
        VoiceAssistantPrompts = new[] { "chiedi al tuo altoparlante", "chiedi al tuo smart speaker", "chiedi al tuo assistente vocale", "di' ad alexa", "dì ad alexa", "«alexa, riproduci" },
        TranscriptNotices = new[] { "questa trascrizione" },
        MachineMadeWords = new[] { "riconoscimento vocale" },
        TextFlawWords = new[] { "inesattezz" },
        SignUpConsentPhrases = new[] { "iscrivendoti accetti", "iscrivendoti, accetti", "registrandoti accetti", "registrandoti, accetti" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "foto", "diretta", "in diretta", "esclusivo", "esclusiva" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "un articolo di", "articolo di" },
        HostCredits = new[] { "condotto da", "presentato da" },
        SponsorLeads = new[] { "sponsorizzato da", "in collaborazione con", "in partnership con", "in partenariato con", "con il supporto di", "offerto da" },
        DevelopingNotices = new[] { "notizia in aggiornamento", "articolo in aggiornamento", "notizia in via di aggiornamento", "notizia in evoluzione", "in aggiornamento", "seguiranno aggiornamenti", "aggiornamenti a seguire", "seguono aggiornamenti", "ulteriori dettagli a breve", "ulteriori aggiornamenti a breve" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "fine dell'articolo", "fine dell’articolo", "fine articolo", "fine della notizia" },
        VenueWords = Words("via viale piazza stadio parco corso ponte palazzetto"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agenzie"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "disattiva audio", "attiva audio", "disattiva l'audio", "attiva l'audio", "schermo intero", "esci da schermo intero", "sottotitoli", "riproduci video", "metti in pausa", "velocità di riproduzione", "riproduzione automatica", "ingrandisci", "riduci", "zoom avanti", "zoom indietro" },
        PlayerStates = Words("attiva attivo attivata disattiva disattivo disattivata"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls.
        ReadingSettings = new[] { "modalità scura", "modalità chiara", "modalità notte", "modalità lettura", "dimensione del testo", "dimensione testo", "dimensione del carattere", "carattere", "tipo di carattere", "interlinea" },
        // Session 61, pages3: the controls that unfold a folded section of the page (or fold it back), whole lines only.
        RevealControls = new[] { "mostra di più", "mostra altro", "mostra tutto", "vedi di più", "vedi altro", "vedi tutto", "espandi", "mostra meno", "leggi di più", "mostra il testo completo" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "un servizio di" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "questo articolo è stato pubblicato originariamente su", "questo articolo è stato pubblicato originariamente da", "questo articolo è stato pubblicato per la prima volta su", "questo articolo è apparso originariamente su", "questo articolo è uscito originariamente su", "ripubblicato per gentile concessione di", "pubblicato per gentile concessione di", "questo articolo è stato pubblicato per la prima volta da", "questo articolo è apparso per la prima volta su" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "fornito da", "fornito dal", "fornito dalla", "contenuto fornito da", "inoltrato da", "salvato da", "salvato dal", "salvato dalla" },
        ChatExportHeaders = new[] { "cronologia della chat con", "cronologia della chat di", "cronologia chat di", "cronologia del canale" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
