using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// The words of one language that quote attribution reads: reporting verbs as lemmas with the
/// language's own rule for their forms, the auxiliaries and adverbs that stand between a verb and
/// its subject, pronouns, titles and role nouns, and the cue words of each attribution pattern.
/// A lexicon's older speaker lists (<see cref="Lexicon.Pronouns"/> and the like) are read as well;
/// these add to them, so a word is written in one of the two places only.
/// </summary>
internal sealed class SpeechWords
{
    private static readonly string[] s_none = Array.Empty<string>();

    /// <summary>No words: a lexicon that reads no speech.</summary>
    public static SpeechWords None { get; } = new();

    /// <summary>Reporting verbs as lemmas; <see cref="Inflect"/> gives their forms.</summary>
    public string[] ReportingLemmas { get; init; } = s_none;

    /// <summary>The forms of a lemma: the language's rule, irregular forms included.</summary>
    public Func<string, IEnumerable<string>> Inflect { get; init; } = lemma => new[] { lemma };

    /// <summary>
    /// Whether every reporting verb may be followed by its subject ("sagte Vogt", "declaró el
    /// consejero", "a précisé le ministre"); in English only the forms in <see cref="Lexicon.InvertingVerbs"/> do.
    /// </summary>
    public bool VerbsInvert { get; init; }

    /// <summary>Subject pronouns that refer back to a person; <see cref="Lexicon.Pronouns"/> where that is empty.</summary>
    public string[] Pronouns { get; init; } = s_none;

    /// <summary>Pronouns that refer back to an organisation, never a person: "it".</summary>
    public string[] OrganisationPronouns { get; init; } = s_none;

    /// <summary>Object pronouns joined after a verb by a hyphen, which report as the verb alone does: Portuguese "queixa-se", "disse-lhe".</summary>
    public string[] Enclitics { get; init; } = s_none;

    /// <summary>
    /// Of <see cref="Pronouns"/> and the lexicon's, those that mean more than one: "they", "ils". They
    /// may mean a group or a body, never one named person. Empty where a plural pronoun is also a
    /// singular one (German "sie", Dutch "ze").
    /// </summary>
    public string[] PluralPronouns { get; init; } = s_none;

    /// <summary>
    /// Words that open a sentence going on with the last speaker's report through an infinitive:
    /// French "Avant d'ajouter : « … »", "Et de conclure : « … »".
    /// </summary>
    public string[] ContinuationOpeners { get; init; } = s_none;

    /// <summary>The links between <see cref="ContinuationOpeners"/> and the infinitive: "de", "d'".</summary>
    public string[] InfinitiveLinks { get; init; } = s_none;

    /// <summary>
    /// Words before a title that make it another office: "Deputy Prime Minister X" holds no post
    /// that "the prime minister" means.
    /// </summary>
    public string[] DeputyWords { get; init; } = s_none;

    /// <summary>
    /// Of the titles, those written before a first name when the surname is left out: "Sir John",
    /// "Dame Ruth". A word alone after any other title is a surname ("Mr Howard").
    /// </summary>
    public string[] FirstNameTitles { get; init; } = s_none;

    /// <summary>
    /// Men's given names whose gender is plain ("Thierry", "Jürgen", "João"): the weakest evidence of a
    /// person's gender, read when the article gives no title or pronoun (Speakers/GivenNameGender.cs).
    /// </summary>
    public string[] MaleGivenNames { get; init; } = s_none;

    /// <summary>Women's given names whose gender is plain ("Françoise", "Anke", "Fenna"): see <see cref="MaleGivenNames"/>.</summary>
    public string[] FemaleGivenNames { get; init; } = s_none;

    /// <summary>
    /// Of the role nouns, those many people hold in one article and that no one holds for long:
    /// "the bowler", "the runner" mean whom the article named so ("runner Amy Cole"), never merely
    /// the last person named (the batsman, the rival). A compound ends in one ("front-runner") and
    /// is none of them.
    /// </summary>
    public string[] HolderOnlyRoles { get; init; } = s_none;

    /// <summary>
    /// Of the role nouns, the offices one person holds at a time over a town or a meeting: the
    /// mayor (English "mayor", French "maire", German "Bürgermeister", Spanish "alcalde", Italian
    /// "sindaco", Portuguese "prefeito", Dutch "burgemeester") and, where a language has a word for
    /// it alone, the chair ("chairwoman", "die Vorsitzende", "de voorzitter"; French, Spanish,
    /// Italian and Portuguese say "président", "presidente", also a state's or a club's head, and
    /// are left out). Named by office alone after a councillor the article gave another role, one
    /// means the office's unnamed holder, never that councillor (SpeakerFinder.UnheldPresidingOffice.cs).
    /// </summary>
    public string[] PresidingOffices { get; init; } = s_none;

    /// <summary>
    /// Ranks in command of a crew, a unit or a ship, in the armed, police and fire services and at
    /// sea, both forms where a language has two (English "captain", "commander", "colonel"; French
    /// "capitaine", "commandant"; German "Kapitän", "Kommandant"; Spanish, Italian and Portuguese
    /// "capitán", "comandante", "coronel"; Dutch "kapitein", "commandant"). A rank says its holder's
    /// field, as a civic office does: named by rank alone at the cue, with no holder in the article,
    /// it is not the person in focus when the article gave that person a role outside the ranks
    /// ("El concejal Pablo Ruiz …" then "dijo el comandante"); the words are the rank's unnamed
    /// holder's (SpeakerFinder.RankBesideOtherRole.cs).
    /// </summary>
    public string[] CommandRanks { get; init; } = s_none;

    /// <summary>
    /// Professions the press writes after a definite article, with nothing after them, as an
    /// epithet for the person it has just named: French "« … », a expliqué l'ingénieur", Spanish
    /// "dijo el ingeniero", German "sagte die Architektin", Dutch "zei de ingenieur": the person the
    /// article gave that profession in the same paragraph or the one before, else the person just
    /// named. In Romance languages and Dutch they are no role nouns: "un ingeniero" or "el ingeniero
    /// de la obra" may be someone else, and those readings are left as they were. German lists
    /// role nouns too, whose holder is meant first. Empty in English, whose occupations are role
    /// nouns meant by salience, or only whom the article named so (<see cref="HolderOnlyRoles"/>).
    /// </summary>
    public string[] ProfessionEpithets { get; init; } = s_none;

    /// <summary>
    /// How a noun for a person by what they do ends (an agent noun), written with a hyphen as endings
    /// are: German "-er", "-ist", "-eur" ("der Schäfer", "der Imker", "der Florist"), Dutch "-er", "-aar",
    /// "-ist" ("de veehouder", "de imker", "de bloemist"). After a definite article at the cue such a
    /// noun is a trade the lexicon does not list, read as <see cref="ProfessionEpithets"/> are. In a
    /// language with <see cref="MasculineArticles"/> these are the man's forms, read only after one.
    /// </summary>
    public string[] AgentNounEndings { get; init; } = s_none;

    /// <summary>
    /// The woman's forms of the <see cref="AgentNounEndings"/>: German "-erin", "-istin" ("die
    /// Imkerin"), Dutch "-ster" ("de kapster"). German reads them after a definite article that is no
    /// masculine one; "die" before a man's form is the plural ("die Schäfer").
    /// </summary>
    public string[] FemaleAgentNounEndings { get; init; } = s_none;

    /// <summary>
    /// Agent nouns (<see cref="AgentNounEndings"/>) that name a firm or a body as often as a person:
    /// "der Betreiber", "der Veranstalter", "de vervoerder". Nor they nor a compound they end is an
    /// epithet for the person just named.
    /// </summary>
    public string[] BodyAgentNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns of things written with an agent's ending (<see cref="AgentNounEndings"/>): Spanish and
    /// Portuguese "revista" (a magazine), Italian "settore" and "rivista", French "secteur". Nor they nor a
    /// word they end ("entrevista") is an epithet for the person just named: "«…», publica la revista".
    /// </summary>
    public string[] ThingAgentNouns { get; init; } = s_none;

    /// <summary>
    /// Those of <see cref="ProfessionEpithets"/> that say whom a person serves or what they know
    /// rather than a trade: an officer of a force, a trade unionist, a councillor, an expert ("alertou
    /// o oficial", "atirou a sindicalista", "aseguró el edil", "sagte der Experte"). Reporters give
    /// them to a person they named by a rank, an office or another trade ("o tenente Rui Sampaio",
    /// "el concejal Luis Pardo"), so the person just named is meant though the article gave them a
    /// role or a profession.
    /// </summary>
    public string[] HolderEpithets { get; init; } = s_none;

    /// <summary>
    /// Phrases the press writes after a definite article for an office's holder, each with the role
    /// nouns it stands for after "=", the one of its gender first and "|" between: Italian "la prima
    /// cittadina" is the mayor ("prima cittadina=sindaca|sindaco"), French "le premier magistrat"
    /// too. Read as that role: its holder under either form.
    /// </summary>
    public string[] OfficeEpithets { get; init; } = s_none;

    /// <summary>
    /// Of <see cref="OfficeEpithets"/>, the words that are also a trade of their own: Spanish "el
    /// técnico" is the team's coach in a match report and a council's technician elsewhere. Read as
    /// the role only when the article gave it to one person and gave no one the word itself; never
    /// the salient person, as the other epithets may be.
    /// </summary>
    public string[] HolderOnlyEpithets { get; init; } = s_none;

    /// <summary>
    /// Articles that never stand right before a person's name: English "the" ("the Harbour Isles",
    /// "the RHCT said"). A capitalised run right after one names a place or a body, never a person
    /// whom "he" or "she" may mean. Empty where an article may open a person's name or stand before
    /// one: Italian and Spanish put one before surnames ("la Rossi"), German speech does too, Dutch
    /// and French surnames open with lower-case particles ("de Graaf", "de La Tour").
    /// </summary>
    public string[] NamelessArticles { get; init; } = s_none;

    /// <summary>
    /// Nouns besides the organisation nouns that make a capitalised run after a
    /// <see cref="NamelessArticles"/> word a body's or a place's name: "the Harbour Trust", "the
    /// Harbour Isles", "the Republic of Tarn". Without one the run may be a person's title ("the
    /// Duke of Eastport") and is read as before.
    /// </summary>
    public string[] BodyNouns { get; init; } = s_none;

    /// <summary>
    /// Indefinite articles that may open a name described by one adjective: "a tearful Roe told",
    /// "un emocionado Ruiz", "een emotionele Jansen": the person named, as the writer sees them.
    /// Empty in German, whose nouns are capitalised ("ein junger Mann" names no one).
    /// </summary>
    public string[] EpithetArticles { get; init; } = s_none;

    /// <summary>
    /// Prepositions fused with an article that link an office to its lower-case brief before the
    /// holder's name: "l'assessore al turismo Franca Melis", "l'adjoint aux transports Luc Ferry",
    /// "o secretário aos assuntos X". They join no names, so they are kept apart from the joiners.
    /// </summary>
    public string[] BriefLinks { get; init; } = s_none;

    /// <summary>
    /// Offices that take a brief after a <see cref="BriefLinks"/> word ("assessore al turismo",
    /// "adjoint aux transports"). Other roles take a listener there ("il sindaco ai microfoni di
    /// …", "le maire aux habitants"), which is no brief and names no holder.
    /// </summary>
    public string[] BriefOffices { get; init; } = s_none;

    /// <summary>
    /// People an office holder speaks to, after a <see cref="BriefLinks"/> word: "o secretário aos
    /// jornalistas Ana Costa e …" names the listeners, not the office's brief and holder.
    /// </summary>
    public string[] ListenerNouns { get; init; } = s_none;

    /// <summary>
    /// "Of" elided into the word after it, written as one token: Italian "dell'", French "d'". After
    /// a role the token is a link and its complement at once ("il consigliere dell'opposizione
    /// Marco Riva"), so the name after it is the role's holder.
    /// </summary>
    public string[] ElidedLinks { get; init; } = s_none;

    /// <summary>
    /// Prepositions of time or circumstance that open a phrase set off by commas between a name and
    /// its verb: "Roe, after her best match of the year, said that …", "Rossi, dopo la gara, ha
    /// detto". The phrase is stepped over, and the name before it is the subject.
    /// </summary>
    public string[] InsertOpeners { get; init; } = s_none;

    /// <summary>Of <see cref="Pronouns"/> and the lexicon's, those that mean a man: gender evidence.</summary>
    public string[] MalePronouns { get; init; } = s_none;

    /// <summary>Of <see cref="Pronouns"/> and the lexicon's, those that mean a woman: gender evidence.</summary>
    public string[] FemalePronouns { get; init; } = s_none;

