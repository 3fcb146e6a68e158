using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Lexicons;

/// <summary>
/// The words of one language that reading leans on, as data: one list per question, each
/// defined once. A language is added by adding a lexicon (a file in this folder) to
/// <see cref="Lexicon.All"/>; no rule names a word. Lists of words are written space-separated;
/// lists of phrases, which hold spaces, as arrays. Lookups go through <see cref="LexiconTables"/>.
/// </summary>
internal sealed class Lexicon
{
    private static readonly string[] s_none = Array.Empty<string>();

    public Lexicon(string language)
    {
        Language = language;
    }

    /// <summary>Every lexicon, in the order languages are guessed in (ties go to the first).</summary>
    public static IReadOnlyList<Lexicon> All { get; } = new[]
    {
        English.Lexicon, French.Lexicon, German.Lexicon, Spanish.Lexicon, Italian.Lexicon, Portuguese.Lexicon, Dutch.Lexicon,
    };

    /// <summary>The ISO 639-1 code.</summary>
    public string Language { get; }

    // ---- Reading structure ----

    /// <summary>Whether the language capitalises its common nouns (German): then two capitalised words are no name by their capitals alone.</summary>
    public bool CapitalisesNouns { get; init; }

    /// <summary>Function words: prose is dense in them, menus and captions are not, and which list a text draws on tells its language.</summary>
    public string[] Stopwords { get; init; } = s_none;

    /// <summary>
    /// More function words, counted only to tell a text's language (<see cref="LexiconTables.LanguageWords"/>): a short
    /// text has too few stopwords to tell it. They are no stopwords, so that how dense prose is in them, and what a name
    /// may hold, read as before.
    /// </summary>
    public string[] LanguageWords { get; init; } = s_none;

    /// <summary>Month names, for datelines and to tell a date from a name: twelve, January first, since a name's place is its number.</summary>
    public string[] Months { get; init; } = s_none;

    /// <summary>
    /// Short month names a dateline prints ("12 mrt 2024"), twelve in order as <see cref="Months"/>: listed where
    /// one is no start of its month's name, since a month is also read from the start of its name ("déc.").
    /// </summary>
    public string[] ShortMonths { get; init; } = s_none;

    /// <summary>
    /// Other spellings of a month that datelines print, each as "spelling=month" with the month as <see cref="Months"/> lists
    /// it: Austrian "jänner=januar", Spanish "setiembre=septiembre".
    /// </summary>
    public string[] MonthVariants { get; init; } = s_none;

    /// <summary>The spellings <see cref="MonthVariants"/> gives, without the month each stands for.</summary>
    public string[] MonthVariantNames() => Array.ConvertAll(MonthVariants, variant => variant.IndexOf('=') is var split and > 0 ? variant.Substring(0, split) : variant);

    /// <summary>Day names, to tell a date from a name.</summary>
    public string[] Weekdays { get; init; } = s_none;

    /// <summary>Parts of a day a language joins to a day's name in one word: German "Montagabend".</summary>
    public string[] WeekdayParts { get; init; } = s_none;

    /// <summary>How a dateline opens: "Published", "Mis à jour".</summary>
    public string[] DatelinePrefixes { get; init; } = s_none;

    /// <summary>
    /// How an update stamp opens: "Updated", "Mis à jour". Datelines too, but the date after one is not the
    /// first publication's: a page that prints both stamps is dated by the other.
    /// </summary>
    public string[] UpdatePrefixes { get; init; } = s_none;

    /// <summary>
    /// How a radio's or a television's stamp opens, for the day the piece went on air: "Broadcast on", "Diffusé le",
    /// "Emitido el". The page's dateline where it gives a number; without one the words open prose or a heading
    /// ("Diffusé le soir même, le reportage …"), since a broadcast's words are ordinary verbs as "Publié" is not.
    /// </summary>
    public string[] BroadcastPrefixes { get; init; } = s_none;

    /// <summary>How a relative date opens: "Il y a 6 jours".</summary>
    public string[] RelativeDatePrefixes { get; init; } = s_none;

    /// <summary>How a relative date ends: "3 hours ago".</summary>
    public string[] RelativeDateSuffixes { get; init; } = s_none;

    /// <summary>How a byline opens: "By ", "Par ".</summary>
    public string[] BylinePrefixes { get; init; } = s_none;

    /// <summary>Job words a byline gives after the names: "By Jane Doe, Staff Writer"; never a name.</summary>
    public string[] BylineRoles { get; init; } = s_none;

    /// <summary>
    /// The head of a newsroom's desk in a two-writer byline ("Ana Vidal, jefa de Cultura, y Luis Mora, redactor"): read
    /// only there, since "jefe" is anyone's boss in an article's sentence, never a job word a byline alone gives.
    /// </summary>
    public string[] NewsroomHeads { get; init; } = s_none;

    /// <summary>
    /// Jobs two writers share after their names ("By Tom Hale and Priya Nair, Courts Reporters"): read only after a byline's
    /// names, since "reporters" and "journalistes" are who a speaker told something in an article's sentence.
    /// </summary>
    public string[] BylineRolePlurals { get; init; } = s_none;

    /// <summary>Marks of a photo credit anywhere in a short line: "© ", "/ AFP", "Getty Images".</summary>
    public string[] CreditMarks { get; init; } = s_none;

    /// <summary>Words that open a photo credit without a colon at a caption's end: "… près de Valmont. Photo Sipa/ Paul Roche".</summary>
    public string[] CreditWords { get; init; } = s_none;

    /// <summary>Whole lines of site chrome: "Skip to content", "Lire aussi".</summary>
    public string[] NavigationLines { get; init; } = s_none;

    /// <summary>Words a share bar or menu is made of: a line of nothing else is chrome.</summary>
    public string[] MenuWords { get; init; } = s_none;

    /// <summary>How a line that links to another article opens: "Read more:", "À lire aussi".</summary>
    public string[] LinkPrefixes { get; init; } = s_none;

    /// <summary>
    /// Labels that announce another item only when alone on their line ("À lire", "Vidéo", "Podcast"): the
    /// item's title is printed under them. As a line's first words they may open a sentence ("À lire les
    /// chiffres, …"), so they are no <see cref="LinkPrefixes"/>.
    /// </summary>
    public string[] LinkLabels { get; init; } = s_none;

    /// <summary>
    /// Nouns for a broadcast report or a video ("reportage", "report", "Beitrag"): a short line naming one and
    /// ending on a colon ("Le reportage de Radio Vallée :") introduces the video, whose description follows.
    /// </summary>
    public string[] ReportWords { get; init; } = s_none;

    /// <summary>Phrases of sign-up, cookie and subscription notices, anywhere in a short line.</summary>
    public string[] SignUpPhrases { get; init; } = s_none;

    /// <summary>
    /// Phrases only an appeal or an agency's notice to its subscribers uses ("le journalisme a un coût",
    /// "en vous abonnant"): they set aside a whole paragraph, where sign-up phrases only set aside a short line.
    /// </summary>
    public string[] AppealPhrases { get; init; } = s_none;

    /// <summary>How a copyright line opens: "Copyright", "(c) ".</summary>
    public string[] CopyrightPrefixes { get; init; } = s_none;

    /// <summary>Rights notices anywhere in a short line: "All rights reserved".</summary>
    public string[] RightsPhrases { get; init; } = s_none;

    /// <summary>
    /// A company's legal form, as a rights notice prints it after the holder's name ("© Marsden Herald Ltd", "© Heraldo
    /// de la Vega, S. L."), without its last stop: the outlet's name is the notice's holder without it.
    /// </summary>
    public string[] CompanyForms { get; init; } = s_none;

    /// <summary>
    /// The label a page prints over a feed or its front page ("Flash Info", "La une", "Top stories", "Ultim'ora",
    /// "Schlagzeilen"): a masthead's place, but never an outlet's name.
    /// </summary>
    public string[] FeedLabels { get; init; } = s_none;

