using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Lexicons;

/// <summary>
/// The lists of every lexicon, merged into one table per question and built once: a rule asks
/// whether a word is, say, a title in any language, in one allocation-free lookup. Which
/// lexicon a word came from matters only for stopwords, whose flags say its languages.
/// </summary>
internal static class LexiconTables
{
    /// <summary>Stopwords of every language; each word's flags have bit <c>i</c> set for <c>Lexicon.All[i]</c>.</summary>
    public static readonly WordTable Stopwords = ByLanguage(lexicon => lexicon.Stopwords);

    /// <summary>The flag of <see cref="LanguageWords"/> set on a word that is a stopword of some language.</summary>
    public const int StopwordFlag = 1 << 30;

    /// <summary>The flags of <see cref="LanguageWords"/> that name languages: bit <c>i</c> for <c>Lexicon.All[i]</c>.</summary>
    public const int LanguageFlags = StopwordFlag - 1;

    /// <summary>
    /// Stopwords and language words of every language in one table, so that one lookup per word counts both a block's
    /// stopwords (<see cref="StopwordFlag"/>) and its hits for each language (<see cref="LanguageFlags"/>).
    /// </summary>
    public static readonly WordTable LanguageWords = StopwordsAndLanguageWords();

    /// <summary>Separable verbs' particles; each word's flags say its languages, as a stopword's do.</summary>
    public static readonly WordTable SeparableParticles = ByLanguage(lexicon => lexicon.SeparableParticles);

    public static readonly WordTable Months = Union(lexicon => lexicon.Months, lexicon => lexicon.MonthVariantNames());

    /// <summary>Month and day names: a date, never a speaker.</summary>
    public static readonly WordTable Calendar = Union(lexicon => lexicon.Months, lexicon => lexicon.MonthVariantNames(), lexicon => lexicon.Weekdays);

    /// <summary>Day names alone: a time between a verb and its subject, or after a name, never part of it.</summary>
    public static readonly WordTable Weekdays = Union(lexicon => lexicon.Weekdays);

    /// <summary>Every language's articles (<see cref="Lexicon.NounArticles"/>).</summary>
    public static readonly WordTable NounArticles = Union(lexicon => lexicon.NounArticles);

    /// <summary>Every language's words for the hour beside a clock time (<see cref="Lexicon.ClockWords"/>).</summary>
    public static readonly WordTable ClockWords = Union(lexicon => lexicon.ClockWords);

    /// <summary>Every language's <see cref="Lexicon.WeekdayParts"/>, to cut a compound day ("Montagabend") at its part.</summary>
    public static readonly string[] WeekdayParts = Collect(lexicon => lexicon.WeekdayParts);

    public static readonly WordTable DatelinePrefixes = Union(lexicon => lexicon.DatelinePrefixes, lexicon => lexicon.UpdatePrefixes);
    public static readonly WordTable UpdatePrefixes = Union(lexicon => lexicon.UpdatePrefixes);

    /// <summary>Every language's <see cref="Lexicon.BroadcastPrefixes"/>: a stamp only where the line gives a number.</summary>
    public static readonly WordTable BroadcastPrefixes = Union(lexicon => lexicon.BroadcastPrefixes);
    public static readonly WordTable RelativeDatePrefixes = Union(lexicon => lexicon.RelativeDatePrefixes);
    public static readonly WordTable RelativeDateSuffixes = Union(lexicon => lexicon.RelativeDateSuffixes);
    public static readonly WordTable BylinePrefixes = Union(lexicon => lexicon.BylinePrefixes, lexicon => lexicon.InterviewCredits, lexicon => lexicon.ArticleCredits,
        lexicon => lexicon.HostCredits, lexicon => lexicon.ReportCredits);
    public static readonly WordTable VenueWords = Union(lexicon => lexicon.VenueWords);
    public static readonly WordTable BylineRoles = Union(lexicon => lexicon.BylineRoles);
    public static readonly WordTable NewsroomHeads = Union(lexicon => lexicon.NewsroomHeads);
    public static readonly WordTable BylineRolePlurals = Union(lexicon => lexicon.BylineRolePlurals);
    public static readonly WordTable CreditMarks = Union(lexicon => lexicon.CreditMarks);
    public static readonly WordTable CreditWords = Union(lexicon => lexicon.CreditWords);
    public static readonly WordTable NavigationLines = Union(lexicon => lexicon.NavigationLines);