    /// <summary>
    /// Pronouns, of any case, that only ever mean a man (<see cref="MalePronouns"/> among them):
    /// after a sentence's opening name, gender evidence ("Jon Vale said he", "for his role"). Empty
    /// where a language's pronouns also stand for masculine nouns or open impersonal clauses.
    /// </summary>
    public string[] MaleReferents { get; init; } = s_none;

    /// <summary>As <see cref="MaleReferents"/>, for a woman: "she", "her".</summary>
    public string[] FemaleReferents { get; init; } = s_none;

    /// <summary>
    /// Endings of a participle or adjective that agrees with a man, read right after one of the
    /// <see cref="Copulas"/> that follows a sentence's opening name: gender evidence ("Luca Neri è
    /// stato", "Rui Lobo foi eleito"). Empty in a language whose participles do not agree.
    /// </summary>
    public string[] MaleAgreementEndings { get; init; } = s_none;

    /// <summary>As <see cref="MaleAgreementEndings"/>, for a woman: "Lea Neri è stata", "Ana Lobo foi eleita".</summary>
    public string[] FemaleAgreementEndings { get; init; } = s_none;

    /// <summary>
    /// Parties and movements written before a member's name, never part of it: "Liberal Democrat
    /// Alan Roe" is Alan Roe.
    /// </summary>
    public string[] Affiliations { get; init; } = s_none;

    /// <summary>Titles before a surname that say the person is a man: gender evidence ("Mr", "M.", "Herr").</summary>
    public string[] MaleTitles { get; init; } = s_none;

    /// <summary>Titles before a surname that say the person is a woman: gender evidence ("Mrs", "Mme", "Frau").</summary>
    public string[] FemaleTitles { get; init; } = s_none;

    /// <summary>Titles and offices before a name, not part of it.</summary>
    public string[] Titles { get; init; } = s_none;

    /// <summary>Nouns for a person's role: "der Trainer", "la ministra".</summary>
    public string[] RoleNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns for someone ordinary, by what they are rather than an office: "mother", "passant",
    /// "Rentnerin", "vecina". After an indefinite article ("sighed a mother at the gate") they bring
    /// in someone unnamed, whom the noun describes; the role nouns and professions do too.
    /// </summary>
    public string[] PeopleNouns { get; init; } = s_none;

    /// <summary>
    /// People nouns that are also past participles: French "détenu", "retenu". Right after the
    /// article they are the person ("lance un retenu"); past another noun they describe it ("un
    /// rapport détenu par la préfecture") and bring in no one. Read as <see cref="PeopleNouns"/>
    /// everywhere else.
    /// </summary>
    public string[] ParticiplePeopleNouns { get; init; } = s_none;

    /// <summary>
    /// Articles that mark their noun as an object, never a subject: German "den", "dem" ("lobte der
    /// Rat den Hafenmeister Jan Vogt" praises him; he does not speak).
    /// </summary>
    public string[] ObjectArticles { get; init; } = s_none;

    /// <summary>
    /// Articles that say their noun is a woman's when the noun is of either gender: "la maire",
    /// "la ministre", "la presidente", "una giudice". A masculine article is no such evidence: Italian
    /// and French write "il sindaco", "le ministre" of women too.
    /// </summary>
    public string[] FeminineArticles { get; init; } = s_none;

    /// <summary>
    /// Articles that say their noun is a man's: Spanish "el", Portuguese "o", German "der" before a
    /// person's noun ("admitió el empresario", "disse o autarca", "sagte der 24-Jährige"). Italian and
    /// French write "il sindaco", "le ministre" of women too, so they list none.
    /// </summary>
    public string[] MasculineArticles { get; init; } = s_none;

    /// <summary>Of the role nouns, those of someone who speaks for an organisation: "spokesman", "porte-parole", "Sprecher".</summary>
    public string[] SpokesNouns { get; init; } = s_none;

    /// <summary>
    /// Of the role nouns, those of someone unnamed who speaks for the organisation named with them,
    /// but, unlike a spokesman, not for one merely in view: "a Harbour Rail official", "un
    /// responsable de la préfecture de la Somme".
    /// </summary>
    public string[] OfficialNouns { get; init; } = s_none;

    /// <summary>
    /// A pronoun for no one in particular, joined to an inverted verb: French "on" in
    /// "», explique-t-on à l'ARS", where the organisation named after it speaks.
    /// </summary>
    public string[] ImpersonalPronouns { get; init; } = s_none;

    /// <summary>
    /// The letter a language writes between a verb ending in a vowel and its inverted pronoun:
    /// French "t" in "a-t-elle". The web often drops its first hyphen ("», a t-elle regretté"); the
    /// tokeniser then reads the verb, the letter and the pronoun as one word, as "a-t-elle" is.
    /// </summary>
    public string[] InversionJoints { get; init; } = s_none;

    /// <summary>Verb phrases that report as one verb does: "fait savoir", "laissé entendre".</summary>
    public string[] ReportingPhrases { get; init; } = s_none;

    /// <summary>
    /// A verb of speaking and the preposition of what is spoken of, which report the words in quotes
    /// right after: Portuguese "fala num “encerramento planeado”", Spanish "habla de «…»". Italian
    /// "parla di «…»" needs none: "parlare" is a reporting verb. Only these prepositions: "falou com
    /// X" names a listener, "habló en el «Teatro del Puerto»" a place, "habló del llamado «…»" a term.
    /// </summary>
    public string[] SpeakingOfPhrases { get; init; } = s_none;

    /// <summary>Verbs of will before a reporting infinitive: "tenu à" (rappeler), "voulu" (préciser).</summary>
    public string[] WillVerbs { get; init; } = s_none;

    /// <summary>
    /// Verbs that limit what was said, with their link, before a reporting infinitive: Spanish "se
    /// limitó a" (decir), Italian "si è limitato a" (dire), Portuguese "limitou-se a" (dizer), French
    /// "s'est borné à" (rappeler). With the infinitive they report as the infinitive alone would, and
    /// govern a clause after them ("se limitó a señalar que …") as a verb of will does not.
    /// </summary>
    public string[] LimitingVerbs { get; init; } = s_none;

    /// <summary>
    /// Participles that give a document's issuer after them, with the passive's agent: "la nota
    /// diffusa dall'azienda", "el comunicado difundido por", "publié par", "issued by".
    /// </summary>
    public string[] IssuingParticiples { get; init; } = s_none;

    /// <summary>Nouns for an organisation or a document that speaks for one: "the company", "le texte".</summary>
    public string[] OrganisationNouns { get; init; } = s_none;

    /// <summary>
    /// Of the organisation nouns, those that name a body by its description alone, modifiers
    /// before the noun: "the environment select committee".
    /// </summary>
    public string[] Bodies { get; init; } = s_none;

    /// <summary>
    /// Of the organisation nouns, those naming a body that speaks as one by the noun alone, after a
    /// definite article, where the article names no organisation of that noun: "la justice a
    /// estimé que", "el gobierno aseguró que". The noun is then the speaker.
    /// </summary>
    public string[] BareBodies { get; init; } = s_none;

    /// <summary>
    /// Adjectives written after a bare body's noun that say which body of that noun is meant, and
    /// belong to its name: "la polizia locale", "la policía local", "la police municipale".
    /// Languages that put them before the noun ("the local police") leave the list empty.
    /// </summary>
    public string[] BodyQualifiers { get; init; } = s_none;

    /// <summary>
    /// Endings of adjectives in a language that writes a body's adjectives after its noun, "sanitaria",
    /// "pública", "aerea", "mutualiste": one or two may stand between the noun that says what kind of body
    /// follows and the body's name ("la aseguradora sanitaria Zorgzaam").
    /// </summary>
    public string[] AdjectiveEndings { get; init; } = s_none;

    /// <summary>
    /// Articles that open a plural: "les", "los", "os", "the". A plural role or organisation noun after
    /// one, as a reporting verb's subject, is a group that speaks together ("les syndicats ont
    /// dénoncé", "the lawyers said"), given by the noun.
    /// </summary>
    public string[] PluralDefinites { get; init; } = s_none;

    /// <summary>Nouns that follow a publication's name in English ("Harbour Monthly magazine", "The Harbour Post newspaper"), and that a later "the paper" means.</summary>
    public string[] Publications { get; init; } = s_none;

    /// <summary>Of the organisation nouns, the documents that speak for whichever one issued them: "the report", "le communiqué".</summary>
    public string[] DocumentNouns { get; init; } = s_none;

    /// <summary>
    /// Verbs that only a document's words take after a quote, as its text is given: "the statement
    /// read", "luidt de verklaring", "lautet die Erklärung". A person who reads is reading, not speaking.
    /// </summary>
    public string[] DocumentVerbs { get; init; } = s_none;

    /// <summary>Of the document nouns, those that report findings and name one another ("the study" is "the report"); a statement or a note is another document.</summary>
    public string[] StudyNouns { get; init; } = s_none;

    /// <summary>
    /// Of the document nouns, a body's public statements, which name one another: "il comunicato" after
    /// "in una nota", "la nota" after "un comunicado". A letter or a study is another document.
    /// </summary>
    public string[] StatementNouns { get; init; } = s_none;

    /// <summary>Of the document nouns, the one that means the words of whichever document was brought in: "le texte".</summary>
    public string[] DocumentTextNouns { get; init; } = s_none;

    /// <summary>
    /// The particles a surname keeps in languages that write them in lower case inside a full name and
    /// capitalise the first at a sentence's start: Dutch "de", "van", German "von" ("Martin de Groot" …
    /// "De Groot schudt zijn hoofd."). Only German and Dutch: in Portuguese or Spanish a capitalised
    /// "Da", "Do", "De" opening a sentence is as often a contraction or a preposition.
    /// </summary>
    public string[] SurnameParticles { get; init; } = s_none;

    /// <summary>
    /// The endings, with a hyphen before them, that make a role noun a woman's where a language forms
    /// the feminine so from the noun it lists: German "-in" ("Kommandant", "Kommandantin";
    /// SpeakerFinder.FeminineRoleAtCue.cs). Dutch lists its few such forms whole ("boerin").
    /// </summary>
    public string[] FeminineRoleSuffixes { get; init; } = s_none;

    /// <summary>
    /// Adverbs that carry a document's reading on from the words quoted before, between an impersonal
    /// verb of reading and the document: German "weiter" ("„…“, heißt es weiter in der Mitteilung"),
    /// Dutch "verder" ("“…”, staat verder in de verklaring"). The other languages' such adverbs
    /// ("inoltre", "además", "ainda", "encore", "außerdem", "bovendien") are fillers already.
    /// </summary>
    public string[] ReadingGoingOnAdverbs { get; init; } = s_none;

    /// <summary>
    /// Pronominal adverbs that point back to a text and open a sentence of impersonal reading: German
    /// "darin" ("Darin heißt es: „…“"), Dutch "daarin" ("Daarin staat: “…”"). The text is the one the
    /// sentence before gave its subject to write, so the words are that subject's.
    /// </summary>
    public string[] DocumentBackAdverbs { get; init; } = s_none;

    /// <summary>
    /// Verbs whose subject receives or reads a text rather than writes it: German "erhielt", "bekam",
    /// Dutch "ontving", "kreeg". After "Der Bürgermeister erhielt einen Brief. Darin heißt es:" the words
    /// are not the subject's.
    /// </summary>
    public string[] TextReceivingVerbs { get; init; } = s_none;

    /// <summary>
    /// Verbs whose subject writes, sends or publishes a text, in every form a reporter uses: German
    /// "schrieb", "schickte", "veröffentlichte", Dutch "schreef", "stuurde", "publiceerde". A text pointed
    /// back to ("Darin heißt es:") is the subject's only where such a verb gave it to them; "Die Polizei
    /// fand einen Brief" gives the finder none (SpeakerFinder.TextPointedBack.cs).
    /// </summary>
    public string[] TextSendingVerbs { get; init; } = s_none;

    /// <summary>Of the organisation nouns, those that name a firm and so one another: "indicó la compañía" means the firm introduced as "la empresa X".</summary>
    public string[] CompanyNouns { get; init; } = s_none;

    /// <summary>
    /// Of the organisation nouns, those that name a firm by its trade ("a fábrica", "la naviera"): a company
    /// noun later means the firm they introduced ("a empresa"), as it means a firm named with no noun.
    /// </summary>
    public string[] TradeNouns { get; init; } = s_none;

    /// <summary>Of the organisation nouns, those that name a body of any kind ("el organismo", "die Behörde", "the body"): the organisation named last, whatever its own noun.</summary>
    public string[] AnyBodyNouns { get; init; } = s_none;