    /// <summary>
    /// Words a reader's question opens with ("Why", "Comment", "Warum"): an explainer heads a section with
    /// such a question, while an interviewer's longer question ("Fermer le port ne sert à rien ?") opens otherwise.
    /// </summary>
    public string[] QuestionWords { get; init; } = s_none;

    /// <summary>
    /// Two-word openings of a reader's question whose first word is an article or a pronoun ("O que muda?", "Lo que
    /// cambia"): never a conjunction, which opens an interviewer's follow-up ("Et comment …?").
    /// </summary>
    public string[] QuestionPhrases { get; init; } = s_none;

    /// <summary>How the part of a page after the article opens: comments, newsletters, related stories.</summary>
    public string[] TerminatorPrefixes { get; init; } = s_none;

    /// <summary>Word beginnings that, after a number, count comments: "24 réponses", "3 Comments".</summary>
    public string[] CommentCountWords { get; init; } = s_none;

    /// <summary>
    /// Session 59, pages: what a social post's count names after its number ("412 likes", "1 248 J'aime", "3.402 Me gusta",
    /// "24 Antworten", "86 reposts"), past the words <see cref="CommentCountWords"/> opens, which end an article when a count
    /// of them stands alone: whole words after the count only, in an embedded post's count line (<c>PostCounts</c>). No
    /// views: a page's own view counter ("2264 Vues" under a headline) is the page's, read by the title's rules; a first
    /// draft listed "vues" and a French corpus page lost its headline over it.
    /// </summary>
    public string[] ReactionCountWords { get; init; } = s_none;

    /// <summary>
    /// Session 69, pages: the label a readers' poll prints before its question, with a colon ("Sondaggio: sei d'accordo
    /// …?", "Poll: should …?"): a whole line that ends on its question mark only (<c>PollLines</c>).
    /// </summary>
    public string[] PollLabels { get; init; } = s_none;

    /// <summary>
    /// Session 69, pages: the words a poll's count of votes prints around its number ("Hanno votato 1.214 lettori", "1 214
    /// lecteurs ont voté", "1,214 votes"): the voters and the vote's auxiliary ("hanno", "ont", "haben", also a stopword), besides the vote's own words
    /// (<see cref="PollVoteWords"/>), and nothing else (<c>PollLines</c>).
    /// </summary>
    public string[] PollCountWords { get; init; } = s_none;

    /// <summary>Session 69, pages: the vote's own words ("votes", "votato", "abgestimmt"), one of which a poll's count names.</summary>
    public string[] PollVoteWords { get; init; } = s_none;

    /// <summary>
    /// Session 59, pages: the verb of a link that shows a post's comments with their count, first or last in the
    /// language's order ("View all 96 comments", "Afficher les 96 commentaires", "Alle 96 Kommentare anzeigen"): the
    /// imperative and the infinitive a button prints.
    /// </summary>
    public string[] RevealVerbs { get; init; } = s_none;

    /// <summary>Phrases of a reading time anywhere in a short line: "Lesezeit: 3 Minuten", "5 min read".</summary>
    public string[] ReadingTimePhrases { get; init; } = s_none;

    /// <summary>Words for reading in a reading time built of parts ("Lecture en 3 min.", "3 minuten lezen"): see <c>Structure.ReadingTimes</c>.</summary>
    public string[] ReadingWords { get; init; } = s_none;

    /// <summary>Minute units after a number in a reading time: "min", "minutes", "Minuten", "minuti".</summary>
    public string[] MinuteWords { get; init; } = s_none;

    /// <summary>
    /// Labels of a length a clock's figures may follow: "Duur: 23:14", "Durée : 1 h 05". The clock tells how long an
    /// episode or a video runs, not when it was published; see <c>Metadata.DateReader.Lengths</c>.
    /// </summary>
    public string[] LengthLabels { get; init; } = s_none;

    /// <summary>Words an e-mail field's label uses: "email", "adresse", "correo"; see <c>Structure.SignUpBoxes</c>.</summary>
    public string[] EmailFieldWords { get; init; } = s_none;

    /// <summary>
    /// Words with which a page speaks to its reader ("you", "our", "votre", "wir") or tells the reader
    /// what to do ("faites", "suscríbete"): a line with a sign-up word and one of these is the site's
    /// call; without them it may be an article's sentence about others; see <c>Structure.SignUpSentences</c>.
    /// </summary>
    public string[] ReaderWords { get; init; } = s_none;

    /// <summary>
    /// Words with which a question speaks to the person asked ("vous", "you", "usted", "u"): an interviewer's
    /// question, where an explainer's asks about others. German's polite forms are <see cref="PoliteReaderWords"/>.
    /// </summary>
    public string[] AddressWords { get; init; } = s_none;

    /// <summary>First-person words ("je", "I", "ich", "nous"): an answer under an interviewer's question speaks so, an explainer's section does not.</summary>
    public string[] FirstPersonWords { get; init; } = s_none;

    /// <summary>
    /// Common words of this language that are another language's <see cref="AddressWords"/> or
    /// <see cref="FirstPersonWords"/> and none of its <see cref="Stopwords"/> (Italian's article "i" is English's
    /// "I"): on a page whose language is unknown they tell no interview.
    /// </summary>
    public string[] InterviewHomographs { get; init; } = s_none;

    /// <summary>Polite forms that speak to the reader only when capitalised inside a line ("in Ihrem Postfach"), compared exactly.</summary>
    public string[] PoliteReaderWords { get; init; } = s_none;

    /// <summary>Lines that open an article's summary ("Key points", "Ce qu'il faut retenir"): the short lines under them are its text.</summary>
    public string[] SummaryOpeners { get; init; } = s_none;

    /// <summary>
    /// Names a site gives its sections, beyond the <see cref="MenuWords"/> ("News", "Property", "What's On", "Vie locale",
    /// "Faits divers"): a line of nothing else, even parted by single spaces, is a header's menu, and one such name
    /// between a headline and a site's name in a title line is a section's label.
    /// </summary>
    public string[] SectionNames { get; init; } = s_none;

    /// <summary>
    /// Word beginnings of a notice about the text or the site itself (translated, disclaimed, not
    /// the site's view, what it does with visitors' data): a closing block in another language is
    /// set aside only when it reads so.
    /// </summary>
    public string[] NoticePhrases { get; init; } = s_none;

    /// <summary>Words that name a publication or broadcaster: a title's suffix holding one is a site name ("Coastal Gazette"), and no author's name holds one.</summary>
    public string[] PublicationWords { get; init; } = s_none;

    /// <summary>
    /// Where a language writes a paper's name as one word ("Hafenzeitung", "Havenkrant"), the words that end it: a
    /// title's one-word suffix ending on one after a few letters of its own is a site name, not an attribution.
    /// Only words no surname ends on ("-blatt", "-blad" and "-post" do: "Rosenblatt", "Lindblad").
    /// </summary>
    public string[] PublicationEndings { get; init; } = s_none;

    /// <summary>Particles a name elides into the surname after it, with their apostrophe ("d'" in "Marie d'Aubigny").</summary>
    public string[] ElidedNameParticles { get; init; } = s_none;

    // ---- Speakers ----

    /// <summary>Personal pronouns that refer back to the last named speaker.</summary>
    public string[] Pronouns { get; init; } = s_none;

    /// <summary>Titles, offices and honorifics that precede a name and are not part of it (modifiers apart).</summary>
    public string[] Titles { get; init; } = s_none;

    /// <summary>
    /// Title words that only modify the title after them ("Home Secretary", "Deputy Leader"):
    /// titles too, but a name does not start after them, so "Home Office" stays whole.
    /// </summary>
    public string[] TitleModifiers { get; init; } = s_none;