    /// <summary>A media player's state lines (<see cref="Lexicon.PlayerLines"/>): whole lines only, never a line's opening words.</summary>
    public static readonly WordTable PlayerLines = Union(lexicon => lexicon.PlayerLines, lexicon => lexicon.PlayerControls);

    /// <summary>A media player's buttons alone (<see cref="Lexicon.PlayerControls"/>), never a headline.</summary>
    public static readonly WordTable PlayerControls = Union(lexicon => lexicon.PlayerControls);

    /// <summary>The states a player's switch shows after its label (<see cref="Lexicon.PlayerStates"/>).</summary>
    public static readonly WordTable PlayerStates = Union(lexicon => lexicon.PlayerStates);

    /// <summary>A reading view's display settings (<see cref="Lexicon.ReadingSettings"/>), read as a bar's parts only.</summary>
    public static readonly WordTable ReadingSettings = Union(lexicon => lexicon.ReadingSettings);

    /// <summary>A control that unfolds more of the page (<see cref="Lexicon.RevealControls"/>), read as a whole line only.</summary>
    public static readonly WordTable RevealControls = Union(lexicon => lexicon.RevealControls);
    public static readonly WordTable VoiceAssistantPrompts = Union(lexicon => lexicon.VoiceAssistantPrompts);
    public static readonly WordTable EmbedLabels = Union(lexicon => lexicon.EmbedLabels);
    public static readonly WordTable EmbedCredits = Union(lexicon => lexicon.EmbedCredits);
    public static readonly WordTable TranscriptNotices = Union(lexicon => lexicon.TranscriptNotices);
    public static readonly WordTable MachineMadeWords = Union(lexicon => lexicon.MachineMadeWords);
    public static readonly WordTable TextFlawWords = Union(lexicon => lexicon.TextFlawWords);
    public static readonly WordTable MenuWords = Union(lexicon => lexicon.MenuWords);
    public static readonly WordTable LinkPrefixes = Union(lexicon => lexicon.LinkPrefixes, lexicon => lexicon.LearnMorePrefixes);
    public static readonly WordTable LinkLabels = Union(lexicon => lexicon.LinkLabels);

    /// <summary>A button's or a link's whole label: a navigation line (<see cref="NavigationLines"/>) or a link's label (<see cref="LinkLabels"/>).</summary>
    public static readonly WordTable ButtonLabels = Union(lexicon => lexicon.NavigationLines, lexicon => lexicon.LinkLabels);
    public static readonly WordTable ReportWords = Union(lexicon => lexicon.ReportWords);
    public static readonly WordTable SignUpPhrases = Union(lexicon => lexicon.SignUpPhrases, lexicon => lexicon.SignUpConsentPhrases);
    public static readonly WordTable AppealPhrases = Union(lexicon => lexicon.AppealPhrases);
    public static readonly WordTable CopyrightPrefixes = Union(lexicon => lexicon.CopyrightPrefixes);
    public static readonly WordTable RightsPhrases = Union(lexicon => lexicon.RightsPhrases);
    public static readonly WordTable CompanyForms = Union(lexicon => lexicon.CompanyForms);
    public static readonly WordTable FeedLabels = Union(lexicon => lexicon.FeedLabels);
    public static readonly WordTable TerminatorPrefixes = Union(lexicon => lexicon.TerminatorPrefixes);
    public static readonly WordTable QuestionWords = Union(lexicon => lexicon.QuestionWords);
    public static readonly WordTable QuestionPhrases = Union(lexicon => lexicon.QuestionPhrases);
    public static readonly WordTable CommentCountWords = Union(lexicon => lexicon.CommentCountWords);
    public static readonly WordTable ReactionCountWords = Union(lexicon => lexicon.ReactionCountWords);
    public static readonly WordTable PollLabels = Union(lexicon => lexicon.PollLabels);
    public static readonly WordTable PollCountWords = Union(lexicon => lexicon.PollCountWords);
    public static readonly WordTable PollVoteWords = Union(lexicon => lexicon.PollVoteWords);
    public static readonly WordTable RevealVerbs = Union(lexicon => lexicon.RevealVerbs);
    public static readonly WordTable ReadingTimePhrases = Union(lexicon => lexicon.ReadingTimePhrases);
    public static readonly WordTable ReadingWords = Union(lexicon => lexicon.ReadingWords);
    public static readonly WordTable MinuteWords = Union(lexicon => lexicon.MinuteWords);