    /// <summary>
    /// Of the organisation nouns, those of the part that governs a body and speaks for it: "the board of X", "a
    /// administração da X", "la dirección de X" are X's words.
    /// </summary>
    public string[] GoverningNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns that say a name is a firm's by what it makes or does, in an appositive: "Quillby, the Sheffield-based
    /// maker of ovens", "a Hidrovela, a concessionária que …". The name holds no body's word, so only they tell it
    /// from a person's; the firm they bring in is what "the company" or "a empresa" later means.
    /// </summary>
    public string[] FirmNouns { get; init; } = s_none;

    /// <summary>
    /// Past participles (and the few adjectives that do their work) that place or date a body after
    /// the noun of its kind, in an appositive: "Skyline Air, a regional airline based in Harwick,",
    /// "Valmont, une entreprise installée à Brienne,", "Tubalis, una empresa radicada en Soria,",
    /// "Vlotman, een bedrijf gevestigd in Harwijk,". The noun still heads the appositive, as it does
    /// before a preposition; each form of each gender, as the participle agrees with the noun.
    /// German has none: it writes them inflected before the noun ("ein in Lindau ansässiges Unternehmen").
    /// </summary>
    public string[] SeatParticiples { get; init; } = s_none;

    /// <summary>"shares", "acciones", "Aktien": the firm whose shares a sentence names after a link is a firm ("Shares in Veltrane fell").</summary>
    public string[] ShareNouns { get; init; } = s_none;

    /// <summary>Auxiliaries' infinitives that open a reported clause after "di" or "de", with the subject dropped: "Dice di essere", "Racconta di aver temuto".</summary>
    public string[] ClauseAuxiliaries { get; init; } = s_none;

    /// <summary>Words that open a reported clause: "that", "que", "dass", "dat", "che".</summary>
    public string[] Complementisers { get; init; } = s_none;

    /// <summary>Articles that introduce someone new: "ein", "un", "een".</summary>
    public string[] Indefinites { get; init; } = s_none;

    /// <summary>Articles that point back: "der", "el", "il", "o", "de".</summary>
    public string[] Definites { get; init; } = s_none;

    /// <summary>Prepositions whose object is not the subject of the verb after it: "von", "de", "di", "van".</summary>
    public string[] Prepositions { get; init; } = s_none;

    /// <summary>Words that open a sentence and are no name: "Auch", "Pero", "Ma", "Maar".</summary>
    public string[] NotNames { get; init; } = s_none;

    /// <summary>Auxiliaries and adverbs that stand between a reporting verb and its subject, or before it: "hat", "ha", "a", "toutefois".</summary>
    public string[] Fillers { get; init; } = s_none;

    /// <summary>
    /// Emphatic pronouns that stand after a subject and before its verb: "Jane Roe herself called", "Er selbst nennt",
    /// "Anna Rossi stessa ha definito". The reader steps over them as over <see cref="Fillers"/>.
    /// </summary>
    public string[] Intensifiers { get; init; } = s_none;

    /// <summary>
    /// Verbs of answering, in the forms a report gives them: "replied", "a répondu", "antwortete", "contestó". Whoever asked
    /// the question just quoted is not whom a role answering it means (SpeakerFinder.AnswerToQuestion.cs).
    /// </summary>
    public string[] AnsweringVerbs { get; init; } = s_none;

    /// <summary>Reporting verbs whose object is who listened: "told the BBC".</summary>
    public string[] ListenerVerbs { get; init; } = s_none;

    /// <summary>Verbs by which one source quotes another: "the Gazette quoted Jane Roe as saying".</summary>
    public string[] QuotingVerbs { get; init; } = s_none;

    /// <summary>The word that links whom a quoting verb quoted to the saying: "as" in "quoted her as saying".</summary>
    public string[] QuotedAs { get; init; } = s_none;

    /// <summary>The words of "according to X": "according to", "selon", "laut", "según".</summary>
    public string[] AccordingTo { get; init; } = s_none;

    /// <summary>"According to" words that follow their source: German "Katrin Vogel zufolge".</summary>
    public string[] AccordingToAfter { get; init; } = s_none;

    /// <summary>Words that, right after a quote and a comma, report it as a verb would: "so X" (German), "aldus X" (Dutch).</summary>
    public string[] InvertedCues { get; init; } = s_none;

    /// <summary>How a number becomes a person by age: "71-year-old", "54-Jährige", "62enne".</summary>
    public string[] AgeSuffixes { get; init; } = s_none;

    /// <summary>
    /// Nouns that call a person by their age in words, as "the 71-year-old" does in figures: "the octogenarian",
    /// "la octogenaria", "il sessantenne", "der Achtzigjährige", "de tachtigjarige", "l'octogénaire".
    /// </summary>
    public string[] AgeNouns { get; init; } = s_none;

    /// <summary>
    /// The words that make a number someone's age in an appositive after their name: "78 years old", "78 Jahre
    /// alt", "78 jaar", "78 ans", "78 años", "78 anni", "78 anos".
    /// </summary>
    public string[] AgeWords { get; init; } = s_none;

    /// <summary>
    /// The ending of an adverb of manner, which right after a perfect auxiliary stands before the
    /// verb: "a simplement évoqué", "ha duramente criticato", "has strongly criticised".
    /// </summary>
    public string[] AdverbSuffixes { get; init; } = s_none;

    /// <summary>Words that link a person's full name to where they work: "of", "van", "de".</summary>
    public string[] EmployerLinks { get; init; } = s_none;

    /// <summary>
    /// Prepositions that put people at their place of work, never at their client or their
    /// family: "at" ("analysts at Harbor Partners"), "chez", "bei", "bij", "presso".
    /// </summary>
    public string[] WorkplaceLinks { get; init; } = s_none;

    /// <summary>
    /// Words that join a role to what it heads: before an indefinite article they make the holder
    /// someone unnamed ("of" in "the owner of a small ferry firm", "de" in "el director de una
    /// empresa"); before a lower-case complement they say where a role no one holds is held ("du"
    /// in "la directrice du centre", German "des").
    /// </summary>
    public string[] HeadLinks { get; init; } = s_none;

    /// <summary>
    /// The word that picks one person out of a group, before the group's pronoun ("one" in "one of
    /// them", "l'un" in "l'un d'eux", "einer" in "einer von ihnen"), in both genders: a subject so
    /// written is someone of the group, never the person quoted before (SpeakerFinder.OneOfThem.cs).
    /// </summary>
    public string[] PartitiveOnes { get; init; } = s_none;

    /// <summary>
    /// The group's pronoun after <see cref="PartitiveOnes"/> and its link, or the link and pronoun
    /// contracted into one word ("them", "eux" of "d'eux", "ihnen", "ellos", "loro", "deles", "hen").
    /// </summary>
    public string[] PartitivePronouns { get; init; } = s_none;


    /// <summary>Nouns of a manner of speaking or an attribute, which an indefinite after a role and a link may bring in instead of a body: "d'une voix ferme", "con un tono", "van een zekere leeftijd".</summary>
    public string[] MannerNouns { get; init; } = s_none;

    /// <summary>
    /// Words after which a quote names a term or a thing rather than giving anyone's words: "the
    /// so-called "green corridor"", "der sogenannte „Grüne Ring“", "el llamado «corredor verde»".
    /// Every gender and number.
    /// </summary>
    public string[] TermMarkers { get; init; } = s_none;

    /// <summary>
    /// Words that give what something is called, reaching a quote over a few lower-case words and a
    /// <see cref="PredicateLinks"/> word ("as", "como") or none: "nicknamed", "apelidado pelos alunos de “…”", "che in
    /// paese tutti chiamano “…”". The quote is a name, quoted from nobody (SpeakerFinder.CalledByName.cs).
    /// </summary>
    public string[] NamingWords { get; init; } = s_none;

    /// <summary>
    /// Words of being known, which name a thing only with a <see cref="PredicateLinks"/> word right before
    /// the quote: "known locally as "…"", "conocido en el pueblo como «…»"; "known for" names nothing.
    /// </summary>
    public string[] KnownAsWords { get; init; } = s_none;

    /// <summary>
    /// The noun "name", which brings in what something is called right before the quote, or over one
    /// preposition: "under the name "…"", "unter dem Namen „…“", "sous le nom de « … »". The quote is a
    /// name, quoted from nobody (SpeakerFinder.NameNounBeforeQuote.cs).
    /// </summary>
    public string[] NameNouns { get; init; } = s_none;

    /// <summary>
    /// The verb that gives a person's name, third person singular, present and past, in the form it takes right after
    /// the language's <see cref="Reflexives"/> word ("si chiama", "se llama", "s'appelle", "chama-se" as one word) or
    /// its subject pronoun ("heißt", "heet"), or after a copula ("is called"): "Si chiama Sara Rota e viene da Parma.",
    /// "Er heißt Lukas Tanner." The name after it is the subject's (SpeakerFinder.NamingVerbNewcomer.cs).
    /// </summary>
    public string[] NameGivingVerbs { get; init; } = s_none;

    /// <summary>
    /// Endings of the adjectives of a party or a movement written after a role, before its holder:
    /// French "la députée écologiste Camille Roussel", Spanish "el concejal socialista Luis Pardo".
    /// Only such a word stands between a role and the name it gives ("le maire citant Victor Hugo" does not).
    /// </summary>
    public string[] PartyAdjectiveEndings { get; init; } = s_none;

    /// <summary>Words with a party adjective's ending that are none: "triste", "liste", "intervista", "revista".</summary>
    public string[] NotPartyAdjectives { get; init; } = s_none;

    /// <summary>
    /// The adjectives of the tier an office sits at, written after a role before its holder as a
    /// party's are: French "la conseillère municipale Claire Maury", Italian "la consigliera comunale
    /// Giulia Conti". English, German and Dutch put the tier before the noun or in a compound
    /// ("county councillor", "Kreisrätin", "gemeenteraadslid") and need none.
    /// </summary>
    public string[] OfficeTierAdjectives { get; init; } = s_none;

    /// <summary>Words that join an organisation noun to its lower-case complements: "des" and "de" in "l'Union des usagers de Valmont".</summary>
    public string[] OrganisationLinks { get; init; } = s_none;

    /// <summary>
    /// Prepositions a body's own name holds between its capitalised words, beyond its links: French
    /// "pour" in "l'association Bus pour Tous", English "against" in "the charity Parents against
    /// Potholes". Read only inside a name right after the noun that introduces the body.
    /// </summary>
    public string[] BodyNameLinks { get; init; } = s_none;

    /// <summary>
    /// Fields of work a union's name places its members in, after a preposition of place: Portuguese "na Indústria"
    /// in "o Sindicato dos Trabalhadores na Indústria de Calçados do Itaúna", Spanish "en la Industria". Only the
    /// languages whose bodies' names go on through lower-case links (<see cref="OrganisationLinks"/>) hold them.
    /// </summary>
    public string[] SectorNouns { get; init; } = s_none;

    /// <summary>Particles inside names and titles beyond the lexicon's own: Spanish "de", Italian "della".</summary>
    public string[] NameJoiners { get; init; } = s_none;

    /// <summary>Whether a title ends compound nouns that are titles too: "Vereinspräsident", "Bestuursvoorzitter".</summary>
    public bool CompoundsTitles { get; init; }

    /// <summary>Whether a verb's subject may be dropped: "Y agregó:", "», ha assicurato."</summary>
    public bool DropsSubjects { get; init; }

    /// <summary>
    /// Whether the body of a place is written with its kind noun before the place's name, as one name:
    /// "gemeente Tolbergen", "Gemeinde Hollbach", "cooperativa Alto Valdeuso", "l'Asl Valli Orientali".
    /// Not English, which writes the kind after the place ("Tolbergen council"): a kind before a name
    /// there describes a body of its own name ("the bank Absa"), whatever place it is also written as
    /// ("a stake in Absa"). See Speakers/SpeakerFinder.KindedBodyName.cs.
    /// </summary>
    public bool WritesKindBeforePlace { get; init; }

    /// <summary>
    /// How a reporting verb or its auxiliary ends when its subject is plural, where the subject is
    /// dropped ("dijeron", "hanno detto", "disseram") or its pronoun is also singular ("betonten
    /// sie", "zeiden ze"): no one person's words. Empty where the pronoun says it. Written with a
    /// hyphen ("-ron"), as endings and not words.
    /// </summary>
    public string[] PluralVerbEndings { get; init; } = s_none;

    /// <summary>
    /// How a noun's plural is spelt from its singular, as "plural ending>singular ending": Italian
    /// "i>e" ("residenti", "residente"), German "nen>" ("Anwohnerinnen") and ">" (a plural spelt as its
    /// singular: "die Anwohner"), Dutch "s>" ("bewoners"). A group of people is read by the singular,
    /// built on the stack: a singular ending is at most <see cref="MaxSingularEnding"/> characters.
    /// </summary>
    public string[] PluralNounEndings { get; init; } = s_none;

    /// <summary>The longest singular ending a <see cref="PluralNounEndings"/> entry may give.</summary>
    public const int MaxSingularEnding = 4;