    /// <summary>Titles written after a name, capitalised exactly so: "Andrew Hale MP".</summary>
    public string[] PostNominals { get; init; } = s_none;

    /// <summary>Nouns for a person's role that, after "the", refer back to the last named speaker.</summary>
    public string[] RoleNouns { get; init; } = s_none;

    /// <summary>Nationality nouns that, after "the", refer back to someone named: "the Briton".</summary>
    public string[] NationalityNouns { get; init; } = s_none;

    /// <summary>Nationality and region adjectives: capitalised, but never a name on their own.</summary>
    public string[] Demonyms { get; init; } = s_none;

    /// <summary>Articles that introduce someone new and unnamed: "a spokesman".</summary>
    public string[] Indefinites { get; init; } = s_none;

    /// <summary>Articles that point back to someone already named: "the negotiator".</summary>
    public string[] Definites { get; init; } = s_none;

    /// <summary>
    /// Every article, definite and indefinite, that opens a noun phrase: "the", "der", "het", "una". A line opening on one
    /// and going on into its noun names a thing, not the moment a page was published (<c>Structure/ClockHeadings</c>).
    /// </summary>
    public string[] NounArticles { get; init; } = s_none;

    /// <summary>The words that name the hour beside a clock time: "Uhr" in "um 7:10 Uhr", "uur", "horas", "o'clock".</summary>
    public string[] ClockWords { get; init; } = s_none;

    /// <summary>Prepositions whose object is not the subject of the verb after it.</summary>
    public string[] Prepositions { get; init; } = s_none;

    /// <summary>Words that start a name run at a sentence's start but are not names.</summary>
    public string[] NotNames { get; init; } = s_none;

    /// <summary>Lower-case particles allowed inside a name or title run: "Secretary of State", "Charles de Gaulle".</summary>
    public string[] NameJoiners { get; init; } = s_none;

    /// <summary>The word a byline puts between an author and a co-author: "HBRS avec Claire Morel", "DPA mit Jonas Weber".</summary>
    public string[] CoAuthorWords { get; init; } = s_none;

    /// <summary>
    /// News agencies a credit names in ordinary capitals ("Jane Roe | Reuters", "Ana Silva | Lusa"); an agency
    /// written in capitals ("AFP", "EFE", "ANSA") reads as one by its capitals and is not listed.
    /// </summary>
    public string[] Agencies { get; init; } = s_none;

    /// <summary>
    /// Labels alone on their line over an author box or a programme's credits under the article ("About the author",
    /// "L'équipe", "Das Team"): the name alone on the next line is the writer's.
    /// </summary>
    public string[] AuthorBoxLabels { get; init; } = s_none;

    /// <summary>
    /// An author box's plural label alone on its line ("Les auteurs", "Die Autoren"): it opens the box only where the
    /// box closes the article, for a team or an author subheading mid-article labels a part of the text.
    /// </summary>
    public string[] AuthorsBoxLabels { get; init; } = s_none;

    /// <summary>
    /// A writer's box under the headline links to the writer's page ("Voir ses articles", "Tutti gli articoli
    /// dell'autore", "Follow Jane"): the line, alone or closing the box, with nothing after it but a name.
    /// </summary>
    public string[] AuthorLinks { get; init; } = s_none;

    /// <summary>
    /// A byline that names the kind of piece before its writer ("Ein Kommentar von", "Une tribune de", "A column
    /// by"): also in <see cref="BylinePrefixes"/>, but a byline only with a capitalised name after it, since "une
    /// tribune de presse" or "een column van vroeger" heads a part of the text.
    /// </summary>
    public string[] PieceLeads { get; init; } = s_none;

    /// <summary>
    /// A correction's label opening its note ("Correction:", "Rectificatif :", "Fe de errores:"): a note under the
    /// article only beside <see cref="EarlierVersionPhrases"/>, since "Correction:" may open a quoted sentence.
    /// </summary>
    public string[] CorrectionLabels { get; init; } = s_none;

    /// <summary>
    /// How a note on a change made to the piece opens ("This article was amended on …", "Dieser Artikel wurde korrigiert"):
    /// a note under the article, as a correction is.
    /// </summary>
    public string[] AmendmentOpeners { get; init; } = s_none;

    /// <summary>
    /// What a writer's box says the writer does, right after the name: "Jane Roe covers …", "Jeanne Roux suit …",
    /// "Jana Kolb schreibt …". Not a verb of what someone did in the story ("walked", "said").
    /// </summary>
    public string[] WriterVerbs { get; init; } = s_none;

    /// <summary>What a correction says it corrects: "an earlier version", "une version précédente", "een eerdere versie".</summary>
    public string[] EarlierVersionPhrases { get; init; } = s_none;

    /// <summary>
    /// An opinion page's note that the views are the writer's ("are his own", "n'engagent que leurs auteurs", "da
    /// exclusiva responsabilidade"): set aside only as the article's last block.
    /// </summary>
    public string[] OwnViewsPhrases { get; init; } = s_none;

    /// <summary>
    /// What a views note speaks of, opening its sentence ("The views expressed", "Les tribunes", "Gastbeiträge", "As
    /// opiniões"): an <see cref="OwnViewsPhrases"/> phrase counts only in such a sentence, since "The thorns, she likes
    /// to say, are her own" or "Une promesse qui n'engage que son auteur" closes an article's own paragraph.
    /// </summary>
    public string[] NoteSubjects { get; init; } = s_none;

    /// <summary>
    /// The page's own piece ("this article", "cet article", "dieses Artikels", "esta noticia"): a correction's earlier
    /// version must be this piece's, since "an earlier version of the plan" is the article's own subject.
    /// </summary>
    public string[] ThisPiecePhrases { get; init; } = s_none;

    /// <summary>
    /// The opening words of a notice that the article also ran in print ("cet article est paru", "this interview
    /// appeared"): read only where they open a block, after a short label at most, since a sentence of the article may
    /// say them further on ("Depuis que cet article est paru …").
    /// </summary>
    public string[] PrintNotices { get; init; } = s_none;

    /// <summary>
    /// What a print notice names ("print", "édition", "Ausgabe", "cartacea"): the second sign of one, required beside
    /// <see cref="PrintNotices"/>, since "this story appeared on forums" or "dieser Beitrag erschien vielen zu …"
    /// opens an article's own sentence.
    /// </summary>
    public string[] PrintEditionWords { get; init; } = s_none;

    /// <summary>
    /// A wire credit's roles after a semicolon ("Editing by …", "Édité par …", "Redigiert von …"): only these open
    /// a role's part; any capitalised word would take a co-author whose surname opens with "von" or "Di" for a role.
    /// </summary>
    public string[] CreditRoles { get; init; } = s_none;

    /// <summary>
    /// How a wire's closing credit in brackets opens on who reported or wrote the story ("(Reporting by …", "(Información
    /// de …", "(Bericht von …"): the names after it, up to the next role's semicolon, are the author's when no byline
    /// names one.
    /// </summary>
    public string[] WireReporterLeads { get; init; } = s_none;

    /// <summary>
    /// How a wire's closing credit in brackets opens on another role than the reporter's ("(Additional reporting by …",
    /// "(Editing by …", "(Edición de …", "(Redigiert von …"): with <see cref="WireReporterLeads"/>, a credit alone in its
    /// brackets under the article leaves the body; these name no author.
    /// </summary>
    public string[] WireCreditLeads { get; init; } = s_none;

    /// <summary>
    /// The label of a wire's line on its editorial standards under the article ("Our Standards:", "Nuestras normas:",
    /// "Unsere Standards:"): a short last block opening with it leaves the body.
    /// </summary>
    public string[] StandardsLabels { get; init; } = s_none;

    /// <summary>
    /// What a consent wall says in its first words ("we and our partners", "wir und unsere Partner"): read only with a
    /// word of <see cref="ConsentWords"/> beside it, since "our partners" alone is any sentence's.
    /// </summary>
    public string[] ConsentPhrases { get; init; } = s_none;

