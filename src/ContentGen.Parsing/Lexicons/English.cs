using System;
using System.Collections.Generic;
using static ContentGen.Parsing.Lexicons.Lexicon;

namespace ContentGen.Parsing.Lexicons;

/// <summary>English: the BBC corpus, and the English chrome of the pages seeds are cut from.</summary>
internal static class English
{
    // Stryker disable all : word lists are data, guarded by the lexicon tests (docs/testing.md, "Words as data").
    public static Lexicon Lexicon { get; } = new("en")
    {
        Speech = Speech.EnglishSpeech.Words,
        NounArticles = Words("the a an"),
        ClockWords = Words("o'clock hour hours hrs"),
        Stopwords = Words(
            "the of and to in is that for it was on with as he she his her they be at by this are from have has had not but an " +
            "which were been their said would will who what there a i we you our its or if can could do does did so than then " +
            "them these those into about after over more also just only up out all one no"),
        // A standard inventory of function words past the stopwords (pronouns, determiners, prepositions, conjunctions,
        // auxiliaries), none written so in a neighbouring language's: a short text's few sentences tell its language.
        LanguageWords = Words(
            "my him your when where how why while before during within upon should might must shall being each other some " +
            "any such own same both few many much here now off across around among until since though yet nor whose whom"),
        Months = Words("january february march april may june july august september october november december"),
        Weekdays = Words("monday tuesday wednesday thursday friday saturday sunday"),
        DatelinePrefixes = new[] { "published", "first published", "posted", "delivered on", "article published on" },
        UpdatePrefixes = new[] { "updated", "last updated" },
        BroadcastPrefixes = new[] { "broadcast on", "first broadcast", "aired on", "first aired" },
        RelativeDateSuffixes = new[] { " ago" },
        BylinePrefixes = new[] { "by ", "by:", "written by", "reporting by", "source:", "source :", "sources:", "sources :", "with agencies", "with reporting from", "additional reporting by", "from our correspondent", "words by", "words:", "posted by", "story by", "text and photos:", "words and pictures:", "words and pictures by", "words and photos:", "words and photos by", "text and photos by", "a column by", "an opinion column by", "a comment by" },
        BylineRoles = Words("staff writer reporter correspondent editor contributor columnist journalist critic"),
        BylineRolePlurals = Words("reporters correspondents editors contributors columnists journalists"),

        // Agencies and picture libraries sign their photos the same way in every language.
        // An architect's picture of what is to be built is signed as a photo is ("Visualisation: Studio Roe"); Italian signs it "rendering" too.
        CreditWords = Words("photo photos picture pictures image images photograph photographs graphic illustration illustrations visualisation visualisations visualization visualizations rendering renderings"),
        CreditMarks = new[]
        {
            "©", "/ afp", "/afp", "afp)", "afp]", "/ reuters", "reuters)", "/ ap", "ap)", "getty images", "credit:", "(photo", "[photo",
        },
        NavigationLines = new[]
        {
            // Session 69, pages2: a reading view's or a read-later app's controls, printed between middle dots over the saved
            // article (BoilerplateLines.IsDottedControlRow).
            "archive", "favourite", "favorite", "add tag", "add tags", "add a tag",
            // Session 69, pages: a reader-funding appeal's button, an agenda box's link to the whole listing, an aggregator's
            // button that hides the paper's copy, and a share list's mail button: whole lines only.
            "donate", "donate now", "give now", "see all events", "see the full listings", "hide this publisher", "hide this source",
            // Session 68, pages: a web story's prompt under each slide, the viewer's button to the next slide: the slide's
            // text above it goes on under the next count.
            "tap to continue", "tap to read more", "tap to go on",
            "like this", "like loading",
            // A live page's mark on the post it holds at its top ("Pinned" / "What we know so far"): no section's kicker.
            "pinned", "pinned post", "pinned update",
            "skip to content", "skip to main content", "skip to navigation", "skip to search", "skip to main menu", "jump to content",
            "previous", "recommended for you", "latest stories", "latest news", "report an error", "listen to this article",
            "privacy policy", "terms and conditions", "terms of use", "copy link", "load more", "show more", "watch the video",
            "most popular", "read next", "print this page", "cookie settings", "reuters",
            "share", "share this", "share this article", "share this story", "share this page",
            "share on facebook", "share on twitter", "tweet", "email", "e-mail", "print",
            "advertisement", "advertisements", "advert", "sponsored", "sponsored content",
            "read more", "related", "related articles", "related stories", "related topics", "see also",
            "more on this story", "top stories", "most read", "back to top", "top of page",
            "menu", "main menu", "search", "home", "close", "sign in", "log in", "subscribe", "newsletter",
            "follow us", "print friendly, pdf & email", "previous article", "next article", "accept all", "reject all", "follow us on social media", "view product",
            "further reading", "find out more",
            "story continues below advertisement", "story continues below", "article continues below", "continue reading below", "support us", "listen to this story", "listen to article",
            "click to share", "click to email", "click to print", "share this post", "share this update", "bookmark", "save", "save article", "save for later"
        },
        // "Share via Email", and Dutch and German bars' "Delen via", "Teilen via": the table is read for every language.
        MenuJoiners = Words("via"),
        PaywallLabels = new[] { "subscribers only", "for subscribers only", "subscriber exclusive" },
        PageObjectWords = Words("content feed livestream offline"),
        AdvertWords = Words("advertisement advertisements advert adverts ad ads advertising"),
        ResumeWords = Words("story article below beneath under continue"),
        SubscriberNouns = Words("subscriber subscribers"),
        ShareVerbs = Words("share"),
        MenuWords = Words(
            "share tweet facebook twitter linkedin whatsapp email e-mail mail print instagram youtube rss envelope pinterest reddit " +
            "telegram messenger flipboard copy link menu search close home newsletter newsletters podcast podcasts video videos " +
            "live alternate login logo ok x"),
        // "video", "audio", "podcast" label the same items in every language; listed once.
        ReportWords = Words("report video footage clip"),
        LinkLabels = new[] { "photo gallery", "image gallery", "video", "watch", "audio", "podcast", "gallery", "in pictures", "read more", "listen", "listen to this", "related coverage", "more coverage", "related" },
        LinkPrefixes = new[]
        {
            "related story:",
            "read more:", "read more »", "see also:", "related:", "also read", "read also", ">>", "→ ", "previous article:", "next article:",
            "more news",
        },
        SignUpPhrases = new[] { "cookie", "newsletter", "sign up", "subscribe to", "javascript", "support our journalism", "donate now", "make a donation", "become a member", "in your inbox", "download our app", "download the app", "on your smartphone", "follow us on", "get the best of", "special offer" },
        CopyrightPrefixes = new[] { "copyright", "(c) " },
        AppealPhrases = new[] { "your paper needs you", "your newspaper needs you", "your local paper needs you", "this article is for subscribers", "this article is reserved for subscribers", "journalism costs money", "supporting us by subscribing", "support us by subscribing", "by subscribing today", "contact us to subscribe", "story for us", "a story to share", "tip us off", "send us your story", "unsubscribe at any time", "you agree to receive", "consider making a contribution", "free articles left", "if you value our", "support independent journalism", "support local journalism", "this article was written by", "this article was first published", "this article was originally published", "free to read because readers", "send us your letter", "send us your photos", "do you have a tip", "we pay for stories", "letters may be edited", "letters should be no longer than", "help us keep", "help us to keep", "help us continue", "if you value what we do", "support local news", "tip for the newsroom", "tip for our newsroom", "a question about this article", "questions about this article" },
        RightsPhrases = new[] { "all rights reserved" },
        CompanyForms = new[] { "ltd", "limited", "plc", "inc", "llc", "llp", "co" },
        FeedLabels = new[] { "front page", "top stories", "latest", "newsflash", "news flash", "flash", "news feed", "headlines", "breaking news", "just in" },
        AddressWords = Words("you your yours yourself yourselves"),
        FirstPersonWords = Words("i me my we our"),
        QuestionWords = Words("what why how who when where which whose"),
        TerminatorPrefixes = new[]
        {
            "notes to editors", "note to editors", "notes for editors",
            "comments", "comment on this", "have your say", "leave a comment", "leave a reply", "add a comment", "newsletter",
            "related stories", "related articles", "more on this story", "more from", "you may also like", "recommended",
            "most read", "top stories", "share this article", "tags :", "tags:", "sponsored content", "about the author", "your comments", "view comments", "see comments", "read comments", "on the same topic",
            "more articles on", "discover more articles",
        },
        CommentCountWords = Words("comment repl"),
        ReactionCountWords = new[] { "likes", "reposts", "retweets", "quotes", "shares", "reactions" },
        // Session 69, pages: a readers' poll's label before its question, and the words of its count of votes (PollLines).
        PollLabels = new[] { "poll", "readers' poll", "readers’ poll" },
        PollCountWords = new[] { "readers", "have" },
        PollVoteWords = new[] { "votes", "vote", "voted" },
        RevealVerbs = new[] { "view", "show", "see", "load", "read" },
        ReadingTimePhrases = new[] { "min read", "minute read", "minutes read", "reading time" },
        SummaryOpeners = new[] { "key points", "what you need to know", "in brief", "at a glance", "the essentials" },
        SectionNames = new[] { "news", "local news", "world", "sport", "football", "business", "money", "opinion", "politics", "science", "technology", "tech", "entertainment", "arts", "culture", "lifestyle", "travel", "weather", "what's on", "property", "jobs", "motoring", "obituaries", "puzzles", "letters", "features", "environment", "crime", "farming", "food", "books", "music", "events", "community", "contact", "e-edition", "classifieds", "notices" },
        ReadingWords = Words("read reading duration"),
        EmailFieldWords = Words("email e-mail mail address"),
        ReaderWords = Words("you your yours we our ours us"),
        MinuteWords = Words("min mins minute minutes"),
        // "Duration: 23:14 · 2 December 2026": a podcast's or a video's length before its day, no time of publication.
        LengthLabels = Words("length duration runtime"),
        NoticePhrases = new[] { "disclaimer", "translat", "does not reflect", "do not reflect", "views expressed", "for information only", "prevails", "visitor", "statistical data", "personal data" },
        // An echo names papers in every language ("the Northern Echo"): read as a publication's word, so that an outlet's name
        // that credits a pasted article ("…, 17 février 2026, par …") reads as one.
        PublicationWords = Words(
            "times news post herald online daily gazette journal tribune courier chronicle telegraph guardian observer " +
            "mirror standard review weekly magazine press radio television tv echo"),

        Pronouns = Words("he she they"),
        Titles = Words(
            "mr mrs ms miss mx dr prof professor sir dame lord lady president minister secretary general chancellor senator sen rep " +
            "representative governor mayor chairman chairwoman chair chief executive director spokesman spokeswoman " +
            "spokesperson councillor councilor mp msp mep ambassador commissioner head leader king queen prince princess pope " +
            "judge justice captain coach manager officer inspector sergeant colonel lieutenant admiral cardinal rev reverend " +
            "rabbi imam undersecretary envoy negotiator magistrate constable superintendent substitute sgt insp supt " +
            // Offices of councils, schools and churches: "Treasurer Jane Miles", "Headteacher Ann Roe".
            "treasurer headteacher headmaster headmistress principal registrar vicar pastor chaplain " +
            // A detective chief inspector's rank as police copy abbreviates it before the surname: "DCI Lowe". ("DC" and
            // "DS" are a place's or a firm's letters too, see PoliceRankAbbreviationTests.)
            "dci " +
            // An army's ranks as British copy writes them short before a name, after spelling them out once: "Lieutenant
            // Colonel Ann Rees" then "Lt Col Rees", "Capt Rees", "Maj Rees", "Cpl Rees" (session 65). Not "Gen" or "Brig",
            // which open other words' short forms ("Gen Z", "Brig o' Turk").
            "lt col capt maj cpl " +
            // A councillor's title as British local copy writes it short before the name and again before the surname,
            // "Cllr Ann Roe" then "Cllr Roe" (session 67): a title as "councillor" is, never the name's first word. The
            // other languages print a council member's title in full ("concejala", "Stadträtin", "wethouder", listed).
            "cllr"),
        TitleModifiers = Words(
            "vice prime deputy foreign state defence defense interior home finance economy trade health education affairs under assistant detective"),
        PostNominals = Words("MP MSP MEP AM QC KC"),
        RoleNouns = Words(
            "negotiator minister president spokesman spokeswoman spokesperson official diplomat leader chief chairman chairwoman " +
            "director secretary senator ambassador envoy governor mayor premier chancellor coach manager boss player star singer " +
            "actor actress economist analyst lawyer judge prosecutor guitarist drummer bassist singer-songwriter striker " +
            "midfielder defender goalkeeper winger captain skipper executive founder owner chef expert researcher professor " +
            "scientist campaigner activist councillor councilor doctor surgeon veteran legend athlete presenter novelist " +
            "comedian rapper frontman journalist correspondent writer buyer producer composer designer photographer artist musician sprinter " +
            "jockey boxer golfer cyclist swimmer runner hurdler rower skier batsman bowler fly-half scrum-half full-back referee umpire wing prop flanker hooker keeper agent " +
            "songwriter publicist solicitor barrister backbencher magistrate counsel controller " +
            // "the board of Trustees": the people a board gathers, no body of its own.
            "trustee"),
        NationalityNouns = Words(
            "briton american australian frenchman frenchwoman spaniard scot welshman irishman englishman argentine russian swiss " +
            "swede dane german italian belgian dutchman serb croat"),
        Demonyms = Words(
            "russian american british french german chinese japanese ukrainian italian spanish european israeli palestinian " +
            "iranian iraqi syrian afghan indian pakistani korean african australian canadian mexican brazilian turkish polish " +
            "dutch swiss swedish irish scottish welsh english greek egyptian saudi arab western eastern northern southern us uk " +
            "eu un nato"),
        Indefinites = Words("a an one another"),
        Definites = Words("the"),
        Prepositions = Words("for of at from with"),
        NotNames = Words(
            "the a an this that these those however but and or so yet then also meanwhile still earlier later yesterday today " +
            "tonight now here there when while after before since although though if as because in on at by from with without " +
            "despite during instead indeed finally last next some many most several other every each both few such " +
            // Adverbs that open a sentence before its subject ("Again Rook broke first"): read as a first name, they made a
            // second person of the surname, and the surname alone then named no one. Not "even" or "soon", which are given names too.
            "again perhaps once eventually suddenly afterwards elsewhere otherwise nevertheless nonetheless moreover " +
            "furthermore thus hence"),

        // Arabic particles ("bin", "ibn", "al") as English and French news write them.
        NameJoiners = Words("of bin ibn al"),
        CoAuthorWords = Words("with"),
        Agencies = new[] { "reuters", "associated press", "bloomberg" },
        AuthorBoxLabels = new[] { "about the author", "the author", "the team", "our team", "about the writer", "about the reporter" },
        AuthorLinks = new[] { "follow ", "all articles by", "see all articles", "view all articles", "more articles by", "view profile", "author profile" },
        PieceLeads = new[] { "a column by", "an opinion column by", "a comment by" },
        CorrectionLabels = new[] { "correction:", "correction :", "corrections:", "clarification:" },
        AmendmentOpeners = new[] { "this article was amended on", "this article has been amended to", "this article was corrected", "this article has been corrected", "this story was amended on", "this story was corrected", "this story has been corrected", "this story has been refiled", "this story has been updated to" },
        WriterVerbs = Words("covers reports heads edits"),
        EarlierVersionPhrases = new[] { "an earlier version", "a previous version", "an earlier edition" },
        OwnViewsPhrases = new[] { "views expressed are his own", "views expressed are her own", "views expressed are their own", "are the author's own", "are the writer's own", "views expressed are the author", "the views of their authors", "the views of the author", "the views of the writer", "the opinions of their authors", "the views of the newspaper", "the views of the newsroom", "the position of the newspaper" },
        NoteSubjects = new[] { "the views", "the opinions", "opinions expressed" },
        ThisPiecePhrases = new[] { "this article", "this story", "this column", "this piece", "this report" },
        AuthorsBoxLabels = new[] { "the authors", "about the authors" },
        PrintNotices = new[] { "this article appeared", "this article first appeared", "this article also appeared", "this interview appeared", "this story appeared", "a version of this article appeared", "a version of this story appeared" },
        PrintEditionWords = Words("print edition issue"),
        CreditRoles = Words("editing writing research production graphics photography translation"),
        WireReporterLeads = new[] { "reporting by", "writing by", "written by", "reported by", "reporting and writing by" },
        WireCreditLeads = new[] { "additional reporting by", "editing by", "edited by", "compiled by", "graphics by", "production by", "translation by" },
        StandardsLabels = new[] { "our standards:", "our standards :" },
        ConsentPhrases = new[] { "we and our partners" },
        ConsentWords = Words("cookie cookies data"),
        ColonLeadWords = Words("is are was were be been his her their its"),
        WhatOpeners = new[] { "what " },
        NoteCopulas = Words("is are"),
        BirthWords = Words("born"),
        DeathWords = Words("died"),
        MatchFactLabels = new[] { "scorers", "goalscorers", "attendance", "referee", "sent off" },
        InterviewLabels = new[] { "interview", "the interview", "q&a" },
        InterviewCredits = new[] { "interview by", "interviewed by" },
        // "no" answers in Spanish, Italian and other languages too; the tables are one union, so it is listed once.
        AnswerWords = Words("yes no"),
        CounterJoiners = new[] { "of" },
        RatingLabels = new[] { "rating", "our rating", "star rating", "verdict" },
        StarWords = new[] { "stars" },
        LettersLabels = new[] { "letters", "letters to the editor", "your letters", "readers' letters" },
        WithheldNames = new[] { "name and address supplied", "name and address withheld", "name withheld", "name supplied" },
        ReadOnLinks = new[] { "read more", "continue reading", "read the full story", "read the full article" },
        InfoLeads = new[] { "for more information", "more information", "further information", "information" },
        ReleaseNotices = new[] { "the following is a press release", "the text below is a press release", "the content below is a press release" },
        ReleaseStamps = new[] { "for immediate release", "for release immediately", "immediate release", "for immediate publication" },
        ReleaseLabels = new[] { "press release", "news release", "media release", "press statement" },
        JumpWords = Words("continued continues continuing cont see turn"),
        PageWords = Words("page p pg"),
        AboutLeads = new[] { "about" },
        PressContactLabels = new[] { "press contact", "press contacts", "media contact", "media enquiries", "for media enquiries" },
        EnergyUnits = new[] { "kcal", "kj", "calories" },
        WorkDetailLabels = new[] { "director", "directors", "starring", "cast", "running time", "runtime", "certificate", "publisher", "pages", "isbn", "genre" },
        RunOnWords = new[] { "since", "until", "till", "before" },
        ListAnnouncers = Words("following"),
        DeskWords = Words("agency newsroom office"),
        DeskHeads = Words("agency"),
        ListenerVerbs = Words("told tell tells telling asked informed"),
        Fillers = Words("has have had was is also later then further previously once again repeatedly recently earlier would will already initially subsequently afterwards yesterday"),
        InvertingVerbs = Words(
            "said says added adds explained explains insisted insists declared declares wrote writes continued continues " +
            "stressed stresses noted notes replied replies recalled recalls argued argues admitted admits concluded concludes " +
            "commented comments observed observes remarked remarks claimed claims confessed suggested asked asks"),

        // The past of verbs whose base and third person are common nouns too ("an appeal", "counters",
        // "regrets"): those report only beside the quote (EnglishSpeech), the past wherever a verb does
        // ("The party leader countered that …").
        ReportingVerbs = Words("appealed challenged countered recounted regretted elaborated"),

        // The union of textacy's reporting verbs and the Gender Gap Tracker's quote verbs.
        ReportingLemmas = Words(
            "accept accuse acknowledge add address admit advise agree allege announce answer argue ask assert assure confide " +
            "condemn denounce hail believe blame boast call caution charge cite claim comment complain concede conclude confess " +
            "confirm contend continue criticise criticize cry declare decline demand deny describe disagree disclose dismiss " +
            "emphasise emphasize estimate exclaim explain express fear feel forecast guess highlight hint hope indicate inform " +
            "insist instruct joke lament maintain mention muse note notice object observe order plead point praise predict " +
            "pledge proclaim promise propose protest question quip reason recall reckon recommend reflect refuse reiterate reject remark " +
            "remember remind repeat reply report respond reveal rule say scream shout sigh signal speak state stress suggest swear " +
            "tell testify thank think threaten tweet underline urge vow warn welcome whisper wonder worry write yell " +
            // The wider inventory of a news desk: retorts, manners of speaking, pleas and sums.
            "affirm retort beg grumble speculate clarify " +
            // Saying again, stressing, agreeing, breaking in, giving a view and guessing.
            "reaffirm restate underscore concur interject opine surmise rebut " +
            // Describing and recounting ("describe" above; "recounted" among the reporting verbs, "a recount" being a noun).
            "narrate"),
        Inflect = Inflect,
        Contrasts = Words("but"),
        RelativePronouns = Words("who whose which"),
        Abbreviations = Words("Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col Sgt Capt Jr Sr No vs"),
        // Session 53, pages: a send button's verb, a "learn more" link's lead, a media player's state line.
        SendVerbs = new[] { "send" },
        LearnMorePrefixes = new[] { "find out more:", "learn more:" },
        PlayerLines = new[] { "now playing", "loading video", "loading player", "loading", "transcript", "show transcript", "read transcript", "read the transcript" },
        EmbedLabels = new[] { "view on x", "view on twitter", "view this post on instagram", "view on instagram", "view on facebook", "view on threads", "view on tiktok", "watch on tiktok" },
        EmbedCredits = new[] { "a post shared by" },
        VoiceAssistantPrompts = new[] { "ask your smart speaker", "ask your voice assistant", "just ask alexa", "ask alexa", "ask google", "say \"alexa", "say “alexa", "\"alexa, play", "“alexa, play", "\"hey google, play", "“hey google, play" },
        TranscriptNotices = new[] { "this transcript", "this episode's transcript" },
        MachineMadeWords = new[] { "automatic", "speech recognition", "machine-generated" },
        TextFlawWords = new[] { "mistake", "inaccurac" },
        SignUpConsentPhrases = new[] { "we use your sign-up", "by signing up, you agree", "by signing up you agree" },
        // Session 54, pages: a tag for the page's form before its headline, "VIDÉO. …" (words shared by several languages listed once).
        HeadlineFormTags = new[] { "video", "watch", "live", "listen", "audio", "exclusive", "breaking" },
        // Session 54, metadata: a byline calling the page an article; the words of a venue's or a street's name.
        ArticleCredits = new[] { "an article by" },
        HostCredits = new[] { "hosted by" },
        SponsorLeads = new[] { "sponsored by", "in partnership with", "produced in partnership with", "in association with", "brought to you by", "paid for by" },
        DevelopingNotices = new[] { "more to follow", "more follows", "more soon", "more details to follow", "further details to follow", "more details soon", "updates to follow", "more updates to follow", "this story is developing", "this is a developing story", "developing story", "this story will be updated", "this article will be updated", "this story is being updated", "this article is being updated", "this is a breaking news story and will be updated", "this page will be updated" },
        // Session 70, pfresh: the line under the last paragraph that says the article ends (ArticleEndMarks).
        ArticleEndMarks = new[] { "end of article", "end of the article", "end of story", "end of the story" },
        VenueWords = Words("road street avenue lane park stadium arena square hall bridge ground gardens"),
        // Session 55, metadata: the agencies a story drew on, named in the plural after a writer's slash ("/ Agencias").
        WireDeskPlurals = Words("agencies wires"),
        // Session 60, pages: a media player's buttons alone on their line, and the states a switch among them shows.
        // Session 70, pfresh: a print replica's viewer zooms its page; "Zoom +" and "Zoom -" are listed once, in English.
        PlayerControls = new[] { "mute", "unmute", "mute sound", "unmute sound", "sound on", "sound off", "turn sound on", "turn sound off", "full screen", "fullscreen", "enter full screen", "exit full screen", "subtitles", "closed captions", "play video", "pause video", "playback speed", "autoplay", "picture in picture", "zoom in", "zoom out", "zoom +", "zoom -", "zoom −" },
        PlayerStates = Words("on off"),
        // Session 61, pages: a reading view's display settings, alone or before their value in a bar of controls.
        ReadingSettings = new[] { "dark mode", "light mode", "night mode", "reading mode", "text size", "font size", "font", "typeface", "line spacing", "line height" },
        // Session 61, pages3: the controls that unfold a folded section of the page (or fold it back), whole lines only.
        RevealControls = new[] { "see more", "view more", "show all", "see all", "view all", "show full text", "show full article", "expand", "expand all", "expand article", "show less", "see less" },
        // Session 60, metadata: a byline calling the piece a report and naming who made it.
        ReportCredits = new[] { "a report by" },
        // Session 60, metadata: a notice that the article was first published elsewhere, before that outlet's name.
        // Session 67, pages: the notice's "by" form names the publisher the copy credits ("originally published by …").
        FirstPublishedLeads = new[] { "this article first appeared in", "this article was first published in", "this article was originally published in", "this story first appeared in", "this story was first published in", "this story was originally published in", "republished with permission from", "republished with permission of", "reproduced with permission from", "reproduced with permission of", "this article was first published by", "this article was originally published by", "this story was first published by", "this story was originally published by", "this article originally appeared on", "this article originally appeared in", "this story originally appeared on", "this story originally appeared in", "this article first appeared on", "this story first appeared on" },
        // Session 67, pages: an aggregator's line crediting the outlet it carries, before that outlet's name.
        ProviderLeads = new[] { "provided by", "content provided by", "forwarded from", "saved from" },
        ChatExportHeaders = new[] { "chat history of", "chat history with", "chat history for" },
        // Session 60, pages: the label of a long story's table of contents, over its chapters' numbered titles.
    };