    /// <summary>
    /// Prepositions that open a manner phrase with one of the <see cref="MannerNouns"/> between an
    /// inverted verb and its subject: "ha commentato con un sorriso amaro X", "sagte mit einem bitteren
    /// Lächeln X", "a confié avec un sourire X".
    /// </summary>
    public string[] MannerPrepositions { get; init; } = s_none;

    /// <summary>
    /// Words that bring in someone beside a sentence's subject: "X came with Y", "X est venu avec Y".
    /// A gendered pronoun right after may mean either (SpeakerFinder.PronounRival.cs).
    /// </summary>
    public string[] CompanionWords { get; init; } = s_none;

    /// <summary>
    /// Subject pronouns a language that drops its subjects writes only to set one person against
    /// another: "«…», dijo ella" after "Luis habló con Ana" (SpeakerFinder.ObjectRival.cs).
    /// </summary>
    public string[] ContrastingPronouns { get; init; } = s_none;

    /// <summary>
    /// Definite articles that may open a sentence's subject (the nominative ones): "Die
    /// Bürgermeisterin winkt ab:" opens on its subject, "Den Bürgermeister unterstützt die Opposition
    /// nicht:" on a fronted object (Sieves/ColonCue.ArticleRoleOpening.cs).
    /// </summary>
    public string[] SubjectArticles { get; init; } = s_none;

    /// <summary>
    /// Articles before a bare role noun that show the holder a woman ("la dirigente", "a autarca"),
    /// and those that show a man ("il dirigente", "o presidente"): an epithet keeps meaning whom it
    /// meant only under an article of the same gender (SpeakerFinder.EpithetMeantBefore.cs).
    /// </summary>
    public string[] EpithetFeminineArticles { get; init; } = s_none;

    /// <inheritdoc cref="EpithetFeminineArticles"/>
    public string[] EpithetMasculineArticles { get; init; } = s_none;

    /// <summary>
    /// Indefinite articles that show the person their noun brings in a woman ("une voisine", "una
    /// vecina", "eine Nachbarin"), and those that show a man ("un voisin", "um vizinho"): a pronoun of
    /// the other gender never means that person (SpeakerFinder.UnnamedArticleGender.cs). German "ein" is
    /// none of them: it is also the neuter's ("ein Mädchen"); English and Dutch articles show no gender.
    /// </summary>
    public string[] FeminineIndefinites { get; init; } = s_none;

    /// <inheritdoc cref="FeminineIndefinites"/>
    public string[] MasculineIndefinites { get; init; } = s_none;

    /// <summary>
    /// Role nouns whose form shows their holder's gender where no article does ("the chairwoman",
    /// "der Lehrerin"): a companion brought in with one is of that gender (SpeakerFinder.CompanionRole.cs).
    /// </summary>
    public string[] FemaleRoleNouns { get; init; } = s_none;

    /// <inheritdoc cref="FemaleRoleNouns"/>
    public string[] MaleRoleNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns of <see cref="MaleKinNouns"/> and <see cref="FemaleKinNouns"/> that are also the
    /// everyday word for any woman or man, or for a comrade: "dijo la mujer", "a dit la femme",
    /// "ha detto il compagno" may mean anyone, so they are no family tie at the cue (see
    /// Speakers/Phrase.KinEpithet.cs).
    /// </summary>
    public string[] LooseKinNouns { get; init; } = s_none;

    /// <summary>
    /// Auxiliaries of the passive that can stand as the finite verb right after an opening dependent clause in a
    /// verb-second language ("…, wurde Berg verletzt", "…, werd Kranz gewond"): the subject after them undergoes the
    /// act, and is not whom the next quote means (Speakers/SpeakerFinder.SubjectAfterOpeningClause.cs).
    /// </summary>
    public string[] ClausePassiveAuxiliaries { get; init; } = s_none;

    /// <summary>
    /// The finite forms, present and past, of the modal verbs (and "do", "werden") that no other list
    /// holds: "kan", "muss", "can". With the copulas, the auxiliaries of the perfect and the passive,
    /// the reported conditional and the wishing verbs, the finite verbs the lexicons know without a
    /// list of the verb's own (SpeechTables.IsFiniteAuxiliary): a word right after an opening phrase
    /// is the clause's verb only when it is one of them or a reporting verb
    /// (SpeakerFinder.ParagraphPeople.cs), and a two-word run with one after it is a subject, not a
    /// question's verb and its subject (NameFacts.QuestionVerbRun.cs). Languages: en, de, nl.
    /// </summary>
    public string[] FiniteModals { get; init; } = s_none;

    /// <summary>
    /// Nouns that label a quote set out after a colon in an interview or a box ("Pregunta:",
    /// "Domanda:", "Nota:"), written like a reporting verb's third person: the label says no one
    /// spoke (Cues.OpeningVerbColon.cs). Languages that drop their subjects: es, it, pt.
    /// </summary>
    public string[] QuoteLabels { get; init; } = s_none;

    /// <summary>
    /// Prepositions of when, where or how that no other list of prepositions holds ("entre", "tra";
    /// "durante" and "tras" are <see cref="InsertOpeners"/>): with them and those, a phrase of where or how it was said after a verb whose subject is
    /// dropped is read as one ("«…», dijo entre aplausos.": Speakers/SpeakerFinder.DroppedSubjectBeforePhrase.cs).
    /// </summary>
    public string[] PhrasePrepositions { get; init; } = s_none;

    /// <summary>
    /// Nouns and contrasts that make a sentence give someone's view with no reporting verb: a view,
    /// a version, criticism, or a view "different" from the last ("Quite different is the view of
    /// the staff representative, Karen Vogt."), besides the <see cref="ResponseNouns"/> and
    /// <see cref="StanceWords"/>. The person such a sentence ends on is whom a later pronoun means.
    /// </summary>
    public string[] ViewWords { get; init; } = s_none;

    /// <summary>
    /// Prepositions that link a view to its holder a few words after a <see cref="ViewWords"/>
    /// word, besides the <see cref="HeadLinks"/>, <see cref="PassiveAgents"/> and
    /// <see cref="GenitiveArticles"/> ("came from", "son de cloche chez"); a view aimed "at"
    /// someone has no holder there.
    /// </summary>
    public string[] ViewLinks { get; init; } = s_none;

    /// <summary>Whether the finite verb stands second, so that a time opening the sentence puts the subject after it: "Maandag was wethouder X kritisch", "Am Freitag meldete sich X".</summary>
    public bool VerbSecond { get; init; }

    /// <summary>Prepositions before where words were said, between an inverted verb and its subject: "a précisé sur France Bleu X".</summary>
    public string[] Media { get; init; } = s_none;

    /// <summary>Present participles that report, as a clause after a comma: "…, saying". Made from <see cref="ReportingLemmas"/> by <see cref="Participle"/>.</summary>
    public Func<string, string?> Participle { get; init; } = _ => null;

    /// <summary>
    /// Of the reporting lemmas, those whose object is a person (the one criticised, praised, asked or
    /// warned): after one, a name is whom the verb is about as often as who speaks ("lobte der
    /// Stadtrat X", "ha criticato il ministro X").
    /// </summary>
    public string[] PersonObjectLemmas { get; init; } = s_none;

    /// <summary>
    /// Reporting verbs that split around their subject, each as its lemma and the particle that
    /// closes the clause: "hinzufügen" is "fügen hinzu" ("fügte sie hinzu"), "toevoegen" is "voegen
    /// toe" ("voegde hij eraan toe"). The stem alone is a common verb ("stellte die Pläne vor"):
    /// it reports only when its particle closes the cue.
    /// </summary>
    public string[] SplitReports { get; init; } = s_none;

    /// <summary>
    /// Verbs of manner, and verbs with a common plain sense, that report only in the cue right
    /// beside the quote: "„…“, lachte sie", "\"…,\" she smiled", "«…», sorrise X". Elsewhere they
    /// laugh at a film, close a café or celebrate in a bar named in quotes, so they are no
    /// reporting verbs to the readings that look further from the quote.
    /// </summary>
    public string[] BesideQuoteLemmas { get; init; } = s_none;

    /// <summary>
    /// Verbs that report only with their reflexive pronoun, mostly with a word of stance: German
    /// "zeigte sich X zuversichtlich", "gab sich X gelassen", "sorgte sich X", Dutch "toonde X zich
    /// tevreden", Spanish "se mostró optimista X". Alone they show or give, so they report only so.
    /// </summary>
    public string[] StanceLemmas { get; init; } = s_none;

    /// <summary>
    /// Verbs of judging or estimating whose complement a quote may be, as written: alone when the
    /// quote follows their object ("findet den Plan „…“", "trouve le projet « … »"), or with the
    /// preposition that must stand right before the quote after a space ("hält für": "hält das für
    /// „…“"; "schat op", "tacha de", "put at"). The subject opening the sentence judges.
    /// </summary>
    public string[] JudgingVerbs { get; init; } = s_none;

    /// <summary>
    /// Verbs of naming, describing or speaking of whose complement a quote may be, as written: alone
    /// when the quote follows their object ("nannte die Schließung „…“", "called the report "…""),
    /// or with the preposition that must stand right before the quote, or before its one article,
    /// after a space ("bezeichnete als": "bezeichnete den Plan als „…“"; "sprak van", "califica de",
    /// "spoke of"). The subject opening the sentence gave the thing the name in marks.
    /// </summary>
    public string[] NamingVerbs { get; init; } = s_none;

    /// <summary>
    /// Verbs of wanting or hoping that are no verbs of saying, as written: "a voulu un bâtiment
    /// « … »", "espera que … “…”", "wants a harbour "…"". A partial quote in the clause they open
    /// is the words of the subject opening the sentence.
    /// </summary>
    public string[] WishingVerbs { get; init; } = s_none;

    /// <summary>
    /// A pronoun in its object form as the holder of an according-to phrase, with the subject form
    /// it stands for after a space: "him he" ("according to him"), "hem hij" ("volgens hem"),
    /// "ihm er" ("ihm zufolge", "laut ihm"). Languages whose stressed pronoun is its subject form
    /// ("selon lui", "según él") need none.
    /// </summary>
    public string[] ViewObjectPronouns { get; init; } = s_none;

    /// <summary>
    /// Phrases of one's own words, which point back to the subject of their clause: "nach eigenen
    /// Worten", "naar eigen zeggen", "in his own words", "selon ses propres mots", "según sus
    /// propias palabras", "per sua stessa ammissione", "nas suas próprias palavras".
    /// </summary>
    public string[] OwnWordsPhrases { get; init; } = s_none;

    /// <summary>
    /// Reflexive pronouns that make a <see cref="StanceLemmas"/> verb report and let a reporting
    /// verb take a word of stance before its subject ("s'est dite confiante X"): "sich", "zich",
    /// "se", "si".
    /// </summary>
    public string[] Reflexives { get; init; } = s_none;

    /// <summary>
    /// Capitalised nouns of a time within an event that fill a verb-second clause's middle with
    /// a day's names ("räumte die Präfektin gleich zu Beginn ein", "sagte er zum Schluss"): "beginn", "schluss".
    /// </summary>
    public string[] TimeNouns { get; init; } = s_none;

    /// <summary>
    /// The stems of a man's and a woman's possessives, which give a phrase of giving word its
    /// source ("nach seinen Worten", "naar haar zeggen"): "sein", "ihr"; "zijn", "haar".
    /// </summary>
    public string[] MalePossessiveStems { get; init; } = s_none;

    /// <inheritdoc cref="MalePossessiveStems"/>
    public string[] FemalePossessiveStems { get; init; } = s_none;

    /// <summary>
    /// Words that make a name a company's wherever they stand after its first word, whatever kind
    /// of company: "Acme Ferries", "Harbour Holdings plc", "Talheimer Bau GmbH". "The company",
    /// "the firm" or "it" may then mean it.
    /// </summary>
    public string[] CompanyWords { get; init; } = s_none;

    /// <summary>
    /// Words that open a sentence and point back to the quote that stood alone before it, as the
    /// object of the reporting verb that follows: "Das sagte X", "Dat zegt X", "Lo ha detto X",
    /// "Así lo explicó X", "Foi o que disse X", "C'est ce qu'a affirmé X", "That is what X said".
    /// </summary>
    public string[] BackReferences { get; init; } = s_none;

    /// <summary>
    /// Phrases that open a sentence and make its verb, whatever it is, a way of saying the quote
    /// that stood alone before it: "With these words, X opened …", "Con estas palabras se defendió
    /// X", "Mit diesen Worten begann X …" (Sieves/BackReferenceCue.WithTheseWords.cs). One to three words.
    /// </summary>
    public string[] WithTheseWords { get; init; } = s_none;