    /// <summary>Every language's <see cref="Lexicon.LengthLabels"/>: a clock after one is a length, no time of day.</summary>
    public static readonly WordTable LengthLabels = Union(lexicon => lexicon.LengthLabels);
    public static readonly WordTable EmailFieldWords = Union(lexicon => lexicon.EmailFieldWords);
    public static readonly WordTable SummaryOpeners = Union(lexicon => lexicon.SummaryOpeners);
    public static readonly WordTable SectionNames = Union(lexicon => lexicon.SectionNames);
    /// <summary>Words that speak to the reader; each word's flags say its language ("nos" is French "our", Portuguese "in the").</summary>
    public static readonly WordTable ReaderWords = ByLanguage(lexicon => lexicon.ReaderWords);
    public static readonly WordTable PoliteReaderWords = Union(ignoreCase: false, lexicon => lexicon.PoliteReaderWords);
    public static readonly WordTable NoticePhrases = Union(lexicon => lexicon.NoticePhrases);
    public static readonly WordTable PublicationWords = Union(lexicon => lexicon.PublicationWords);
    public static readonly WordTable PublicationEndings = Union(lexicon => lexicon.PublicationEndings);
    public static readonly WordTable ElidedNameParticles = Union(lexicon => lexicon.ElidedNameParticles);
    public static readonly WordTable CoAuthorWords = Union(lexicon => lexicon.CoAuthorWords);
    public static readonly WordTable Agencies = Union(lexicon => lexicon.Agencies);
    public static readonly WordTable AuthorBoxLabels = Union(lexicon => lexicon.AuthorBoxLabels);
    public static readonly WordTable AuthorsBoxLabels = Union(lexicon => lexicon.AuthorsBoxLabels);
    public static readonly WordTable AuthorLinks = Union(lexicon => lexicon.AuthorLinks);
    // A host's credit is a byline only with a name after it, as a piece's lead is.
    public static readonly WordTable PieceLeads = Union(lexicon => lexicon.PieceLeads, lexicon => lexicon.HostCredits);
    public static readonly WordTable HostCredits = Union(lexicon => lexicon.HostCredits);
    public static readonly WordTable CorrectionLabels = Union(lexicon => lexicon.CorrectionLabels);
    public static readonly WordTable AmendmentOpeners = Union(lexicon => lexicon.AmendmentOpeners);
    public static readonly WordTable WriterVerbs = Union(lexicon => lexicon.WriterVerbs);
    public static readonly WordTable EarlierVersionPhrases = Union(lexicon => lexicon.EarlierVersionPhrases);
    public static readonly WordTable OwnViewsPhrases = Union(lexicon => lexicon.OwnViewsPhrases);
    public static readonly WordTable NoteSubjects = Union(lexicon => lexicon.NoteSubjects);
    public static readonly WordTable ThisPiecePhrases = Union(lexicon => lexicon.ThisPiecePhrases);
    public static readonly WordTable PrintNotices = Union(lexicon => lexicon.PrintNotices);
    public static readonly WordTable PrintEditionWords = Union(lexicon => lexicon.PrintEditionWords);
    public static readonly WordTable CreditRoles = Union(lexicon => lexicon.CreditRoles);
    public static readonly WordTable WireReporterLeads = Union(lexicon => lexicon.WireReporterLeads);
    public static readonly WordTable WireCreditLeads = Union(lexicon => lexicon.WireCreditLeads);
    public static readonly WordTable StandardsLabels = Union(lexicon => lexicon.StandardsLabels);
    public static readonly WordTable ConsentPhrases = Union(lexicon => lexicon.ConsentPhrases);
    public static readonly WordTable ConsentWords = Union(lexicon => lexicon.ConsentWords);
    public static readonly WordTable ListAnnouncers = Union(lexicon => lexicon.ListAnnouncers);
    public static readonly WordTable ColonLeadWords = Union(lexicon => lexicon.ColonLeadWords);
    public static readonly WordTable WhatOpeners = Union(lexicon => lexicon.WhatOpeners);
    public static readonly WordTable NoteCopulas = Union(lexicon => lexicon.NoteCopulas);
    public static readonly WordTable SourceLabels = Union(lexicon => lexicon.SourceLabels);