    /// <summary>What a consent wall asks about ("cookies", "données", "Daten"): the second sign of one.</summary>
    public string[] ConsentWords { get; init; } = s_none;

    /// <summary>
    /// Words that name an agency, a newsroom or an office ("Agencia", "Ufficio", "Pressestelle"): a line holding one
    /// under a headline or beside a dateline names who issued the text, never a writer's name.
    /// </summary>
    public string[] DeskWords { get; init; } = s_none;

    /// <summary>
    /// Desk words that close an agency's or a press office's name where a language puts a name's head last ("Coastal News
    /// Agency", "Nordpresse Agentur", "Noordelijk Persbureau"); only words no one bears as a surname ("Office", "Service"
    /// are surnames), so a byline ending on one names a desk, not a writer.
    /// </summary>
    public string[] DeskHeads { get; init; } = s_none;

    /// <summary>
    /// Session 55: the agencies a story drew on, in the plural ("Agencias", "Agenturen", "agencies"): after a writer's
    /// slash ("María López / Agencias") they name the wires, as one agency's name does ("Jürgen Albers / dpa").
    /// </summary>
    public string[] WireDeskPlurals { get; init; } = s_none;

    /// <summary>
    /// Words that open an office's job after a byline's names in lower case, as a newsroom's job does ("Par Gilles
    /// Pradier, service communication"): read there only, not as a desk's name beside a dateline, where the same word
    /// opens a headline's or a section's line ("Service des sports").
    /// </summary>
    public string[] JobOfficeWords { get; init; } = s_none;

    /// <summary>
    /// Words that join a share bar's buttons besides the function words ("Delen via Facebook Delen via WhatsApp"): read only
    /// between menu words, never as a stopword (they would sway the language guess).
    /// </summary>
    public string[] MenuJoiners { get; init; } = s_none;

    /// <summary>
    /// The verb a share button prints before or after the network's name ("Compartir en WhatsApp", "Auf X teilen"): such a
    /// line alone, under the buttons glued over it, is no heading.
    /// </summary>
    public string[] ShareVerbs { get; init; } = s_none;

    /// <summary>
    /// A paywall's label ("Contenuto riservato agli abbonati", "Nur für Abonnenten"): chrome as a whole line only, never
    /// as the opening words of a line (a headline may open with them: "Riservato agli abbonati il nuovo parcheggio").
    /// </summary>
    public string[] PaywallLabels { get; init; } = s_none;

    /// <summary>
    /// The reader who pays for the paper, as a paywall's login prompt names them ("Already a subscriber?", "Déjà abonné ?",
    /// "Bereits Abonnent?"): in a short question inside a box of chrome, the box is a paywall's.
    /// </summary>
    public string[] SubscriberNouns { get; init; } = s_none;

    /// <summary>
    /// Words that name a part of the page rather than of the story ("Inhalt", "contenido", "Anzeige", "directo"): a short
    /// notice holding one ("Dieser Inhalt ist blockiert.", "El directo ha terminado.") speaks of the page.
    /// </summary>
    public string[] PageObjectWords { get; init; } = s_none;

    /// <summary>
    /// An advertisement's slot, as the page names it in the line over or under it ("advert", "publicité", "Anzeige",
    /// "anuncio", "pubblicità", "publicidade", "advertentie"): see <see cref="ResumeWords"/>.
    /// </summary>
    public string[] AdvertWords { get; init; } = s_none;

    /// <summary>
    /// The words a line saying the article goes on past an advertisement is made of, besides function words, a jump line's
    /// going-on words (<see cref="JumpWords"/>: "continues", "suite", "weiter", "sigue", "prosegue", "verder"), reading
    /// verbs and read-on links: the article's noun, the place word and the verbs no other list holds ("story", "below";
    /// "reprend"; "Artikel", "geht"; "noticia", "debajo"; "articolo", "sotto"; "artigo", "abaixo"; "verhaal"). A short
    /// line of these words with an <see cref="AdvertWords">advert's</see> noun is chrome ("Lees verder onder de
    /// advertentie"), and no subheading. Each word is listed once, in the first language that spells it so.
    /// </summary>
    public string[] ResumeWords { get; init; } = s_none;

    /// <summary>
    /// Words that announce what follows a colon ("the following", "les suivantes", "folgende"): a line holding one opens
    /// a list or a statement, and heads no section.
    /// </summary>
    public string[] ListAnnouncers { get; init; } = s_none;

    /// <summary>
    /// Copulas, auxiliaries and possessives ("is", "sa", "ist", "zijn"): a short line ending on a colon that holds one is a
    /// sentence's lead-in ("The reason is simple:", "Sa réponse :"), no heading. Each word is listed once, in one language.
    /// </summary>
    public string[] ColonLeadWords { get; init; } = s_none;

    /// <summary>
    /// What opens a nominal "what" clause ("What the neighbours say:", "Lo que dicen los socios:", "Ce que disent les
    /// riverains :"): a short line ending on a colon that opens so names a section's topic, whatever reporting verb it holds.
    /// </summary>
    public string[] WhatOpeners { get; init; } = s_none;

    /// <summary>
    /// The copula a note on an opinion piece's writer opens with after the name ("Jane Roe is …", "Jeanne Roux est …",
    /// "Jan Berg ist …"): such a note beside the dateline names the writer. Each word is listed once, in one language.
    /// </summary>
    public string[] NoteCopulas { get; init; } = s_none;

    /// <summary>
    /// Labels that credit a source, not a writer ("Fonte:", "Quelle:", "Fuente:", "Bron:"): "Fonte: ANSA / Adnkronos" under
    /// a paragraph is a credit line of the article's, set aside as a byline is, and names nobody.
    /// </summary>
    public string[] SourceLabels { get; init; } = s_none;

    /// <summary>
    /// The word that names the writer after a publication stamp's date, as blogs print it ("Pubblicato il 14 febbraio
    /// 2026 da Name", "Publicado em 3 de março de 2026 por Name"): read only right after the date, on a line that opens
    /// with a dateline prefix of the same language. Only where no byline prefix reads it already ("by ", "par ", "von ",
    /// "door " do, inside the line): Italian "da", Spanish and Portuguese "por", each filed in its own language.
    /// </summary>
    public string[] StampBylineWords { get; init; } = s_none;

    /// <summary>
    /// The verb a send button prints with the network's or the mail's name ("Enviar por WhatsApp", "Send by email", "Per
    /// E-Mail senden"): a share button as <see cref="ShareVerbs"/> print it, read in the same places only (session 53, pages).
    /// </summary>
    public string[] SendVerbs { get; init; } = s_none;

    /// <summary>
    /// How a line that links to more reading opens, with its colon ("Saiba mais: …", "En savoir plus : …", "Find out
    /// more: …"): a <see cref="LinkPrefixes"/> line (session 53, pages). A practical line's lead ("Más información:" with
    /// a phone) is an <see cref="InfoLeads"/> line, kept.
    /// </summary>
    public string[] LearnMorePrefixes { get; init; } = s_none;

    /// <summary>
    /// A media player's state printed alone on its line ("Lecture en cours...", "Now playing", "Wird geladen"): chrome as
    /// a whole line only, never as a line's opening words as a long <see cref="NavigationLines"/> phrase is (session 53, pages).
    /// Session 57: the button that opens an episode's transcript ("Transcript", "Transkript", "Trascrizione") is one.
    /// </summary>
    public string[] PlayerLines { get; init; } = s_none;

    /// <summary>
    /// Session 58, pages: the link under a social network's embedded post, as the network's embed code prints it in the
    /// page's language ("View on X", "Voir cette publication sur Instagram", "Diesen Beitrag auf Instagram ansehen"): whole
    /// lines only, never an article's sentence that names a network.
    /// </summary>
    public string[] EmbedLabels { get; init; } = s_none;