    /// <summary>
    /// The cleft that names who said the quote before it: an opener, a reporting infinitive with
    /// one of <see cref="CleftClitics"/> for the quote, and a copula, then the speaker ("A dirlo
    /// è X", "A spiegarlo è stata X").
    /// </summary>
    public string[] CleftOpeners { get; init; } = s_none;

    /// <summary>Object pronouns joined to a reporting infinitive in a cleft: "dirlo", "spiegarla".</summary>
    public string[] CleftClitics { get; init; } = s_none;

    /// <summary>The forms of "to be" that close a cleft before its subject: "è", "sono", "è stato".</summary>
    public string[] Copulas { get; init; } = s_none;

    /// <summary>
    /// Forms of "to be" between a described subject and the person it names ("The woman at the tiller is X"), in a
    /// language that lists no <see cref="Copulas"/>, which are read with them (SpeakerFinder.PredicateFullName.cs).
    /// </summary>
    public string[] NameCopulas { get; init; } = s_none;

    /// <summary>
    /// Subject pronouns that are she and they, listed in neither gender ("ze"): beside a reporting verb in the singular
    /// they are she (SpeakerFinder.SheOrThey.cs).
    /// </summary>
    public string[] SheOrTheyPronouns { get; init; } = s_none;

    /// <summary>
    /// Words after which an indefinite noun phrase says what someone named already is, not someone
    /// new, beside the <see cref="Copulas"/> and passive auxiliaries, which are read with them:
    /// forms of "to become" and "to remain", and "as": "Lee became a lawyer", "working as a nurse".
    /// </summary>
    public string[] PredicateLinks { get; init; } = s_none;

    /// <summary>Prepositions that give a view when they open a sentence: "Pour X, « … »".</summary>
    public string[] ViewPrepositions { get; init; } = s_none;

    /// <summary>Prepositions of place: a name after one says where someone is, never who speaks ("a lawyer in Harbour said", "la chorale, relogée à Montvert depuis l'incendie :").</summary>
    public string[] Locatives { get; init; } = s_none;

    /// <summary>Prepositions that name a passive verb's agent: "by", "par", "vom", "por", "dal", "pela", "door".</summary>
    public string[] PassiveAgents { get; init; } = s_none;

    /// <summary>Conjunctions after which a clause has the last word.</summary>
    public string[] Contrasts { get; init; } = s_none;

    /// <summary>
    /// Conjunctions that open a subordinate clause before the main one: "Even before the club said
    /// he would stay, Baker insisted …". A reporting subject in that clause gives way to the main
    /// clause's after its comma, whom a later "he" means.
    /// </summary>
    public string[] Subordinators { get; init; } = s_none;

    /// <summary>
    /// Words that open a subordinate clause only with the complementiser after them, as
    /// <see cref="Subordinators"/> do alone: French "alors que", "bien que" ("alors" alone is "then").
    /// </summary>
    public string[] SubordinatorsBeforeComplementiser { get; init; } = s_none;

    /// <summary>
    /// The <see cref="OrganisationLinks"/> that hold a plural article: Italian "dei", French "des".
    /// After one, a lower-case complement is a plural ("il comitato dei residenti").
    /// </summary>
    public string[] PluralOrganisationLinks { get; init; } = s_none;

    /// <summary>
    /// Prepositions that open an adverbial phrase standing first in a clause whose finite verb
    /// comes second (German, Dutch): "Mit leiser Stimme sagte X:", "Op Facebook schreef X:". The
    /// subject follows the verb; the phrase's nouns are never it. Besides the <see cref="Locatives"/>
    /// and <see cref="Prepositions"/>, which open it too. Where the language is unknown every
    /// language's words are read, so none that opens an English sentence ("An", "Over").
    /// </summary>
    public string[] OpeningPrepositions { get; init; } = s_none;

    /// <summary>
    /// Prepositions that open a phrase of time or place set off by a comma before the clause's subject, where
    /// the verb does not stand second: "After the meeting, she", "Au marché, elle", "Al mercato, lei", "Tras
    /// la reunión, él", "Após a reunião, ele". Besides the <see cref="Locatives"/> and <see cref="Prepositions"/>,
    /// which open it too. Read only for a subject pronoun after the phrase (SpeakerFinder.PronounAfterOpeningPhrase.cs);
    /// German and Dutch open theirs with the <see cref="OpeningPrepositions"/>.
    /// </summary>
    public string[] CommaOpeningPrepositions { get; init; } = s_none;

    /// <summary>
    /// Participles of being asked that open a phrase set off by a comma before the subject pronoun they
    /// describe: "Asked about the delay, she", "Interrogée sur ce point, elle", "Interpellato sul tema, lui".
    /// Singular only, both genders where the participle agrees; read where <see cref="CommaOpeningPrepositions"/> are.
    /// </summary>
    public string[] AskedParticiples { get; init; } = s_none;

    /// <summary>
    /// Words that open a dependent clause set off by commas inside such an opening phrase: "Auf die
    /// Frage, ob …, antwortete X:", "Op de vraag of …, zei X:"; besides the <see cref="Subordinators"/>.
    /// </summary>
    public string[] DependentClauseOpeners { get; init; } = s_none;

    /// <summary>
    /// The word right before an infinitive that closes a clause of its own inside an opening
    /// phrase: German "zu", Dutch "te" ("Zum Vorschlag, eine Brücke zu bauen, sagte X:").
    /// </summary>
    public string[] InfinitiveMarkers { get; init; } = s_none;

    /// <summary>
    /// Finite verbs of reported speech (German Konjunktiv I): "sei", "seien", "habe", "könne". A
    /// sentence whose verb stands so reports the words of whoever spoke just before, unless it
    /// names a speaker of its own: "„…“, sagte sie. Die Lage sei „ernst“".
    /// </summary>
    public string[] ReportedSpeechForms { get; init; } = s_none;

    /// <summary>
    /// Third persons' subjects beside which a finite verb ending in "-e" stands in the mood of
    /// reported speech, whatever the verb (German "man", "er", "sie", "es": "Man warte „…“", where
    /// the indicative is "wartet"): <see cref="ReportedSpeechForms"/> lists the irregular and common forms.
    /// </summary>
    public string[] ReportedSpeechSubjects { get; init; } = s_none;

    /// <summary>
    /// Finite verbs of the conditional mood that report speech where the mood of reported speech
    /// would read as the indicative (German Konjunktiv II: "wäre", "hätten", "müssten"; Dutch
    /// "zou", "zouden"): "Eine Bewährung wäre „ein falsches Signal“". The same forms also say what
    /// would happen on a condition, so a sentence holding a <see cref="ConditionalMarkers"/> word
    /// ("wenn … wäre") reports no one with them.
    /// </summary>
    public string[] ReportedConditionalForms { get; init; } = s_none;

    /// <summary>Words that open a condition ("wenn", "falls"; Dutch "als", "indien"): see <see cref="ReportedConditionalForms"/>.</summary>
    public string[] ConditionalMarkers { get; init; } = s_none;

    /// <summary>
    /// Endings of adjectives and adverbs that open a clause where the finite verb stands second,
    /// capitalised there ("Zurückhaltend äußerte sich der Abgeordnete X", "Voorzichtig reageerde de
    /// wethouder"): the subject stands after the verb, and the opening word is no name.
    /// </summary>
    public string[] AdverbialEndings { get; init; } = s_none;

    /// <summary>
    /// The first person's subject pronouns, "ich", "je", "I": with German "ich", "habe" or "werde" is
    /// no reported speech; a sentence one opens has the writer as its subject ("J'ai posé la question
    /// à X"), whom no later "il" or "he" means.
    /// </summary>
    public string[] FirstPersonSubjects { get; init; } = s_none;

    /// <summary>
    /// Adverbs that add someone to those already named, "anche", "también", "auch": after a
    /// predicate opening a sentence with no verb ("Preoccupata anche Lucia Bernasconi"), the
    /// subject follows them.
    /// </summary>
    public string[] AdditiveAdverbs { get; init; } = s_none;

    /// <summary>The writer's own possessives: "our correspondent" is the newspaper's reporter, whom no one quoted before.</summary>
    public string[] OwnPossessives { get; init; } = s_none;

    /// <summary>
    /// The first person's possessives, singular and plural, every form: "ma mère", "o meu pai", "la mia nonna",
    /// "mi abuela", "meine Mutter", "mijn moeder", "my father" (read in InnerQuoteSpeaker.Inverted.cs).
    /// </summary>
    public string[] FirstPersonPossessives { get; init; } = s_none;

    /// <summary>
    /// The word that opens a clause of comparison, "as my mother used to say", "comme disait ma mère"
    /// (read in InnerQuoteSpeaker.Inverted.cs).
    /// </summary>
    public string[] ComparisonOpeners { get; init; } = s_none;

    /// <summary>
    /// In a language that drops its subject, the first person's subject pronouns and its auxiliaries of the
    /// perfect, which say the first person speaks where no subject is written: "gli ho detto", "le he dicho",
    /// "eu disse-lhe" (read in InnerQuoteSpeaker.FirstPersonCue). Other languages write the subject
    /// (<see cref="FirstPersonSubjects"/>).
    /// </summary>
    public string[] FirstPersonDroppingWords { get; init; } = s_none;

    /// <summary>
    /// The first person singular present of the verbs of saying, which the third person's inflection never
    /// makes: "digo", "dico", "sage", "zeg", "dis". A teller who quotes what they always say ("yo les digo
    /// siempre a mis hijos: “…”", "ich sage den Kindern immer: ‚…‘") gives the inner words as their own, as with a
    /// past ("le dije"). Where the subject is dropped (es, it, pt) the ending alone is the first person; elsewhere
    /// the subject is written and read from <see cref="FirstPersonSubjects"/>. Forms that are also common nouns
    /// ("cuento", "conto", "racconto", "antwoord") are left out: a story or an answer is no speaker's cue.
    /// </summary>
    public string[] FirstPersonSayingForms { get; init; } = s_none;

    /// <summary>
    /// The participles and gerunds of turning to someone, which lead a quote with no subject of their own: "Then,
    /// turning to the benches: '…'", "Poi, rivolta al marito: «…»", "Dann, an die Opposition gewandt: „…“" (read in
    /// TurnToListener, after one of the <see cref="SequenceOpeners"/> or none). The one who turns is the speaker of the sentence before; the one turned to only listens.
    /// </summary>
    public string[] TurningWords { get; init; } = s_none;

    /// <summary>Phrases that make their subject an interview's guest: "répondait aux questions", "was the guest".</summary>
    public string[] InterviewCues { get; init; } = s_none;

    /// <summary>Words that join two subjects: "Princes William and Harry said" names no one speaker.</summary>
    public string[] Coordinators { get; init; } = s_none;

    /// <summary>Auxiliaries of the passive: "It is thought", "it was said" report no one's words.</summary>
    public string[] PassiveAuxiliaries { get; init; } = s_none;

    /// <summary>Relative pronouns that open a clause inside a subject.</summary>
    public string[] RelativePronouns { get; init; } = s_none;

    /// <summary>Relative pronouns that only ever stand for a person ("who", "quien", "quem"): someone described by one is a person.</summary>
    public string[] PersonRelativePronouns { get; init; } = s_none;

    /// <summary>Relative pronouns that stand as their clause's subject ("qui", "che"), where "que" in es and pt is an object as often.</summary>
    public string[] SubjectRelatives { get; init; } = s_none;

    /// <summary>A preposition of time and the infinitive's marker after it: "avant de", "antes de", "prima di".</summary>
    public string[] InfinitiveTimeLinks { get; init; } = s_none;

    /// <summary>Prepositions of time that take a gerund straight after them ("before promising"), not a clause ("before the council voted").</summary>
    public string[] GerundTimeLinks { get; init; } = s_none;

    /// <summary>The gerund's ending after a <see cref="GerundTimeLinks"/> word: "-ing".</summary>
    public string[] GerundSuffixes { get; init; } = s_none;

    /// <summary>
    /// Articles of a genitive that marks the noun after it with -s or -es: "des Fördervereins X" is
    /// Förderverein X's. German.
    /// </summary>
    public string[] GenitiveArticles { get; init; } = s_none;

    /// <summary>
    /// Articles of a genitive that leaves its noun as it is, which join a complement to the noun
    /// before them with no preposition: German "die Leiterin der Bäckerei". Languages that join
    /// a complement with a preposition ("de", "of", "van") have none.
    /// </summary>
    public string[] ComplementArticles { get; init; } = s_none;

    /// <summary>
    /// Prepositions that name whom words are said or sent to, beyond the <see cref="Locatives"/>,
    /// <see cref="BriefLinks"/> and <see cref="ContractedArticles"/> that may do so too: "to",
    /// Spanish and Italian "a", German "an". A name after one listens: "A letter to mayor X: …",
    /// and so does a person's noun: "ha detto a una cliente" (one list for both readings).
    /// </summary>
    public string[] ListenerPrepositions { get; init; } = s_none;

