using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// The lexicons are data: each list holds each word once, a word sits in two lists of a
/// language only where the overlap is meant (and said why), and no list is written twice.
/// </summary>
public sealed class LexiconTests
{
    // Lists whose words are compared exactly: "No." and "MP" are abbreviations only so capitalised.
    private static readonly HashSet<string> s_caseSensitive = new(StringComparer.Ordinal) { "PostNominals", "Abbreviations", "PoliteReaderWords" };

    // Pairs of lists that share words on purpose, with the reason. Any other shared word is an
    // accident: a word defined twice, which the two copies will one day disagree about.
    private static readonly Dictionary<(string, string), string> s_meantOverlaps = new()
    {
        [("NavigationLines", "AdvertWords")] = "'Advertisement', 'Publicité', 'Anzeige', 'Advertentie' alone on a line are an advert's label; in a line saying the article goes on past it they name the advert ('Lees verder onder de advertentie')",
        [("TitleModifiers", "ResumeWords")] = "English 'under' modifies a title ('Under-Secretary'), and places the article's sequel under an advert ('Story continues under the advert')",
        [("ReportingLemmas", "ResumeWords")] = "English 'continue' says a speaker goes on, and a page's line that the article goes on past an advert ('Continue reading below the advert')",
        [("PageObjectWords", "AdvertWords")] = "Spanish and Portuguese 'anuncio', 'anúncio' name a part of the page in a notice about it, and the advert a line says the article goes on past",
        [("RevealVerbs", "ReadingWords")] = "'read', 'lire', 'lesen', 'leer', 'ler', 'lezen' count a reading time's minutes, and show a post's comments before their count ('Read all 96 comments')",
        [("RevealVerbs", "JumpWords")] = "'see', 'voir', 'ver', 'vedi', 'lees' send the reader to the page an article goes on at, and show a post's comments before their count ('Voir les 96 commentaires')",
        [("MenuWords", "RevealVerbs")] = "German 'anzeigen' is a menu's button alone, and shows a post's comments after their count ('Alle 96 Kommentare anzeigen')",
        [("LinkLabels", "RevealVerbs")] = "'ansehen', 'veja', 'bekijk', 'lees' open a link's label, and show a post's comments with their count ('Bekijk alle 96 reacties')",
        [("Stopwords", "PollCountWords")] = "'have', 'ont', 'haben', 'hanno', 'hebben' are function words, and the auxiliary of a poll's count of votes ('Hanno votato 1.214 lettori')",
        [("PollCountWords", "Fillers")] = "English 'have' is a filler word, and the auxiliary of a poll's count of votes ('1,482 readers have voted')",
        [("PollCountWords", "ColonLeadWords")] = "'ont', 'haben', 'han', 'hanno', 'hebben' open a colon's lead, and are the auxiliary of a poll's count of votes ('1 214 lecteurs ont voté')",
        [("NavigationLines", "ReactionCountWords")] = "'Gefällt mir', 'Mi piace' alone on a line are a like button; after a count they count a post's likes ('412 Mi piace')",
        [("NavigationLines", "SubscriberNouns")] = "'abonné', 'abbonati' alone on a line are a paywall's button; in a short question ('Déjà abonné ?') they name the reader who pays",
        [("MenuWords", "SubscriberNouns")] = "'abbonati' in a menu is a button; in a short question ('Sei già abbonato?') it names the reader who pays",
        [("InvertingVerbs", "JumpWords")] = "'continued' inverts after a quote ('\"…\", continued Mr X'); before a page's number it sends the reader to the page an article goes on at",
        [("NavigationLines", "JumpWords")] = "German 'weiter' alone on its line is a pager's link; before a page's noun and number it sends the reader to the page an article goes on at",
        [("WriterVerbs", "JumpWords")] = "Italian 'segue' introduces a writer's text ('Segue la lettera'); before a page's noun and number it sends the reader to the page an article goes on at",
        [("LinkLabels", "JumpWords")] = "Dutch 'Lees' opens a link's label ('Lees meer'); with 'verder' before a page's number it sends the reader to the page an article goes on at",
        [("SectionNames", "PublicationWords")] = "'News', 'Nachrichten' name a section in a header's menu and a paper in its name ('Valley News')",
        [("SectionNames", "LettersLabels")] = "'Letters', 'Leserbriefe' name a section in a header's menu and label a page of readers' letters",
        [("PublicationWords", "PublicationEndings")] = "'krant' and 'Zeitung' name a paper alone ('Dagblad van de Kust') and end its name written as one word ('Havenkrant')",
        [("PublicationEndings", "PrintEditionWords")] = "'krant' ends a paper's one-word name and names the printed edition",
        [("BylinePrefixes", "WireReporterLeads")] = "'Reporting by' opens a byline over the article, and a wire's credit in brackets under it",
        [("BylinePrefixes", "WireCreditLeads")] = "'Additional reporting by' opens a byline's second line, and a wire's credit in brackets under the article",
        [("Months", "ShortMonths")] = "'Mai', 'mei' are May's whole name and the short form a dateline prints among the other months' short forms",
        [("NavigationLines", "Agencies")] = "'Reuters' alone on its line is chrome; after a name and a bar it is the writer's agency",
        [("NavigationLines", "ListAnnouncers")] = "'Suivant' alone on its line is a pager's link; before a colon it announces a list",
        [("TerminatorPrefixes", "AuthorBoxLabels")] = "'About the author' opens the part after the article; alone over a name it is an author box's label",
        [("DeskWords", "DeskHeads")] = "'Agentur', 'persbureau' name a desk wherever they stand in its name, and close one written head last ('Nordpresse Agentur')",
        [("Titles", "RoleNouns")] = "an office before a name ('Minister Maria Lopez') is a role after 'the' ('the minister said')",
        [("BylineRoles", "RoleNouns")] = "'writer', 'correspondent' label a byline's author, and are someone's role in a quote's attribution",
        [("NationalityNouns", "Demonyms")] = "'Russian' is an adjective ('Russian demands') and a noun ('said the Russian')",
        [("LanguageWords", "NotNames")] = "'Alors', 'Here' are function words that tell a language, and open sentences",
        [("LanguageWords", "Prepositions")] = "'chez' is a function word that tells French, and a preposition",
        [("LanguageWords", "RunOnWords")] = "'seit', 'until' are function words that tell a language, and run a headline on into its date",
        [("LanguageWords", "ColonLeadWords")] = "'était', 'hat' are function words that tell a language, and lead a colon",
        [("LanguageWords", "FirstPersonWords")] = "'ik', 'mio' are function words that tell a language, and speak in the first person",
        [("LanguageWords", "ReaderWords")] = "'your', 'você' are function words that tell a language, and speak to the reader",
        [("LanguageWords", "AddressWords")] = "'usted', 'dir' are function words that tell a language, and address someone",
        [("LanguageWords", "PoliteReaderWords")] = "'Ihnen' is a function word that tells German, and addresses the reader politely",
        [("LanguageWords", "QuestionWords")] = "'waarom', 'quem' are function words that tell a language, and open questions",
        [("LanguageWords", "RelativePronouns")] = "'whose' is a function word that tells English, and opens a relative clause",
        [("Stopwords", "NotNames")] = "a sentence-opening 'The' or 'Mais' is no name; NotNames adds adverbs such as 'Meanwhile'",
        [("Stopwords", "Pronouns")] = "'he' and 'elle' are function words as well as references back",
        [("Stopwords", "Indefinites")] = "'a' and 'un' are function words as well as articles",
        [("Stopwords", "Definites")] = "'the' and 'le' are function words as well as articles",
        [("Stopwords", "Prepositions")] = "'of' and 'pour' are function words as well as prepositions",
        [("Stopwords", "NameJoiners")] = "'de' and 'of' are function words, and join names",
        [("Stopwords", "Fillers")] = "'has' and 'aussi' are function words, and stand between a subject and its verb",
        [("Stopwords", "InvertingVerbs")] = "'said' is frequent enough in English prose to count as a function word",
        [("NotNames", "Indefinites")] = "an article opening a sentence is no name",
        [("NotNames", "Definites")] = "an article opening a sentence is no name",
        [("NotNames", "Prepositions")] = "a preposition opening a sentence is no name",
        [("NotNames", "Fillers")] = "'also', 'later' open sentences and stand between a subject and its verb",
        [("NotNames", "NameJoiners")] = "'la', 'le' open sentences and join names ('Charles de la Tour')",
        [("Definites", "NameJoiners")] = "'la', 'le' are articles and join names",
        [("Prepositions", "NameJoiners")] = "'of', 'de' are prepositions and join names",
        [("NavigationLines", "TerminatorPrefixes")] = "a line that is only 'Newsletter' is chrome; one that starts so ends the article",
        [("MenuWords", "HeadlineFormTags")] = "'Video', 'Live' name a menu's section, and tag a headline's page form in capitals before its stop ('VIDÉO. …')",
        [("LinkLabels", "HeadlineFormTags")] = "'Vidéo', 'Watch' alone on their line label a link, and tag a headline's page form in capitals before its stop",
        [("ReportWords", "HeadlineFormTags")] = "'video' names what a report shows, and tags a headline's page form in capitals before its stop",
        [("NavigationLines", "HeadlineFormTags")] = "'En direct' alone on its line is chrome, and tags a headline's page form in capitals before its stop",
        [("HeadlineFormTags", "PageObjectWords")] = "'DIRECTO.' tags a headline's page form, and 'directo' names a live page the reader is told to follow",
        [("NavigationLines", "LinkPrefixes")] = "'Lire aussi' alone is chrome; followed by a headline it is a link line",
        [("NavigationLines", "ReadOnLinks")] = "'Lire la suite' alone is chrome; glued under a headline and its blurb it closes another story's teaser",
        [("LinkLabels", "ReadOnLinks")] = "'Read more' alone announces a link; glued under a headline and its blurb it closes that story's teaser",
        [("Stopwords", "SeparableParticles")] = "a separable verb's particle ('zu', 'aan') is a preposition, a function word, where it does not end a clause",
        [("RunOnWords", "SeparableParticles")] = "'ab', 'vor', 'op' run a headline on into its date, and end a clause as a verb's particle",
        [("Stopwords", "RunOnWords")] = "a function word a headline runs on with into its date ('bis zum', 'jusqu'au') is a function word",
        [("Stopwords", "WorkDetailLabels")] = "'mit', 'con', 'met', 'avec' are function words, and label a film's cast before a colon",
        [("NotNames", "RunOnWords")] = "'Since', 'Depuis' open sentences, and run a headline on into its date",
        [("CoAuthorWords", "WorkDetailLabels")] = "'avec', 'mit', 'met' join co-authors, and label a film's cast before a colon",
        [("NotNames", "WorkDetailLabels")] = "'Avec' opens sentences, and labels a film's cast before a colon",
        [("EmailFieldWords", "WorkDetailLabels")] = "'dirección' names an e-mail field's address, and a film's direction before a colon",
        [("ReadingWords", "WorkDetailLabels")] = "'durée', 'Dauer' name a video's length, and a film's running time in its details",
        [("ReadingWords", "LengthLabels")] = "'duration', 'durée', 'Dauer', 'duración', 'durata', 'duração', 'duur' count a reading time's minutes, and label an episode's length whose clock is no time of publication ('Duur: 23:14')",
        [("WorkDetailLabels", "LengthLabels")] = "'runtime', 'durée', 'Länge', 'Laufzeit', 'duración', 'durata', 'duração', 'speelduur' label a film's running time in its details, and an episode's length whose clock is no time of publication",
        [("RoleNouns", "WorkDetailLabels")] = "'director' is someone's role, and labels a film's director before a colon",
        [("Titles", "WorkDetailLabels")] = "'Director' stands before a name, and labels a film's director before a colon",
        [("Stopwords", "AboutLeads")] = "'about', 'über', 'sobre' are function words, and open a press release's box on its sender",
        [("LinkLabels", "InfoLeads")] = "'Más información' alone announces a link; before a colon and an office's details under the article it opens a practical line",
        [("LinkPrefixes", "ReadOnLinks")] = "'Leia mais' opens a link line; alone under a headline and its blurb it closes that story's teaser",
        [("NavigationLines", "SignUpPhrases")] = "'Déjà abonné' alone is chrome; inside a line it marks a sign-up notice",
        [("NavigationLines", "MenuWords")] = "'Share' alone is an exact chrome line, and a menu word among others",
        [("MenuWords", "ShareVerbs")] = "'Compartir' among a bar's buttons is a menu word; before a function word and a network it is one button on its line",
        [("NavigationLines", "ShareVerbs")] = "'Teilen' alone is an exact chrome line; after a function word and a network it ends one button on its line",
        [("MenuWords", "SendVerbs")] = "'Envoyer' among a bar's buttons is a menu word; before a function word and a network it is one send button on its line",
        [("TerminatorPrefixes", "LinkPrefixes")] = "'Sur le même sujet' ends the article or links to one story",
        [("TerminatorPrefixes", "SignUpPhrases")] = "'Newsletter' opens the page's footer, or marks a sign-up notice in a line",
        [("SignUpPhrases", "ConsentWords")] = "'Cookie' marks a sign-up or cookie notice in a line, and is what a consent wall asks about beside 'we and our partners'",
        [("Stopwords", "ColonLeadWords")] = "'is', 'sa', 'ist' are function words, and make a short colon line a sentence's lead-in",
        [("PoliteReaderWords", "ColonLeadWords")] = "'Ihre' addresses the reader, or is a possessive that makes a colon line a lead-in",
        [("ReaderWords", "ColonLeadWords")] = "'seu', 'sua' address the reader, or are possessives that make a colon line a lead-in",
        [("ColonLeadWords", "Fillers")] = "'was', 'hat' are auxiliaries: fillers between a speaker and a verb, and a colon line's sign of a sentence",
        [("MenuWords", "EmailFieldWords")] = "'email' in a share bar is a button; in a form's label it names the address field",
        [("NavigationLines", "EmailFieldWords")] = "'Email' alone is a share button; in a form's label it names the address field",
        [("EmailFieldWords", "ReportingLemmas")] = "'addressed' reports speech; 'address' in a form's label names the e-mail field",
        [("Stopwords", "CounterJoiners")] = "'of', 'di', 'von' are function words, and join a gallery counter's two numbers ('1 di 6')",
        [("NameJoiners", "CounterJoiners")] = "'von', 'van', 'di' join names ('Anna von Berg'), and a gallery counter's numbers",
        [("NotNames", "CounterJoiners")] = "'sur' opening a sentence is no name, and joins a gallery counter's numbers ('1 sur 6')",
        [("Prepositions", "CounterJoiners")] = "'of' is a preposition, and joins a gallery counter's numbers ('2 of 5')",
        [("RoleNouns", "MatchFactLabels")] = "'referee' is someone's role in a quote's attribution, and labels a match's fact box before its colon",
        [("MenuWords", "SignUpPhrases")] = "'Newsletter' in a share bar, or in a sign-up line",
        [("Stopwords", "CoAuthorWords")] = "'with' and 'avec' are function words, and join a byline's authors",
        [("Prepositions", "CoAuthorWords")] = "'with' is a preposition, and joins a byline's authors",
        [("NotNames", "CoAuthorWords")] = "'With' and 'Avec' opening a sentence are no name; between two names they join authors",
        [("Stopwords", "QuestionWords")] = "'who' and 'qui' are function words, and open questions",
        [("QuestionWords", "NotNames")] = "'when' and 'quand' open a question as they open a clause, and are never a name",
        [("QuestionWords", "RelativePronouns")] = "'who' and 'qui' ask as well as relate",
        [("Stopwords", "Contrasts")] = "'but' and 'mais' are function words, and contrast clauses",
        [("NotNames", "Contrasts")] = "'But' opening a sentence is no name",
        [("Stopwords", "RelativePronouns")] = "'who' and 'qui' are function words, and open relative clauses",
        [("Titles", "Abbreviations")] = "'Mr', 'Dr', 'Mme' are titles, and abbreviations whose full stop ends no sentence",
        [("Titles", "PostNominals")] = "'MP' before a name is a title ('MP Jane Doe'), after it a post-nominal",
        [("Stopwords", "ReaderWords")] = "'you' and 'vous' are function words, and speak to the reader in a sign-up call",
        [("Stopwords", "PoliteReaderWords")] = "'sie' and 'ihre' are function words; capitalised inside a line they speak to the reader",
        [("SignUpPhrases", "ReaderWords")] = "'Suscríbete', 'Iscriviti' are sign-up calls, and tell the reader what to do wherever they stand",
        [("MenuWords", "ReaderWords")] = "'Suscríbete' in a menu is a button; in a line it tells the reader what to do",
        [("NavigationLines", "ReaderWords")] = "'Suscríbete' alone is chrome; in a line it tells the reader what to do",
        [("ReaderWords", "Demonyms")] = "'us' speaks to the reader in a sign-up call; 'US' names a country",
        [("Stopwords", "AddressWords")] = "'you' and 'vous' are function words, and speak to the one an interviewer asks",
        [("ReaderWords", "AddressWords")] = "'vous', 'usted' speak to the reader in a sign-up call, and to the one asked in an interview",
        [("Stopwords", "FirstPersonWords")] = "'nous' and 'we' are function words, and an interview's answer speaks with them",
        [("ReaderWords", "FirstPersonWords")] = "'nous', 'wir' speak for the site in a call, and for the one answering an interview",
        [("LinkLabels", "ReportWords")] = "'Video' alone labels a video; in a short line ending on a colon it names the report introduced",
        [("NavigationLines", "LinkLabels")] = "'À lire' alone is chrome, and a label whose item's title follows",
        [("MenuWords", "LinkLabels")] = "'Vidéo' in a menu is a link, and alone a label whose video's title follows",
        [("Stopwords", "Abbreviations")] = "'No.' (number) is an abbreviation; 'no' is a function word",
        [("Stopwords", "AnswerWords")] = "'no' and 'não' are function words, and alone on a line answer an interview's question",
        [("AnswerWords", "Abbreviations")] = "'No.' (number) is an abbreviation; 'No.' alone on a line answers an interview's question",
        [("NoteCopulas", "Fillers")] = "'is' opens a note on the writer after the name, and pads a speech cue",
        [("Stopwords", "NoteCopulas")] = "'is', 'est' are function words, and open a note on the writer after the name",
        [("ColonLeadWords", "NoteCopulas")] = "'is', 'est' make a colon line a lead-in, and open a note on the writer after the name",

        // Homonyms across page chrome and speakers: the same letters, different words.
        [("MenuWords", "ReportWords")] = "'Video' in a menu is a link; in a line ending on a colon it names the report introduced",
        [("ReportWords", "ReportingLemmas")] = "'report' names a broadcast report; 'reported' reports speech",
        [("MenuWords", "ReportingLemmas")] = "'Tweet' in a share bar; 'tweeted' reports speech",
        [("NavigationLines", "ReportingLemmas")] = "'Tweet' alone is a share button; 'tweeted' reports speech",
        [("NavigationLines", "TitleModifiers")] = "'Home' alone is a menu link; 'Home Secretary' a title",
        [("MenuWords", "TitleModifiers")] = "'Home' in a menu; 'Home Secretary' a title",
        [("CommentCountWords", "ReportingLemmas")] = "'3 comments' counts comments; 'commented' reports speech",
        [("TerminatorPrefixes", "InvertingVerbs")] = "'Comments' opens the page's footer; 'comments X' reports speech",
        [("TitleModifiers", "ReportingLemmas")] = "'Secretary of State' is a title; 'stated' reports speech",
        [("MenuWords", "TerminatorPrefixes")] = "'Newsletter' in a share bar, or opening the page's footer",
        [("ListenerVerbs", "ReportingLemmas")] = "'tell' reports speech; its object is who listened",
        [("NavigationLines", "PrintEditionWords")] = "'Print' alone is a print button; in a print notice it names the edition",
        [("MenuWords", "PrintEditionWords")] = "'Print' in a share bar; in a print notice it names the edition",
        [("BylinePrefixes", "PieceLeads")] = "a piece's lead opens a byline; PieceLeads asks for a capitalised name after it",
        [("PublicationWords", "PrintEditionWords")] = "'krant' names an outlet; in a print notice it names the edition",
        [("ListenerVerbs", "InvertingVerbs")] = "'asked' names its listener after it, or its subject: '\"Why?\" asked Mr X'",
        [("Stopwords", "SectionNames")] = "'Uit' heads a Dutch site's going-out section in its menu; 'uit' is a function word",
        [("SectionNames", "SeparableParticles")] = "'Uit' heads a Dutch site's going-out section in its menu; 'uit' is a verb's particle",
        [("LanguageWords", "SectionNames")] = "'Weer' heads a Dutch site's weather section in its menu; 'weer' (again) is a function word",
        [("NavigationLines", "FeedLabels")] = "'Top stories', 'Portada' alone are chrome; opening a line at the masthead's place they label a feed, never an outlet",
        [("MenuWords", "FeedLabels")] = "'Flux', 'Portada' in a menu are links; opening a line at the masthead's place they label a feed, never an outlet",
        [("FeedLabels", "TerminatorPrefixes")] = "'Top stories' opens the page's footer; at the masthead's place it labels a feed, never an outlet",
        [("Stopwords", "StampBylineWords")] = "'da', 'por' are function words; after a publication stamp's date they name its writer",
        // Session 60, pages: a player's switch shows its state after its label and a colon ("Autoplay: on", "Ton: aus").
        [("Stopwords", "PlayerStates")] = "'on', 'an', 'aus', 'aan', 'uit' are function words, and the state a player's switch shows after its colon",
        [("LanguageWords", "PlayerStates")] = "'off' tells English apart, and is the state a player's switch shows after its colon",
        [("NotNames", "PlayerStates")] = "'on' opens sentences, and is the state a player's switch shows after its colon",
        [("SeparableParticles", "PlayerStates")] = "'an', 'aus', 'aan', 'uit' are verbs' particles, and the state a player's switch shows after its colon",
        [("SectionNames", "PlayerStates")] = "'uit' names a section (going out), and is the state a player's switch shows after its colon",
        // Session 63, pfresh2: every article, to tell a heading that names a thing by its clock time from a dateline.
        [("Stopwords", "NounArticles")] = "'the', 'der', 'una', 'het' are function words, and the articles that open a noun phrase",
        [("Definites", "NounArticles")] = "'the', 'le', 'la' point back to someone named, and are articles that open a noun phrase",
        [("Indefinites", "NounArticles")] = "'a', 'an', 'un', 'une' introduce someone new, and are articles that open a noun phrase",
        [("NotNames", "NounArticles")] = "'The', 'Le', 'Un' open sentences with a capital, and are articles that open a noun phrase",
        [("NameJoiners", "NounArticles")] = "'le', 'la', 'des', 'de' join a name's parts (Le Pen, de Vries), and are articles that open a noun phrase",
        [("SeparableParticles", "NounArticles")] = "German 'ein' is a verb's particle (schalten … ein), and the indefinite article",
        [("PlayerStates", "NounArticles")] = "German 'ein' is the state a player's switch shows after its colon, and the indefinite article",
        [("InterviewHomographs", "NounArticles")] = "Italian 'i' is a plural article, and a letter that also marks an interview's turn",
    };

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var lexicon in Lexicon.All)
        {
            data.Add(lexicon.Language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryList_HoldsEachWordOnce(string language)
    {
        var repeated = new List<string>();
        foreach (var (name, words) in Of(language).Lists())
        {
            var seen = new HashSet<string>(s_caseSensitive.Contains(name) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            repeated.AddRange(words.Where(word => !seen.Add(word)).Select(word => name + ": " + word));
        }

        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void NoWord_IsInTwoListsOfOneLanguage_UnlessMeant(string language)
    {
        var accidents = Accidents(Of(language).Lists().ToArray(), s_meantOverlaps);
        Assert.True(accidents.Count == 0, string.Join("\n", accidents));
    }

    /// <summary>Each word two of <paramref name="lists"/> share, unless the pair is in <paramref name="meant"/>.</summary>
    internal static List<string> Accidents((string Name, string[] Words)[] lists, Dictionary<(string, string), string> meant)
    {
        var accidents = new List<string>();
        for (var i = 0; i < lists.Length; i++)
        {
            for (var j = i + 1; j < lists.Length; j++)
            {
                var (a, b) = (lists[i].Name, lists[j].Name);
                if (meant.ContainsKey((a, b)) || meant.ContainsKey((b, a)))
                {
                    continue;
                }

                var shared = lists[i].Words.Intersect(lists[j].Words, StringComparer.OrdinalIgnoreCase);
                accidents.AddRange(shared.Select(word => a + " & " + b + ": " + word));
            }
        }

        return accidents;
    }

    [Fact]
    public void EveryMeantOverlap_Occurs()
    {
        // A declared overlap that no longer happens would let a future accident through unseen.
        var unused = s_meantOverlaps.Keys.Where(pair => !Lexicon.All.Any(lexicon =>
        {
            var lists = lexicon.Lists().ToDictionary(list => list.Name, list => list.Words);
            return lists[pair.Item1].Intersect(lists[pair.Item2], StringComparer.OrdinalIgnoreCase).Any();
        }));
        Assert.Empty(unused);
    }

    [Fact]
    public void NoList_RepeatsAnotherLanguagesWords_ExceptStopwordsCalendarAndNameParticles()
    {
        // Stopwords are shared on purpose ("de" is French, Spanish, Portuguese and Dutch): the
        // language guess counts them for each. Every other list needs a word in one language only.
        // Month and day names are shared the same way ("april", "marzo", "domingo"): the date
        // reader reads each language's calendar whole, each name with its number. Name particles
        // too ("de" in Marieke de Vries and in Charles de Gaulle): a document read in its own
        // language sees its own lexicon's particles alone. Interview words are read in the page's own
        // language too ("tu" speaks to the one asked in French and in Italian). Abbreviations are
        // read with their case, so English "Mr." and Dutch "mr." are two words. A stamp's word is read only after a dateline
        // prefix of its own language ("por" after "Publicado el …" and after "Publicado em …").
        var repeated = new List<string>();
        var shared = new HashSet<string>(StringComparer.Ordinal) { "Stopwords", "Months", "ShortMonths", "Weekdays", "NameJoiners", "AddressWords", "FirstPersonWords", "StampBylineWords", "NounArticles", "ClockWords" };
        var caseKept = new HashSet<string>(StringComparer.Ordinal) { "Abbreviations" };
        foreach (var list in Lexicon.All[0].Lists().Select(list => list.Name).Where(name => !shared.Contains(name)))
        {
            var seen = new Dictionary<string, string>(caseKept.Contains(list) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            foreach (var lexicon in Lexicon.All)
            {
                foreach (var word in lexicon.Lists().Single(l => l.Name == list).Words)
                {
                    if (seen.TryGetValue(word, out var first))
                    {
                        repeated.Add(list + ": " + word + " (" + first + ", " + lexicon.Language + ")");
                    }
                    else
                    {
                        seen[word] = lexicon.Language;
                    }
                }
            }
        }

        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [Fact]
    public void Stopwords_AreAtMostSixLetters()
    {
        // Every word of every block is looked up: the table turns a longer word away by its
        // length alone, before hashing it, so a long stopword would slow all reading down.
        Assert.True(LexiconTables.Stopwords.MaxLength <= 6, LexiconTables.Stopwords.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LanguageWords_AreAtMostSixLetters_AndNoStopwords()
    {
        // One lookup per word reads both lists (LexiconTables.LanguageWords): a longer word would slow all reading down.
        Assert.True(LexiconTables.LanguageWords.MaxLength <= 6, LexiconTables.LanguageWords.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A language word tells the language, and leaves a text's stopword density as it was.
        Assert.False(LexiconTables.Stopwords.Contains("waarom".AsSpan()));
        Assert.Equal(1 << 6, LexiconTables.LanguageWords.Flags("waarom".AsSpan()));
        Assert.Equal(LexiconTables.StopwordFlag | 1, LexiconTables.LanguageWords.Flags("the".AsSpan()) & (LexiconTables.StopwordFlag | 1));
    }

    [Fact]
    public void Lexicons_HaveDistinctLanguages_EnglishAndFrenchFirst()
        => Assert.Equal(new[] { "en", "fr", "de", "es", "it", "pt", "nl" }, Lexicon.All.Select(lexicon => lexicon.Language));

    [Fact]
    public void ReportingVerbs_HoldEveryInflectedForm_AndTheListedOnes()
    {
        // Read off the English rule and the French list: "reply" gives "replies", "replied";
        // "say" gives "said" (irregular), not "sayed".
        foreach (var form in new[] { "reply", "replies", "replied", "say", "says", "said", "stresses", "dénonce", "dit" })
        {
            Assert.True(SpeechTables.All.ReportingVerbs.Contains(form.AsSpan()), form);
        }

        Assert.False(SpeechTables.All.ReportingVerbs.Contains("sayed".AsSpan()));
    }

    [Fact]
    public void Titles_IncludeTheirModifiers()
    {
        Assert.True(SpeechTables.All.Titles.Contains("Deputy".AsSpan()));
        Assert.True(SpeechTables.All.TitleModifiers.Contains("deputy".AsSpan()));
        Assert.False(SpeechTables.All.TitleModifiers.Contains("Minister".AsSpan()));
    }

    private static Lexicon Of(string language) => Lexicon.All.Single(lexicon => lexicon.Language == language);
}