    /// <summary>
    /// Session 58, pages: how an embedded post's credit opens before the account's name and handle ("A post shared by
    /// Harrow Rovers (@harrowrovers)", "Une publication partagée par …"): a credit only with the handle in brackets closing it.
    /// </summary>
    public string[] EmbedCredits { get; init; } = s_none;

    /// <summary>
    /// Session 57, pages: how a podcast's page tells the listener to ask a voice assistant for the show ("Ask your smart
    /// speaker to …", "Demandez à votre enceinte connectée …"): the opening words of a player's line, never of an
    /// article's, which names the devices without speaking to the listener ("Smart speakers are listening …").
    /// </summary>
    public string[] VoiceAssistantPrompts { get; init; } = s_none;

    /// <summary>
    /// Session 57, pages: how the note under a machine-made transcript opens, the transcript named with a demonstrative
    /// ("This transcript", "Dieses Transkript", "Questa trascrizione"); a note only with <see cref="MachineMadeWords"/> in it.
    /// </summary>
    public string[] TranscriptNotices { get; init; } = s_none;

    /// <summary>
    /// Session 57, pages: word beginnings that say a machine made a text ("automatic", "automatisch", "speech recognition",
    /// "reconnaissance vocale"), read in a transcript's note (<see cref="TranscriptNotices"/>) only. A beginning shared by
    /// several languages is listed once, the tables being their union: English "automatic" (Italian "automaticamente",
    /// Portuguese "automaticamente"), Spanish "automátic" (Portuguese "automática"), German "automatisch" (Dutch).
    /// </summary>
    public string[] MachineMadeWords { get; init; } = s_none;

    /// <summary>
    /// Session 58, pages: word beginnings that say a text may hold faults ("error", "Fehler", "imprecision", "fout"), read
    /// in a transcript's note (<see cref="TranscriptNotices"/>) only: the note warns of them, a sentence of the article
    /// about a transcript reports what it shows. Entries match word beginnings, so a beginning shared by several languages
    /// is listed once, the tables being their union: Portuguese "erro" (English "error", Spanish "errores", Italian
    /// "errore"/"errori"), Portuguese "imprecis" (Spanish "imprecisión", Italian "imprecisioni"). German lists "irrtum"
    /// and "irrtümer", neither beginning the other.
    /// </summary>
    public string[] TextFlawWords { get; init; } = s_none;

    /// <summary>
    /// The consent line under a sign-up form, speaking to the reader ("We use your sign-up to …", "En vous inscrivant, vous
    /// acceptez …"), read as <see cref="SignUpPhrases"/> are, wherever they stand in a block. Each phrase holds the verb of
    /// accepting, or the form's own "we use your sign-up": the gerund alone ("al registrarte", "iscrivendoti") also opens an
    /// article's how-to sentence ("Al registrarte en la sede electrónica recibirás …").
    /// </summary>
    public string[] SignUpConsentPhrases { get; init; } = s_none;

    /// <summary>
    /// Session 54, metadata: a byline that calls the page an article and names its writer ("Un article de", "Articolo di",
    /// "Een artikel van"); read as <see cref="BylinePrefixes"/>.
    /// </summary>
    public string[] ArticleCredits { get; init; } = s_none;

    /// <summary>
    /// Session 57, pages: the line that credits a podcast's or a broadcast's host under the episode's headline ("Hosted
    /// by", "Moderiert von", "Condotto da"): the page's byline, read as <see cref="BylinePrefixes"/> but, like
    /// <see cref="PieceLeads"/>, only with a capitalised name after it. A sponsor's credit ("Sponsored by", "Presented by"
    /// in English, "Präsentiert von") names a firm, never the writer: none of them is listed.
    /// </summary>
    public string[] HostCredits { get; init; } = s_none;

    /// <summary>
    /// Session 63, pages2: the line of a sponsor's banner that brings in the partner's name on the line under it ("In
    /// partnership with", "En partenariat avec", "Gesponsert von", "En colaboración con", "In collaborazione con", "Em
    /// parceria com", "In samenwerking met"), read as a whole line only: the name under it is the partner's, never the
    /// headline, and a sentence glued under that name is the banner's disclosure, not the article's first paragraph.
    /// A host's credit ("Presentado por", <see cref="HostCredits"/>) is not listed.
    /// </summary>
    public string[] SponsorLeads { get; init; } = s_none;

    /// <summary>
    /// Session 64, pages: a developing story's notice, read as a whole line only (a ticker's "+++" around it and its closing
    /// stop aside): that more is coming ("More to follow", "Mehr in Kürze", "Ampliaremos información", "Seguiranno
    /// aggiornamenti", "Meer volgt") or that the article is being updated ("Dieser Artikel wird laufend aktualisiert",
    /// "Noticia en desarrollo", "Notizia in aggiornamento", "Notícia em atualização", "Dit bericht wordt aangevuld"). The
    /// page's note on the article's state, set aside; a sentence that opens on the same words and goes on is the article's.
    /// </summary>
    public string[] DevelopingNotices { get; init; } = s_none;

    /// <summary>
    /// Session 70, pages: the line a page (or a browser's reader view saving it) prints under an article's last paragraph to
    /// say it ends there ("End of article", "Ende des Artikels", "Fin de l'article", "Fin del artículo", "Fine
    /// dell'articolo", "Fim do artigo", "Einde van het artikel"), read as a whole line only. The page's mark, never the
    /// article's words nor a writer's name, though in German its capitalised nouns have a name's shape.
    /// </summary>
    public string[] ArticleEndMarks { get; init; } = s_none;

    /// <summary>
    /// Session 54, metadata: words that make a venue's or a street's name ("Road", "Stadium", "Rua", "Piazza"): a line that
    /// holds one before a town ("Harbour Road, Leeds") names where a match is played, not who wrote.
    /// </summary>
    public string[] VenueWords { get; init; } = s_none;

    /// <summary>
    /// Words that bring in the day a person was born ("born", "né", "geboren", "nacido", "nato", "nascido"): with a death's
    /// word (<see cref="DeathWords"/>) and a date after each, an obituary's line of life dates ("…, born 2 June 1937; died
    /// 8 March 2025") is the article's, never its dateline.
    /// </summary>
    public string[] BirthWords { get; init; } = s_none;

    /// <summary>
    /// Labels of a match report's fact box ("Scorers", "Arbitre", "Zuschauer", "Árbitro", "Marcatori", "Golos",
    /// "Scheidsrechter"), each before a colon: with labelled figures around them, the box under the article is the page's.
    /// A box of practical facts ("Tickets: £5", "When: 15 March") names none and stays the article's.
    /// </summary>
    public string[] MatchFactLabels { get; init; } = s_none;

    /// <summary>
    /// A page's label for an interview, alone on its line over the headline ("Interview", "L'intervista", "Entretien",
    /// "Das Interview", "La entrevista"): the questions of such a page are the interview's, never its headings.
    /// </summary>
    public string[] InterviewLabels { get; init; } = s_none;

    /// <summary>
    /// A byline that credits an interview ("Propos recueillis par", "Das Gespräch führte", "Interview by", "Entrevista
    /// realizada por"): read as a byline with <see cref="BylinePrefixes"/>, and, like an interview's label over the
    /// headline, it says the page's questions are the interview's, never its headings.
    /// </summary>
    public string[] InterviewCredits { get; init; } = s_none;

    /// <summary>
    /// Yes and no ("Ja", "Oui", "Sim", "Nee"): a paragraph that is one of them alone answers the question before it, as
    /// only an interview's questions are answered; an explainer answers its headings in sentences.
    /// </summary>
    public string[] AnswerWords { get; init; } = s_none;