    /// <summary>
    /// Possessives of the third person in the forms a <see cref="ListenerPrepositions"/> word puts
    /// them in, beyond the <see cref="Possessives"/>: German's dative after "zu" ("zu ihrem
    /// Stellvertreter"). With the <see cref="Possessives"/> ("to his deputy", "à son adjoint", "al suo
    /// vice") they open someone of the speaker's own spoken to, whom a name set off after the noun
    /// describes, never the speaker. Languages whose possessives do not inflect so have none.
    /// </summary>
    public string[] ListenerPossessives { get; init; } = s_none;

    /// <summary>
    /// Prepositions whose complement is what something is for, against, with or about, never who
    /// speaks: "Protests against mayor X: …", "Critiche contro il sindaco X: …".
    /// </summary>
    public string[] ObjectPrepositions { get; init; } = s_none;

    /// <summary>
    /// Nouns of an answer, a reaction, a comment or a verdict, whose complement says who gave it: "the
    /// reply from X", "la replica di X", "die Antwort von X", "the verdict of X", "das Fazit von X".
    /// Before a colon they introduce that person's words.
    /// </summary>
    public string[] ResponseNouns { get; init; } = s_none;

    /// <summary>
    /// Verbs that bring on a response's noun after a quote: "came the reply from X", "fut la
    /// réponse de X", "lautete die Antwort von X", besides the <see cref="Copulas"/> ("fue la respuesta
    /// de X"). An auxiliary may stand before them ("a été", "è stata").
    /// </summary>
    public string[] ResponseVerbs { get; init; } = s_none;

    /// <summary>
    /// Words of a stance or a mood taken towards the news: "pleased", "soddisfatto", "zufrieden",
    /// "contra". A lead-in before a colon that holds one says how the person named after it
    /// reacts, whose words follow; one that holds none may say what was done to them ("Indagato
    /// il sindaco X:").
    /// </summary>
    public string[] StanceWords { get; init; } = s_none;

    /// <summary>
    /// A preposition and an article written as one word, beyond those <see cref="BriefLinks"/> holds
    /// ("aux", "alla", "ao"), which are read as such too: French "au", "du", Spanish "al", "del". Before a headline's quote, like an article, they make it a term the line names
    /// ("Un fonds réservé aux « familles en attente »"), not words it quotes.
    /// </summary>
    public string[] ContractedArticles { get; init; } = s_none;

    /// <summary>
    /// Nouns of the circle around someone: French "selon l'entourage du ministre", Spanish "según
    /// el entorno del alcalde". A source so given is the circle, given by its words, never the
    /// person it surrounds nor whoever spoke last.
    /// </summary>
    public string[] CircleNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns of a family tie that only ever mean a man: "his husband Tom Vane", "son mari Paul",
    /// "zijn zoon Daan". A person so named is a man, whatever the name (see SpeakerFinder.PossessedSubject.cs).
    /// </summary>
    public string[] MaleKinNouns { get; init; } = s_none;

    /// <summary>Nouns of a family tie that only ever mean a woman: "his wife Ann", "sa fille Anne", "zijn vrouw Ineke".</summary>
    public string[] FemaleKinNouns { get; init; } = s_none;

    /// <summary>
    /// Nouns of unnamed sources, which open a sentence with no article before the organisation
    /// they speak for: "Fuentes de Navieras Sur han asegurado", "Fonte da Câmara de Comércio garantiu". The
    /// organisation speaks.
    /// </summary>
    public string[] SourceNouns { get; init; } = s_none;

    /// <summary>
    /// Prepositions that give where words come from, before a body with no person named: German
    /// "heißt es aus der Behörde", Dutch "klinkt het uit het ministerie", Spanish "Desde la
    /// Consejería insisten", Italian "spiegano dall'azienda" (its contracted and elided forms, the
    /// article in the word), Portuguese "Da câmara garantem". The body speaks.
    /// </summary>
    public string[] SourcePrepositions { get; init; } = s_none;

    /// <summary>
    /// The noun of a side an opening phrase gives words from, before its link and a body: French
    /// "Du côté de la mairie, on assure que", Spanish "Por parte del Ayuntamiento, se asegura que",
    /// Italian "Da parte del Comune si precisa che", Portuguese "Da parte da câmara, garante-se que".
    /// </summary>
    public string[] SourceSides { get; init; } = s_none;

    /// <summary>
    /// Body nouns that end a compound in a language that writes compounds as one word, so the
    /// compound names a body too: German "Landratsamt", "Bauernverband", "Jugendamt"; Dutch
    /// "Fietsersbond", "bewonersvereniging". Only capitalised words are read so.
    /// </summary>
    public string[] CompoundBodyHeads { get; init; } = s_none;

    /// <summary>
    /// Endings that make a noun a trade's firm, whatever the trade: Dutch "-erij" ("rederij",
    /// "brouwerij", "drukkerij"), German "-erei" ("Reederei", "Brauerei"). Capitalised before a
    /// name opening the sentence, such a noun describes the firm named after it
    /// ("Rederij Harbourline Ferries laat weten"), as an organisation's noun does.
    /// </summary>
    public string[] TradeFirmEndings { get; init; } = s_none;

    /// <summary>
    /// Portfolios written with a capital right after an office and before its holder's name:
    /// Dutch "wethouder Onderwijs Karin Bos", "gedeputeerde Wonen Anna Smit". The name is the
    /// words after it.
    /// </summary>
    public string[] Portfolios { get; init; } = s_none;

    /// <summary>
    /// Demonstratives that open a description as an article does, pointing back to someone the
    /// article spoke of: "ce directeur, Laurent Besnard, conteste …", "dieser Sprecher, Jan Roth, …".
    /// </summary>
    public string[] Demonstratives { get; init; } = s_none;

    /// <summary>
    /// Demonstratives of plural nouns, where the language gives them their own form: "ces critiques",
    /// "estas críticas". Read only where a sentence's subject may be things (see
    /// SpeakerFinder.ObjectPersonBefore.cs); German "diese" and Dutch "deze" are in Demonstratives.
    /// </summary>
    public string[] PluralDemonstratives { get; init; } = s_none;

    /// <summary>
    /// In a language that capitalises every noun, words that stand only before a common noun, never
    /// alone as a pronoun nor before a person's name, even with an adjective between: contracted
    /// articles, indefinites, quantifiers and counts ("im letzten Wort", "mehrere Feuerwehren",
    /// "drei Landwirte"). A word the article writes after one is a noun, not a surname.
    /// </summary>
    public string[] NounDeterminers { get; init; } = s_none;

    /// <summary>
    /// Endings of the inflected adjectives that stand between a <see cref="NounDeterminers"/> word and
    /// its noun, each after a hyphen: German "-e", "-en", "-er", "-em", "-es" ("im letzten Wort", "einem neuen Vertrag").
    /// </summary>
    public string[] InflectedAdjectiveEndings { get; init; } = s_none;

    /// <summary>
    /// Words that deny the verb after them: "El ayuntamiento no ha respondido" says the body did
    /// not speak, so whoever spoke before may go on.
    /// </summary>
    public string[] Negations { get; init; } = s_none;

    /// <summary>
    /// Auxiliaries of the perfect and pluperfect, whose participle after them is a finite verb with
    /// a subject of its own: "le directeur avait promis « … »" (not "le calendrier déjà annoncé").
    /// </summary>
    public string[] PerfectAuxiliaries { get; init; } = s_none;

    /// <summary>
    /// Possessives of the third person that open a description as an article does: "Son directeur
    /// artistique, Antoine Rivals, …", "Zijn advocaat, mr. Ruud Verhagen, …", "La sua vicina Rosa
    /// Bellini …" (Italian and Portuguese put an article before theirs, which a reader steps over).
    /// </summary>
    public string[] Possessives { get; init; } = s_none;

    /// <summary>Endings a genitive article puts on the noun after it: German "-es", "-s" ("des Amtes", "des Vereins").</summary>
    public string[] GenitiveEndings { get; init; } = s_none;

    /// <summary>Nouns, alone or as a compound's last part, whose genitive ending a name after a genitive article loses: "Verein" ("des Tennisvereins Grünau"), "Amt".</summary>
    public string[] GenitiveHeads { get; init; } = s_none;

    /// <summary>
    /// The empty subject of an impersonal report: "heißt es in dem Bericht", whose words are the
    /// document's.
    /// </summary>
    public string[] ImpersonalSubjects { get; init; } = s_none;

    /// <summary>
    /// A verb of reading or standing that, with no subject, gives a document's words: Italian "si
    /// legge nella nota", Spanish "se lee en el comunicado", Portuguese "lê-se no estudo", French
    /// "lit-on" and "peut-on lire dans le communiqué", Dutch "staat in het rapport".
    /// </summary>
    public string[] ImpersonalReadings { get; init; } = s_none;

    /// <summary>
    /// The impersonal pronoun before a <see cref="ImpersonalReadings"/> verb or a verb of saying:
    /// Italian "si", Spanish and Portuguese "se" ("si legge", "se asegura que", "garante-se que").
    /// </summary>
    public string[] ReadingClitics { get; init; } = s_none;

    /// <summary>
    /// Object pronouns that stand between a subject and its verb or auxiliary, and no article can be
    /// there: French "y", "en", "l'a" ("X y explique que", "X en a vanté"), Spanish "lo", Italian "ne".
    /// </summary>
    public string[] ObjectClitics { get; init; } = s_none;

    /// <summary>
    /// A complementiser elided into the next word, with its apostrophe: French "qu'" ("qu'il", "qu'elle").
    /// </summary>
    public string[] ElidedComplementisers { get; init; } = s_none;

    /// <summary>
    /// The words that open a relative clause on a document's noun, one phrase a string: Spanish "en
    /// el que", Portuguese "no qual", English "in which", Dutch "waarin". A quote inside that clause
    /// is the document's words (Speakers/SpeakerFinder.DocumentRelative.cs).
    /// </summary>
    public string[] DocumentRelatives { get; init; } = s_none;

    /// <summary>A preposition of place joined to its article, before a document's noun: "nella nota", "no estudo", "im Bericht".</summary>
    public string[] LocativeArticles { get; init; } = s_none;

    /// <summary>
    /// Professions and clerical or academic titles written before a full name, as a role is: "Vet Ann Lowe",
    /// "Pfarrer Jan Roth", "Dominee Piet Smit", "Abbé Paul Roux". Read as role nouns (SpeechTables.RoleNouns), so
    /// that a sentence opening on one gives the name after it, not a name of three words. Words that are
    /// first names too ("Dean", "Pastor" in Spanish) stay out: a run "Dean Cole" would lose its first name.
    /// </summary>
    public string[] NameProfessions { get; init; } = s_none;

    /// <summary>
    /// Words of time or sequence that open a sentence before its subject with no comma after them ("Puis
    /// le maire assure :", "Shortly afterwards the mayor added:"): the clause after them is read as it is
    /// after the comma a writer may also put there (Sieves/ColonCue.SequenceOpener.cs). Entries of two
    /// words are matched as written; a preposition alone ("Après le vote") is no entry.
    /// </summary>
    public string[] SequenceOpeners { get; init; } = s_none;

    /// <summary>
    /// Verbs of reading a text out ("a lu", "read out", "leyó", "ha letto", "leu", "verlas", "las voor"):
    /// before a colon, with a document between (DocumentNouns, ReadAloudTexts), they bring in the
    /// document's words, not the reader's (SpeakerFinder.ReadAloud.cs).
    /// </summary>
    public string[] ReadAloudVerbs { get; init; } = s_none;

    /// <summary>Texts a person reads out that DocumentNouns does not list: "message", "mensaje", "Nachricht".</summary>
    public string[] ReadAloudTexts { get; init; } = s_none;

    /// <summary>
    /// Participles of reading out whose spelling is also a common noun (Italian "letto", a bed): they read
    /// as <see cref="ReadAloudVerbs"/> only right after a <see cref="PerfectAuxiliaries"/> word ("ha letto
    /// la lettera del sindaco:"), not in "dal suo letto d'ospedale" (SpeakerFinder.ReadAloud.cs).
    /// </summary>
    public string[] ReadAloudParticiples { get; init; } = s_none;

    /// <summary>
    /// Verbs of renaming that follow the new name in a verb-final clause ("den Platz in „X“
    /// umzubenennen"): the quote before them is a name nobody says (SpeakerFinder.RenamedAfterQuote.cs).
    /// </summary>
    public string[] RenamingAfterWords { get; init; } = s_none;