    /// <summary>A notice that the article was first published elsewhere (<see cref="Lexicon.FirstPublishedLeads"/>).</summary>
    public static readonly WordTable FirstPublishedLeads = Union(lexicon => lexicon.FirstPublishedLeads);

    /// <summary>An aggregator's credit of the outlet it carries (<see cref="Lexicon.ProviderLeads"/>).</summary>
    public static readonly WordTable ProviderLeads = Union(lexicon => lexicon.ProviderLeads);

    /// <summary>A messaging app's header over an exported chat (<see cref="Lexicon.ChatExportHeaders"/>).</summary>
    public static readonly WordTable ChatExportHeaders = Union(lexicon => lexicon.ChatExportHeaders);



    /// <summary>Each language's stamp word (<see cref="Lexicon.StampBylineWords"/>), flagged as stopwords are: read in its language only.</summary>
    public static readonly WordTable StampBylineWords = ByLanguage(lexicon => lexicon.StampBylineWords);
    public static readonly WordTable BirthWords = Union(lexicon => lexicon.BirthWords);
    public static readonly WordTable MatchFactLabels = Union(lexicon => lexicon.MatchFactLabels);
    public static readonly WordTable InterviewLabels = Union(lexicon => lexicon.InterviewLabels);
    public static readonly WordTable InterviewCredits = Union(lexicon => lexicon.InterviewCredits);
    public static readonly WordTable AnswerWords = Union(lexicon => lexicon.AnswerWords);
    public static readonly WordTable CounterJoiners = Union(lexicon => lexicon.CounterJoiners);
    public static readonly WordTable DeathWords = Union(lexicon => lexicon.DeathWords);

    /// <summary>A tag for a page's form before its headline, "VIDÉO." (<see cref="Lexicon.HeadlineFormTags"/>).</summary>
    public static readonly WordTable HeadlineFormTags = Union(lexicon => lexicon.HeadlineFormTags);
    public static readonly WordTable RatingLabels = Union(lexicon => lexicon.RatingLabels);
    public static readonly WordTable StarWords = Union(lexicon => lexicon.StarWords);
    public static readonly WordTable LettersLabels = Union(lexicon => lexicon.LettersLabels);
    public static readonly WordTable WithheldNames = Union(lexicon => lexicon.WithheldNames);
    public static readonly WordTable ReadOnLinks = Union(lexicon => lexicon.ReadOnLinks);
    public static readonly WordTable InfoLeads = Union(lexicon => lexicon.InfoLeads);
    public static readonly WordTable ReleaseNotices = Union(lexicon => lexicon.ReleaseNotices);
    /// <summary>A press release's release stamp (<see cref="Lexicon.ReleaseStamps"/>): whole lines only.</summary>
    public static readonly WordTable ReleaseStamps = Union(lexicon => lexicon.ReleaseStamps);
    /// <summary>A press release's kind label (<see cref="Lexicon.ReleaseLabels"/>): whole lines only.</summary>
    public static readonly WordTable ReleaseLabels = Union(lexicon => lexicon.ReleaseLabels);
    /// <summary>A jump line's word of going on, "Fortsetzung", "Segue" (<see cref="Lexicon.JumpWords"/>), read by <c>PageJumps</c>.</summary>
    public static readonly WordTable JumpWords = Union(lexicon => lexicon.JumpWords);
    /// <summary>A jump line's noun for a printed page, "Seite", "pág" (<see cref="Lexicon.PageWords"/>), read by <c>PageJumps</c>.</summary>
    public static readonly WordTable PageWords = Union(lexicon => lexicon.PageWords);
    public static readonly WordTable AboutLeads = Union(lexicon => lexicon.AboutLeads);
    public static readonly WordTable PressContactLabels = Union(lexicon => lexicon.PressContactLabels);
    public static readonly WordTable EnergyUnits = Union(lexicon => lexicon.EnergyUnits);
    public static readonly WordTable WorkDetailLabels = Union(lexicon => lexicon.WorkDetailLabels);
    public static readonly WordTable RunOnWords = Union(lexicon => lexicon.RunOnWords);
    public static readonly WordTable DeskWords = Union(lexicon => lexicon.DeskWords);
    public static readonly WordTable DeskHeads = Union(lexicon => lexicon.DeskHeads);
    public static readonly WordTable WireDeskPlurals = Union(lexicon => lexicon.WireDeskPlurals);
    public static readonly WordTable JobOfficeWords = Union(lexicon => lexicon.JobOfficeWords);
    public static readonly WordTable MenuJoiners = Union(lexicon => lexicon.MenuJoiners);
    public static readonly WordTable ShareVerbs = Union(lexicon => lexicon.ShareVerbs, lexicon => lexicon.SendVerbs);
    public static readonly WordTable PaywallLabels = Union(lexicon => lexicon.PaywallLabels);
    public static readonly WordTable SubscriberNouns = Union(lexicon => lexicon.SubscriberNouns);
    public static readonly WordTable PageObjectWords = Union(lexicon => lexicon.PageObjectWords);
    public static readonly WordTable AdvertWords = Union(lexicon => lexicon.AdvertWords);
    public static readonly WordTable ResumeWords = Union(lexicon => lexicon.ResumeWords);