    /// <summary>
    /// The short words that join a gallery's counter without the picture's word ("1 di 6", "2 of 5", "1 von 8"): the
    /// numbers and one of these words alone on a line are a gallery's caption line.
    /// </summary>
    public string[] CounterJoiners { get; init; } = s_none;

    /// <summary>
    /// Labels of a critic's rating before its colon ("Rating", "Note", "Bewertung", "Valoración", "Voto", "Classificação",
    /// "Beoordeling"): "Note : 15/20", "Voto: 7/10" under a review's byline or among its paragraphs is the critic's verdict,
    /// the article's, never a heading.
    /// </summary>
    public string[] RatingLabels { get; init; } = s_none;

    /// <summary>
    /// A letters page's name ("Letters", "Courrier des lecteurs", "Leserbriefe", "Cartas al director", "Lettere al
    /// direttore", "Cartas dos leitores", "Lezersbrieven"): a headline that opens with one, alone or before a colon, makes the
    /// page's letters, each signed by its writer's name and town ("Margaret Hill, Holme") under its last paragraph.
    /// </summary>
    public string[] LettersLabels { get; init; } = s_none;

    /// <summary>
    /// A letter's signature that names nobody ("Name and address supplied", "Nom connu de la rédaction", "Name der Redaktion
    /// bekannt", "Lettera firmata", "Naam bij de redactie bekend"): on a letters page, the letter's, as a name and a town are.
    /// </summary>
    public string[] WithheldNames { get; init; } = s_none;

    /// <summary>
    /// A link that goes on reading another story ("Read more", "Lire la suite", "Weiterlesen", "Leer más", "Continua a
    /// leggere", "Continuar a ler", "Lees verder"): glued under a headline and its blurb after the article, it closes that
    /// story's teaser.
    /// </summary>
    public string[] ReadOnLinks { get; init; } = s_none;

    /// <summary>
    /// The lead of a practical line before its colon ("For more information:", "Per informazioni:", "Más información:",
    /// "Weitere Informationen:"): under the article's last sentence, with an office's phone or address, the article's line.
    /// </summary>
    public string[] InfoLeads { get; init; } = s_none;

    /// <summary>
    /// The opening words of an editor's notice that the text below is a press release printed as its sender sent it ("Le
    /// contenu ci-dessous est un communiqué", "Questo testo è stato diffuso dall'ente indicato", "The following is a press
    /// release"): words that speak of the page itself, read only where they open a short block among the body's first
    /// blocks, which is then the page's notice, not the article.
    /// </summary>
    public string[] ReleaseNotices { get; init; } = s_none;

    /// <summary>
    /// A press release's release stamp over its headline ("For immediate release", "Para divulgação imediata", "Zur
    /// sofortigen Veröffentlichung"): an instruction to the newsrooms, never the headline nor the article's text. Read as
    /// whole lines only: "Immediate release of the hostages" is a headline.
    /// </summary>
    public string[] ReleaseStamps { get; init; } = s_none;

    /// <summary>
    /// A press release's kind label alone on its line over the release ("Press release", "Comunicado de imprensa",
    /// "Pressemitteilung"): it says what the page is, as a section's label does, and is never the release's headline.
    /// Whole lines only: "Press release reveals council's plans" is a headline.
    /// </summary>
    public string[] ReleaseLabels { get; init; } = s_none;

    /// <summary>
    /// The words of a printed paper's jump line, which sends the reader to the page an article goes on at or comes from
    /// ("Fortsetzung auf Seite 7", "Continued from page 1", "Suite en page 7", "Vervolg op pagina 7"): the verb or noun of
    /// going on (or of reading on, seeing), read with <see cref="PageWords"/> and a page's number (<c>PageJumps</c>).
    /// </summary>
    public string[] JumpWords { get; init; } = s_none;

    /// <summary>The noun for a printed page and its abbreviations ("Seite", "page", "página", "pág", "blz"), in a jump line.</summary>
    public string[] PageWords { get; init; } = s_none;

    /// <summary>
    /// The lead of a press release's box on its sender ("About", "À propos de", "Über", "Acerca de", "A proposito di",
    /// "Sobre", "Over"): glued over the sender's blurb, over the press contact (<see cref="PressContactLabels"/>), the box
    /// is the release's boilerplate, not the article.
    /// </summary>
    public string[] AboutLeads { get; init; } = s_none;

    /// <summary>
    /// A press release's contact label ("Press contact", "Contact presse", "Pressekontakt", "Contacto de prensa", "Contatti
    /// stampa", "Contacto de imprensa", "Perscontact") or its notes to the newsrooms ("Noot voor de redactie", "Nota para
    /// los medios"; other languages end the article on theirs), which close the release.
    /// </summary>
    public string[] PressContactLabels { get; init; } = s_none;

    /// <summary>
    /// Units of food energy after a number ("410 kcal", "350 calorías", "200 Kalorien"): a recipe's nutrition line under its
    /// last sentence ("Nutrition per serving: 410 kcal, 15g fat") gives them, and is the recipe's text.
    /// </summary>
    public string[] EnergyUnits { get; init; } = s_none;

    /// <summary>
    /// Labels of a work's details under its review ("Director", "Running time", "Réalisation", "Regie", "Verlag",
    /// "Reparto", "Regia", "Elenco", "Speelduur"), a word or two before a colon: a box of labelled lines under the last
    /// sentence is the review's only with one of them. A page's "Topics:", "Section:" or "Filed under:" name none.
    /// </summary>
    public string[] WorkDetailLabels { get; init; } = s_none;

    /// <summary>
    /// Words a headline may run on with into a date or a name on its next line ("… since" / "12 March", "… seit" / "12.
    /// März", "… depuis" / "12 mars"): a headline's line that ends on one keeps the line under it.
    /// </summary>
    public string[] RunOnWords { get; init; } = s_none;

    /// <summary>
    /// A separable verb's particle, which ends a main clause ("Brücke bleibt bis Ende Oktober zu", "Gemeente legt dit jaar een
    /// nieuw fietspad aan"): a subheading may end on one where a line ending on another function word is a sentence cut off.
    /// </summary>
    public string[] SeparableParticles { get; init; } = s_none;

    /// <summary>The word for a rating's stars after its score ("4 von 5 Sternen", "4 out of 5 stars", "3 sur 5 étoiles").</summary>
    public string[] StarWords { get; init; } = s_none;

    /// <summary>Words that bring in the day a person died ("died", "décédé", "gestorben", "fallecido", "morto", "overleden"): see <see cref="BirthWords"/>.</summary>
    public string[] DeathWords { get; init; } = s_none;

    /// <summary>
    /// A tag for the form of what a page carries, printed in capitals before a stop or a colon on the headline's own line
    /// ("VIDÉO. À …", "LIVE: …", "EXCLUSIVO. …"): the page's chrome, set apart from the headline (session 54, pages). A
    /// genre's label ("REPORTAGE.") is no such tag: it says what the text is, and stays with the headline.
    /// </summary>
    public string[] HeadlineFormTags { get; init; } = s_none;

    /// <summary>Reporting verbs whose object is who listened: "told the BBC".</summary>
    public string[] ListenerVerbs { get; init; } = s_none;

    /// <summary>Auxiliaries and adverbs that may stand between a subject and its reporting verb.</summary>
    public string[] Fillers { get; init; } = s_none;

    /// <summary>
    /// Forms of reporting verbs that may be followed by their subject ("said Mr X"). They are
    /// reporting verbs too; the other forms are in <see cref="ReportingVerbs"/> and <see cref="ReportingLemmas"/>.
    /// </summary>
    public string[] InvertingVerbs { get; init; } = s_none;

    /// <summary>Forms of reporting verbs, as written (besides <see cref="InvertingVerbs"/>).</summary>
    public string[] ReportingVerbs { get; init; } = s_none;

    /// <summary>Reporting verbs given as lemmas, each with the forms <see cref="Inflect"/> makes.</summary>
    public string[] ReportingLemmas { get; init; } = s_none;