    /// <summary>
    /// Adverbs of time or sequence that open a sentence before a full name with no comma ("Enfin Marc
    /// Lefort a dit", "Finalmente Ana Gómez dijo", "Infine Giulia Bianchi"): never a first name, so they
    /// join the <see cref="NotNames"/> and the name starts after them. No word that is also a given
    /// name or a title ("Dan", "Ora", "Domani", "Agora"). Where the verb stands second, an adverb of
    /// manner or degree too ("So lange will X nicht warten"): never the subject, so the name after the
    /// verb is (SpeakerFinder.BareVerbSecond.cs).
    /// </summary>
    public string[] SentenceAdverbs { get; init; } = s_none;

    /// <summary>
    /// The forms of "to be" that open a cleft before the name it sets in focus ("C'est Marc Lefort qui a
    /// lancé l'idée", "Fueron Ana Gómez y Luis Pardo quienes …", "Foram …") that the <see cref="Copulas"/>
    /// lack; the copulas themselves open a cleft too ("Fue", "È", "Foi"). Read only as a sentence's first
    /// word before a capitalised one, where the name starts after it (Phrase.CleftCopula.cs); elsewhere
    /// the copulas are clause verbs or a name's part ("Fu Cong"), so they are no <see cref="NotNames"/>.
    /// </summary>
    public string[] CleftCopulas { get; init; } = s_none;

    /// <summary>
    /// Words of when the words were said, that may follow a closing cue's subject after a comma with a
    /// day's name or alone ("…, added Paul Marsh, on Monday", "…, a ajouté Paul Marchand, hier soir"):
    /// "yesterday", "week", "hier", "soir". Read only in such a trail (Sieves/SentenceEndCue.TimeTrail.cs).
    /// </summary>
    public string[] CueTrailTimes { get; init; } = s_none;

    /// <summary>
    /// Prepositions that open a phrase of where, when or to whom the words were said after an epithet
    /// closing a cue ("«…», lamentó el ganadero ante los periodistas", "« … », a raconté le vainqueur au
    /// micro de l'organisation"): "ante", "en", "au". Never a
    /// link of a complement that may name someone else ("de", "di"). Read only after such an
    /// epithet (Speakers/Phrase.EpithetTail.cs), and between a cue's verb and a role with its
    /// article ("sagte am Montag die Staatsanwältin": Speakers/SpeakerFinder.PhraseBeforeRole.cs).
    /// </summary>
    public string[] EpithetTailPrepositions { get; init; } = s_none;

    /// <summary>
    /// Presentatives that open a sentence to bring in the person whose case it tells, a full name after
    /// them and a colon before their words ("C'est le cas de Marie Vallet, mère de deux enfants : « … »",
    /// "Es el caso de Ana Ruiz:"): "c'est le cas de", "es el caso de" (Sieves/ColonCue.PresentedCase.cs).
    /// </summary>
    public string[] CasePresentatives { get; init; } = s_none;

    /// <summary>
    /// Participles of titling, right before the quote: "a report titled "…"", "une note intitulée « … »", "ein Papier
    /// betitelt „…“", "un informe titulado «…»". The quote is a work's title, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
    /// </summary>
    public string[] TitlingWords { get; init; } = s_none;

    /// <summary>
    /// Nouns of a title or a slogan, after a preposition and its article, right before the quote or over one preposition:
    /// "under the slogan "…"", "mit dem Titel „…“", "bajo el lema «…»", "dal titolo «…»". The quote is a title or a
    /// slogan, quoted from nobody (SpeakerFinder.TitleBeforeQuote.cs).
    /// </summary>
    public string[] TitleNouns { get; init; } = s_none;

    /// <summary>
    /// Prepositions that bring in a noun of title or slogan before the quote: "under", "unter", "sous", "bajo", "sob",
    /// "onder", "with", "mit", "con", "dal" (SpeakerFinder.TitleBeforeQuote.cs).
    /// </summary>
    public string[] TitlePrepositions { get; init; } = s_none;

    /// <summary>
    /// Presentative and existential verbs, with their expletive where the language needs one, that bring in an
    /// indefinite person placed after them: "there was", "stood", "il y avait", "es gab", "stand", "había",
    /// "estaba", "c'era", "havia", "er stond" (one or two words, the last right before the article;
    /// SpeakerFinder.PresentativeBroughtIn.cs).
    /// </summary>
    public string[] PresentativePhrases { get; init; } = s_none;

    /// <summary>
    /// Prepositions of being one of a group that open a sentence whose subject stands after its verb: "Among the
    /// swimmers was a fisherman", "Parmi eux figurait une mère", "Entre los participantes caminaba un viudo",
    /// "Tra i clienti c'era un padre", "Unter den Gästen war eine Rentnerin", "Onder de bezoekers was een vader"
    /// (SpeakerFinder.UnnamedAmongGroup.cs, with <see cref="AmongVerbs"/>).
    /// </summary>
    public string[] AmongPrepositions { get; init; } = s_none;

    /// <summary>
    /// Verbs of being, figuring, standing or walking after which the subject stands inverted when the sentence
    /// opens on one of the <see cref="AmongPrepositions"/>: "was", "figurait", "caminaba", "era", "estava", "war",
    /// "liep" (the last word before the indefinite article; SpeakerFinder.UnnamedAmongGroup.cs). Intransitive
    /// only: after a transitive verb the indefinite is the object of a dropped subject ("Entre ellos vio …").
    /// </summary>
    public string[] AmongVerbs { get; init; } = s_none;

    /// <summary>
    /// Words that say by themselves that someone keeps their name back: "anonymity", "l'anonymat",
    /// "anonym", "anónimo". A sentence that brings someone unnamed in and ends on one says who they
    /// are (SpeakerFinder.UnnamedWithholdsName.cs).
    /// </summary>
    public string[] AnonymityWords { get; init; } = s_none;

    /// <summary>
    /// Words that say someone keeps their name back only after a negation near them: "named" in
    /// "asked not to be named", "genannt" in "will nicht genannt werden", "naam" in "niet met naam in
    /// de krant" (SpeakerFinder.UnnamedWithholdsName.cs).
    /// </summary>
    public string[] WithheldNameWords { get; init; } = s_none;

    /// <summary>
    /// A trade's family, "family=member|member", of women: the noun an editor calls a woman by at the cue
    /// when the article gave her a trade of that family ("la escultora Ana Gil" … "cuenta la artista",
    /// "a fadista Rita Lopes" … "diz a cantora", "o pediatra" … "aconselha a médica"). Only families
    /// no editor would doubt: the arts, singing, music, medicine. Read where the article gave the
    /// family's noun itself to no one (SpeakerFinder.TradeFamily.cs). The members are the woman's forms
    /// and the forms of either gender; each member and family noun is one of <see cref="ProfessionEpithets"/>.
    /// </summary>
    public string[] FemaleTradeFamilies { get; init; } = s_none;

    /// <summary>The man's forms of <see cref="FemaleTradeFamilies"/>: "artista=pintor|escultor", "cantor=fadista".</summary>
    public string[] MaleTradeFamilies { get; init; } = s_none;

    /// <summary>
    /// Verbs of adding, in the forms a cue gives them: "added", "ajoute", "ergänzt", "añade", "aggiunge", "acrescenta",
    /// "voegt (toe)". At a second quote's cue they go on with the words of whoever was quoted just before: a profession at
    /// such a cue describes that person, where after another verb it may be someone answering (SpeakerFinder.AddedToOwnQuote.cs).
    /// </summary>
    public string[] AddingVerbs { get; init; } = s_none;

    /// <summary>
    /// Words of a firm's trade that stand in its name, and in no person's: "Severnmoor Water",
    /// "Transalpina Distribuzione", "Cantábrico Residencial", "Halvenberg Versicherung". Not enough
    /// alone to make a name a company's (CompanyWords do that); a company's noun at the next quote's
    /// cue then means the name (SpeakerFinder.FirmNamedJustBefore.cs).
    /// </summary>
    public string[] FirmNameWords { get; init; } = s_none;

    /// <summary>
    /// First parts of a compound office that make it another office than its last part, in the languages that glue an
    /// office to its field (German, Dutch): "Vize|präsident", "Alt|bürgermeister", "vice|voorzitter", "oud-|wethouder".
    /// A compound on a role names its holder under the role alone ("Vereins|vorsitzender X" … "sagte der Vorsitzende"),
    /// never after one of these (RoleHolders.CompoundHead.cs).
    /// </summary>
    public string[] DeputyCompoundParts { get; init; } = s_none;

