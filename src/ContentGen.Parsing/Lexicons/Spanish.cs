using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

// Its stopwords, its page chrome and its calendar, and the particles of its names. Portuguese
// bylines open as Spanish ones do ("Por Ana Costa"): that prefix is listed here only.

/// <summary>Spanish.</summary>
internal static class Spanish
{
    public static Lexicon Lexicon { get; } = new("es")
    {
        Speech = Speech.SpanishSpeech.Words,
        NounArticles = Words("el la los las un una unos unas"),
        ClockWords = Words("hora horas hrs"),
        Stopwords = Words(
            "el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o este está " +
            "ha han fue ser hay entre sobre desde hasta muy sin esta estos donde cuando porque según tiene tienen sido " +
            "ella ellos les nos " +
            // Words no other lexicon writes so: a Spanish live report's short entries share "la", "de" and "en" with French.
            "tras hacia aquí así aunque otro otra otros otras ese esa eso esto"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "a yo él cual cuales quien mismo misma mismos sino pues bajo había habían serán puede pueden hace estaba están " +
            "usted aquel alguno alguna luego qué cómo dónde cuándo"),
        Months = Words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
        MonthVariants = new[] { "setiembre=septiembre" },
        Weekdays = Words("lunes martes miércoles jueves viernes sábado domingo"),
        DatelinePrefixes = new[] { "publicado", "pronunciado el", "artículo publicado el" },
        UpdatePrefixes = new[] { "actualizado", "última actualización" },
        BroadcastPrefixes = new[] { "emitido el", "emitida el", "emitido:", "emitida:" },
        RelativeDatePrefixes = new[] { "hace " },
        BylinePrefixes = new[] { "por ", "por:", "escrito por", "autora:", "redacción:", "con información de", "texto y fotos:", "texto y fotografía:", "texto y foto:", "texto y fotos de", "texto y fotografía de", "una tribuna de", "una columna de", "un artículo de opinión de" },
        BylineRoles = Words("corresponsal redactor redactora redacción periodista enviado enviada"),
        BylineRolePlurals = Words("corresponsales redactores redactoras periodistas enviados enviadas"),
        NewsroomHeads = Words("jefe jefa"),
        CreditWords = Words("imagen imágenes gráfico gráficos infografía infografías fotografía fotografías ilustración ilustraciones recreación recreaciones"),
        CreditMarks = new[] { "fotografía:", "imagen:", "/ efe", "(efe)", "/ europa press", "efe/" },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archivar", "favorito", "añadir etiqueta", "añadir etiquetas",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "quiero donar", "dona ahora", "donar ahora", "ver toda la agenda", "ver todos los eventos", "ocultar esta fuente",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            // "toque para continuar" (the formal) is listed once, with Portuguese: the tables are one union.
            "toca para continuar", "pulsa para continuar", "pulse para continuar",
            "comparte esto", "me gusta esto", "me gusta cargando",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "fijado", "mensaje fijado", "publicación fijada", "entrada fijada",
            "saltar al contenido", "ir al menú", "saltar al menú", "ir a la búsqueda", "ir a la navegación", "ir al contenido", "ir al contenido principal", "saltar al contenido principal", "compartir", "imprimir", "buscar", "menú",
            "inicio", "portada", "publicidad", "cerrar", "suscríbete", "iniciar sesión", "artículo anterior", "artículo siguiente",
            "volver arriba", "noticias relacionadas", "aceptar", "rechazar", "configurar", "síguenos",
            "para saber más",
            "anterior", "siguiente", "recomendado para ti", "últimas noticias", "informar de un error", "escuchar esta noticia",
            "política de privacidad", "contacto", "copiar enlace", "cargar más", "ver vídeo", "ver video", "patrocinado",
            "lo más visto", "lo más leído",
            "escuchar noticia", "escuchar artículo", "sigue leyendo tras la publicidad",
            "archivado en", "comparte este momento", "compartir este momento", "compartir este artículo", "comparte este artículo", "compartir esta noticia", "comparte esta noticia", "guardar", "guardar noticia", "guardar artículo", "añadir a favoritos",
            // A comment button alone on its line, under the byline or the share bar.
            "comenta",
        },
        PageObjectWords = Words("contenido directo anuncio"),
        AdvertWords = Words("publicidad anuncio anuncios"),
        ResumeWords = Words("seguir leyendo noticia artículo debajo después"),
        SubscriberNouns = Words("suscriptor suscriptora suscriptores suscriptoras abonado abonada"),
        ShareVerbs = Words("compartir comparte"),
        MenuWords = Words(
            "compartir imprimir buscar menú inicio portada suscríbete suscribirme correo enviar local provincia economía deportes " +
            "cultura opinión servicios aceptar rechazar configurar contacto electrónico copiar enlace"),
        ReportWords = Words("reportaje vídeo"),
        LinkLabels = new[] { "galería de imágenes", "galería de fotos", "vídeo", "galería", "en imágenes", "ver vídeo", "escuchar", "escucha", "leer más", "seguir leyendo", "noticia relacionada", "más información", "artículos relacionados", "fotogalería" },
        LinkPrefixes = new[] { "leer también", "lee también", "te puede interesar", "artículo anterior:", "artículo siguiente:", "más información:", "más noticias" },
        SignUpPhrases = new[] { "suscríbete", "sigue toda la información", "exclusivo suscriptores", "exclusivo para suscriptores", "suscribirme", "utilizamos cookies", "tu correo electrónico", "apoya el periodismo", "hazte socio", "en tu bandeja de entrada", "en tu correo", "descarga nuestra app", "descarga la app", "sin permanencia", "síguenos en", "recibe lo mejor", "oferta especial" },
        AppealPhrases = new[] { "tu periódico te necesita", "su periódico le necesita", "este artículo es exclusivo para suscriptores", "este contenido es exclusivo para suscriptores", "el periodismo cuesta dinero", "apóyanos con", "con una suscripción", "escríbenos", "una historia que contar", "contacta con la redacción", "darte de baja en cualquier momento", "aceptas recibir", "periodismo de calidad cuesta", "artículos gratis este mes", "este artículo fue publicado", "con información de la agencia", "las cartas no deben superar", "derecho a resumirlas", "derecho a extractarlas", "ayúdanos a", "ayúdenos a", "si valoras el periodismo", "si valoras nuestro trabajo", "si valora nuestro trabajo", "una pregunta sobre este artículo", "alguna pregunta sobre este artículo" },
        RightsPhrases = new[] { "todos los derechos reservados", "derechos reservados" },
        // "S.A." is listed once here, for Portuguese too: the tables are one union.
        CompanyForms = new[] { "s.l", "s. l", "sl", "s.a", "s. a", "s.l.u", "slu", "s.coop" },
        FeedLabels = new[] { "portada", "titulares", "al minuto", "últimas noticias", "flash informativo", "lo último", "lo más reciente" },
        AddressWords = Words("usted ustedes tú vosotros vosotras"),
        FirstPersonWords = Words("yo mi nosotros nosotras"),
        QuestionWords = Words("qué cómo cuándo dónde quién quiénes cuál cuáles cuánto cuántos"),
        QuestionPhrases = new[] { "lo que" },
        TerminatorPrefixes = new[]
        {
            "nota para editores", "notas para editores",
            "comentarios", "deja un comentario", "lo más leído", "más leídas", "noticias relacionadas", "te puede interesar",
            "etiquetas:", "sobre el autor", "sobre la autora", "boletín", "ver comentarios", "sobre el mismo tema",
            "más artículos sobre", "descubre más artículos",
            "archivado en:", "ficha técnica"
        },
        CommentCountWords = Words("comentario"),
        ReactionCountWords = new[] { "respuesta", "respuestas", "me gusta", "compartidos", "veces compartido", "reacciones" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "encuesta" },
        PollCountWords = new[] { "lectores", "han" },
        PollVoteWords = new[] { "votos", "votado", "votaron" },
        RevealVerbs = new[] { "ver", "mostrar", "leer", "cargar" },
        ReadingTimePhrases = new[] { "tiempo de lectura", "min de lectura", "minutos de lectura" },
        SummaryOpeners = new[] { "lo más importante", "lo que debes saber", "en resumen", "claves" },
        SectionNames = new[] { "actualidad", "comarca", "comarcas", "sociedad", "sucesos", "nacional", "internacional", "empleo", "hemeroteca", "salud", "educación", "medio ambiente", "ocio", "gastronomía", "motor", "esquelas", "vida y estilo", "tecnología", "ciencia", "tiempo", "tráfico", "inmobiliaria", "clasificados", "pasatiempos", "necrológicas" },
        ReadingWords = Words("lectura leer duración"),
        EmailFieldWords = Words("correo dirección"),
        ReaderWords = Words("tu tus te usted ustedes nuestro nuestra nuestros nuestras nosotros suscríbete"),
        MinuteWords = Words("minuto minutos"),
        // "Duración: 23:14 · 2 de diciembre de 2026": an episode's or a video's length before its day, no time of publication.
        LengthLabels = Words("duración"),
        NoticePhrases = new[] { "traduc", "aviso legal", "no refleja", "versión original", "valor legal", "visitante", "datos personales" },
        // "El Eco de Sitges": a paper named by its echo reads as one through the Italian list's "eco" (a word is listed in one language).
        PublicationWords = Words("diario periódico noticias heraldo crónica gaceta"),
        // Dutch and German particles of the foreign names a report gives: "Joost van der Linden", "Ursula von der Brück".
        NameJoiners = Words("del van der den von"),
        // "la Dra. Villaverde", "Sta. Eulalia", "a Sra. Fontoura": a title's and a saint's full stop ends no sentence, in Spanish and in
        // Portuguese (one table holds every language's: "Sr", "Dr", "Prof", "St" are listed in English).
        Abbreviations = Words("Sra Srta Dra Sta Sto"),
        CoAuthorWords = Words("con"),
        Agencies = new[] { "europa press" },
        AuthorBoxLabels = new[] { "sobre el autor", "sobre la autora", "el autor", "la autora", "el equipo", "acerca del autor", "acerca de la autora" },
        AuthorLinks = new[] { "ver sus artículos", "ver todos sus artículos", "todos sus artículos", "más artículos de", "seguir a ", "ver perfil" },
        PieceLeads = new[] { "una tribuna de", "una columna de", "un artículo de opinión de" },
        CorrectionLabels = new[] { "corrección:", "fe de errores:", "fe de erratas:", "rectificación:" },
        AmendmentOpeners = new[] { "este artículo fue corregido", "este artículo ha sido corregido", "esta noticia fue corregida", "esta noticia ha sido corregida", "esta información fue corregida", "esta información ha sido corregida" },
        // "dirige" (heads the desk) is written so in French, Italian and Portuguese too; listed once, here.
        WriterVerbs = Words("cubre escribe dirige"),
        EarlierVersionPhrases = new[] { "versión anterior", "primera versión" },
        OwnViewsPhrases = new[] { "exclusiva responsabilidad de su autor", "exclusiva responsabilidad del autor", "exclusiva responsabilidad de la autora", "responsabilidad exclusiva de su autor", "responsabilidad exclusiva del autor", "el punto de vista de sus autores", "el punto de vista de su autor", "el punto de vista de su autora", "la opinión de sus autores", "la opinión de su autor", "la opinión de su autora", "la línea editorial del periódico", "la opinión del periódico", "la posición del periódico" },
        NoteSubjects = new[] { "las opiniones", "los artículos de opinión", "las tribunas", "esta tribuna", "las columnas" },
        ThisPiecePhrases = new[] { "esta noticia", "este artículo", "esta información", "esta crónica", "esta columna" },
        AuthorsBoxLabels = new[] { "los autores", "sobre los autores" },
        PrintNotices = new[] { "esta entrevista se publicó", "esta entrevista fue publicada", "este artículo se publicó", "este reportaje se publicó", "este reportaje fue publicado" },
        PrintEditionWords = Words("edición impresa papel"),
        CreditRoles = Words("editado traducido revisado"),
        WireReporterLeads = new[] { "información de", "informaciones de", "reporte de", "reportaje de", "escrito por", "redactado por", "texto de" },
        WireCreditLeads = new[] { "información adicional de", "reporte adicional de", "reportaje adicional de", "edición de", "editado por", "editado en español por", "traducido por", "traducción de" },
        StandardsLabels = new[] { "nuestras normas:", "nuestros estándares:", "nuestros principios:" },
        ConsentPhrases = new[] { "nosotros y nuestros socios" },
        ConsentWords = Words("datos"),
        ColonLeadWords = Words("es era eran fue será ha han su sus"),
        WhatOpeners = new[] { "lo que " },
        NoteCopulas = Words("es son"),
        BirthWords = Words("nacido nacida nació"),
        DeathWords = Words("fallecido fallecida falleció murió"),
        MatchFactLabels = new[] { "goles", "árbitro", "amonestados", "espectadores" },
        InterviewLabels = new[] { "entrevista", "la entrevista" },
        InterviewCredits = new[] { "entrevista realizada por" },
        AnswerWords = Words("sí"),
        CounterJoiners = new[] { "de" },
        RatingLabels = new[] { "valoración", "puntuación", "calificación", "nota" },
        StarWords = new[] { "estrellas", "estrella" },
        LettersLabels = new[] { "cartas al director", "cartas de los lectores", "cartas" },
        WithheldNames = new[] { "nombre y apellidos en poder de la redacción", "firma en poder de la redacción" },
        ReadOnLinks = new[] { "leer más", "seguir leyendo", "sigue leyendo", "leer la noticia" },
        InfoLeads = new[] { "más información", "información" },
        ReleaseNotices = new[] { "el siguiente texto es un comunicado", "el contenido siguiente es un comunicado", "el texto que sigue es un comunicado" },
        ReleaseStamps = new[] { "para difusión inmediata", "para su difusión inmediata", "para publicación inmediata", "para su publicación inmediata", "difusión inmediata" },
        ReleaseLabels = new[] { "nota de prensa", "comunicado de prensa", "comunicado" },
        JumpWords = Words("continúa sigue viene pasa continuación ver"),
        PageWords = Words("página pág"),
        AboutLeads = new[] { "acerca de", "sobre" },
        PressContactLabels = new[] { "contacto de prensa", "contactos de prensa", "prensa y comunicación", "contacto para medios", "contactos para medios", "contacto para prensa", "nota para los medios", "notas para los medios" },
        EnergyUnits = new[] { "calorías" },
        WorkDetailLabels = new[] { "dirección", "reparto", "duración", "intérpretes", "editorial", "páginas", "guion", "estreno" },
        RunOnWords = new[] { "desde", "hasta", "durante", "antes" },
        SourceLabels = new[] { "fuente:", "fuentes:" },
        ListAnnouncers = Words("siguiente siguientes"),
        DeskWords = Words("agencia gabinete oficina servicio"),
        // The writer after a publication stamp's date (session 52, pages): see Lexicon.StampBylineWords.
        StampBylineWords = new[] { "por" },
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "enviar" },
        LearnMorePrefixes = new[] { "saber más:" },
        PlayerLines = new[] { "reproduciendo", "cargando vídeo", "cargando video", "cargando reproductor", "cargando", "transcripción", "ver transcripción", "leer la transcripción" },
        EmbedLabels = new[] { "ver en x", "ver en twitter", "ver esta publicación en instagram", "ver en instagram", "ver en facebook", "ver en threads", "ver en tiktok" },
        EmbedCredits = new[] { "una publicación compartida de", "una publicación compartida por" },
        VoiceAssistantPrompts = new[] { "pide a tu altavoz", "pídele a tu altavoz", "pide a tu asistente de voz", "pídele a tu asistente de voz", "di «alexa", "di \"alexa", "«alexa, pon" },
        TranscriptNotices = new[] { "esta transcripción" },
        MachineMadeWords = new[] { "automátic", "reconocimiento de voz" },
        TextFlawWords = new[] { "inexactitud" },
        SignUpConsentPhrases = new[] { "al suscribirte aceptas", "al suscribirte, aceptas", "al registrarte aceptas", "al registrarte, aceptas" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "vídeo", "fotos", "directo", "en directo", "en vivo", "exclusivo" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "un artículo de" },
        HostCredits = new[] { "presentado por", "conducido por" },
        SponsorLeads = new[] { "patrocinado por", "en colaboración con", "en asociación con", "en alianza con", "con el apoyo de", "ofrecido por" },
        DevelopingNotices = new[] { "noticia en desarrollo", "noticia en ampliación", "noticia en actualización", "información en desarrollo", "información en ampliación", "ampliaremos información", "ampliaremos la información", "más información en breve", "seguiremos informando", "esta noticia se está actualizando", "esta noticia se actualizará" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "fin del artículo", "fin de la noticia", "fin de la información" },
        VenueWords = Words("calle avenida plaza estadio parque paseo puente campo"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agencias"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "silenciar", "quitar silencio", "activar sonido", "activar el sonido", "desactivar sonido", "pantalla completa", "salir de pantalla completa", "subtítulos", "reproducir vídeo", "reproducir video", "pausar vídeo", "velocidad de reproducción", "reproducción automática", "ampliar", "reducir", "acercar", "alejar" },
        PlayerStates = Words("activada activado desactivada desactivado"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls.
        ReadingSettings = new[] { "modo oscuro", "modo claro", "modo nocturno", "modo lectura", "modo de lectura", "tamaño del texto", "tamaño de texto", "tamaño de letra", "tamaño de fuente", "tipo de letra", "interlineado" },
        // Session 61, pages3: the controls that unfold a folded section of the page (or fold it back), whole lines only.
        RevealControls = new[] { "ver más", "mostrar más", "ver todo", "mostrar todo", "desplegar", "expandir", "ver menos", "mostrar menos", "ver texto completo", "mostrar texto completo" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "un reportaje de" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "este artículo se publicó originalmente en", "este artículo fue publicado originalmente en", "este artículo se publicó primero en", "este artículo apareció originalmente en", "publicado con autorización de", "reproducido con autorización de", "este artículo fue publicado originalmente por", "este artículo fue publicado primero por", "este artículo apareció primero en" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "proporcionado por", "contenido proporcionado por", "reenviado de", "reenviado desde", "guardado desde" },
        ChatExportHeaders = new[] { "historial del chat con", "historial del chat de", "historial de chat de", "historial del canal" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };
}