    /// <summary>The forms of a lemma in <see cref="ReportingLemmas"/>: the language's own rule, irregular forms included.</summary>
    public Func<string, IEnumerable<string>> Inflect { get; init; } = lemma => new[] { lemma };

    /// <summary>Conjunctions after which a clause has the last word: "X said …, but Y rejected it".</summary>
    public string[] Contrasts { get; init; } = s_none;

    /// <summary>Relative pronouns that open a clause inside a subject: "X, who … , stressed".</summary>
    public string[] RelativePronouns { get; init; } = s_none;

    /// <summary>Abbreviations whose full stop ends no sentence, capitalised exactly so: "Mr.", "Mme."</summary>
    public string[] Abbreviations { get; init; } = s_none;

    /// <summary>
    /// Session 60, pages: a media player's buttons, printed alone on their line when a video page is dumped ("Couper le son",
    /// "Exit full screen", "Vollbild beenden", "Pantalla completa"): whole lines only, read as <see cref="PlayerLines"/> are,
    /// and never a headline. Generic single words a subheading may be ("Pause", "Lecture", "Volume") are left out.
    /// </summary>
    public string[] PlayerControls { get; init; } = s_none;

    /// <summary>
    /// Session 60, pages: the state a player's switch shows after its label and a colon ("Lecture automatique : activée",
    /// "Autoplay: on", "Automatisch afspelen: uit").
    /// </summary>
    public string[] PlayerStates { get; init; } = s_none;

    /// <summary>
    /// Session 61, pages: a reading view's display settings, which a read-later app or a browser's reader prints in a bar of
    /// controls over the saved article ("Mode sombre · Taille du texte : A- A+ · Police : Serif"): read only as a bar's parts
    /// (<c>ReadingSettingsBars</c>). A setting's word that also names a page's source ("fonte", "fuente") is left out.
    /// </summary>
    public string[] ReadingSettings { get; init; } = s_none;

    /// <summary>
    /// Session 61, pages3: a control that unfolds more of the same page where a section was folded ("Show more", "Ver más",
    /// "Mehr anzeigen", "Toon meer", "Expand") or folds it back ("Show less"): chrome as a whole line only, an arrow after
    /// it or not (<c>RevealControls</c>). The class's labels already listed as navigation lines ("show more", "load more")
    /// or as links to read on ("lire la suite", "leggi tutto", "lees meer", "ler mais") are read there and not repeated.
    /// </summary>
    public string[] RevealControls { get; init; } = s_none;

    /// <summary>
    /// Session 60, metadata: a byline that calls the piece a report and names who made it, as a broadcaster's video page
    /// signs its story ("Un reportage de", "A report by", "Ein Bericht von", "Een reportage van"); read as
    /// <see cref="ArticleCredits"/> are.
    /// </summary>
    public string[] ReportCredits { get; init; } = s_none;

    /// <summary>
    /// Session 60, metadata: the notice opening a line that says the article was first published elsewhere, up to that
    /// outlet's name ("This article first appeared in", "Este artigo foi publicado originalmente no", "Republished with
    /// permission from"): the outlet named is the article's source (<c>OutletNames.FirstPublished.cs</c>).
    /// </summary>
    public string[] FirstPublishedLeads { get; init; } = s_none;

    /// <summary>
    /// Session 67, pages: the lead of an aggregator's line that credits the outlet whose article it carries ("Provided by",
    /// "Fourni par", "Bereitgestellt von"), up to that outlet's name: the outlet is the article's source, not the aggregator
    /// whose masthead tops the page (<c>OutletNames.ProviderLines.cs</c>). Session 69, pages: a messaging app's label over a
    /// forwarded post ("Forwarded from", "Reencaminhada de", "Weitergeleitet von") credits the outlet whose post a channel
    /// carries the same way; such a line is never the headline (<c>TitleFinder</c>). Session 69 also added to
    /// <see cref="FirstPublishedLeads"/> the notices an aggregator prints under its copy ("This article originally appeared on").
    /// A read-later app's export credits the outlet it saved the article from the same way ("Saved from",
    /// "Enregistré depuis", "Opgeslagen van"), perhaps with the article's address after a middle dot.
    /// </summary>
    public string[] ProviderLeads { get; init; } = s_none;

    /// <summary>
    /// The header a messaging app writes over a chat or a channel it exports ("Chat history of",
    /// "Chatverlauf mit", "Chatgeschiedenis van"), before the chat's name. The line names the export, not an outlet that
    /// publishes the page, so it is no masthead (<c>OutletNames.ExportHeaders.cs</c>).
    /// </summary>
    public string[] ChatExportHeaders { get; init; } = s_none;

    /// <summary>The words quote attribution reads beyond the speaker lists above: reporting verbs as lemmas, cue words.</summary>
    public SpeechWords Speech { get; init; } = SpeechWords.None;

