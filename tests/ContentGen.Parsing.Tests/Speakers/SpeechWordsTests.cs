using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The speech words of each language are data like the rest of its lexicon: each list holds a
/// word once, lists share words only where meant, a word is not written both in a lexicon's
/// speaker list and in its speech list of the same name, and each language's verb rule gives
/// the forms its news writes.
/// </summary>
public sealed class SpeechWordsTests
{
    // One reason for every list CommaOpeningPrepositions shares words with: it is read in one place only.
    // Session 66: "l'un d'eux", "uno de ellos", "een van hen" are read as one subject: the lists are asked only
    // together, the group's pronoun within a link's reach after the "one" (SpeakerFinder.OneOfThem.cs).
    private const string PartitivesAreReadTogether = "a partitive's 'one' is an indefinite or a number word alone, and its group's pronoun a pronoun of another list: PartitiveOnes and PartitivePronouns are asked only together, one a link's reach after the other (SpeakerFinder.OneOfThem.cs)";

    private const string CommaOpeningPrepositionsAreReadApart = "a preposition serves many readings; CommaOpeningPrepositions is read only as a sentence's first word, before a comma and a subject pronoun (SpeakerFinder.PronounAfterOpeningPhrase.cs)";

    private const string AmongVerbsAreReadApart = "a verb of being or standing serves many readings; AmongVerbs is read only right before an indefinite article in a sentence that opens on one of the AmongPrepositions (SpeakerFinder.UnnamedAmongGroup.cs)";

    private const string AmongPrepositionsAreReadApart = "a preposition serves many readings; AmongPrepositions is read only as a sentence's first word, before the verb after which its subject stands (SpeakerFinder.UnnamedAmongGroup.cs)";