    // Past forms that do not follow the rule, by lemma.
    private static readonly Dictionary<string, string[]> s_irregular = new(StringComparer.Ordinal)
    {
        ["say"] = new[] { "said" },
        ["tell"] = new[] { "told" },
        ["think"] = new[] { "thought" },
        ["feel"] = new[] { "felt" },
        ["speak"] = new[] { "spoke" },
        ["swear"] = new[] { "swore" },
        ["write"] = new[] { "wrote", "written" },
        ["admit"] = new[] { "admitted" },
        ["plead"] = new[] { "pleaded", "pled" },
        ["forecast"] = new[] { "forecast" },
        ["cry"] = new[] { "cried", "cries" },
        ["reply"] = new[] { "replied", "replies" },
        ["quip"] = new[] { "quipped" },
        ["brag"] = new[] { "bragged" },
        ["beg"] = new[] { "begged" },
        ["regret"] = new[] { "regretted" },
        ["sum"] = new[] { "summed" },
        ["concur"] = new[] { "concurred" },
        ["rebut"] = new[] { "rebutted" },
    };

    // Stryker restore all
    // The lemma, its third person and its past: "say, says, said"; "reply, replies, replied".
    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        yield return ThirdPerson(lemma);
        if (s_irregular.TryGetValue(lemma, out var irregular))
        {
            foreach (var form in irregular)
            {
                yield return form;
            }
        }
        else
        {
            yield return Past(lemma);
        }
    }

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("x", StringComparison.Ordinal))
        {
            return lemma + "es";
        }

        return EndsWithConsonantY(lemma) ? lemma.Substring(0, lemma.Length - 1) + "ies" : lemma + "s";
    }

    private static string Past(string lemma)
    {
        if (lemma.EndsWith("e", StringComparison.Ordinal))
        {
            return lemma + "d";
        }

        return EndsWithConsonantY(lemma) ? lemma.Substring(0, lemma.Length - 1) + "ied" : lemma + "ed";
    }

    private static bool EndsWithConsonantY(string word)
        => word.Length > 1 && word[word.Length - 1] == 'y' && "aeiou".IndexOf(word[word.Length - 2]) < 0;
}