    /// <summary>Every list, by name, for the tests that check lists do not overlap by accident.</summary>
    public IEnumerable<(string Name, string[] Words)> Lists()
    {
        yield return (nameof(Stopwords), Stopwords);
        yield return (nameof(LanguageWords), LanguageWords);
        yield return (nameof(Months), Months);
        yield return (nameof(Weekdays), Weekdays);
        yield return (nameof(WeekdayParts), WeekdayParts);
        yield return (nameof(DatelinePrefixes), DatelinePrefixes);
        yield return (nameof(UpdatePrefixes), UpdatePrefixes);
        yield return (nameof(BroadcastPrefixes), BroadcastPrefixes);
        yield return (nameof(ShortMonths), ShortMonths);
        yield return (nameof(MonthVariants), MonthVariantNames());
        yield return (nameof(RelativeDatePrefixes), RelativeDatePrefixes);
        yield return (nameof(RelativeDateSuffixes), RelativeDateSuffixes);
        yield return (nameof(BylinePrefixes), BylinePrefixes);
        yield return (nameof(BylineRoles), BylineRoles);
        yield return (nameof(NewsroomHeads), NewsroomHeads);
        yield return (nameof(BylineRolePlurals), BylineRolePlurals);
        yield return (nameof(CreditMarks), CreditMarks);
        yield return (nameof(CreditWords), CreditWords);
        yield return (nameof(NavigationLines), NavigationLines);
        yield return (nameof(MenuWords), MenuWords);
        yield return (nameof(LinkPrefixes), LinkPrefixes);
        yield return (nameof(LinkLabels), LinkLabels);
        yield return (nameof(ReportWords), ReportWords);
        yield return (nameof(SignUpPhrases), SignUpPhrases);
        yield return (nameof(AppealPhrases), AppealPhrases);
        yield return (nameof(CopyrightPrefixes), CopyrightPrefixes);
        yield return (nameof(RightsPhrases), RightsPhrases);
        yield return (nameof(CompanyForms), CompanyForms);
        yield return (nameof(FeedLabels), FeedLabels);
        yield return (nameof(QuestionWords), QuestionWords);
        yield return (nameof(QuestionPhrases), QuestionPhrases);
        yield return (nameof(TerminatorPrefixes), TerminatorPrefixes);
        yield return (nameof(CommentCountWords), CommentCountWords);
        yield return (nameof(ReactionCountWords), ReactionCountWords);
        yield return (nameof(PollLabels), PollLabels);
        yield return (nameof(PollCountWords), PollCountWords);
        yield return (nameof(PollVoteWords), PollVoteWords);
        yield return (nameof(RevealVerbs), RevealVerbs);
        yield return (nameof(ReadingTimePhrases), ReadingTimePhrases);
        yield return (nameof(ReadingWords), ReadingWords);
        yield return (nameof(MinuteWords), MinuteWords);
        yield return (nameof(LengthLabels), LengthLabels);
        yield return (nameof(EmailFieldWords), EmailFieldWords);
        yield return (nameof(SummaryOpeners), SummaryOpeners);
        yield return (nameof(SectionNames), SectionNames);
        yield return (nameof(ReaderWords), ReaderWords);
        yield return (nameof(PoliteReaderWords), PoliteReaderWords);
        yield return (nameof(AddressWords), AddressWords);
        yield return (nameof(FirstPersonWords), FirstPersonWords);
        yield return (nameof(InterviewHomographs), InterviewHomographs);
        yield return (nameof(NoticePhrases), NoticePhrases);
        yield return (nameof(PublicationWords), PublicationWords);
        yield return (nameof(PublicationEndings), PublicationEndings);
        yield return (nameof(ElidedNameParticles), ElidedNameParticles);
        yield return (nameof(Pronouns), Pronouns);
        yield return (nameof(Titles), Titles);
        yield return (nameof(TitleModifiers), TitleModifiers);
        yield return (nameof(PostNominals), PostNominals);
        yield return (nameof(RoleNouns), RoleNouns);
        yield return (nameof(NationalityNouns), NationalityNouns);
        yield return (nameof(Demonyms), Demonyms);
        yield return (nameof(Indefinites), Indefinites);
        yield return (nameof(Definites), Definites);
        yield return (nameof(NounArticles), NounArticles);
        yield return (nameof(ClockWords), ClockWords);
        yield return (nameof(Prepositions), Prepositions);
        yield return (nameof(NotNames), NotNames);
        yield return (nameof(NameJoiners), NameJoiners);
        yield return (nameof(CoAuthorWords), CoAuthorWords);
        yield return (nameof(Agencies), Agencies);
        yield return (nameof(AuthorBoxLabels), AuthorBoxLabels);
        yield return (nameof(AuthorsBoxLabels), AuthorsBoxLabels);
        yield return (nameof(AuthorLinks), AuthorLinks);
        yield return (nameof(PieceLeads), PieceLeads);
        yield return (nameof(CorrectionLabels), CorrectionLabels);
        yield return (nameof(AmendmentOpeners), AmendmentOpeners);
        yield return (nameof(WriterVerbs), WriterVerbs);
        yield return (nameof(EarlierVersionPhrases), EarlierVersionPhrases);
        yield return (nameof(OwnViewsPhrases), OwnViewsPhrases);
        yield return (nameof(NoteSubjects), NoteSubjects);
        yield return (nameof(ThisPiecePhrases), ThisPiecePhrases);
        yield return (nameof(PrintNotices), PrintNotices);
        yield return (nameof(PrintEditionWords), PrintEditionWords);
        yield return (nameof(CreditRoles), CreditRoles);
        yield return (nameof(WireReporterLeads), WireReporterLeads);
        yield return (nameof(WireCreditLeads), WireCreditLeads);
        yield return (nameof(StandardsLabels), StandardsLabels);
        yield return (nameof(ConsentPhrases), ConsentPhrases);
        yield return (nameof(ConsentWords), ConsentWords);
        yield return (nameof(ListAnnouncers), ListAnnouncers);
        yield return (nameof(ColonLeadWords), ColonLeadWords);
        yield return (nameof(WhatOpeners), WhatOpeners);
        yield return (nameof(NoteCopulas), NoteCopulas);
        yield return (nameof(SourceLabels), SourceLabels);
        yield return (nameof(StampBylineWords), StampBylineWords);
        yield return (nameof(SendVerbs), SendVerbs);
        yield return (nameof(LearnMorePrefixes), LearnMorePrefixes);
        yield return (nameof(PlayerLines), PlayerLines);
        yield return (nameof(VoiceAssistantPrompts), VoiceAssistantPrompts);
        yield return (nameof(EmbedLabels), EmbedLabels);
        yield return (nameof(EmbedCredits), EmbedCredits);
        yield return (nameof(TranscriptNotices), TranscriptNotices);
        yield return (nameof(MachineMadeWords), MachineMadeWords);
        yield return (nameof(TextFlawWords), TextFlawWords);
        yield return (nameof(SignUpConsentPhrases), SignUpConsentPhrases);
        yield return (nameof(ArticleCredits), ArticleCredits);
        yield return (nameof(HostCredits), HostCredits);
        yield return (nameof(SponsorLeads), SponsorLeads);
        yield return (nameof(DevelopingNotices), DevelopingNotices);
        yield return (nameof(ArticleEndMarks), ArticleEndMarks);
        yield return (nameof(VenueWords), VenueWords);
        yield return (nameof(BirthWords), BirthWords);
        yield return (nameof(MatchFactLabels), MatchFactLabels);
        yield return (nameof(InterviewLabels), InterviewLabels);
        yield return (nameof(InterviewCredits), InterviewCredits);
        yield return (nameof(AnswerWords), AnswerWords);
        yield return (nameof(CounterJoiners), CounterJoiners);
        yield return (nameof(DeathWords), DeathWords);
        yield return (nameof(HeadlineFormTags), HeadlineFormTags);
        yield return (nameof(RatingLabels), RatingLabels);
        yield return (nameof(StarWords), StarWords);
        yield return (nameof(LettersLabels), LettersLabels);
        yield return (nameof(WithheldNames), WithheldNames);
        yield return (nameof(ReadOnLinks), ReadOnLinks);
        yield return (nameof(InfoLeads), InfoLeads);
        yield return (nameof(ReleaseNotices), ReleaseNotices);
        yield return (nameof(ReleaseStamps), ReleaseStamps);
        yield return (nameof(ReleaseLabels), ReleaseLabels);
        yield return (nameof(JumpWords), JumpWords);
        yield return (nameof(PageWords), PageWords);
        yield return (nameof(AboutLeads), AboutLeads);
        yield return (nameof(PressContactLabels), PressContactLabels);
        yield return (nameof(EnergyUnits), EnergyUnits);
        yield return (nameof(WorkDetailLabels), WorkDetailLabels);
        yield return (nameof(RunOnWords), RunOnWords);
        yield return (nameof(SeparableParticles), SeparableParticles);
        yield return (nameof(DeskWords), DeskWords);
        yield return (nameof(DeskHeads), DeskHeads);
        yield return (nameof(WireDeskPlurals), WireDeskPlurals);
        yield return (nameof(JobOfficeWords), JobOfficeWords);
        yield return (nameof(MenuJoiners), MenuJoiners);
        yield return (nameof(ShareVerbs), ShareVerbs);
        yield return (nameof(PaywallLabels), PaywallLabels);
        yield return (nameof(SubscriberNouns), SubscriberNouns);
        yield return (nameof(PageObjectWords), PageObjectWords);
        yield return (nameof(AdvertWords), AdvertWords);
        yield return (nameof(ResumeWords), ResumeWords);
        yield return (nameof(ListenerVerbs), ListenerVerbs);
        yield return (nameof(Fillers), Fillers);
        yield return (nameof(InvertingVerbs), InvertingVerbs);
        yield return (nameof(ReportingVerbs), ReportingVerbs);
        yield return (nameof(ReportingLemmas), ReportingLemmas);
        yield return (nameof(Contrasts), Contrasts);
        yield return (nameof(RelativePronouns), RelativePronouns);
        yield return (nameof(Abbreviations), Abbreviations);
        yield return (nameof(PlayerControls), PlayerControls);
        yield return (nameof(PlayerStates), PlayerStates);
        yield return (nameof(ReadingSettings), ReadingSettings);
        yield return (nameof(RevealControls), RevealControls);
        yield return (nameof(ReportCredits), ReportCredits);
        yield return (nameof(FirstPublishedLeads), FirstPublishedLeads);
        yield return (nameof(ProviderLeads), ProviderLeads);
        yield return (nameof(ChatExportHeaders), ChatExportHeaders);
    }

    /// <summary>A list of words written space-separated.</summary>
    public static string[] Words(string words) => words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
}