    private static readonly Dictionary<(string, string), string> s_meantOverlaps = new()
    {
        [("Copulas", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("ImpersonalReadings", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("NameCopulas", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("PassiveAuxiliaries", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("PredicateLinks", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("PresentativePhrases", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("ResponseVerbs", "AmongVerbs")] = AmongVerbsAreReadApart,
        [("EpithetTailPrepositions", "AmongPrepositions")] = AmongPrepositionsAreReadApart,
        [("OpeningPrepositions", "AmongPrepositions")] = AmongPrepositionsAreReadApart,
        [("PhrasePrepositions", "AmongPrepositions")] = AmongPrepositionsAreReadApart,
        [("TitlePrepositions", "AmongPrepositions")] = AmongPrepositionsAreReadApart,
        [("QuoteLabels", "DocumentNouns")] = "es/it/pt 'nota' labels a quote set out after a colon ('Nota: «…»'), and is a document's noun elsewhere ('una nota del ayuntamiento')",
        [("QuoteLabels", "OrganisationNouns")] = "es/it/pt 'nota' labels a quote set out after a colon ('Nota: «…»'); the organisation nouns hold it for the same document read as its issuer's",
        [("QuoteLabels", "StatementNouns")] = "es/it 'nota' labels a quote set out after a colon ('Nota: «…»'), and is a statement's noun elsewhere ('en una nota')",
        [("QuoteLabels", "ResponseNouns")] = "es/it/pt 'respuesta', 'risposta', 'resposta' label an interview's answer after a colon, and are a response's noun elsewhere",
        [("IssuingParticiples", "TextSendingVerbs")] = "nl 'verstuurd', 'gepubliceerd', 'verspreid' are the participle of a text issued ('de door de bond verstuurde brief') and the perfect of its sender's verb ('heeft een brief verstuurd')",
        [("WillVerbs", "WishingVerbs")] = "'veut', 'quiere', 'voluto' bring in a reporting infinitive ('veut préciser'), and after a named subject open the clause of a partial quote that is theirs",
        [("Fillers", "CueTrailTimes")] = "'hier', 'heute', 'ayer' are stepped over before a cue's subject, and after it, set off by a comma, say when the words were said",
        [("NotNames", "CueTrailTimes")] = "'Heute', 'Ayer' opening a sentence are no name; after a cue's subject, set off by a comma, they say when the words were said",
        [("SentenceAdverbs", "CueTrailTimes")] = "'Hier', 'Gestern' opening a sentence are no first name; after a cue's subject, set off by a comma, they say when the words were said",
        [("EpithetFeminineArticles", "CleftClitics")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetFeminineArticles", "Definites")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetFeminineArticles", "FeminineArticles")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetFeminineArticles", "ListenerPrepositions")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetFeminineArticles", "NotNames")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetMasculineArticles", "BackReferences")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetMasculineArticles", "CleftClitics")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetMasculineArticles", "Definites")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetMasculineArticles", "MasculineArticles")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("EpithetMasculineArticles", "NotNames")] = "the articles that show a bare role noun's gender ('la dirigente', 'il dirigente') are articles, and read only before an epithet",
        [("SubjectArticles", "BackReferences")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("SubjectArticles", "ComplementArticles")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("SubjectArticles", "Definites")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("SubjectArticles", "MasculineArticles")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("SubjectArticles", "NotNames")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("SubjectArticles", "RelativePronouns")] = "'der', 'die', 'das' are the articles that may open a German subject, a subset of the definites, and serve other lists too",
        [("InsertOpeners", "GerundTimeLinks")] = "'after' opens an insert before a subject, and a clause on a gerund after a cue's subject ('after promising')",
        [("Subordinators", "GerundTimeLinks")] = "'before' opens a clause, and one on a gerund after a cue's subject ('before promising')",
        [("RelativePronouns", "SubjectRelatives")] = "'che' is a relative pronoun, and the one that stands as its clause's subject",
        [("PassiveAuxiliaries", "ResponseVerbs")] = "'was' is a passive's auxiliary, and brings on a reply as English's copula ('was the reply from X')",
        [("PredicateLinks", "ObjectPrepositions")] = "'comme', 'als' take an object, and before an indefinite say what someone named is ('comme une avocate')",
        [("Fillers", "ReportedConditionalForms")] = "'hätten' is an auxiliary stepped over before a cue, and reports speech in the conditional",
        [("NotNames", "ConditionalMarkers")] = "'Wenn' opening a sentence is no name; it opens a condition, where the conditional reports no one",
        [("Subordinators", "ConditionalMarkers")] = "'wenn' opens a clause, and one on a condition, where the conditional reports no one",
        [("PredicateLinks", "ConditionalMarkers")] = "Dutch 'als' says what someone named is, and opens a condition, where 'zou' reports no one",
        [("ConditionalMarkers", "ObjectPrepositions")] = "Dutch 'als' takes an object, and opens a condition, where 'zou' reports no one",
        [("NotNames", "PredicateLinks")] = "'Als' opening a sentence is no name; before an indefinite it says what someone named is",
        [("QuotedAs", "PredicateLinks")] = "'as' quotes ('quoted as saying'), and before an indefinite says what someone named is ('as a nurse')",
        [("Prepositions", "WorkplaceLinks")] = "'bei', 'bij' are prepositions, and put role holders at their workplace ('woordvoerders bij X')",
        [("EmployerLinks", "WorkplaceLinks")] = "'at' links a name to its employer, and is the one such link that never names a client",
        [("ViewLinks", "WorkplaceLinks")] = "'chez' brings in a view's holder, and puts role holders at their workplace",
        [("Pronouns", "MalePronouns")] = "'er' refers back, and says a man is meant",
        [("MaleReferents", "Intensifiers")] = "'himself' says a man is meant, and stands emphatic after a subject ('Tom Kerr himself said')",
        [("FemaleReferents", "Intensifiers")] = "'herself' says a woman is meant, and stands emphatic after a subject ('Jane Roe herself said')",
        [("ViewLinks", "EmployerLinks")] = "'from' brings in whom someone works for ('a nurse from the clinic'), and a view's holder ('criticism came from the union')",
        [("Definites", "BackReferences")] = "'das', 'lo' are articles; opening a sentence before a reporting verb they point back to a quote",
        [("NotNames", "BackReferences")] = "'Das', 'Lo' opening a sentence are no name; before a reporting verb they point back to a quote",
        [("Definites", "CleftClitics")] = "'lo', 'la' are articles, and objects joined to an infinitive ('dirlo')",
        [("NotNames", "CleftClitics")] = "'Lo', 'La' opening a sentence are no name; joined to an infinitive they are its object",
        [("BackReferences", "CleftClitics")] = "'lo' opening a sentence points back to a quote, as it does joined to an infinitive in a cleft",
        [("BackReferences", "RelativePronouns")] = "'das', 'dat' open relative clauses; opening a sentence before a reporting verb they point back to a quote",
        [("Coordinators", "NotNames")] = "'and', 'und' opening a sentence are no name; between two names they join subjects",
        [("OwnPossessives", "NotNames")] = "'Our' opening a sentence is no name; 'our correspondent' is the newspaper's own reporter",
        [("Pronouns", "FemalePronouns")] = "'sie' refers back, and says a woman is meant",
        [("MalePronouns", "MaleReferents")] = "'he' says a man is meant, whether it refers back or stands after a name",
        [("FemalePronouns", "FemaleReferents")] = "'she' says a woman is meant, whether it refers back or stands after a name",
        [("MaleReferents", "NotNames")] = "'His' opening a sentence is no name; after a name it says a man is meant",
        [("FemaleReferents", "NotNames")] = "'Her' opening a sentence is no name; after a name it says a woman is meant",
        [("Titles", "RoleNouns")] = "'Trainer X' is a title; 'der Trainer' a role",
        [("FeminineArticles", "Definites")] = "'la' is an article, and says a role of either gender after it is a woman's",
        [("MasculineArticles", "Definites")] = "'el', 'o', 'der' are articles, and say a person's noun after them is a man's",
        [("MasculineArticles", "NotNames")] = "'El', 'O', 'Der' opening a sentence are no name; before a person's noun they say it is a man's",
        [("MasculineArticles", "RelativePronouns")] = "German 'der' opens a relative clause, and as an article says a person's noun after it is a man's",
        [("MasculineArticles", "ComplementArticles")] = "German 'der' joins a genitive complement, and before the subject's noun says it is a man's",
        [("FeminineArticles", "Indefinites")] = "'une', 'una', 'uma' are articles, and say a role of either gender after them is a woman's",
        [("FeminineIndefinites", "Indefinites")] = "'une', 'una', 'eine' are indefinite articles, and say the person they bring in is a woman (SpeakerFinder.UnnamedArticleGender.cs)",
        [("MasculineIndefinites", "Indefinites")] = "'un', 'um', 'uno' are indefinite articles, and say the person they bring in is a man (SpeakerFinder.UnnamedArticleGender.cs)",
        [("FeminineIndefinites", "FeminineArticles")] = "'une', 'una', 'uma' say a role after them is a woman's, and the person they bring in a woman",
        [("FeminineIndefinites", "EpithetArticles")] = "'una', 'une' may open a name described by an adjective, and say the person they bring in is a woman",
        [("MasculineIndefinites", "EpithetArticles")] = "'un', 'uno' may open a name described by an adjective, and say the person they bring in is a man",
        [("FeminineIndefinites", "NotNames")] = "'Una', 'Eine' opening a sentence are no name, and say the person they bring in is a woman",
        [("MasculineIndefinites", "NotNames")] = "'Un', 'Um' opening a sentence are no name, and say the person they bring in is a man",
        [("FeminineIndefinites", "NounDeterminers")] = "German 'eine' determines a noun, and says the person it brings in is a woman",
        [("FeminineArticles", "NotNames")] = "'La', 'Una' opening a sentence are no name; before a role of either gender they say it is a woman's",
        [("FeminineArticles", "EpithetArticles")] = "'una', 'uma' open a name described by an adjective, and say a role after them is a woman's",
        [("FeminineArticles", "CleftClitics")] = "Italian 'la' is an article, and an object joined to an infinitive ('dirla')",
        [("ObjectArticles", "Definites")] = "German 'den', 'dem' are articles, and mark their noun as an object",
        [("ObjectArticles", "Indefinites")] = "German 'einem' is an article, and marks its noun as an object",
        [("ObjectArticles", "NotNames")] = "German 'Einen', 'Einem' opening a sentence are no name; before a noun they mark it as an object",
        [("ListenerPrepositions", "Media")] = "'a', 'à' bring in whom words are said to ('a una vecina'), and a medium ('a EFE')",
        [("ListenerPrepositions", "Locatives")] = "French 'à' says where someone is, and to whom words are said",
        [("ListenerPrepositions", "Definites")] = "Portuguese 'a' is an article, and before an indefinite the preposition of whom words are said to",
        [("ListenerPrepositions", "NotNames")] = "Portuguese 'A' opening a sentence is no name; before an indefinite 'a' brings in whom words are said to",
        [("CleftOpeners", "Media")] = "Spanish 'a' opens a cleft ('A defender el proyecto salió …'), and brings in a medium ('a EFE')",
        [("ListenerPrepositions", "CleftOpeners")] = "Italian 'a' opens a cleft ('A difendere il progetto è stato …'), and brings in whom words are said to",
        [("Titles", "FemaleTitles")] = "'Ministerin X', 'la ministra X' is a title, and says a woman is meant",
        [("NotNames", "NameJoiners")] = "'For' opening a sentence is no name; inside one it joins ('Department for Transport')",
        [("OrganisationNouns", "Bodies")] = "a body is an organisation that its description can name: 'the select committee'",
        [("OrganisationNouns", "BareBodies")] = "a body its bare noun can name is an organisation: 'la justice', 'el gobierno'",
        [("DocumentNouns", "StudyNouns")] = "a study or a report is a document, which names another of its kind",
        [("StudyNouns", "OrganisationNouns")] = "a study speaks for whichever organisation issued it: 'the report said'",
        [("DocumentNouns", "StatementNouns")] = "a press statement is a document, which names another of its family ('il comunicato' after 'una nota')",
        [("OrganisationNouns", "StatementNouns")] = "a statement speaks for whichever body issued it: '«…», señala la nota'",
        [("DocumentNouns", "DocumentTextNouns")] = "'le texte' is a document's noun, meaning the words of whichever document was brought in",
        [("OrganisationNouns", "DocumentTextNouns")] = "'le texte' speaks for whichever body issued the document it means",
        [("HolderOnlyRoles", "Titles")] = "'Richter X', 'el juez X' is a title; 'the judge' alone means only a holder the article named",
        [("CompanyNouns", "OrganisationNouns")] = "'la compañía' names an organisation, and the firm named just before as 'la empresa'",
        [("TradeNouns", "OrganisationNouns")] = "'la naviera' names an organisation, a firm that 'la empresa' later means",
        [("AnyBodyNouns", "OrganisationNouns")] = "'el organismo' names an organisation, whichever was named last",
        [("GoverningNouns", "OrganisationNouns")] = "'the board', 'a administração' name an organisation, and speak for the body named after them",
        [("AnyBodyNouns", "GoverningNouns")] = "'la dirección' alone means the body named last; 'la dirección de X' speaks for X",
        [("Bodies", "GoverningNouns")] = "'the board' is a body its description can name, and speaks for the body named after it",
        [("CompanyNouns", "GenitiveHeads")] = "German 'Unternehmen', 'Konzern' name firms, and lose their genitive -s in a name after 'des'",
        [("DocumentNouns", "OrganisationNouns")] = "a document speaks for whichever organisation issued it: 'the report said'",
        [("OrganisationNouns", "Publications")] = "a publication is an organisation whose noun may follow its name: 'Forbes magazine'",
        [("Titles", "MaleTitles")] = "'Herr X', 'Sr. X' is a title, and says a man is meant",
        [("ContinuationOpeners", "Coordinators")] = "'et', 'e', 'y' join; opening a sentence before 'de' and an infinitive they go on with a report",
        [("ContinuationOpeners", "Fillers")] = "'poi' stands between a verb and its subject; opening a sentence before 'di' and an infinitive it goes on with a report",
        [("ContinuationOpeners", "NotNames")] = "'E', 'Poi', 'Y' opening a sentence are no name; before a link and an infinitive they go on with a report",
        [("InfinitiveLinks", "EmployerLinks")] = "'de', 'di' link a name to its employer, and an opening word to an infinitive",
        [("InfinitiveLinks", "OrganisationLinks")] = "'de', 'di' link a name to its organisation, and an opening word to an infinitive",
        [("InfinitiveLinks", "NameJoiners")] = "'de' joins names ('Banco de España'), and links an opening word to an infinitive",
        [("InfinitiveLinks", "Prepositions")] = "'de', 'di' are prepositions, and link an opening word to an infinitive",
        [("DeputyWords", "NotNames")] = "'Former' opening a sentence is no name; before a title it makes another office",
        [("FirstNameTitles", "MaleTitles")] = "'Sir John' says a man is meant, and the word after it is his first name",
        [("FirstNameTitles", "FemaleTitles")] = "'Dame Ruth' says a woman is meant, and the word after it is her first name",
        [("FemaleTitles", "SpokesNouns")] = "'Sprecherin X' says a woman is meant; 'eine Sprecherin der Stadtwerke' speaks for them",
        [("RoleNouns", "FemaleTitles")] = "'die Ministerin' is a role; before a name it says a woman is meant",
        [("RoleNouns", "MaleTitles")] = "'le préfet' is a role; before a name it says a man is meant",
        [("Titles", "SpokesNouns")] = "'Sprecher X' is a title; 'ein Sprecher der Stadtwerke' speaks for them",
        [("RoleNouns", "SpokesNouns")] = "a spokesman is a role, and one that speaks for an organisation",
        [("RoleNouns", "OfficialNouns")] = "'le représentant' is a role; 'un représentant de l'Union' speaks for it",
        [("Definites", "NotNames")] = "an article opening a sentence is no name",
        [("Definites", "PluralDefinites")] = "'los', 'os' are articles, and open a plural ('los sindicatos')",
        [("NotNames", "PluralDefinites")] = "'Los', 'Os' open sentences as articles, and open a plural",
        [("Indefinites", "NotNames")] = "an article opening a sentence is no name",
        [("Definites", "RelativePronouns")] = "German 'der', 'die', 'das' are articles and relative pronouns",
        [("EmployerLinks", "ContractedArticles")] = "'du', 'del' link a name to its employer, and hold an article",
        [("HeadLinks", "ContractedArticles")] = "'du', 'della' link a role to what it heads, and hold an article",
        [("OrganisationLinks", "ContractedArticles")] = "'du', 'della' join an organisation's noun to its complements, and hold an article",
        [("Prepositions", "ContractedArticles")] = "'della', 'da' are prepositions that hold an article",
        [("Media", "ContractedArticles")] = "'au', 'al' say where words were said, and hold an article",
        [("Locatives", "ContractedArticles")] = "'no', 'na' say where someone is, and hold an article",
        [("NameJoiners", "ContractedArticles")] = "'do' joins a name's words, and holds an article",
        [("Enclitics", "ContractedArticles")] = "Portuguese 'nos' is an object joined to a verb ('disse-nos'), and 'em' with an article",
        [("Fillers", "NotNames")] = "'ayer', 'gisteren' open sentences and stand between a verb and its subject",
        [("NotNames", "AccordingTo")] = "'Según X' opens a sentence; 'Según' is no name",
        [("NotNames", "Prepositions")] = "a preposition opening a sentence is no name",
        [("NotNames", "Contrasts")] = "'Aber', 'Pero' open sentences and contrast clauses",
        [("NotNames", "InvertedCues")] = "'So' opens German sentences; after a quote it reports",
        [("InvertedCues", "BackReferences")] = "German 'so', Italian 'così' report after a quote's comma ('„…“, so X'); opening the sentence after a quote they point back to it by its manner ('So beschrieb X')",
        [("NotNames", "PassiveAgents")] = "'Por', 'Von' open sentences and name a passive's agent",
        [("NotNames", "RelativePronouns")] = "German 'Der', 'Die' open sentences as articles, and open relative clauses",
        [("NotNames", "Media")] = "'En', 'Em' open sentences; after an inverted verb they say where it was said",
        [("Prepositions", "EmployerLinks")] = "'van', 'de' link a person to where they work, and are prepositions",
        [("EmployerLinks", "PassiveAgents")] = "German 'vom' is 'of the' and 'by the'",
        [("Prepositions", "NameJoiners")] = "'della', 'de' are prepositions and join names ('Asociación de Regantes')",
        [("EmployerLinks", "NameJoiners")] = "'de' joins a name, and links a person's full name to an employer",
        [("Prepositions", "OrganisationLinks")] = "'de', 'di', 'da' are prepositions and join an organisation noun to its complements",
        [("EmployerLinks", "OrganisationLinks")] = "'de' links a person to an employer and an organisation noun to its complement ('Union des usagers de Valmont')",
        [("OrganisationLinks", "NameJoiners")] = "'de' joins capitalised names and an organisation noun's lower-case complements",
        [("NameJoiners", "PassiveAgents")] = "'pela' joins a name ('Frente pela Tarifa Zero'), and names a passive's agent",
        [("Prepositions", "Media")] = "'al' is 'of the' and 'at the'",
        [("Prepositions", "PassiveAgents")] = "'vom' is 'from the' and 'by the'",
        [("NotNames", "Locatives")] = "'In', 'En', 'Im' open sentences as prepositions; inside one they say where someone is",
        [("Media", "Locatives")] = "'à', 'en', 'im' say where words were said after an inverted verb, and where someone is before a verb",
        [("Enclitics", "Locatives")] = "Portuguese 'nos' is a pronoun after a verb and 'in the' before a place",
        [("Enclitics", "Media")] = "Portuguese 'nos' is a pronoun after a verb, and 'in the' before where words were posted or said ('escreveu nos comentários')",
        [("Media", "ObjectPrepositions")] = "Italian 'su' takes a verb's object ('puntare su'), and brings in where words were posted or said ('ha scritto su Facebook')",
        [("Definites", "GenitiveArticles")] = "German 'des' is an article, and marks the noun after it with a genitive -s",
        [("NotNames", "GenitiveArticles")] = "German 'Eines' opens sentences as an article, and marks the noun after it with a genitive -s",
        [("Media", "ListenerPrepositions")] = "Spanish and Italian 'a', Portuguese 'à' say where something was said ('dijo a Radio Norte') and whom it was said or sent to ('una carta a Luis Pardo')",
        [("CleftOpeners", "ListenerPrepositions")] = "Italian 'a' opens a cleft ('A parlare è stato X') and names a listener",
        [("NotNames", "ObjectPrepositions")] = "Spanish 'con', Portuguese 'com' opening a sentence are no name, and their complement is acted upon",
        [("Definites", "ComplementArticles")] = "German 'der' is an article, and a genitive's after a noun ('die Leiterin der Bäckerei')",
        [("Indefinites", "ComplementArticles")] = "German 'einer' is an article, and a genitive's after a noun ('der Leiter einer Bäckerei')",
        [("NotNames", "ComplementArticles")] = "German 'Der' opens sentences as an article, and is a genitive's after a noun",
        [("RelativePronouns", "ComplementArticles")] = "German 'der' opens a relative clause, and is a genitive's article after a noun",
        [("OrganisationNouns", "GenitiveHeads")] = "German 'Verein', 'Verband' name organisations, and lose their genitive -s in a name after 'des'",
        [("AdjectiveEndings", "PartyAdjectiveEndings")] = "'-ista', '-iste' end an adjective after a body's kind noun ('la cooperativa socialista X') and a party's after a role",
        [("AdjectiveEndings", "ContractedArticles")] = "'al' is an adjective's ending ('municipal') and a word ('al', 'to the')",
        [("AdjectiveEndings", "Media")] = "'al' is an adjective's ending ('regional') and a word before where words were said",
        [("AdjectiveEndings", "Demonstratives")] = "'ese', 'esa' are adjectives' endings ('francese', 'leonesa') and Spanish words ('that')",
        [("AdjectiveEndings", "MannerNouns")] = "'ar', 'aria' are adjectives' endings ('popular', 'sanitaria') and Portuguese and Italian words ('air', 'look')",
        [("GenitiveEndings", "ImpersonalSubjects")] = "German 'es' is an impersonal subject as a word, and a genitive ending on a noun",
        [("EpithetArticles", "Indefinites")] = "'un', 'een' are articles, and may open a name described by one adjective ('un emocionado Ruiz')",
        [("EpithetArticles", "NotNames")] = "'Un', 'Een' opening a sentence are no name; they may open a name described by one adjective",
        [("BriefOffices", "RoleNouns")] = "'l'assessore' is a role, and one whose brief may follow it before the holder's name",
        [("BriefOffices", "Titles")] = "'Assessore X' is a title, and the office may take a brief before the holder's name",
        [("BriefLinks", "Prepositions")] = "'ai', 'alla' are prepositions, and link an office to its brief",
        [("BriefLinks", "Media")] = "'al', 'aux' say where words were said, and link an office to its brief",
        [("BriefOffices", "FemaleTitles")] = "'secretária X', 'déléguée X' say a woman is meant, and the office may take a brief",
        [("BriefOffices", "DeputyWords")] = "'adjoint' before a title makes another office, and takes a brief itself ('adjoint aux transports')",
        [("Fillers", "AdditiveAdverbs")] = "'anche', 'también' stand between a verb and its subject, and after a predicate that opens a sentence with no verb",
        [("NotNames", "AdditiveAdverbs")] = "'Anche', 'También' open sentences, and follow a predicate that opens one",
        [("ElidedLinks", "Media")] = "Italian 'all'' joins a role to its portfolio ('l'assessore all'Urbanistica'), and brings in where words were said ('ha detto all'ANSA')",
        [("ElidedLinks", "InfinitiveLinks")] = "French 'd'' links an opening word to an infinitive, and a role to its complement ('le conseiller d'Eastport')",
        [("InsertOpeners", "NotNames")] = "'Nach', 'Tras' opening a sentence are no name; between a name and its verb they open a phrase set off by commas",
        [("HolderOnlyRoles", "RoleNouns")] = "a farmer is a role, and one that means only whom the article named so",
        [("NotNames", "Subordinators")] = "'Cuando', 'Wenn' opening a sentence are no name, and open a subordinate clause before the main one",
        [("DocumentVerbs", "ResponseVerbs")] = "German 'lautete', Dutch 'luidde' give a reply's words ('lautete die Antwort') and a document's ('luidde de verklaring')",
        [("QuotedAs", "Subordinators")] = "'as' quotes ('quoted as saying'), and opening a sentence opens a clause before the main one ('As he arrived, …')",
        [("PredicateLinks", "Subordinators")] = "'as' says what someone named is ('as a nurse'), and opening a sentence opens a clause before the main one",
        [("Fillers", "Subordinators")] = "Dutch 'toen' is 'then' between a verb and its subject, and 'when' opening a subordinate clause",
        [("ProfessionEpithets", "MaleTitles")] = "'el ingeniero', 'o engenheiro' point back to the person just named, and say a man is meant",
        [("NotNames", "ViewWords")] = "German 'Ansicht' opens no name ('Nach Ansicht von X'), and is a view given as a sentence of its own",
        [("MalePossessiveStems", "Possessives")] = "'sein', 'zijn' are a possessive, and the stem that points a phrase of giving word back to a man ('nach seinen Worten')",
        [("FemalePossessiveStems", "Possessives")] = "'ihr', 'haar' are a possessive, and the stem that points a phrase of giving word back to a woman ('naar haar zeggen')",
        [("ProfessionEpithets", "Titles")] = "Dutch 'apotheker Bram Smit' titles the name, and 'de apotheker' points back to the person just named",
        [("ProfessionEpithets", "RoleNouns")] = "German 'die Architektin' is a role whose named holder it means, and with no one named so a trade that means the person just named",
        [("ProfessionEpithets", "HolderEpithets")] = "'o oficial', 'la sindicalista' point back to the person just named, even one named by a rank or an office",
        [("HolderEpithets", "RoleNouns")] = "'der Experte', 'le syndicaliste' are roles whose named holder they mean, and epithets for a person named by another role",
        [("ProfessionEpithets", "FemaleTitles")] = "'l'ingénieure', 'la ingeniera' point back to the person just named, and say a woman is meant",
        [("NameGivingVerbs", "WithheldNameWords")] = "English 'named' gives a name ('a man named Tom'), and after a negation says someone keeps theirs back ('asked not to be named')",
        [("NamingWords", "WithheldNameWords")] = "German 'genannt' gives a name, and after a negation says someone keeps theirs back ('will nicht genannt werden')",
        [("NameNouns", "WithheldNameWords")] = "'name', 'Namen', 'nombre', 'nome', 'naam' are the noun of a name, and after a negation say someone keeps theirs back ('niet met naam in de krant')",
        [("PeopleNouns", "ProfessionEpithets")] = "German 'eine Rentnerin' is someone unnamed, and 'die Rentnerin' points back to the person just named",
        [("PeopleNouns", "MaleTitles")] = "German 'ein Rentner' is someone unnamed, and says a man is meant",
        [("PeopleNouns", "FemaleTitles")] = "German 'eine Rentnerin' is someone unnamed, and says a woman is meant",
        [("PeopleNouns", "MaleKinNouns")] = "'son', 'fils', 'Sohn' name an ordinary person, and say a man is meant ('his son Tom')",
        [("PeopleNouns", "FemaleKinNouns")] = "'daughter', 'fille', 'Tochter' name an ordinary person, and say a woman is meant ('his daughter Ellen')",
        [("FemaleTitles", "FemaleKinNouns")] = "German 'Frau' is a title ('Frau Vogt') and a wife ('seine Frau Anna')",
        [("Titles", "FemaleKinNouns")] = "German 'Frau' opens a name as a title ('Frau Vogt'), and is a wife ('seine Frau Anna')",
        [("NamelessArticles", "PluralDefinites")] = "'the' opens a plural ('the lawyers'), and no person's name follows it ('the Harbour Trust')",
        [("ReportingLemmas", "PersonObjectLemmas")] = "the verbs whose object is a person are reporting verbs too",
        [("Prepositions", "ViewPrepositions")] = "'para', 'per' are prepositions, and give a view when they open a sentence ('Para X, «…»')",
        [("EmployerLinks", "HeadLinks")] = "'of', 'de' link a person to an employer, and a role to an unnamed body it heads ('the director of a firm')",
        [("Prepositions", "HeadLinks")] = "'de', 'di', 'van' are prepositions, and link a role to an unnamed body it heads",
        [("OrganisationLinks", "HeadLinks")] = "'de' joins an organisation noun to its complements, and a role to an unnamed body it heads",
        [("HeadLinks", "NameJoiners")] = "'de' joins names, and links a role to an unnamed body it heads ('el director de una empresa')",
        [("InfinitiveLinks", "HeadLinks")] = "'de' links a word to an infinitive, and a role to an unnamed body it heads",
        [("Definites", "HeadLinks")] = "German 'des' is an article, and the genitive that links a role to where it is held",
        [("GenitiveArticles", "HeadLinks")] = "German 'des' marks a genitive, and so links a role to where it is held",
        [("NotNames", "Possessives")] = "'His', 'Their' opening a sentence are no name; before a role they open a description of the name after it",
        [("MaleReferents", "Possessives")] = "'his' after a name says a man is meant, and opens a description of the name after it",
        [("FemaleReferents", "Possessives")] = "'her' after a name says a woman is meant, and opens a description of the name after it",
        [("NotNames", "ViewPrepositions")] = "'Para', 'Per' opening a sentence are no name; they may give a view held by the name after them",
        [("Fillers", "PerfectAuxiliaries")] = "'a', 'ha', 'hat' stand between a verb and its subject, and make the participle after them a finite verb with a subject of its own",
        [("Fillers", "Demonstratives")] = "French 'ce', 'cette' open a time between a verb and its subject ('ce matin'), and a description that points back ('ce directeur, X,')",
        [("RelativePronouns", "PersonRelativePronouns")] = "'quien', 'quem', 'wie' open a relative clause, and one that stands only for a person",
        [("Fillers", "Reflexives")] = "'sich', 'se', 'si' stand between a verb and its subject, and make a verb of stance report ('zeigte sich X zuversichtlich')",
        [("Enclitics", "Reflexives")] = "Portuguese 'se' is joined after a verb as any pronoun is, and makes a verb of stance report ('mostrou-se confiante')",
        [("MannerNouns", "BesideQuoteLemmas")] = "'smile', 'laugh' are the manner of saying ('with a smile'), and verbs of manner that report beside the quote",
        [("MaleTitles", "BesideQuoteLemmas")] = "French 'conseiller' is a councillor's title, and the lemma of 'a conseillé', none of whose forms is the title",
        [("Titles", "PeopleNouns")] = "Dutch 'bewoner' is someone ordinary after 'een', and written before a resident's name as a title ('Bewoner Ineke …')",
        [("Fillers", "SubordinatorsBeforeComplementiser")] = "French 'alors', 'bien' are adverbs between a verb and its subject, and with 'que' open a subordinate clause",
        [("HeadLinks", "PluralOrganisationLinks")] = "'dei', 'des' link a role to its head, and hold the plural article of a body's people ('il comitato dei residenti')",
        [("Indefinites", "GenitiveArticles")] = "German 'eines' is an indefinite article, in the genitive that links an issuer or an employer",
        [("InsertOpeners", "Subordinators")] = "German 'während' opens an insert of time ('Roe, während der Sitzung, sagte'), and a clause of contrast",
        [("NameJoiners", "PluralOrganisationLinks")] = "'dos', 'des' join the words of a name, and hold the plural article of a body's people",
        [("OrganisationLinks", "PluralOrganisationLinks")] = "a plural organisation link is an organisation link that holds a plural article",
        [("PluralOrganisationLinks", "ContractedArticles")] = "'dei', 'dos' are contracted articles, and hold the plural article of a body's people",
        [("Enclitics", "ReadingClitics")] = "Portuguese 'se' joins a verb, and before a verb of reading makes it impersonal ('se lê no estudo')",
        [("Reflexives", "ReadingClitics")] = "'se', 'si' are reflexive, and before a verb of reading make it impersonal ('si legge nella nota')",
        [("Fillers", "ReadingClitics")] = "'se', 'si' stand between a verb and its subject, and before a verb of reading make it impersonal",
        [("Enclitics", "LocativeArticles")] = "Portuguese 'nos' is a pronoun joined to a verb, and 'in the' before a document's noun",
        [("Locatives", "LocativeArticles")] = "Portuguese 'no', 'na' say where, and hold the article before a document's noun",
        [("ContractedArticles", "LocativeArticles")] = "'no', 'na' are contracted articles, and 'in the' before a document's noun",
        [("Prepositions", "LocativeArticles")] = "Italian 'nel', 'nella' are prepositions with their article, and 'in the' before a document's noun",
        [("NotNames", "LocativeArticles")] = "German 'Im' opening a sentence is no name; before a document's noun it is 'in the'",
        [("Media", "LocativeArticles")] = "German 'im' brings in a medium ('im Interview'), and a document ('im Bericht')",
        [("Prepositions", "PluralOrganisationLinks")] = "'dos', 'dei' are prepositions with their article, and hold the plural article of a body's people",
        [("OpeningPrepositions", "InfinitiveMarkers")] = "German 'zu' opens a phrase before a verb-second verb ('Zu den Plänen sagte X:'), and marks the infinitive closing a clause inside one",
        [("InfinitiveMarkers", "ListenerPrepositions")] = "German 'zu' names a listener after a verb ('sagte sie zu X'), and marks the infinitive closing a clause inside an opening phrase",
        [("Locatives", "InfinitiveMarkers")] = "Dutch 'te' names a place ('te Utrecht'), and marks the infinitive closing a clause inside an opening phrase ('om de bus te schrappen')",
        [("OpeningPrepositions", "LocativeArticles")] = "German 'im' says where ('im Rathaus'), and opens a phrase before a verb-second verb ('Im letzten Wort bat sie')",
        [("OpeningPrepositions", "ListenerPrepositions")] = "Dutch 'aan', 'tegen' name a listener after a verb, and open a phrase before a verb-second verb ('Aan de raad schreef X:')",
        [("OpeningPrepositions", "ObjectPrepositions")] = "'mit', 'met' give what a verb is with, and open a phrase before a verb-second verb ('Met trillende stem zei X:')",
        [("Media", "OpeningPrepositions")] = "Dutch 'op' names where words were said, and opens a phrase before a verb-second verb ('Op Facebook schreef X:')",
        [("PassiveAgents", "OpeningPrepositions")] = "Dutch 'door' names a passive's agent, and opens a phrase before a verb-second verb",
        [("NotNames", "OpeningPrepositions")] = "'Nach', 'Während' opening a sentence are no name, and open a phrase before a verb-second verb",
        [("NotNames", "DependentClauseOpeners")] = "'Wanneer' opening a sentence is no name; lower-case it opens a dependent question inside an opening phrase",
        [("Coordinators", "DependentClauseOpeners")] = "Dutch 'of' joins words ('or') and opens a dependent question ('whether': 'Op de vraag of …, zei X')",
        [("PredicateLinks", "DependentClauseOpeners")] = "German 'wie' links a predicate ('so wie') and opens a dependent question ('how')",
        [("Fillers", "ReportedSpeechForms")] = "'habe' stands as an auxiliary between a verb and its subject, and reports speech in Konjunktiv I",
        [("PredicateLinks", "ReportedSpeechForms")] = "'sei' links a predicate, and reports speech in Konjunktiv I ('Die Lage sei ernst')",
        [("Subordinators", "OpeningPrepositions")] = "German 'während' is a conjunction of contrast ('während X sagte, …') and a preposition that opens a phrase before a verb-second verb ('Während der Sitzung sagte X:')",
        [("BackReferences", "ObjectClitics")] = "Spanish 'lo' points back to what was said, and stands as an object pronoun between a subject and its verb ('X lo anunció')",
        [("Enclitics", "ObjectClitics")] = "Portuguese 'lhe' is joined after a verb ('disse-lhe'), and stands before one between it and its subject ('X lhe disse')",
        [("Media", "ObjectClitics")] = "French 'en' brings in a medium ('en conférence de presse'), and stands as a pronoun between a subject and its verb ('X en a dénoncé')",
        [("Locatives", "ObjectClitics")] = "French 'en' says where, and stands as a pronoun between a subject and its verb ('X en a dénoncé')",
        [("CompoundBodyHeads", "OrganisationNouns")] = "a body's noun names a body alone and as a compound's last part ('Verband', 'Bauernverband'); the heads are those no compound misreads ('Stadt' ends 'Altstadt')",
        [("CompoundBodyHeads", "BareBodies")] = "'Regierung', 'gemeente' speak as a bare body, and end compounds that name bodies ('Landesregierung')",
        [("CompoundBodyHeads", "CompanyNouns")] = "'Konzern', 'bedrijf' are a firm's nouns, and end compounds that name firms ('Energiekonzern', 'busbedrijf')",
        [("CompoundBodyHeads", "AnyBodyNouns")] = "'Behörde' means a body of any kind, and ends compounds that name one ('Bauaufsichtsbehörde')",
        [("CompoundBodyHeads", "GenitiveHeads")] = "'Amt', 'Verein' lose a genitive's ending and end compounds that name bodies: one noun, two readings",
        [("SourcePrepositions", "OpeningPrepositions")] = "'aus' opens a phrase before a verb-second verb, and before a body says where words come from ('Aus der Behörde hieß es')",
        [("SourcePrepositions", "Locatives")] = "'uit' places a thing, and before a body says where words come from ('klinkt het uit het ministerie')",
        [("SourcePrepositions", "NotNames")] = "'Desde' opening a sentence is no name; before a body it says where words come from",
        [("SourcePrepositions", "Media")] = "'desde' gives the medium words were said on, and before a body where they come from ('aseguran desde la empresa')",
        [("SourcePrepositions", "PassiveAgents")] = "'dal', 'dalla' bring a passive's agent, and after an impersonal verb the body words come from ('spiegano dall'azienda')",
        [("SourcePrepositions", "Prepositions")] = "Portuguese 'da', 'do' link a noun to what follows, and before a body with a plural verb say where words come from ('Da câmara garantem')",
        [("SourcePrepositions", "EmployerLinks")] = "Portuguese 'da', 'do' link a role to its employer, and open the body words come from",
        [("SourcePrepositions", "OrganisationLinks")] = "Portuguese 'da', 'do' join an organisation's name, and open the body words come from",
        [("SourcePrepositions", "HeadLinks")] = "Portuguese 'da', 'do' join a head to its complement, and open the body words come from",
        [("SourcePrepositions", "WorkplaceLinks")] = "'bei', 'bij' link a role to where its holder works ('Sprecherin bei der Polizei'), and opening the sentence before a body say where words come from ('Bei der Stadtverwaltung hieß es')",
        [("SourcePrepositions", "NameJoiners")] = "Portuguese 'do' joins a name's parts, and opens the body words come from",
        [("SourcePrepositions", "PluralOrganisationLinks")] = "Portuguese 'das', 'dos' join a plural organisation's name, and open the bodies words come from",
        [("SourcePrepositions", "ContractedArticles")] = "Portuguese 'da', 'do' are a preposition and article in one word, which before a body say where words come from",
        [("RoleNouns", "BesideQuoteLemmas")] = "French 'conseiller' is a council's member before a name ('le conseiller Paul Roux') and a verb of advice beside a quote",
        [("MannerPrepositions", "ObjectPrepositions")] = "'with', 'con', 'mit' open a verb's object ('criticó con dureza'), and before a manner noun a manner phrase between an inverted verb and its subject ('dijo con una sonrisa X')",
        [("MannerPrepositions", "NotNames")] = "'Con', 'Com' opening a sentence are no name; after an inverted verb they open a manner phrase",
        [("MannerPrepositions", "CompanionWords")] = "'with', 'avec', 'mit' bring in a manner noun after an inverted verb, and a person beside a sentence's subject ('X came with Y')",
        [("CompanionWords", "ObjectPrepositions")] = "'with', 'con', 'met' open a verb's object, and bring in a person beside a sentence's subject",
        [("Pronouns", "ContrastingPronouns")] = "'ella', 'lei', 'ela' are subject pronouns, and written out in a language that drops its subjects they set one person against another",
        [("MalePronouns", "ContrastingPronouns")] = "'él', 'lui', 'ele' are masculine pronouns, and written out they set one person against another",
        [("FemalePronouns", "ContrastingPronouns")] = "'ella', 'lei', 'ela' are feminine pronouns, and written out they set one person against another",
        [("CompanionWords", "NotNames")] = "'Con', 'Com' opening a sentence are no name; lower-case, they bring in a person beside the subject",
        [("CompanionWords", "OpeningPrepositions")] = "'mit', 'met' open a phrase before a verb-second verb, and bring in a person beside the subject",
        [("MannerPrepositions", "OpeningPrepositions")] = "'mit', 'met' open a phrase before a verb-second verb ('Mit leiser Stimme sagte X:'), and a manner phrase after an inverted verb",
        [("ReportingLemmas", "MannerNouns")] = "French 'sourire' reports as a verb ('sourit-elle') and is a manner as a noun ('avec un sourire')",
        [("ViewWords", "ResponseNouns")] = "'verdict' gives a view as a sentence of its own, and after a quote names whose verdict it was ('was the verdict of X')",
        [("BodyNameLinks", "ViewPrepositions")] = "French 'pour' says what a body is for inside its name ('Bus pour Tous'), and opening a sentence gives a view ('Pour X, c'est …')",
        [("BodyNameLinks", "OpeningPrepositions")] = "Dutch 'tegen' says what a body is against inside its name ('Ouders tegen Lawaai'), and opens a phrase before a verb-second verb",
        [("BodyNameLinks", "ListenerPrepositions")] = "Dutch 'tegen' says what a body is against inside its name ('Ouders tegen Lawaai'), and after a verb names a listener ('zei hij tegen X'), never right after a body's name",
        [("BodyNameLinks", "ObjectPrepositions")] = "'contre', 'against' say what a body is against inside its name ('Parents against Potholes'), and take a verb's object elsewhere",
        [("NameJoiners", "ViewPrepositions")] = "English 'for' joins an office's name ('Secretary of State for Health'), and opening a sentence gives a view ('For analyst X, …')",
        [("BodyQualifiers", "OfficeTierAdjectives")] = "'municipale', 'provinciale' say which tier an office is of ('consigliere municipale'), and which body a bare noun is ('la polizia municipale')",
        [("Fillers", "FirstPersonSubjects")] = "French 'nous' stands between a verb and its subject as the listener's pronoun ('», nous a confié X'), and opening a sentence is the writer as its subject ('Nous avons joint X')",
        [("InsertOpeners", "OpeningPrepositions")] = "'nach', 'na' open a phrase set off by commas between a name and its verb, and a phrase before a verb-second verb ('Nach der Sitzung sagte X:')",
        [("Pronouns", "ReportedSpeechSubjects")] = "German 'er', 'sie' mean someone named, and as a subject make a verb in '-e' beside them Konjunktiv I ('Er hoffe „…“')",
        [("MalePronouns", "ReportedSpeechSubjects")] = "German 'er' means a man, and as a subject makes a verb in '-e' beside it Konjunktiv I",
        [("FemalePronouns", "ReportedSpeechSubjects")] = "German 'sie' means a woman, and as a subject makes a verb in '-e' beside it Konjunktiv I",
        [("ReportedSpeechSubjects", "GenitiveEndings")] = "German 'es' ends a genitive, and as a subject makes a verb in '-e' beside it Konjunktiv I ('Es drohe „…“')",
        [("ReportedSpeechSubjects", "ImpersonalSubjects")] = "German 'es' is an impersonal subject, and makes a verb in '-e' beside it Konjunktiv I ('Es drohe „…“')",
        [("ObjectArticles", "NounDeterminers")] = "German 'einen', 'einem' mark an object after the verb, and stand only before a common noun ('in einem Brief')",
        [("Indefinites", "NounDeterminers")] = "German 'ein', 'eine' open an unnamed person's description, and stand only before a common noun, never a surname",
        [("Prepositions", "NounDeterminers")] = "German 'vom', 'zum', 'zur' link a role to its body, and as contracted articles stand only before a common noun",
        [("EmployerLinks", "NounDeterminers")] = "German 'vom' links a person to their employer, and as a contracted article stands only before a common noun",
        [("Media", "NounDeterminers")] = "German 'im' says where words were said ('im Radio'), and as a contracted article stands only before a common noun",
        [("PassiveAgents", "NounDeterminers")] = "German 'vom' names a passive's agent, and as a contracted article stands only before a common noun",
        [("OpeningPrepositions", "NounDeterminers")] = "German 'am', 'im', 'beim' open a phrase before a verb-second verb, and as contracted articles stand only before a common noun",
        [("Possessives", "NounDeterminers")] = "German 'seine', 'ihre' open a description as an article does, and stand only before a common noun ('In seinem letzten Wort')",
        [("LocativeArticles", "NounDeterminers")] = "German 'im' says where, and as a contracted article stands only before a common noun",
        [("AgentNounEndings", "FemaleAgentNounEndings")] = "Spanish '-ista', French '-iste' end an agent noun of either gender ('el periodista', 'la periodista'): the article says which",
        [("ThingAgentNouns", "NotPartyAdjectives")] = "'lista', 'vista' are things with an agent's ending ('publica la revista'), and after a party's name no adjective of it",
        [("AgentNounEndings", "InflectedAdjectiveEndings")] = "German '-er' ends an agent noun ('der Schäfer') and an inflected adjective before its noun ('ein junger Rüde')",
        [("PluralVerbEndings", "InflectedAdjectiveEndings")] = "German '-en' ends a plural verb ('betonten sie') and an inflected adjective before its noun ('im letzten Wort')",
        [("NotNames", "NounDeterminers")] = "German 'im', 'ein', 'seinem' are no name's first word, and what follows them is a common noun ('Im letzten Wort')",
        [("SpokesNouns", "FemaleRoleNouns")] = "'spokeswoman' is a spokesperson's noun, and shows a companion's gender ('with the spokeswoman, X')",
        [("SpokesNouns", "MaleRoleNouns")] = "'spokesman' is a spokesperson's noun, and shows a companion's gender",
        [("HolderOnlyRoles", "FemaleRoleNouns")] = "'Richterin' means only whom the article made judge, and shows a companion's gender ('mit der Richterin X')",
        [("HolderOnlyRoles", "MaleRoleNouns")] = "'Richter' means only whom the article made judge, and shows a companion's gender",
        [("PresidingOffices", "Titles")] = "'Mayor X', 'Bürgermeister X' is a title; 'the mayor' alone, held by no one named, is the office's unnamed holder",
        [("PresidingOffices", "FemaleTitles")] = "'la alcaldesa X' says a woman is meant; 'la alcaldesa' alone, held by no one named, is the office's unnamed holder",
        [("PresidingOffices", "RoleNouns")] = "a mayor is a role, and one that a councillor given another role does not hold",
        [("PresidingOffices", "FemaleRoleNouns")] = "'chairwoman' shows a companion's gender, and is an office one person holds at a time",
        [("PresidingOffices", "MaleRoleNouns")] = "'chairman' shows a companion's gender, and is an office one person holds at a time",
        [("CommandRanks", "RoleNouns")] = "a rank in command is a role ('el comandante X'), and one that a person given a role outside the ranks does not hold",
        [("CommandRanks", "Titles")] = "'Kapitän X', 'Oberst X' is a title; 'der Kapitän' alone, held by no one named, is the rank's unnamed holder",
        [("CommandRanks", "MaleTitles")] = "'le commandant X' says a man is meant; 'le commandant' alone, held by no one named, is the rank's unnamed holder",
        [("CommandRanks", "FemaleTitles")] = "'la commandante X' says a woman is meant; 'la commandante' alone, held by no one named, is the rank's unnamed holder",
        [("Titles", "FemaleRoleNouns")] = "'Sprecherin', 'lerares' stand as titles before a name, and show a companion's gender after 'mit', 'met'",
        [("Titles", "MaleRoleNouns")] = "'Sprecher', 'leraar' stand as titles before a name, and show a companion's gender after 'mit', 'met'",
        [("RoleNouns", "FemaleRoleNouns")] = "'voorzitster' is a role, and shows a companion's gender",
        [("RoleNouns", "MaleRoleNouns")] = "'leraar' is a role, and shows a companion's gender",
        [("Fillers", "SequenceOpeners")] = "'ensuite', 'luego', 'depois' stand between a subject and its verb, and open a sentence before its subject with no comma ('Puis la directrice assure :')",
        [("ContinuationOpeners", "SequenceOpeners")] = "'puis', 'poi' carry a speaker's words on, and open a sentence before its subject with no comma",
        [("BriefLinks", "ContractedArticles")] = "French 'au' links an office to its brief ('l'adjoint au Logement X', Phrase.BriefOfficeHolder.cs) and is a preposition with its article",
        [("NotNames", "SequenceOpeners")] = "Italian 'poi' is no name's first word, and opens a sentence before its subject with no comma",
        [("NotNames", "SentenceAdverbs")] = "German 'so' is no name's first word either way; opening a sentence before a verb-second verb it is never the subject, so the name after the verb is (SpeakerFinder.BareVerbSecond.cs)",
        [("InvertedCues", "SentenceAdverbs")] = "German 'so' before a cue's verb ('so sagt er') inverts the cue; before another verb and a full name it puts the name after the verb as its subject (SpeakerFinder.BareVerbSecond.cs)",
        [("BackReferences", "SentenceAdverbs")] = "German 'so', Dutch 'zo' point back to the words quoted after a cue; opening a sentence before a verb-second verb and a full name they are an adverb of degree, never its subject (SpeakerFinder.BareVerbSecond.cs)",
        [("Fillers", "SentenceAdverbs")] = "'enfin', 'gestern', 'luego' stand between a subject and its verb, and opening a sentence are no name's first word ('Enfin Marc Lefort a dit')",
        [("SequenceOpeners", "SentenceAdverbs")] = "'ensuite', 'después', 'depois' open a sentence before its subject with no comma, and are no name's first word",
        [("ContinuationOpeners", "SentenceAdverbs")] = "'puis' carries a speaker's words on, and opening a sentence is no name's first word",
        [("InsertOpeners", "SentenceAdverbs")] = "Italian 'dopo' opens an insert, and opening a sentence is no name's first word",
        [("FemaleKinNouns", "LooseKinNouns")] = "'mujer', 'femme' name a wife after a possessive and any woman after an article at the cue",
        [("MaleKinNouns", "LooseKinNouns")] = "'compagno', 'compagnon' name a partner after a possessive and any comrade after an article at the cue",
        [("PeopleNouns", "LooseKinNouns")] = "'mujer', 'femme', 'mulher' name an ordinary person, which is why they are no tie at the cue",
        [("PassiveAuxiliaries", "NameCopulas")] = "English 'is', 'was' make a passive, and join a described subject to the person it names ('The woman at the tiller is X')",
        [("Pronouns", "SheOrTheyPronouns")] = "Dutch 'ze' is a subject pronoun, and she or they as its verb's number says ('zegt ze', 'zeggen ze')",
        [("NameCopulas", "ResponseVerbs")] = "English 'was' closes a response ('the answer was \"…\"'), and joins a described subject to the person it names",
        [("DocumentVerbs", "ReadAloudVerbs")] = "English 'read' closes a document's words ('the statement read'), and with a text after it before a colon brings in a text read out ('read out the mayor's letter:')",
        [("ImpersonalReadings", "ReadAloudVerbs")] = "'lee', 'lê' read a document impersonally ('se lee'), and with a text after them before a colon bring in a text read out",
        [("ReportingLemmas", "ReadAloudTexts")] = "German 'schreiben' is a verb of writing and a letter ('verlas das Schreiben:')",
        [("PredicateLinks", "ClausePassiveAuxiliaries")] = "'wurde', 'werd' say what someone became, and after an opening clause's comma make a passive whose subject undergoes",
        [("Definites", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("Prepositions", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("NotNames", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("EmployerLinks", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("HeadLinks", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("PassiveAgents", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("NounDeterminers", "SurnameParticles")] = "a German or Dutch surname's particle ('de', 'van', 'von') is also an article or a preposition; the list is read only on a capitalised word opening a name (NameRegistry.ParticleSurname.cs)",
        [("BodyNameLinks", "EpithetTailPrepositions")] = "a German or Dutch preposition serves many readings; EpithetTailPrepositions is read only after an epithet closing a cue, and between a cue's verb and a role with its article (SpeakerFinder.PhraseBeforeRole.cs)",
        [("InfinitiveMarkers", "EpithetTailPrepositions")] = "a German or Dutch preposition serves many readings; EpithetTailPrepositions is read only after an epithet closing a cue, and between a cue's verb and a role with its article (SpeakerFinder.PhraseBeforeRole.cs)",
        [("NounDeterminers", "EpithetTailPrepositions")] = "a German or Dutch preposition serves many readings; EpithetTailPrepositions is read only after an epithet closing a cue, and between a cue's verb and a role with its article (SpeakerFinder.PhraseBeforeRole.cs)",
        [("OpeningPrepositions", "EpithetTailPrepositions")] = "a German or Dutch preposition serves many readings; EpithetTailPrepositions is read only after an epithet closing a cue, and between a cue's verb and a role with its article (SpeakerFinder.PhraseBeforeRole.cs)",
        [("Subordinators", "EpithetTailPrepositions")] = "a German or Dutch preposition serves many readings; EpithetTailPrepositions is read only after an epithet closing a cue, and between a cue's verb and a role with its article (SpeakerFinder.PhraseBeforeRole.cs)",
        [("AdjectiveEndings", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("BriefLinks", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("CleftOpeners", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("CompanionWords", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("ContractedArticles", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("Definites", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("Enclitics", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("EpithetFeminineArticles", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("InsertOpeners", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("ListenerPrepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("LocativeArticles", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("Locatives", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("MannerPrepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("Media", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("NotNames", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("ObjectClitics", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("ObjectPrepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("PhrasePrepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("Prepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("SentenceAdverbs", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("SourcePrepositions", "EpithetTailPrepositions")] = "a preposition serves many readings; EpithetTailPrepositions is read only on the words after an epithet closing a cue, up to the full stop (Phrase.EpithetTail.cs)",
        [("DeputyWords", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("MannerPrepositions", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("CompanionWords", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("ObjectPrepositions", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("OpeningPrepositions", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("EpithetTailPrepositions", "TitlePrepositions")] = "'with' (avec, con, com) opens both the company an epithet at a cue spoke in and a title's noun; each list is read only in its own place: after an epithet closing a cue, or right before a noun of title or slogan and its quote",
        [("NotNames", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("Fillers", "PresentativePhrases")] = "a presentative verb is read as bringing in an unnamed person only right before an indefinite article and a person noun, near the sentence start (SpeakerFinder.PresentativeBroughtIn.cs)",
        [("Copulas", "PresentativePhrases")] = "a presentative verb is read as bringing in an unnamed person only right before an indefinite article and a person noun, near the sentence start (SpeakerFinder.PresentativeBroughtIn.cs)",
        [("PerfectAuxiliaries", "PresentativePhrases")] = "a presentative verb is read as bringing in an unnamed person only right before an indefinite article and a person noun, near the sentence start (SpeakerFinder.PresentativeBroughtIn.cs)",
        [("ImpersonalReadings", "PresentativePhrases")] = "a presentative verb is read as bringing in an unnamed person only right before an indefinite article and a person noun, near the sentence start (SpeakerFinder.PresentativeBroughtIn.cs)",
        [("SourcePrepositions", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("PassiveAgents", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("PredicateLinks", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("ConditionalMarkers", "TitlePrepositions")] = "prepositions ('under', 'mit', 'con', 'dal', 'als') are read as bringing in a title only right before a noun of title or slogan and its quote",
        [("HolderOnlyEpithets", "Titles")] = "Spanish 'técnico' is a title before a name ('el técnico Julio Campos') and, alone at a cue, the coach's epithet, read only as the one coach the article named",
        [("ComparisonOpeners", "PredicateLinks")] = "'as', 'comme', 'wie', 'como' say what someone named is before an indefinite, and open a comparison ('comme disait ma mère')",
        [("ComparisonOpeners", "Subordinators")] = "English 'as' opens a clause of time or cause, and one of comparison ('as my mother used to say')",
        [("ComparisonOpeners", "QuotedAs")] = "'as' quotes ('quoted as saying'), and opens a comparison ('as my mother used to say')",
        [("ComparisonOpeners", "ObjectPrepositions")] = "'comme', 'como', 'come' take an object, and open a comparison before a verb of saying ('come diceva mia nonna')",
        [("ComparisonOpeners", "DependentClauseOpeners")] = "'wie', 'zoals' open a dependent clause, and one of comparison ('wie meine Mutter sagte')",
        [("NotNames", "ListenerPossessives")] = "German 'seinem', 'ihrem' opening a sentence are no name, and after 'zu' bring in the one spoken to (Phrase.PossessedListener.cs)",
        [("ListenerPossessives", "NounDeterminers")] = "German 'seinem', 'ihrer' are determiners before a noun, and after 'zu' bring in the one spoken to (Phrase.PossessedListener.cs)",
        [("FirstPersonPossessives", "OwnPossessives")] = "'our', 'notre' are the first person's possessives, and the newspaper's own ('our correspondent')",
        [("FirstPersonPossessives", "NotNames")] = "'My', 'Our', 'Unser' opening a sentence are no name",
        [("FirstPersonPossessives", "ReportingLemmas")] = "German 'meinen' is 'my' before a noun, and the verb 'to think'",
        [("FirstPersonPossessives", "NounDeterminers")] = "German 'unsere', 'unserem' are the first person's possessives, and determiners before a noun",
        [("Complementisers", "DependentClauseOpeners")] = "German 'dass' opens a dependent clause, the one of reported speech",
        [("Complementisers", "BackReferences")] = "Dutch 'dat' opens reported speech, and opening a sentence before a reporting verb points back to a quote",
        [("Complementisers", "RelativePronouns")] = "Dutch 'dat', Italian 'che' open reported speech and relative clauses",
        [("Complementisers", "SubjectRelatives")] = "Italian 'che' opens reported speech, and is the relative pronoun that stands as its clause's subject",
        [("BodyAgentNouns", "FirmNouns")] = "German 'betreiber', 'versorger', Dutch 'netbeheerder', 'aanbieder' are a body as a verb's agent ('der Betreiber des Netzes') and a firm of a trade before its name ('Der Netzbetreiber Voralpen-Netz'), which a company's noun later means (Cast.FirmOfTrade.cs)",
        [("AdjectiveEndings", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("BriefLinks", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "ContractedArticles")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "EpithetTailPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "GerundTimeLinks")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "ObjectPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "SentenceAdverbs")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "SequenceOpeners")] = CommaOpeningPrepositionsAreReadApart,
        [("CommaOpeningPrepositions", "TitlePrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("ContinuationOpeners", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("Fillers", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("InsertOpeners", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("Media", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("NotNames", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("PhrasePrepositions", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("SourcePrepositions", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("Subordinators", "CommaOpeningPrepositions")] = CommaOpeningPrepositionsAreReadApart,
        [("PluralPronouns", "PartitivePronouns")] = PartitivesAreReadTogether,
        [("Fillers", "PartitivePronouns")] = PartitivesAreReadTogether,
        [("PartitivePronouns", "FirstPersonSubjects")] = PartitivesAreReadTogether,
        [("Indefinites", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("NotNames", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("PartitiveOnes", "ComplementArticles")] = PartitivesAreReadTogether,
        [("PartitiveOnes", "NounDeterminers")] = PartitivesAreReadTogether,
        [("EpithetArticles", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("FirstPersonDroppingWords", "PartitivePronouns")] = PartitivesAreReadTogether,
        [("FeminineArticles", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("FeminineIndefinites", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("MasculineIndefinites", "PartitiveOnes")] = PartitivesAreReadTogether,
        [("FirstPersonPossessives", "PartitivePronouns")] = PartitivesAreReadTogether,
        [("BodyNouns", "OrganisationNouns")] = "English 'college' ends a body's capitalised name ('Harbour College') and heads one that runs on through its complements ('the Royal College of Nursing', session 67)",
        [("FirmNouns", "OrganisationNouns")] = "Portuguese 'construtora', English 'operator', 'retailer', 'insurer' are a body's noun and a firm of a trade: 'a empresa' later means the firm it introduced (Cast.FirmOfTrade.cs), as Spanish 'constructora'",
        [("FemaleTradeFamilies", "MaleTradeFamilies")] = "Italian 'musicista=pianista|…' is a family both genders write alike, noun and members: the woman's and the man's (SpeakerFinder.TradeFamily.cs)",
        // Session 72 (compound): a deputy's word written apart ("vice", "oud") and glued as a compound's first part ("vicevoorzitter",
        // "oud-wethouder") are read apart: DeputyCompoundParts only at a word's start, before a role that ends it (RoleHolders.CompoundHead.cs).
        [("DeputyWords", "DeputyCompoundParts")] = "a deputy's word before a role and a compound's first part are read apart (RoleHolders.CompoundHead.cs)",
        // "Altbürgermeister": "alt" as an age's word is read before a person's noun, as a compound's first part only inside a word.
        [("AgeWords", "DeputyCompoundParts")] = "an age's word and a compound's first part are read apart: DeputyCompoundParts only inside a word (RoleHolders.CompoundHead.cs)",
        // A verb of naming is read only after the subject opening the sentence, its object before the quote (Cues.NamingComplement.cs).
        [("NamingWords", "NamingVerbs")] = "English 'dubbed' gives a thing its nickname after it ('a plan dubbed X'); after a subject and an object the subject named it ('the union dubbed the plan \"…\"')",
        [("NameGivingVerbs", "NamingVerbs")] = "English 'called' names after a noun ('a dog called Rex'); after a subject and an object it is the subject's word ('the mayor called the plan \"…\"')",
        [("ReportingLemmas", "NamingVerbs")] = "German 'nennen', Dutch 'noemen' report a reason or a name ('nannte den Grund'); with an object before a quote they name it ('nannte die Schließung „…“')",
        [("PersonObjectLemmas", "NamingVerbs")] = "Dutch 'noemen' takes a person as its object ('noemde Visser'); with an object before a quote the subject named it ('noemde Visser ‘…’')",
    };

    // The tables are built once, for every parse: an entry the reader cannot split would fail them all.
    [Theory]
    [MemberData(nameof(LexiconTests.Languages), MemberType = typeof(LexiconTests))]
    public void EveryPluralNounEnding_IsAPluralAndASingularEnding_WithinTheSingularsBound(string language)
    {
        foreach (var entry in Of(language).Speech.PluralNounEndings)
        {
            var arrows = entry.Count(c => c == '>');
            Assert.True(arrows == 1, $"'{entry}' needs one '>' between its plural and its singular ending");
            Assert.True(entry.Length - entry.IndexOf('>') - 1 <= SpeechWords.MaxSingularEnding, $"'{entry}' gives a singular ending past the bound");
        }
    }

    [Theory]
    [MemberData(nameof(LexiconTests.Languages), MemberType = typeof(LexiconTests))]
    public void EverySpeechList_HoldsEachWordOnce(string language)
    {
        var repeated = new List<string>();
        foreach (var (name, words) in Of(language).Speech.Lists())
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            repeated.AddRange(words.Where(word => !seen.Add(word)).Select(word => name + ": " + word));
        }

        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [Theory]
    [MemberData(nameof(LexiconTests.Languages), MemberType = typeof(LexiconTests))]
    public void NoWord_IsInTwoSpeechListsOfOneLanguage_UnlessMeant(string language)
    {
        var accidents = LexiconTests.Accidents(Of(language).Speech.Lists().ToArray(), s_meantOverlaps);
        Assert.True(accidents.Count == 0, string.Join("\n", accidents));
    }

    [Fact]
    public void EveryMeantOverlap_Occurs()
    {
        // A declared overlap that no longer happens would let a future accident through unseen (as LexiconTests asks of
        // the lexicons' own lists).
        var unused = s_meantOverlaps.Keys.Where(pair => !Lexicon.All.Any(lexicon =>
        {
            var lists = lexicon.Speech.Lists().ToDictionary(list => list.Name, list => list.Words);
            return lists[pair.Item1].Intersect(lists[pair.Item2], StringComparer.OrdinalIgnoreCase).Any();
        }));
        Assert.Empty(unused);
    }

    [Theory]
    [MemberData(nameof(LexiconTests.Languages), MemberType = typeof(LexiconTests))]
    public void NoWord_IsWrittenInALexiconListAndItsSpeechListOfTheSameName(string language)
    {
        var lexicon = Of(language);
        var own = lexicon.Lists().ToDictionary(list => list.Name, list => list.Words);
        var twice = new List<string>();
        foreach (var (name, words) in lexicon.Speech.Lists())
        {
            if (own.TryGetValue(name, out var older))
            {
                twice.AddRange(words.Intersect(older, StringComparer.OrdinalIgnoreCase).Select(word => name + ": " + word));
            }
        }

        Assert.True(twice.Count == 0, string.Join("\n", twice));
    }

    [Theory]
    [InlineData("fr", "déclarer", "déclare déclaré déclara déclarait")]
    [InlineData("fr", "réagir", "réagit réagi")]
    [InlineData("fr", "défendre", "défend défendu défendit")]
    [InlineData("de", "sagen", "sagt sagte gesagt")]
    [InlineData("de", "erklären", "erklärt erklärte")]
    [InlineData("de", "antworten", "antwortet antwortete")]
    [InlineData("es", "declarar", "declara declaró declarado")]
    [InlineData("es", "responder", "responde respondió respondido")]
    [InlineData("it", "dichiarare", "dichiara dichiarò dichiarato")]
    [InlineData("pt", "afirmar", "afirma afirmou afirmado")]
    [InlineData("pt", "admitir", "admite admitiu")]
    [InlineData("nl", "benadrukken", "benadrukt benadrukte")]
    public void EachLanguagesRule_GivesTheFormsNewsWrites(string language, string lemma, string forms)
    {
        var speech = Of(language).Speech;
        Assert.Contains(lemma, speech.ReportingLemmas);
        var made = speech.Inflect(lemma).ToArray();
        foreach (var form in Lexicon.Words(forms))
        {
            Assert.Contains(form, made);
            Assert.True(SpeechTables.For(language).ReportingVerbs.Contains(form.AsSpan()), form);
        }
    }

    [Fact]
    public void ALanguagesTables_HoldItsWordsOnly_AndNoLanguageHoldsEvery()
    {
        Assert.True(SpeechTables.For("de").ReportingVerbs.Contains("sagte".AsSpan()));
        Assert.False(SpeechTables.For("de").ReportingVerbs.Contains("said".AsSpan()));
        Assert.False(SpeechTables.For("en").ReportingVerbs.Contains("sagte".AsSpan()));
        Assert.True(SpeechTables.For(null).ReportingVerbs.Contains("sagte".AsSpan()));
        Assert.True(SpeechTables.For(null).ReportingVerbs.Contains("said".AsSpan()));
        Assert.Same(SpeechTables.All, SpeechTables.For("xx"));
    }

    // Words that rules once wrote in code (InnerQuoteSpeaker's comparison and first-person possessives, the
    // complementisers of SpeakerFinder.ToldBySomeoneElse): each language's whole class is in its own lists.
    [Theory]
    [InlineData("en", "my our", "as", "that")]
    [InlineData("fr", "mon ma mes notre nos", "comme", "que")]
    [InlineData("de", "mein meine meiner meinem meinen meines unser unsere unserer unserem unseren unseres", "wie", "dass")]
    [InlineData("nl", "mijn ons onze", "zoals", "dat")]
    [InlineData("es", "mi mis nuestro nuestra nuestros nuestras", "como", null)]
    [InlineData("it", "mio mia miei mie nostro nostra nostri nostre", "come", "che")]
    [InlineData("pt", "meu minha meus minhas nosso nossa nossos nossas", "como", null)]
    public void EachLanguage_ListsItsFirstPersonPossessives_ComparisonAndComplementiser(string language, string possessives, string comparison, string? complementiser)
    {
        var tables = SpeechTables.For(language);
        foreach (var word in Lexicon.Words(possessives))
        {
            Assert.True(tables.FirstPersonPossessives.Contains(word.AsSpan()), word);
        }

        Assert.Equal(Lexicon.Words(possessives).Length, Of(language).Speech.FirstPersonPossessives.Length);
        Assert.Equal(new[] { comparison }, Of(language).Speech.ComparisonOpeners);
        if (complementiser is not null)
        {
            Assert.Contains(complementiser, Of(language).Speech.Complementisers);
        }
    }

    // InnerQuoteSpeaker.FirstPersonCue's words of a first person whose subject is dropped, once written in code: each
    // language that drops its subject lists its subject pronouns and its perfect's auxiliary; the others list none.
    [Theory]
    [InlineData("it", "io noi ho abbiamo")]
    [InlineData("es", "yo nosotros nosotras he hemos")]
    [InlineData("pt", "eu nós tenho temos")]
    [InlineData("en", "")]
    [InlineData("fr", "")]
    [InlineData("de", "")]
    [InlineData("nl", "")]
    public void EachLanguage_ListsItsFirstPersonWords_WhereItDropsTheSubject(string language, string expected)
        => Assert.Equal(Lexicon.Words(expected), Of(language).Speech.FirstPersonDroppingWords);

    // A noun of a family tie gives its person's gender (KinAndOwnerGender.OfKinNoun): none may be of both, in one
    // language or across two, where an unknown language reads them all together.
    [Fact]
    public void NoKinNoun_IsOfBothGenders_InAnyLanguage()
    {
        var male = Lexicon.All.SelectMany(lexicon => lexicon.Speech.MaleKinNouns);
        var female = Lexicon.All.SelectMany(lexicon => lexicon.Speech.FemaleKinNouns);
        Assert.Empty(male.Intersect(female, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Participles_AreMadeFromTheLemmas()
    {
        Assert.True(SpeechTables.For("en").Participles.Contains("saying".AsSpan()));
        Assert.True(SpeechTables.For("en").Participles.Contains("arguing".AsSpan()));
        Assert.True(SpeechTables.For("fr").Participles.Contains("déclarant".AsSpan()));
        Assert.True(SpeechTables.For("es").Participles.Contains("asegurando".AsSpan()));
        Assert.False(SpeechTables.For("en").Participles.Contains("said".AsSpan()));
    }

    // Verbs whose participle breaks the language's rule are given whole: a doubled final consonant
    // ("admitting"), a stem that changes ("diciendo", "pidiendo") or a third-group French verb ("disant").
    [Theory]
    [InlineData("en", "admitting")]
    [InlineData("en", "quipping")]
    [InlineData("en", "signalling")]
    [InlineData("es", "diciendo")]
    [InlineData("es", "advirtiendo")]
    [InlineData("es", "pidiendo")]
    [InlineData("es", "concluyendo")]
    [InlineData("fr", "disant")]
    [InlineData("fr", "écrivant")]
    [InlineData("fr", "reconnaissant")]
    [InlineData("fr", "prévenant")]
    [InlineData("fr", "soutenant")]
    public void Participles_OfIrregularVerbs_AreTheWrittenForms(string language, string participle) =>
        Assert.True(SpeechTables.For(language).Participles.Contains(participle.AsSpan()));

    [Theory]
    [InlineData("en", "admiting")]
    [InlineData("en", "quiping")]
    [InlineData("es", "deciendo")]
    [InlineData("es", "concluiendo")]
    [InlineData("fr", "prévenissant")]
    public void Participles_NeverHoldTheRuleMisapplied(string language, string misspelt) =>
        Assert.False(SpeechTables.For(language).Participles.Contains(misspelt.AsSpan()));

    private static Lexicon Of(string language) => Lexicon.All.Single(lexicon => lexicon.Language == language);
}