    /// <summary>Every list, by name, for the tests that check lists do not overlap by accident.</summary>
    public IEnumerable<(string Name, string[] Words)> Lists()
    {
        yield return (nameof(ReportingLemmas), ReportingLemmas);
        yield return (nameof(Pronouns), Pronouns);
        yield return (nameof(OrganisationPronouns), OrganisationPronouns);
        yield return (nameof(PluralPronouns), PluralPronouns);
        yield return (nameof(FirstNameTitles), FirstNameTitles);
        yield return (nameof(MaleGivenNames), MaleGivenNames);
        yield return (nameof(FemaleGivenNames), FemaleGivenNames);
        yield return (nameof(HolderOnlyRoles), HolderOnlyRoles);
        yield return (nameof(PresidingOffices), PresidingOffices);
        yield return (nameof(CommandRanks), CommandRanks);
        yield return (nameof(ProfessionEpithets), ProfessionEpithets);
        yield return (nameof(HolderEpithets), HolderEpithets);
        yield return (nameof(AgentNounEndings), AgentNounEndings);
        yield return (nameof(FemaleAgentNounEndings), FemaleAgentNounEndings);
        yield return (nameof(BodyAgentNouns), BodyAgentNouns);
        yield return (nameof(ThingAgentNouns), ThingAgentNouns);
        yield return (nameof(OfficeEpithets), OfficeEpithets);
        yield return (nameof(HolderOnlyEpithets), HolderOnlyEpithets);
        yield return (nameof(FemaleTradeFamilies), FemaleTradeFamilies);
        yield return (nameof(MaleTradeFamilies), MaleTradeFamilies);
        yield return (nameof(NamelessArticles), NamelessArticles);
        yield return (nameof(BodyNouns), BodyNouns);
        yield return (nameof(EpithetArticles), EpithetArticles);
        yield return (nameof(BriefLinks), BriefLinks);
        yield return (nameof(BriefOffices), BriefOffices);
        yield return (nameof(ListenerNouns), ListenerNouns);
        yield return (nameof(ElidedLinks), ElidedLinks);
        yield return (nameof(InsertOpeners), InsertOpeners);
        yield return (nameof(DeputyWords), DeputyWords);
        yield return (nameof(ContinuationOpeners), ContinuationOpeners);
        yield return (nameof(InfinitiveLinks), InfinitiveLinks);
        yield return (nameof(Enclitics), Enclitics);
        yield return (nameof(MalePronouns), MalePronouns);
        yield return (nameof(FemalePronouns), FemalePronouns);
        yield return (nameof(MaleReferents), MaleReferents);
        yield return (nameof(FemaleReferents), FemaleReferents);
        yield return (nameof(MaleAgreementEndings), MaleAgreementEndings);
        yield return (nameof(FemaleAgreementEndings), FemaleAgreementEndings);
        yield return (nameof(Titles), Titles);
        yield return (nameof(Affiliations), Affiliations);
        yield return (nameof(OwnPossessives), OwnPossessives);
        yield return (nameof(FirstPersonPossessives), FirstPersonPossessives);
        yield return (nameof(ComparisonOpeners), ComparisonOpeners);
        yield return (nameof(FirstPersonDroppingWords), FirstPersonDroppingWords);
        yield return (nameof(FirstPersonSayingForms), FirstPersonSayingForms);
        yield return (nameof(TurningWords), TurningWords);
        yield return (nameof(PassiveAuxiliaries), PassiveAuxiliaries);
        yield return (nameof(Coordinators), Coordinators);
        yield return (nameof(InterviewCues), InterviewCues);
        yield return (nameof(Bodies), Bodies);
        yield return (nameof(BareBodies), BareBodies);
        yield return (nameof(BodyQualifiers), BodyQualifiers);
        yield return (nameof(AdjectiveEndings), AdjectiveEndings);
        yield return (nameof(PluralDefinites), PluralDefinites);
        yield return (nameof(PluralNounEndings), PluralNounEndings);
        yield return (nameof(MannerPrepositions), MannerPrepositions);
        yield return (nameof(CompanionWords), CompanionWords);
        yield return (nameof(ContrastingPronouns), ContrastingPronouns);
        yield return (nameof(SubjectArticles), SubjectArticles);
        yield return (nameof(EpithetFeminineArticles), EpithetFeminineArticles);
        yield return (nameof(EpithetMasculineArticles), EpithetMasculineArticles);
        yield return (nameof(FeminineIndefinites), FeminineIndefinites);
        yield return (nameof(MasculineIndefinites), MasculineIndefinites);
        yield return (nameof(PhrasePrepositions), PhrasePrepositions);
        yield return (nameof(Publications), Publications);
        yield return (nameof(DocumentNouns), DocumentNouns);
        yield return (nameof(DocumentRelatives), DocumentRelatives);
        yield return (nameof(DocumentVerbs), DocumentVerbs);
        yield return (nameof(StudyNouns), StudyNouns);
        yield return (nameof(CompanyNouns), CompanyNouns);
        yield return (nameof(TradeNouns), TradeNouns);
        yield return (nameof(AnyBodyNouns), AnyBodyNouns);
        yield return (nameof(GoverningNouns), GoverningNouns);
        yield return (nameof(FirmNouns), FirmNouns);
        yield return (nameof(SeatParticiples), SeatParticiples);
        yield return (nameof(ShareNouns), ShareNouns);
        yield return (nameof(SourcePrepositions), SourcePrepositions);
        yield return (nameof(SourceSides), SourceSides);
        yield return (nameof(CompoundBodyHeads), CompoundBodyHeads);
        yield return (nameof(TradeFirmEndings), TradeFirmEndings);
        yield return (nameof(ClauseAuxiliaries), ClauseAuxiliaries);
        yield return (nameof(Complementisers), Complementisers);
        yield return (nameof(MaleTitles), MaleTitles);
        yield return (nameof(FemaleTitles), FemaleTitles);
        yield return (nameof(RoleNouns), RoleNouns);
        yield return (nameof(PeopleNouns), PeopleNouns);
        yield return (nameof(ObjectArticles), ObjectArticles);
        yield return (nameof(FeminineArticles), FeminineArticles);
        yield return (nameof(MasculineArticles), MasculineArticles);
        yield return (nameof(SpokesNouns), SpokesNouns);
        yield return (nameof(OfficialNouns), OfficialNouns);
        yield return (nameof(ImpersonalPronouns), ImpersonalPronouns);
        yield return (nameof(InversionJoints), InversionJoints);
        yield return (nameof(ReportingPhrases), ReportingPhrases);
        yield return (nameof(SpeakingOfPhrases), SpeakingOfPhrases);
        yield return (nameof(WillVerbs), WillVerbs);
        yield return (nameof(LimitingVerbs), LimitingVerbs);
        yield return (nameof(IssuingParticiples), IssuingParticiples);
        yield return (nameof(OrganisationNouns), OrganisationNouns);
        yield return (nameof(Indefinites), Indefinites);
        yield return (nameof(Definites), Definites);
        yield return (nameof(Prepositions), Prepositions);
        yield return (nameof(NotNames), NotNames);
        yield return (nameof(Fillers), Fillers);
        yield return (nameof(Intensifiers), Intensifiers);
        yield return (nameof(AnsweringVerbs), AnsweringVerbs);
        yield return (nameof(ListenerVerbs), ListenerVerbs);
        yield return (nameof(QuotingVerbs), QuotingVerbs);
        yield return (nameof(QuotedAs), QuotedAs);
        yield return (nameof(AccordingTo), AccordingTo);
        yield return (nameof(AccordingToAfter), AccordingToAfter);
        yield return (nameof(InvertedCues), InvertedCues);
        yield return (nameof(AgeSuffixes), AgeSuffixes);
        yield return (nameof(AgeNouns), AgeNouns);
        yield return (nameof(AgeWords), AgeWords);
        yield return (nameof(AdverbSuffixes), AdverbSuffixes);
        yield return (nameof(PluralVerbEndings), PluralVerbEndings);
        yield return (nameof(ViewWords), ViewWords);
        yield return (nameof(ViewLinks), ViewLinks);
        yield return (nameof(EmployerLinks), EmployerLinks);
        yield return (nameof(WorkplaceLinks), WorkplaceLinks);
        yield return (nameof(OrganisationLinks), OrganisationLinks);
        yield return (nameof(BodyNameLinks), BodyNameLinks);
        yield return (nameof(SectorNouns), SectorNouns);
        yield return (nameof(HeadLinks), HeadLinks);
        yield return (nameof(PartitiveOnes), PartitiveOnes);
        yield return (nameof(PartitivePronouns), PartitivePronouns);
        yield return (nameof(MannerNouns), MannerNouns);
        yield return (nameof(TermMarkers), TermMarkers);
        yield return (nameof(NamingWords), NamingWords);
        yield return (nameof(KnownAsWords), KnownAsWords);
        yield return (nameof(NameNouns), NameNouns);
        yield return (nameof(NameGivingVerbs), NameGivingVerbs);
        yield return (nameof(PartyAdjectiveEndings), PartyAdjectiveEndings);
        yield return (nameof(NotPartyAdjectives), NotPartyAdjectives);
        yield return (nameof(OfficeTierAdjectives), OfficeTierAdjectives);
        yield return (nameof(NameJoiners), NameJoiners);
        yield return (nameof(Media), Media);
        yield return (nameof(ViewPrepositions), ViewPrepositions);
        yield return (nameof(PersonObjectLemmas), PersonObjectLemmas);
        yield return (nameof(SplitReports), SplitReports);
        yield return (nameof(BesideQuoteLemmas), BesideQuoteLemmas);
        yield return (nameof(StanceLemmas), StanceLemmas);
        yield return (nameof(JudgingVerbs), JudgingVerbs);
        yield return (nameof(NamingVerbs), NamingVerbs);
        yield return (nameof(WishingVerbs), WishingVerbs);
        yield return (nameof(ViewObjectPronouns), ViewObjectPronouns);
        yield return (nameof(OwnWordsPhrases), OwnWordsPhrases);
        yield return (nameof(Reflexives), Reflexives);
        yield return (nameof(TimeNouns), TimeNouns);
        yield return (nameof(MalePossessiveStems), MalePossessiveStems);
        yield return (nameof(FemalePossessiveStems), FemalePossessiveStems);
        yield return (nameof(CompanyWords), CompanyWords);
        yield return (nameof(BackReferences), BackReferences);
        yield return (nameof(WithTheseWords), WithTheseWords);
        yield return (nameof(CleftOpeners), CleftOpeners);
        yield return (nameof(CleftClitics), CleftClitics);
        yield return (nameof(Copulas), Copulas);
        yield return (nameof(NameCopulas), NameCopulas);
        yield return (nameof(SheOrTheyPronouns), SheOrTheyPronouns);
        yield return (nameof(PredicateLinks), PredicateLinks);
        yield return (nameof(Locatives), Locatives);
        yield return (nameof(PassiveAgents), PassiveAgents);
        yield return (nameof(Contrasts), Contrasts);
        yield return (nameof(Subordinators), Subordinators);
        yield return (nameof(SubordinatorsBeforeComplementiser), SubordinatorsBeforeComplementiser);
        yield return (nameof(PluralOrganisationLinks), PluralOrganisationLinks);
        yield return (nameof(OpeningPrepositions), OpeningPrepositions);
        yield return (nameof(CommaOpeningPrepositions), CommaOpeningPrepositions);
        yield return (nameof(AskedParticiples), AskedParticiples);
        yield return (nameof(DependentClauseOpeners), DependentClauseOpeners);
        yield return (nameof(InfinitiveMarkers), InfinitiveMarkers);
        yield return (nameof(ReportedSpeechForms), ReportedSpeechForms);
        yield return (nameof(ReportedSpeechSubjects), ReportedSpeechSubjects);
        yield return (nameof(ReportedConditionalForms), ReportedConditionalForms);
        yield return (nameof(ConditionalMarkers), ConditionalMarkers);
        yield return (nameof(AdverbialEndings), AdverbialEndings);
        yield return (nameof(InflectedAdjectiveEndings), InflectedAdjectiveEndings);
        yield return (nameof(FirstPersonSubjects), FirstPersonSubjects);
        yield return (nameof(AdditiveAdverbs), AdditiveAdverbs);
        yield return (nameof(RelativePronouns), RelativePronouns);
        yield return (nameof(PersonRelativePronouns), PersonRelativePronouns);
        yield return (nameof(SubjectRelatives), SubjectRelatives);
        yield return (nameof(InfinitiveTimeLinks), InfinitiveTimeLinks);
        yield return (nameof(GerundTimeLinks), GerundTimeLinks);
        yield return (nameof(GerundSuffixes), GerundSuffixes);
        yield return (nameof(GenitiveArticles), GenitiveArticles);
        yield return (nameof(ComplementArticles), ComplementArticles);
        yield return (nameof(ListenerPrepositions), ListenerPrepositions);
        yield return (nameof(ListenerPossessives), ListenerPossessives);
        yield return (nameof(ObjectPrepositions), ObjectPrepositions);
        yield return (nameof(ResponseNouns), ResponseNouns);
        yield return (nameof(ResponseVerbs), ResponseVerbs);
        yield return (nameof(StanceWords), StanceWords);
        yield return (nameof(ContractedArticles), ContractedArticles);
        yield return (nameof(CircleNouns), CircleNouns);
        yield return (nameof(MaleKinNouns), MaleKinNouns);
        yield return (nameof(FemaleKinNouns), FemaleKinNouns);
        yield return (nameof(SourceNouns), SourceNouns);
        yield return (nameof(Portfolios), Portfolios);
        yield return (nameof(Demonstratives), Demonstratives);
        yield return (nameof(PluralDemonstratives), PluralDemonstratives);
        yield return (nameof(NounDeterminers), NounDeterminers);
        yield return (nameof(Negations), Negations);
        yield return (nameof(PerfectAuxiliaries), PerfectAuxiliaries);
        yield return (nameof(Possessives), Possessives);
        yield return (nameof(GenitiveEndings), GenitiveEndings);
        yield return (nameof(GenitiveHeads), GenitiveHeads);
        yield return (nameof(ImpersonalSubjects), ImpersonalSubjects);
        yield return (nameof(ImpersonalReadings), ImpersonalReadings);
        yield return (nameof(ReadingClitics), ReadingClitics);
        yield return (nameof(ObjectClitics), ObjectClitics);
        yield return (nameof(ElidedComplementisers), ElidedComplementisers);
        yield return (nameof(LocativeArticles), LocativeArticles);
        yield return (nameof(NameProfessions), NameProfessions);
        yield return (nameof(SequenceOpeners), SequenceOpeners);
        yield return (nameof(ReadAloudVerbs), ReadAloudVerbs);
        yield return (nameof(ReadAloudTexts), ReadAloudTexts);
        yield return (nameof(ReadAloudParticiples), ReadAloudParticiples);
        yield return (nameof(RenamingAfterWords), RenamingAfterWords);
        yield return (nameof(SentenceAdverbs), SentenceAdverbs);
        yield return (nameof(CleftCopulas), CleftCopulas);
        yield return (nameof(CueTrailTimes), CueTrailTimes);
        yield return (nameof(EpithetTailPrepositions), EpithetTailPrepositions);
        yield return (nameof(CasePresentatives), CasePresentatives);
        yield return (nameof(ParticiplePeopleNouns), ParticiplePeopleNouns);
        yield return (nameof(FemaleRoleNouns), FemaleRoleNouns);
        yield return (nameof(MaleRoleNouns), MaleRoleNouns);
        yield return (nameof(LooseKinNouns), LooseKinNouns);
        yield return (nameof(ClausePassiveAuxiliaries), ClausePassiveAuxiliaries);
        yield return (nameof(FiniteModals), FiniteModals);
        yield return (nameof(QuoteLabels), QuoteLabels);
        yield return (nameof(StatementNouns), StatementNouns);
        yield return (nameof(DocumentTextNouns), DocumentTextNouns);
        yield return (nameof(SurnameParticles), SurnameParticles);
        yield return (nameof(FeminineRoleSuffixes), FeminineRoleSuffixes);
        yield return (nameof(ReadingGoingOnAdverbs), ReadingGoingOnAdverbs);
        yield return (nameof(DocumentBackAdverbs), DocumentBackAdverbs);
        yield return (nameof(TextReceivingVerbs), TextReceivingVerbs);
        yield return (nameof(TitlingWords), TitlingWords);
        yield return (nameof(TitleNouns), TitleNouns);
        yield return (nameof(TitlePrepositions), TitlePrepositions);
        yield return (nameof(TextSendingVerbs), TextSendingVerbs);
        yield return (nameof(PresentativePhrases), PresentativePhrases);
        yield return (nameof(AmongPrepositions), AmongPrepositions);
        yield return (nameof(AmongVerbs), AmongVerbs);
        yield return (nameof(AnonymityWords), AnonymityWords);
        yield return (nameof(WithheldNameWords), WithheldNameWords);
        yield return (nameof(AddingVerbs), AddingVerbs);
        yield return (nameof(FirmNameWords), FirmNameWords);
        yield return (nameof(DeputyCompoundParts), DeputyCompoundParts);
    }
}