    /// <summary>
    /// A word that says the article goes on, in a line by an advert's slot: <see cref="ResumeWords"/>, a jump's, a reading's,
    /// a reveal's or a read-on link's word.
    /// </summary>
    public static readonly WordTable ResumeLineWords = Union(
        lexicon => lexicon.ResumeWords, lexicon => lexicon.JumpWords, lexicon => lexicon.ReadingWords, lexicon => lexicon.RevealVerbs, lexicon => lexicon.ReadOnLinks);
    public static readonly WordTable Abbreviations = Union(ignoreCase: false, lexicon => lexicon.Abbreviations);

    private static WordTable Union(params Func<Lexicon, string[]>[] lists) => Union(ignoreCase: true, lists);

    private static string[] Collect(Func<Lexicon, string[]> list)
    {
        var words = new List<string>();
        foreach (var lexicon in Lexicon.All)
        {
            words.AddRange(list(lexicon));
        }

        return words.ToArray();
    }

    internal static WordTable Union(bool ignoreCase, params Func<Lexicon, string[]>[] lists)
    {
        var words = new List<string>();
        foreach (var lexicon in Lexicon.All)
        {
            foreach (var list in lists)
            {
                words.AddRange(list(lexicon));
            }
        }

        return WordTable.Of(words, ignoreCase);
    }

    private static WordTable StopwordsAndLanguageWords()
    {
        var entries = new List<(string, int)>();
        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            foreach (var word in Lexicon.All[i].Stopwords)
            {
                entries.Add((word, (1 << i) | StopwordFlag));
            }

            foreach (var word in Lexicon.All[i].LanguageWords)
            {
                entries.Add((word, 1 << i));
            }
        }

        return new WordTable(entries);
    }

    internal static WordTable ByLanguage(Func<Lexicon, string[]> list)
    {
        var entries = new List<(string, int)>();
        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            foreach (var word in list(Lexicon.All[i]))
            {
                entries.Add((word, 1 << i));
            }
        }

        return new WordTable(entries);
    }

    /// <summary>Every language's <see cref="Lexicon.SponsorLeads"/>: a sponsor's banner's line over the partner's name.</summary>
    public static readonly WordTable SponsorLeads = Union(lexicon => lexicon.SponsorLeads);

    /// <summary>Every language's <see cref="Lexicon.DevelopingNotices"/>: a developing story's notice, as a whole line.</summary>
    public static readonly WordTable DevelopingNotices = Union(lexicon => lexicon.DevelopingNotices);

    /// <summary>Every language's <see cref="Lexicon.ArticleEndMarks"/>: a page's mark that the article ends, as a whole line.</summary>
    public static readonly WordTable ArticleEndMarks = Union(lexicon => lexicon.ArticleEndMarks);
}
