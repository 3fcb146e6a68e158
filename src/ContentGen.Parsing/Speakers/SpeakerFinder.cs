using System;
using System.Collections.Generic;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Attributes quotes to speakers in two stages, the way a reporter reads: sieves, in order of
/// precision, link each quote to a mention in its sentence (a name, a pronoun, a role); the
/// cast (<see cref="NameRegistry"/> and the salience kept in <see cref="DiscourseState"/>) then
/// says whom the mention means. A quote with no such link goes on with the last speaker's words
/// only when nothing else intervened (S9); otherwise it gets no speaker, since a wrong speaker
/// is worse than none.
/// </summary>
internal sealed partial class SpeakerFinder
{
    // A quote opening a sentence with no attribution of its own continues the last quoted
    // speaker's words ("…," she said. "More words."), if that speaker was quoted just before.
    private const int ContinuationReach = 1;
    private const int MinContinuationWords = 3;

    // A pronoun or role noun refers back to a speaker named in its paragraph or the two before;
    // further back, another person has usually come into the story, so no guess is made.
    private const int ReferenceReach = 2;

    // "Titre 42", "Harbour Nights": a short quote of capitalised words names a work or a
    // law; nobody says it.
    private const int MaxTitleWords = 5;

    private const int CharactersPerToken = 4;

    // A finder is made for one language's cues and read with one article after another on its
    // thread (see Rent): what it builds once is below; what it learns of an article, further down,
    // is set by Clear and Begin.
    private readonly Cues _cues;
    private readonly NameRegistry _names;
    private readonly DiscourseState _state = new();
    private readonly Cast _cast;
    private readonly Genders _genders;
    private readonly Func<string, Gender> _genderOf;

    // Whether the sentence that made its subject the last subject named no one else after it.
    private bool _lastSubjectAlone;
    private readonly Func<string, string?> _complete;
    private readonly Func<string, bool> _isPersonNamed;
    private readonly ISieve[] _sieves;
    private readonly InfinitiveContinuation _continuation;
    private readonly AdjacentCue _adjacent;
    private readonly AccordingTo _accordingTo;
    private readonly BackReferenceCue _backReference;
    private readonly RoleHolders _roles;

    // The speakers of the paragraph just read: one list serves every paragraph.
    private readonly List<string?> _speakers = new();

    // The finders handed back on this thread, one for each language's cues, ready for the next
    // article in that language: a finder and all it holds cost about a kilobyte per article, as
    // much as a short article's text, and a project's seeds may mix languages.
    [ThreadStatic]
    private static List<SpeakerFinder>? t_spares;
    private const int MaxKeptEntries = 1 << 12;

    private NamePlausibility _plausibility = null!;

    // The descriptions given as speakers ("trader"): someone unnamed, neither person nor organisation by name.
    private readonly HashSet<string> _descriptions = new(StringComparer.Ordinal);

    // The places and bodies given as speakers after "the" ("the Harbour Trust"): never "he" or "she".
    private readonly HashSet<string> _bodies = new(StringComparer.Ordinal);

    // Whether the current sentence's speaker is someone unnamed speaking for an organisation.
    private bool _spokesperson;

    // Whether the current sentence's speaker is someone unnamed whose organisation only the
    // sentence before gave ("A spokesman said"): a later "he" is that person, whom no name gives.
    private bool _unnamedSpeaker;

    // Whether the current sentence's speaker is a group given by its noun ("the unions said"):
    // a later "he" or "she" never means a group, so it does not become the person in focus.
    private bool _groupSpeaker;

    // The current paragraph's tokens. The list lives only within Attribute, so one list per
    // thread serves every article read on it: a list per article cost about two bytes per input
    // byte. A list grown past MaxKeptTokens by a huge paragraph is left to the collector.
    [ThreadStatic]
    private static List<Token>? t_tokens;
    private const int MaxKeptTokens = 1 << 16;
    private int _longestParagraph;

    // The current paragraph's sentences. Like the tokens, they live only within Attribute: one
    // list per thread serves every article read on it, unless a huge paragraph grew it.
    [ThreadStatic]
    private static List<TokenRange>? t_sentences;

    // The headline's one person as the body names them, and how many of the headline's quotes
    // stand before that name: "Jean Dupont veut « expulser plus vite »" quotes its subject.
    private string? _headlinePerson;
    private int _headlineSaid;

    // S10: the last word of the name that opens the headline ("Moss begins tour"), or null.
    private string? _headlineSubject;

    // The opening subject of the sentence numbered `_openingSentence`: S10 and tracking ask for
    // it up to three times a sentence, and reading a noun phrase is not cheap.
    private int _openingSentence;
    private Subject _opening;

    // The index of the opening subject's verb, past any insert after the name; -1 with no subject.
    private int _openingVerb = -1;

    // The noun phrase that starts the sentence numbered `_leadingSentence`: the opening subject,
    // the organisation in focus and the opening pronoun all read it, and a phrase reads the
    // sentence's tokens alone, so it is read once.
    private int _leadingSentence;
    private Subject _leading;

    /// <summary>Starts reading an article, with the speech words of its language (or of every language).</summary>
    /// <param name="plausibility">What the article tells of names.</param>
    /// <param name="cues">The speech words.</param>
    /// <param name="headline">The article's title, whose subject a quote of the standfirst may belong to.</param>
    /// <param name="longestParagraph">The length of the longest paragraph to be read, if known: the token list is sized for it once, not grown paragraph after paragraph.</param>
    public SpeakerFinder(NamePlausibility plausibility, Cues cues, string? headline = null, int longestParagraph = 0)
        : this(cues)
    {
        Begin(plausibility, headline, longestParagraph);
    }

    private SpeakerFinder(Cues cues)
    {
        _cues = cues;
        Func<string, bool> isKnownSurname = name => _plausibility.IsKnownSurname(name);
        _names = new NameRegistry(cues.IsDescriptor);
        _complete = _names.Complete;
        _isPersonNamed = IsPersonNamed;
        _isOtherDescription = IsOtherDescription;
        _isDescriptionOfOtherGender = IsDescriptionOfOtherGender;
        _cast = new Cast(cues, isKnownSurname);
        _genders = new Genders(cues.Words);
        _genderOf = GenderOf;
        var shared = CueSieves.For(cues);
        _accordingTo = shared.AccordingTo;
        _adjacent = shared.Adjacent;
        _roles = new RoleHolders(cues);
        _continuation = new InfinitiveContinuation(cues);
        _backReference = new BackReferenceCue(cues);

        // S9 (continuation) and S10 (the standfirst's headline subject) are the finder's own,
        // since they read the discourse state; S11 is not built (see docs/speakers.md).
        _sieves = new ISieve[]
        {
            shared.QuotedAsSaying,      // S1, through a second source
            shared.Adjacent,            // S1
            new ColonCue(cues, isKnownSurname), // S2
            shared.Label,               // S2, a label with no colon
            shared.GoverningVerb,       // S3
            shared.Participle,          // S4
            shared.PassiveAgent,        // S5
            _accordingTo,               // S6
            shared.SentenceEnd,         // S7
            shared.Noun,                // S8
        };
        Clear();
    }

    /// <summary>
    /// A finder to read an article with, as the constructor makes one: the one this thread handed
    /// back last for the same speech words, or a new one. Hand it back with <see cref="Return"/>.
    /// </summary>
    public static SpeakerFinder Rent(NamePlausibility plausibility, Cues cues, string? headline = null, int longestParagraph = 0)
    {
        var finder = TakeSpare(cues) ?? new SpeakerFinder(cues);
        finder.Begin(plausibility, headline, longestParagraph);
        return finder;
    }

    /// <summary>Hands the finder back to its thread, holding nothing of the article: it must not be read again.</summary>
    public void Return()
    {
        // Cleared maps and sets keep their room: one grown by a huge article is not kept, so
        // that every later article does not clear that room again.
        var kept = MostEntries <= MaxKeptEntries;
        Clear();
        if (kept && IndexOfSpare(_cues) < 0)
        {
            (t_spares ??= new List<SpeakerFinder>()).Add(this);
        }
    }

    // The thread's spare finder for `cues`, taken from the spares, or null.
    private static SpeakerFinder? TakeSpare(Cues cues)
    {
        var at = IndexOfSpare(cues);
        if (at < 0)
        {
            return null;
        }

        var spare = t_spares![at];
        t_spares.RemoveAt(at);
        return spare;
    }

    private static int IndexOfSpare(Cues cues)
    {
        var spares = t_spares;
        for (var i = 0; spares is not null && i < spares.Count; i++)
        {
            if (ReferenceEquals(spares[i]._cues, cues))
            {
                return i;
            }
        }

        return -1;
    }

    // The most entries any of the finder's lists, maps and sets holds.
    private int MostEntries
        => Math.Max(Math.Max(Math.Max(_names.Count, _cast.MostEntries), Math.Max(_genders.Count, _roles.Count)), Math.Max(Math.Max(_descriptions.Count, _bodies.Count), _speakers.Count));

    private void Begin(NamePlausibility plausibility, string? headline, int longestParagraph)
    {
        _plausibility = plausibility;
        _names.Begin(plausibility);
        _longestParagraph = longestParagraph;
        _headlineSubject = HeadlineSubject(headline, _cues);
        ReadHeadline(headline);
    }

    // What the finder knows of an article, as before it reads one: everything set while reading is set here.
    private void Clear()
    {
        _plausibility = null!;
        _names.Clear();
        _state.Clear();
        _lastSubjectAlone = false;
        _cast.Clear();
        _genders.Clear();
        _roles.Clear();
        _descriptions.Clear();
        _bodies.Clear();
        _unheld.Clear();
        _titledRoles.Clear();
        _speakers.Clear();
        _spokesperson = false;
        _unnamedSpeaker = false;
        _groupSpeaker = false;
        _longestParagraph = 0;
        _headlinePerson = null;
        _headlineSaid = -1;
        _headlineSubject = null;
        _openingSentence = -1;
        _opening = default;
        _openingVerb = -1;
        _leadingSentence = -1;
        _leading = default;
    }

    /// <summary>
    /// Finds the speaker of each quote in one paragraph. Paragraphs must be given in document
    /// order, since references reach back to earlier ones.
    /// </summary>
    /// <returns>The speaker of each quote, or null: the finder's own list, read again by its next call.</returns>
    public IReadOnlyList<string?> Attribute(string paragraph, IReadOnlyList<QuoteSpan> quotes)
    {
        var speakers = _speakers;
        speakers.Clear();
        for (var q = 0; q < quotes.Count; q++)
        {
            speakers.Add(null);
        }

        _state.NextParagraph();
        _plausibility.ReadingParagraph = _state.Paragraph;
        _genders.Read(paragraph);

        var tokens = RentTokens(Math.Max(_longestParagraph, paragraph.Length) / CharactersPerToken);
        // The ranges of the last paragraph's sentences are set again for this one's, from the
        // thread's list: a range handed back is no longer read by the article that made it. Taken
        // on each call, so that a finder read on another thread uses that thread's.
        var spare = Sentences.SpareForThread;
        var sentences = t_sentences ?? new List<TokenRange>();
        t_sentences = null;
        Sentences.Split(Token.Read(paragraph, quotes, tokens, _cues.Words), sentences, spare);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            _cast.Read(sentence, _state.Paragraph);
            _roles.Read(sentence);
            NoteTitledRoles(sentence);
            var sentenceSpeaker = AttributeSentence(sentence, s + 1 < sentences.Count ? sentences[s + 1] : null, paragraph, quotes, speakers);
            Track(sentence, sentenceSpeaker);
            _state.Sentence++;
        }

        Sentences.Recycle(sentences, spare);
        if (sentences.Capacity <= MaxKeptTokens)
        {
            t_sentences = sentences;
        }

        ReturnTokens(tokens);
        return speakers;
    }

    // The thread's token list, with room for `capacity` tokens (a paragraph longer than the
    // constructor was told of gets its room at once, rather than by doubling).
    private static List<Token> RentTokens(int capacity)
    {
        var tokens = t_tokens ?? new List<Token>(capacity);
        t_tokens = null;
        tokens.Capacity = Math.Max(tokens.Capacity, capacity);
        return tokens;
    }

    // The tokens hold the text they were read from: emptied, the kept list holds none.
    private static void ReturnTokens(List<Token> tokens)
    {
        tokens.Clear();
        if (tokens.Capacity <= MaxKeptTokens)
        {
            t_tokens = tokens;
        }
    }

    private string? AttributeSentence(TokenRange sentence, TokenRange? next, string paragraph, IReadOnlyList<QuoteSpan> quotes, List<string?> speakers)
    {
        string? sentenceSpeaker = null;
        _spokesperson = false;
        _unnamedSpeaker = false;
        _groupSpeaker = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            var quote = sentence[i].QuoteIndex;
            var inner = WordsOf(quotes[quote], paragraph);
            if (LooksLikeTitle(inner))
            {
                continue;
            }

            // "« … », explique-t-elle, « … »": the half after the cue that broke a quote is said by
            // whoever said the half before, when the words between the halves are that cue
            // ("D'après X, « … », tandis que selon Y, « … »" breaks nothing), and unless a cue of
            // its own follows it.
            Subject subject;
            string? speaker;
            if (InterruptedQuote.FirstHalf(sentence, i) is var firstHalf and >= 0 && speakers[sentence[firstHalf].QuoteIndex] is { } firstSpeaker
                && _adjacent.Find(sentence, firstHalf) is { IsFound: true } cue && !_adjacent.Find(sentence, i).IsFound)
            {
                subject = cue;
                speaker = firstSpeaker;
            }
            else
            {
                subject = Sift(sentence, i);
                speaker = Resolve(subject);
                if (speaker is not null && IsAnotherClausesSubject(sentence, subject, speaker))
                {
                    speaker = null;
                }
            }

            // "But the Harbour Trust stood by the plan. A spokesman said: '…'": a spokesman
            // brought in with no organisation of their own speaks for the one the sentence before
            // made its subject, if it named nothing else.
            if (speaker is null && subject.Kind == SubjectKind.Unnamed && _state.OrganisationJustBefore is { } focus
                && IsBareSpokesperson(sentence, subject.Text))
            {
                speaker = focus;
                _unnamedSpeaker = sentenceSpeaker is null;
            }

            // "…," said one trader: someone unnamed speaking for no organisation is given by the
            // description, the role noun. A spokesman speaks for someone, and the one not named
            // leaves the quote to no one.
            if (speaker is null && subject.Kind == SubjectKind.Unnamed && _cues.Phrase.IsDescription(subject.Text) && BringsInDescribed(sentence, subject.Text))
            {
                speaker = subject.Text;
                _descriptions.Add(speaker);
            }

            // "…," said the owner of a small ferry firm: someone unnamed, by the role's words.
            if (speaker is null && subject.Kind == SubjectKind.Unnamed && subject.IsUnheld)
            {
                speaker = Unheld(subject);
            }

            // "…, confie la directrice du port" with no one named so, and no one named near:
            // someone unnamed, whom the role describes.
            if (speaker is null && IsUnheldRole(sentence, subject))
            {
                speaker = Unheld(subject);
            }

            // "Les syndicats ont dénoncé « … »": a group speaking together is given by its noun.
            if (speaker is null && subject.Kind == SubjectKind.Group)
            {
                speaker = subject.Text;
                _descriptions.Add(speaker);
                _groupSpeaker |= sentenceSpeaker is null;
            }

            // "„…“ Das sagte X": a quote standing alone as its sentence, reported by the next one.
            if (!subject.IsFound && i == 0 && next is not null && !HasWordAfter(sentence, i) && _backReference.Find(next) is { IsFound: true } reporting)
            {
                subject = reporting;
                speaker = Resolve(reporting);
            }

            // S9: a quote that opens a sentence with no reporting verb of its own goes on with the
            // last speaker's words; one whose verb has a subject we cannot name does not.
            if (!subject.IsFound && i == 0 && ((_state.ParagraphsSinceQuoted <= ContinuationReach && !_state.OtherSubjectSinceQuoted) || _state.ReporterJustBefore || _state.SubjectJustBefore)
                && !_cues.HasReportingVerb(sentence) && (!HasWordAfter(sentence, i) || EndsOwnSentence(sentence, i))
                && Text.Words.Count(inner, MinContinuationWords) >= MinContinuationWords
                && (quotes[quote].IsOpen || !IsQuotedHeading(sentence, i) || (QuotedJustBefore() && sentence[i].First != ',')))
            {
                // "Mr Dunn warned that … . '…'": someone named as reporting since the last
                // quote is whose words these are.
                // "Baker was asked about the vote. '…'": or whoever was the subject just before.
                speaker = _state.ReporterJustBefore ? _state.LastReporter : _state.SubjectJustBefore ? _state.LastSubject : _state.LastQuoted;
            }

            // "He will say the Greens "stand for the same things". And that he wants a "fairer
            // harbour"": a sentence opened by a conjunction and a complementiser goes on with the
            // report of the sentence before, whose speaker says this too.
            // "Avant d'ajouter : « … »": so does an infinitive that reports, whatever a sieve read
            // into its opening word ("Prima" as a name).
            if (speaker is null && _state.LastQuoted is { } reported
                && (_state.LastQuotedSentence == _state.Sentence - 1 || _state.LastQuotedSentence == _state.Sentence)
                && ((!subject.IsFound && OpensWithReportedClause(sentence)) || (_state.LastQuotedSentence == _state.Sentence - 1 && _continuation.Opens(sentence, i))))
            {
                speaker = reported;
            }

            // S10: "Liberal Democrat leader Jane Moss has set off on a bus tour to convince voters
            // they are the "only real choice"", under "Moss begins tour": a quote of the
            // standfirst with no cue belongs to its sentence's subject when the headline names
            // the same person first, and a title or role says the subject is a person ("Three
            // Labour councillors were caught running a "factory"" quotes no one).
            if (speaker is null && !subject.IsFound && _state.Paragraph == 0 && _headlineSubject is not null
                && OpeningSubject(sentence) is { Kind: SubjectKind.Name } opening && EndsWithWord(opening.Text, _headlineSubject)
                && HasTitleBefore(sentence, i))
            {
                speaker = Resolve(opening);
            }

            // "Grève des médecins : « … »" in an interview: a topic before a colon labels the
            // guest's answer.
            if (speaker is null && _state.Interviewee is { } guest && IsTopicLabel(sentence, i))
            {
                speaker = guest;
            }

            // « Ça ne peut plus durer, s'agace la maire. … »: the cue inside the marks says who
            // speaks better than a continuation or a guess from outside, though not better than
            // a cue outside.
            if ((speaker is null || !subject.IsFound) && InnerCue(quotes[quote], paragraph) is { } inside)
            {
                speaker = inside;
            }

            speakers[quote] = speaker;
            if (sentenceSpeaker is null && speaker is not null)
            {
                sentenceSpeaker = speaker;
                _spokesperson = IsSpokesperson(subject);
            }


            // An unattributed quote in between means the next one cannot simply go on with the speaker before it.
            _state.Quoted(speaker);
        }

        return sentenceSpeaker;
    }

    // "Un voisin arrive mais la gardienne intervient : « … »", "Tom Lake came in, and the warden
    // stepped in: '…'": a role the article uses here for the first time, read after the name that
    // opened the sentence, brings someone else in than that name, whom salience alone would give
    // it. A role used before ("Jane Roe was named minister in May") points back, as before. The
    // name is compared as read, with nothing recorded: only a plain person's name counts.
    private bool IsAnotherClausesSubject(IReadOnlyList<Token> sentence, Subject subject, string speaker)
        => subject.Kind == SubjectKind.Role && !_roles.Gave(subject.Text) && !_roles.UsedBefore(subject.Text)
        && OpeningSubject(sentence) is { Kind: SubjectKind.Name, IsBody: false, IsOrganisation: false, IsEpithet: false, IsDocumentOwner: false } opening
        && opening.End < subject.End
        && string.Equals(FirstNameOfSalient(_names.Complete(opening.Text)), speaker, StringComparison.Ordinal);

    private Subject Sift(IReadOnlyList<Token> sentence, int quote)
    {
        foreach (var sieve in _sieves)
        {
            var subject = sieve.Find(sentence, quote);
            if (subject.IsFound)
            {
                return subject;
            }
        }

        return Subject.None;
    }

    // "Paul Martin, député de la Somme, répondait aux questions de …": the interview's
    // guest, named as the subject of an interview phrase.
    private void ReadInterviewee(IReadOnlyList<Token> sentence)
    {
        const int MaxCueWords = 4;
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            // Each lower-case word was tried with the next one, two and three: most sentences hold
            // no word that can open an interview phrase, and a classified token says so in a bit.
            if (!_cues.Is(sentence[i], WordClass.InterviewStart))
            {
                continue;
            }

            for (var last = i + 1; sentence[i].IsLower && last < sentence.Count && last < i + MaxCueWords && sentence[last].IsWord; last++)
            {
                if (_cues.Words.InterviewCues.Contains(sentence[i].Through(sentence[last])))
                {
                    var guest = _cues.Phrase.ReadBackward(sentence, i);
                    if (guest.Kind != SubjectKind.Name)
                    {
                        guest = LeadingPhrase(sentence);
                    }

                    if (guest.Kind == SubjectKind.Name && guest.Text.IndexOf(' ') > 0 && _names.Complete(guest.Text) is { } named)
                    {
                        _state.Interviewee = named;
                    }

                    return;
                }
            }
        }
    }

    // A few words with no verb before a colon and the quote, opening the sentence: a topic.
    private bool IsTopicLabel(IReadOnlyList<Token> sentence, int quote)
    {
        const int MaxTopicWords = 8;
        if (quote < 2 || quote > MaxTopicWords + 1 || sentence[quote - 1].Kind != TokenKind.Colon)
        {
            return false;
        }

        for (var k = 0; k < quote - 1; k++)
        {
            if (!sentence[k].IsWord || _cues.IsReportingVerb(sentence[k]) || _cues.Words.Pronouns.Contains(sentence[k].Span))
            {
                return false;
            }
        }

        return true;
    }

    // After a sentence, who a later pronoun means: its main reporting subject, its speaker, or a
    // person it introduces.
    private void Track(TokenRange sentence, string? sentenceSpeaker)
    {
        ReadInterviewee(sentence);

        // "Best actor Dan Fox could not attend the dinner": a sentence with no quote whose subject
        // is named, and is not the last speaker, ends that speaker's turn.
        // "Le ministre Jean Dupont était à Calais lundi. « … »": before anyone was quoted too.
        if (sentenceSpeaker is null && OpeningSubject(sentence) is { Kind: SubjectKind.Name } opening
            && IsPersonNamed(opening.Text) && !(_state.LastQuoted is { } last && EndsWithWord(last, LastWord(opening.Text))))
        {
            _state.OtherSubjectSinceQuoted = true;
            _state.LastSubject = _names.Complete(opening.Text);
            _state.LastSubjectSentence = _state.Sentence;
            _lastSubjectAlone = NamesNoOneElse(sentence, opening.End);
        }
        else if (sentenceSpeaker is null && PronounSubject(sentence) is { } meant)
        {
            // "Il a rencontré des associations. « … »": whom the pronoun opening the sentence means.
            _state.OtherSubjectSinceQuoted = true;
            _state.LastSubject = meant;
            _state.LastSubjectSentence = _state.Sentence;
            _lastSubjectAlone = NamesNoOneElse(sentence, 1);
        }

        var main = FindMainReportingSubject(sentence, out var coordinated);
        var source = main.IsFound || sentenceSpeaker is not null ? main : _accordingTo.FindSource(sentence);
        if (sentenceSpeaker is null && _state.LastQuoted is { } speaking && !_state.OtherSubjectSinceQuoted && EndsTurn(sentence, source, speaking))
        {
            _state.OtherSubjectSinceQuoted = true;
        }

        if (sentenceSpeaker is not null && !coordinated)
        {
            main = Subject.None;
        }

        var named = (coordinated ? Resolve(main) : null) ?? sentenceSpeaker ?? Resolve(main) ?? Resolve(SentenceSubject(sentence)) ?? NamedSource(sentence, source);
        // "The mayor visited the quay with Jane Roe, who said …": someone who reports in a clause
        // of their own is whom the next pronoun means, as anyone who reports is.
        var opener = named is null || ReportsInRelativeClause(sentence) ? null : PersonOpeningWithOtherVerb(sentence);
        if (main.Kind == SubjectKind.Unnamed || (sentenceSpeaker is null && source.Kind == SubjectKind.Unnamed) || _unnamedSpeaker)
        {
            // "A spokesman for the Home Office said …", "according to an ntl spokesman": a later
            // "the spokesman" or "he" is this unnamed person, not whoever was named before.
            _state.Mentioned(null);
        }
        else if (named is not null && _cast.IsOrganisation(named))
        {
            // "Acme said …; 'it said'": an organisation is never "he" or "she"; but "A spokeswoman
            // for Acme said …. She added:" is the spokeswoman, who speaks for Acme.
            _cast.Organisation(named, _state.Paragraph);
            if (sentenceSpeaker is null && main.Kind is SubjectKind.Name or SubjectKind.Organisation)
            {
                // "The Harbour Council said it was reviewing the scheme. '…'", "The commission says
                // …. '…'": an organisation reports too, and the quote after it may be its words.
                _state.Reported(named);
            }

            if ((_spokesperson && string.Equals(named, sentenceSpeaker, StringComparison.Ordinal)) || (sentenceSpeaker is null && IsSpokesperson(main) && BringsInSpokesperson(sentence)))
            {
                _state.Mentioned(named);
            }
            else if (sentenceSpeaker is null && OnlyPersonNamedIn(sentence) is { } voice)
            {
                // "Le Rassemblement national, par la voix de son président Julien Bardin, a réclamé
                // un référendum. « … », a-t-il lancé": the one person an organisation's sentence
                // names is whom a later "il" means, not someone named before it.
                _state.Mentioned(voice);
            }
            else if (sentenceSpeaker is null && _cues.Words.OrganisationPronouns.Count == 0)
            {
                // "L'association Vélos Libres a lancé une pétition. Elle estime que « … »": where
                // no pronoun is kept for things (English "it"), "il" and "elle" may mean the
                // organisation just named; the person named before it is no longer a safe guess.
                _state.Mentioned(null);
            }
        }
        else if (named is not null && _bodies.Contains(named))
        {
            // "The Harbour Trust said the plan was sound. He added: …": a place or a body named
            // after "the" is no one "he" or "she" means, and whom the sentence leaves them to is
            // unsure: no one, rather than the person named before the body.
            _state.Mentioned(null);
        }
        else if (named is not null && !(_groupSpeaker && ReferenceEquals(named, sentenceSpeaker)))
        {
            _state.Mentioned(named);
            if ((sentenceSpeaker is null || coordinated) && main.Kind == SubjectKind.Name)
            {
                _state.Reported(named);
            }
        }
        else if (sentence.Count > 2 && _cues.Words.Titles.Contains(sentence[0].Span) && OpeningSubject(sentence) is { Kind: SubjectKind.Name } titled
            && titled.Text.IndexOf(' ') < 0 && _genderOf(titled.Text) != Gender.Unknown && IsPersonNamed(titled.Text) && _names.Complete(titled.Text) is { } person)
        {
            // "Ms Kingsley has held the seat since 2001. She said:": a surname under a
            // title opening the sentence names a person, whom a later pronoun means, even if the
            // article never gives the full name; "Sir Tom" is Tom Baker if he was just named.
            _state.Mentioned(_state.SalientHolding(person) ?? person);
        }
        else if (IntroducedBySurname(sentence) is { } surname)
        {
            // "Fennimore dropped a set. '…,' he said.": he is Fennimore now, if the article names
            // one Fennimore in full; if not, no guess is made.
            _state.Mentioned(_plausibility.FullNameOf(surname));
        }

        // "The council leader brushed aside claims from Peter Vale that he ran a 'sleepy
        // council'. He added …": whoever reports inside the object, the sentence is about its
        // subject, whom the next pronoun means.
        if (named is not null && opener is { } subjectOfSentence && !string.Equals(subjectOfSentence, named, StringComparison.Ordinal))
        {
            _state.Mentioned(subjectOfSentence);
        }

        if (SubjectOrganisation(sentence) is { } focus)
        {
            _state.Focused(focus);
        }
    }

    // Whether a relative clause after a comma opens on a reporting verb, past a few fillers or an
    // auxiliary: ", who said", ", qui a dénoncé", ", que declaró".
    private bool ReportsInRelativeClause(IReadOnlyList<Token> sentence)
    {
        const int MaxWordsBeforeVerb = 3;
        for (var i = 1; i + 1 < sentence.Count; i++)
        {
            if (sentence[i - 1].Kind != TokenKind.Comma || !sentence[i].IsLower || !_cues.Words.RelativePronouns.Contains(sentence[i].Span))
            {
                continue;
            }

            for (var k = i + 1; k < sentence.Count && k <= i + MaxWordsBeforeVerb && sentence[k].IsWord; k++)
            {
                if (_cues.IsReportingVerb(sentence[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The person a role after the article opening the sentence means, when its verb follows and
    // neither reports nor is a passive's auxiliary ("The minister brushed aside claims …", not "The
    // minister said …" or "The minister was praised by …"; "The president of the club, Ann Lee,
    // says" has no verb after its role), or null. Read before the sentence's own mentions, so that
    // the role means whoever was salient before it. A name is not read so: tried, an opening run
    // of capitals was too often a place, a party or a club.
    private string? PersonOpeningWithOtherVerb(IReadOnlyList<Token> sentence)
    {
        var subject = LeadingPhrase(sentence);
        if (subject.Kind != SubjectKind.Role || subject.End >= sentence.Count || !sentence[0].IsWord || !_cues.Words.Definites.Contains(sentence[0].Span))
        {
            return null;
        }

        var verb = sentence[subject.End];
        if (!verb.IsLower || !verb.IsWord || _cues.IsReportingVerb(verb) || _cues.Words.ListenerVerbs.Contains(verb.Span)
            || _cues.Words.PassiveAuxiliaries.Contains(verb.Span) || _cues.Is(verb, WordClass.Complementiser) || _cues.Words.Coordinators.Contains(verb.Span)
            || _cues.Words.Prepositions.Contains(verb.Span) || _cues.Words.OrganisationLinks.Contains(verb.Span))
        {
            return null;
        }

        var person = Resolve(subject);
        return person is not null && IsPersonNamed(person) ? person : null;
    }

    // "…, according to Carla Fiorenza, head of the harbour trust.", "according to Mr Baker": a
    // source shown to be a person, by the role after it or a name completed from a surname, is
    // whom a later "she told the gathering" means when the sentence has no subject of its own.
    // "According to Harbour Pro, a print costs …" shows no person.
    private string? NamedSource(IReadOnlyList<Token> sentence, Subject source)
    {
        if (source.Kind != SubjectKind.Name || source.IsOrganisation || Resolve(source) is not { } person || !IsPersonNamed(person))
        {
            return null;
        }

        var described = source.End + 1 < sentence.Count && sentence[source.End].Kind == TokenKind.Comma && _cues.Phrase.OpensWithRole(sentence, source.End + 1);
        return described || !string.Equals(person, source.Text, StringComparison.Ordinal) ? person : null;
    }

    // The one person the sentence names in full after a role or title ("son président Julien
    // Bardin"), or null when it names none or several: a bare run of capitals may be a place, a
    // prize or a street.
    private string? OnlyPersonNamedIn(IReadOnlyList<Token> sentence)
    {
        string? person = null;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!sentence[i].IsCapitalized || sentence[i - 1].IsCapitalized || i + 1 >= sentence.Count || !sentence[i + 1].IsCapitalized)
            {
                continue;
            }

            if (!sentence[i - 1].IsLower || !_cues.Is(sentence[i - 1], WordClass.Title | WordClass.RoleNoun))
            {
                continue;
            }

            var phrase = _cues.Phrase.ReadForward(sentence, i);
            if (phrase.Kind != SubjectKind.Name || phrase.IsOrganisation || phrase.Text.IndexOf(' ') < 0
                || _names.Complete(phrase.Text) is not { } name || !IsPersonNamed(name))
            {
                continue;
            }

            if (person is not null && !string.Equals(person, name, StringComparison.Ordinal))
            {
                return null;
            }

            person = name;
        }

        return person;
    }

    // "But the Harbour Trust stood by the plan.": the organisation the sentence opens with as
    // its subject (past a "but"), when no capitalised word but a day's or month's follows it. A
    // sentence that names someone or something else ("Sky lost the rights to the BBC") leaves
    // whom a spokesman after it speaks for in doubt.
    private string? SubjectOrganisation(TokenRange sentence)
    {
        var start = sentence.Count > 1 && sentence[0].IsCapitalized && _cues.Is(sentence[0], WordClass.Contrast) ? 1 : 0;
        if (start < sentence.Count - 1 && sentence[start].IsWord && _cues.Words.Definites.Contains(sentence[start].Span) && sentence[start + 1].IsCapitalized)
        {
            // "But the Home Office", "The Justice Department": the name after its article.
            start++;
        }

        // "L'Union des usagers de Valmont a contesté": a name an organisation noun heads, read
        // whole; otherwise the capitalised run and the links inside it ("Department for
        // Education and Skills"), which a person's name phrase would cut short.
        var subject = start == 0 ? LeadingPhrase(sentence) : _cues.Phrase.ReadForward(sentence, start);
        int end;
        string name;
        if (subject.Kind == SubjectKind.Name && subject.IsOrganisation)
        {
            end = subject.End;
            name = subject.Text;
        }
        else
        {
            // An "and" joins inside a name only after a link ("for Education and Skills"); before
            // one it joins two subjects ("Harbour Council and Vale Buses").
            end = start;
            var linked = false;
            while (end < sentence.Count && (sentence[end].IsCapitalized || (end > start && end + 1 < sentence.Count && sentence[end + 1].IsCapitalized && IsRunLink(sentence[end], linked))))
            {
                linked |= sentence[end].IsLower;
                end++;
            }

            if (end == start || !_cast.IsOrganisation(name = Phrase.Join(sentence, start, end)))
            {
                return null;
            }
        }

        if (end >= sentence.Count || !sentence[end].IsLower)
        {
            return null;
        }

        for (var k = end; k < sentence.Count; k++)
        {
            if (sentence[k].IsCapitalized && !Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span))
            {
                return null;
            }
        }

        return name;
    }

    private bool IsRunLink(Token token, bool linked)
        => token.IsLower && (_cues.Words.NameJoiners.Contains(token.Span) || (linked && _cues.Words.Coordinators.Contains(token.Span)));

    private bool IsLink(Token token)
        => token.IsLower && (_cues.Words.Prepositions.Contains(token.Span) || _cues.Words.EmployerLinks.Contains(token.Span) || _cues.Words.NameJoiners.Contains(token.Span));

    // "a spokesman said", "said a spokeswoman", "un porte-parole": a spokes noun right after an
    // indefinite article, with no organisation after it ("a spokesman for the author"). A
    // possessive's ("the chairman's spokesman") or a described one ("An executive spokesman")
    // speaks for someone else.
    private bool IsBareSpokesperson(IReadOnlyList<Token> sentence, string role)
    {
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            // German capitalises the noun: "Ein Sprecher sagte".
            if (sentence[k].IsWord && _cues.Words.Indefinites.Contains(sentence[k].Span) && sentence[k + 1].IsWord
                && _cues.Words.SpokesNouns.Contains(sentence[k + 1].Span) && sentence[k + 1].Span.SequenceEqual(role.AsSpan()))
            {
                return k + 2 >= sentence.Count || !IsLink(sentence[k + 2]);
            }
        }

        return false;
    }

    // "one trader", "a senior economic adviser", "une habitante": the role noun brought in by an
    // indefinite article, a few lower-case words at most between them, and no noun after it. "Our
    // correspondent" and "Scotland's first minister" point to someone named elsewhere, and "an
    // executive spokesman" is a spokesman.
    private bool BringsInDescribed(IReadOnlyList<Token> sentence, string role)
    {
        const int MaxModifiers = 3;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!sentence[i].IsLower || !sentence[i].Span.SequenceEqual(role.AsSpan()))
            {
                continue;
            }

            if (i + 1 < sentence.Count && sentence[i + 1].IsLower
                && (_cues.Is(sentence[i + 1], WordClass.RoleNoun) || _cues.Words.SpokesNouns.Contains(sentence[i + 1].Span) || _cues.Words.OfficialNouns.Contains(sentence[i + 1].Span)))
            {
                return false;
            }

            for (var j = i - 1; j >= 0 && j >= i - 1 - MaxModifiers && sentence[j].IsWord; j--)
            {
                if (_cues.Words.Indefinites.Contains(sentence[j].Span))
                {
                    return true;
                }

                if (!sentence[j].IsLower || _cues.Words.Definites.Contains(sentence[j].Span) || NamePlausibility.IsPossessive(sentence[j].Span))
                {
                    break;
                }
            }
        }

        return false;
    }

    // S9: someone other than the one speaking reports in a sentence with no quote (a firm, an
    // unnamed spokesman, a source "according to"), or is named as its subject after an opening
    // adverbial ("Four hours later, Edward Baker called …"): the speaker's turn is over. A pronoun
    // or a role points back, to whom is not known here, so it ends nothing.
    private bool EndsTurn(TokenRange sentence, Subject source, string speaking)
    {
        var other = source;
        if (!other.IsFound)
        {
            other = _cues.Phrase.ReadAfterOpeningAdverbial(sentence);
        }

        // "A spokesman for the water board said …": someone unnamed brought in to report, whom
        // reading back from the verb misses over the lower-case words of where they work.
        if (!other.IsFound && LeadingPhrase(sentence).Kind == SubjectKind.Unnamed && _cues.HasReportingVerb(sentence))
        {
            return true;
        }

        switch (other.Kind)
        {
            case SubjectKind.Unnamed:
                return true;
            case SubjectKind.Organisation when BringsInSpokesperson(sentence) && _cues.HasReportingVerb(sentence) && Resolve(other) is null:
                // "A spokesman for the council said …", "Een woordvoerder van het waterschap laat
                // weten …": someone unnamed reports for a body the article never named, who is no
                // one, and the last speaker's turn is over.
                return true;
            case SubjectKind.Name:
            case SubjectKind.Organisation:
                // Only a person or an organisation of the cast: "on Sunday blamed" names no one.
                return Resolve(other) is { } name && (IsPersonNamed(name) || _cast.IsOrganisation(name))
                    && !(EndsWithWord(speaking, LastWord(name)) || EndsWithWord(name, LastWord(speaking)));
            default:
                return false;
        }
    }

    // "A Department for Transport spokeswoman", "a spokesman for Acme": the organisation named is
    // where an unnamed person works, and the subject stands for that person.
    private static bool IsSpokesperson(Subject subject)
        => subject.Kind == SubjectKind.Name && subject.Employer is { } employer
        && string.Equals(employer, subject.Text, StringComparison.Ordinal);

    // "A Labour Party spokesman told the BBC …", "a spokesman for Acme said": someone unnamed,
    // brought in by an indefinite article, whom a later "he" or "she" means. "The Tory
    // spokesman" points back to someone named before instead.
    private bool BringsInSpokesperson(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (sentence[i].IsWord && _cues.Words.SpokesNouns.Contains(sentence[i].Span))
            {
                // "A Department for Education spokeswoman"; "The Harbour Centre spokeswoman" too,
                // but not "The Tory spokesman", a party's, who was named before.
                var j = i - 1;
                var named = false;
                while (j > 0 && (sentence[j].IsCapitalized || (sentence[j].IsLower && _cues.Words.NameJoiners.Contains(sentence[j].Span)))
                    && !_cues.Words.Indefinites.Contains(sentence[j].Span) && !_cues.Words.Definites.Contains(sentence[j].Span))
                {
                    named |= sentence[j].IsCapitalized && !_cues.Words.Affiliations.Contains(sentence[j].Span) && !_cues.Words.Demonyms.Contains(sentence[j].Span);
                    j--;
                }

                return sentence[j].IsWord && (_cues.Words.Indefinites.Contains(sentence[j].Span) || (named && _cues.Words.Definites.Contains(sentence[j].Span)));
            }
        }

        return false;
    }

    // The headline's one person, the article's first mention, whom a role or pronoun of the
    // opening paragraphs means if the body has named no one before it.
    private void ReadHeadline(string? headline)
    {
        if (headline is null)
        {
            return;
        }

        var tokens = RentTokens(headline.Length / CharactersPerToken);
        var person = HeadlinePerson.Find(Token.Read(headline, QuoteScanner.Scan(headline).Quotes, tokens, _cues.Words), _cues, _isPersonNamed, out var start, out var afterTopic, out var afterSlash);

        // "Jean Dupont veut « … »": one verb between the name and the quote says the words;
        // "Singer Jane Roe 'in gig row'" puts a claim about her next to her name, and
        // "Roe défend sa loi « … »" quotes what the verb's object is called. Read before the
        // tokens go back.
        var said = -1;
        var verb = person is null ? -1 : start + Text.Words.Count(person.AsSpan(), int.MaxValue);
        if (verb >= 0 && verb + 1 < tokens.Count && tokens[verb].IsLower && tokens[verb + 1].Kind == TokenKind.Quote)
        {
            said = tokens[verb + 1].QuoteIndex;
        }

        ReturnTokens(tokens);
        if (person is null)
        {
            return;
        }

        // "Logement / Girard : le projet …", "Logement : Girard défend …": after a topic, a surname
        // alone is the one full name the body gives for it; opening the headline it may be an
        // adjective's neighbour or anyone's, and after a verb its object ("Le maire critique
        // Girard"), so it is not read there.
        if (person.IndexOf(' ') < 0)
        {
            if (!afterTopic || _plausibility.FullNameOf(person) is not { } surnamed)
            {
                return;
            }

            _state.Mentioned(surnamed);
            _headlinePerson = surnamed;
            _headlineSaid = said;
            return;
        }

        // "Furious Hollis blasts referees": a headline's first word may be an adjective, so a
        // name opening it counts only as the full name the body gives for its surname; a name
        // after a topic or a verb ("Immigration : Jean Dupont défend …") counts as it stands.
        // A surname alone is not read, and nothing is registered as a name: the headline's
        // "Classy Hollis" would make "Hollis" ambiguous.
        // After a slash an agency puts places and clubs as often as people ("Football / Saint
        // Brieuc :"): there, only the full name the body gives.
        var mentioned = _plausibility.FullNameOf(LastWord(person)) ?? (start > 0 && !afterSlash ? person : null);
        if (mentioned is not null)
        {
            _state.Mentioned(mentioned);
            _headlinePerson = mentioned;
            _headlineSaid = said;
        }
    }

    // The headline's opening name, by its last word: "Moss begins pre-election tour" gives
    // Moss. Null when the headline opens with anything else.
    private static string? HeadlineSubject(string? headline, Cues cues)
    {
        if (headline is null)
        {
            return null;
        }

        string? last = null;
        var end = 0;
        var reader = new Text.WordReader(headline.AsSpan());
        while (reader.Read() && char.IsUpper(reader.Word[0]) && (last is null || IsOnlySpace(headline, end, reader.Start)))
        {
            if (cues.Words.NotNames.Contains(reader.Word) || Structure.Stopwords.IsStopword(reader.Word))
            {
                return null;
            }

            last = reader.Word.ToString();
            end = reader.Start + reader.Length;
        }

        return last;
    }

    // Whether a title or role word stands among the words before `end`, the quote: "Tottenham
    // manager Jacques Morin", "Paul Girard, ministre de l'Intérieur,".
    private bool HasTitleBefore(IReadOnlyList<Token> sentence, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (_cues.Is(sentence[i], WordClass.Title | WordClass.RoleNoun))
            {
                return true;
            }
        }

        return false;
    }

    // A person the article names: in full, or by a surname it gives in full or under a title
    // ("Ms Kingsley", "Mr Galway"); no organisation.
    private bool IsPersonNamed(string name)
        => (name.IndexOf(' ') > 0 ? _plausibility.IsPlausible(name)
            : _plausibility.IsKnownSurname(name) || (_genderOf(name) != Gender.Unknown && _plausibility.IsPlausible(name)))
        && !_cast.IsOrganisation(name);

    /// <summary>The last word of <paramref name="name"/>: its surname.</summary>
    internal static string LastWord(string name) => Text.StringCache.Get(name.AsSpan(name.LastIndexOf(' ') + 1));

    private static bool IsOnlySpace(string text, int from, int to) => to == from + 1 && text[from] == ' ';

    private static bool EndsWithWord(string name, string word)
        => name.EndsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || name[name.Length - word.Length - 1] == ' ');

    // "…," the newspaper quotes a source: words after the quote say whose it is, even when
    // they cannot be read, so the quote does not simply go on with the last speaker.
    private static bool HasWordAfter(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = quote + 1; i < sentence.Count; i++)
        {
            if (sentence[i].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    // "… on some distant planet?" Despite the film's poor run, …: a quote that ends with its own
    // question or exclamation before a capitalised word, in a sentence with no reporting verb,
    // ends its sentence too.
    // A short clause after it ("Mr Hartwell pressed.") is a cue whose verb was not known.
    private static bool EndsOwnSentence(IReadOnlyList<Token> sentence, int quote)
    {
        const int MinClauseWords = 5;
        if (sentence[quote].Span.Length != 1 || !Structure.Punctuation.IsTerminal(sentence[quote].First)
            || quote + 1 >= sentence.Count || !sentence[quote + 1].IsCapitalized)
        {
            return false;
        }

        var words = 0;
        for (var i = quote + 1; i < sentence.Count && sentence[i].Kind != TokenKind.Quote && words < MinClauseWords; i++)
        {
            words += sentence[i].IsWord ? 1 : 0;
        }

        return words >= MinClauseWords;
    }

    // Two to five words, each capitalised or a number, with no closing punctuation.
    // A quote's words, read in place: only a quote that goes on over paragraphs, whose repeated
    // opening marks are left out, is copied. The model's copy is made once, by the quote reader.
    private static ReadOnlySpan<char> WordsOf(QuoteSpan quote, string paragraph)
        => quote.Continuations is null
            ? paragraph.AsSpan(quote.Open + 1, (quote.IsOpen ? paragraph.Length : quote.Close) - quote.Open - 1)
            : quote.Inner(paragraph).AsSpan();

    private static bool LooksLikeTitle(ReadOnlySpan<char> inner)
    {
        var text = Text.Whitespace.Trim(inner);
        if (text.Length == 0 || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var reader = new Text.WordReader(text);
        while (reader.Read())
        {
            var first = reader.Word[0];
            if (++words > MaxTitleWords || (!char.IsUpper(first) && !char.IsDigit(first)))
            {
                return false;
            }
        }

        return words >= 2;
    }

    // "Mr Hale said he had backed the plan when Ms Lopez argued for it": the first
    // reporting verb is the main clause's, and its subject is who a later "he" means.
    private Subject FindMainReportingSubject(IReadOnlyList<Token> sentence, out bool coordinated)
    {
        coordinated = false;

        // "Hewitt said he had had enough, but Geoff Pollard rejected his comments": a clause
        // after "but" has the last word, and its subject is who a later "he" means.
        var found = Subject.None;
        var afterBut = false;

        // "But even before Harbourton said …, Baker insisted …": a subordinate clause opening the
        // sentence (within its first few words) reports less than the main clause after its comma.
        // Only a name takes over there: a role ("the chairman insisted") may mean anyone salient.
        const int MaxWordsBeforeSubordinator = 3;
        var subordinate = false;
        var afterSubordinate = false;
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (i <= MaxWordsBeforeSubordinator && sentence[i].IsWord && _cues.Words.Subordinators.Contains(sentence[i].Span) && OpensSentence(sentence, i))
            {
                subordinate = true;
            }
            else if (subordinate && sentence[i].Kind == TokenKind.Comma)
            {
                subordinate = false;
                afterSubordinate = true;
            }

            if (_cues.Is(sentence[i], WordClass.Contrast))
            {
                afterBut = true;
            }
            else if ((!found.IsFound || afterBut || afterSubordinate) && _cues.IsReportingVerb(sentence[i]))
            {
                // "Ann Merridew, marketing manager at Harbour Prints believes": the name opening the
                // sentence, past its insert, is the verb's subject, not the insert's last words.
                var opening = OpeningSubject(sentence);
                var subject = opening.IsFound && i == _openingVerb ? opening : _cues.SubjectOf(sentence, i);
                if (subject.IsFound && (!afterSubordinate || afterBut || !found.IsFound || subject.Kind == SubjectKind.Name))
                {
                    coordinated = found.IsFound;
                    found = subject;
                    afterBut = false;
                }

                afterSubordinate = false;
            }
        }

        return found;
    }

    // Whether only a conjunction and adverbs stand before `i` ("But even before"): no name, no
    // pronoun, no verb that reports ("Tom Baker said when …", "He said once …" put the
    // subordinate clause after the main one).
    private bool OpensSentence(IReadOnlyList<Token> sentence, int i)
    {
        for (var k = 0; k < i; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || (k > 0 && token.IsCapitalized) || _cues.IsReportingVerb(token) || _cues.Words.Pronouns.Contains(token.Span)
                || (k == 0 && token.IsCapitalized && !_cues.Is(token, WordClass.Contrast) && !_cues.Words.Coordinators.Contains(token.Span)
                    && !_cues.Words.NotNames.Contains(token.Span)))
            {
                return false;
            }
        }

        return true;
    }

    // The person a pronoun opening the sentence means, when a verb (a lower-case word) follows
    // it: "Il a rencontré des associations", "He was clearly angry". Null otherwise.
    private string? PronounSubject(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[1].IsLower)
        {
            return null;
        }

        var subject = LeadingPhrase(sentence);
        return subject.Kind == SubjectKind.Pronoun && Resolve(subject) is { } meant && !_cast.IsOrganisation(meant) ? meant : null;
    }

    // The surname opening a sentence, followed by its verb, when it ends a full name of the article.
    private string? IntroducedBySurname(IReadOnlyList<Token> sentence)
    {
        // "Born in 1912 …, Callaghan became": an opening word read as a name is no known surname.
        var subject = OpeningSubject(sentence);
        if (!(subject.IsFound && _plausibility.IsKnownSurname(subject.Text)))
        {
            subject = AfterOpeningPhrase(sentence);
        }

        return subject.IsFound && _plausibility.IsKnownSurname(subject.Text) ? subject.Text : null;
    }

    // "Maria Lopez presented the plan.": a full name opening a sentence, followed by its verb,
    // is who a later "she said" most likely means.
    private Subject SentenceSubject(IReadOnlyList<Token> sentence)
    {
        var subject = OpeningSubject(sentence);
        if (!(subject.IsFound && subject.Text.IndexOf(' ') > 0))
        {
            subject = AfterOpeningPhrase(sentence);
        }

        if (!(subject.IsFound && subject.Text.IndexOf(' ') > 0))
        {
            subject = AfterVerbSecond(sentence);
        }

        return subject.IsFound && subject.Text.IndexOf(' ') > 0 ? subject : Subject.None;
    }

    // "Born in 1931 and schooled at Harbourbank Grammar School, Lord Hollis became
    // …": the name after an opening phrase and its comma, when its verb follows. The phrase may
    // name places of its own, but quotes and reports nothing.
    private Subject AfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        const int MaxPhraseTokens = 16;
        for (var i = 1; i < sentence.Count && i <= MaxPhraseTokens; i++)
        {
            // The name stands right after the comma: "…, helping both Sir Tom Vale" names an object.
            if (sentence[i].Kind == TokenKind.Comma)
            {
                // "Interrogé lundi, le vice-président de la région, Alain Roussel, s'est montré
                // prudent": a role opened by its article, its holder set off by commas, then a verb.
                if (i + 1 < sentence.Count && sentence[i + 1].IsLower && _cues.Words.Definites.Contains(sentence[i + 1].Span))
                {
                    return HolderAfterOpeningPhrase(sentence, i + 1);
                }

                if (i + 1 >= sentence.Count || !sentence[i + 1].IsCapitalized)
                {
                    return Subject.None;
                }

                // A cheap look first, with no name made: capitalised words, then a lower-case one.
                var next = i + 1;
                while (next < sentence.Count && next - i <= Phrase.MaxNameWords && sentence[next].IsCapitalized)
                {
                    next++;
                }

                // "Head of marine studies at the Harbour Institute, Professor Robin Ashdown, said":
                // the name set off by commas after the role it holds, then a reporting verb.
                var verb = next;
                if (verb + 1 < sentence.Count && sentence[verb].Kind == TokenKind.Comma && _cues.IsReportingVerb(sentence[verb + 1]))
                {
                    verb++;
                }
                else if (verb < sentence.Count && sentence[verb].Kind == TokenKind.Comma && _cues.Phrase.AfterAppositive(sentence, verb) is var past and > 0
                    && past < sentence.Count && sentence[past].IsLower)
                {
                    // "Au marché, Lise Vautier, gérante d'Épices Lière (coopérative), tenait son
                    // stand": the name's appositive, then its verb.
                    verb = past;
                }

                if (verb >= sentence.Count || !sentence[verb].IsLower)
                {
                    return Subject.None;
                }

                // Its verb follows: "…, Ann Lee for The Long Winter, Rita Hale and Jane Roe" lists names.
                var subject = _cues.Phrase.ReadForward(sentence, i + 1);
                var end = subject.End < sentence.Count && verb > next && subject.End == next ? verb : subject.End;
                return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && end < sentence.Count && sentence[end].IsLower
                    && !_cues.Words.Coordinators.Contains(sentence[end].Span)
                    ? subject
                    : Subject.None;
            }

            if (sentence[i].Kind == TokenKind.Quote || _cues.IsReportingVerb(sentence[i]))
            {
                return Subject.None;
            }
        }

        return Subject.None;
    }

    // "Maandag was oppositieleider Sanne Visser kritisch", "Am Freitag lobte Trainerin Eva Roth
    // das Team": where the finite verb stands second, a day or a month opening the sentence (after
    // a word or two, "Am", "Op") puts the subject after the verb and its fillers. Only a person
    // named in full counts.
    private Subject AfterVerbSecond(IReadOnlyList<Token> sentence)
    {
        const int MaxWordsBeforeTime = 2;
        if (!_cues.Words.VerbSecond)
        {
            return Subject.None;
        }

        var time = 0;
        while (time < sentence.Count && time <= MaxWordsBeforeTime && sentence[time].IsWord && !Lexicons.LexiconTables.Calendar.Contains(sentence[time].Span))
        {
            time++;
        }

        var verb = time + 1;
        if (time > MaxWordsBeforeTime || verb + 2 >= sentence.Count || !sentence[time].IsWord || !sentence[verb].IsLower || !sentence[verb].IsWord)
        {
            return Subject.None;
        }

        var start = _cues.Phrase.SkipFillers(sentence, verb + 1);
        var subject = start < sentence.Count && sentence[start].IsCapitalized ? _cues.Phrase.ReadForward(sentence, start) : _cues.Phrase.ReadDescribedName(sentence, start);
        return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && subject.Text.IndexOf(' ') > 0
            && _names.Complete(subject.Text) is { } name && IsPersonNamed(name)
            ? subject
            : Subject.None;
    }

    // The holder named after the role that `start` opens, or set off by commas after it, when a
    // verb (a lower-case word, no conjunction) follows; None otherwise.
    private Subject HolderAfterOpeningPhrase(IReadOnlyList<Token> sentence, int start)
    {
        var holder = _cues.Phrase.ReadForward(sentence, start);
        var verb = holder.End < sentence.Count && sentence[holder.End].Kind == TokenKind.Comma ? holder.End + 1 : holder.End;
        return holder.Kind == SubjectKind.Name && !holder.IsOrganisation && holder.End > start + 2 && sentence[holder.End - 1].IsCapitalized
            && verb < sentence.Count && sentence[verb].IsLower
            && !_cues.Words.Coordinators.Contains(sentence[verb].Span)
            ? holder
            : HolderAfterOffice(sentence, start);
    }

    // "El lunes, el portavoz de la oposición, Raúl Ortega, se mostró muy crítico": a role with
    // its office in a few words, then its holder set off by commas and a verb. Not a list ("…,
    // Raúl Ortega, y la concejala …"), nor a name that goes on past its comma.
    private Subject HolderAfterOffice(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxOfficeTokens = 6;
        var role = start + 1;
        if (role >= sentence.Count || !sentence[role].IsLower
            || !(_cues.Is(sentence[role], WordClass.RoleNoun | WordClass.Title) || _cues.Words.SpokesNouns.Contains(sentence[role].Span)))
        {
            return Subject.None;
        }

        // The office is the role's complement: a link or a capitalised word right after the role
        // ("de la oposición", "du club"), never a verb ("el alcalde felicitó a su concejal, X,").
        var first = role + 1;
        if (first >= sentence.Count || !(sentence[first].IsCapitalized || (sentence[first].IsLower
            && (_cues.Words.EmployerLinks.Contains(sentence[first].Span) || _cues.Words.OrganisationLinks.Contains(sentence[first].Span)))))
        {
            return Subject.None;
        }

        for (var comma = first; comma < sentence.Count && comma <= role + MaxOfficeTokens; comma++)
        {
            if (sentence[comma].Kind != TokenKind.Comma)
            {
                if (!sentence[comma].IsWord || _cues.IsReportingVerb(sentence[comma]))
                {
                    return Subject.None;
                }

                continue;
            }

            var name = comma + 1 < sentence.Count && sentence[comma + 1].IsCapitalized ? _cues.Phrase.ReadForward(sentence, comma + 1) : Subject.None;
            var verb = name.End + 1;
            return name.Kind == SubjectKind.Name && !name.IsOrganisation && name.Text.IndexOf(' ') > 0
                && name.End < sentence.Count && sentence[name.End].Kind == TokenKind.Comma
                && verb < sentence.Count && sentence[verb].IsLower && !_cues.Words.Coordinators.Contains(sentence[verb].Span)
                ? name
                : Subject.None;
        }

        return Subject.None;
    }

    // The name opening a sentence when a verb (a lower-case word) follows it, past an insert
    // between commas: "Rao, the youngest player in the draw, will now face …",
    // "Montero, de 47 años, fundó Nubia".
    private Subject OpeningSubject(IReadOnlyList<Token> sentence)
    {
        if (_openingSentence != _state.Sentence)
        {
            _opening = ReadOpeningSubject(sentence);
            _openingSentence = _state.Sentence;
        }

        return _opening;
    }

    private Subject LeadingPhrase(IReadOnlyList<Token> sentence)
    {
        if (_leadingSentence != _state.Sentence)
        {
            _leading = _cues.Phrase.ReadForward(sentence, 0);
            _leadingSentence = _state.Sentence;
        }

        return _leading;
    }

    private Subject ReadOpeningSubject(IReadOnlyList<Token> sentence)
    {
        const int MaxInsertTokens = 20;
        _openingVerb = -1;
        // "One woman, Rosa Calvi, found her cousin": the name after the description, when it
        // is a person's ("The play, A Long Winter, follows" names none).
        if (_cues.Phrase.ReadNamedAfterOpeningDescription(sentence) is { IsFound: true } described && IsPersonNamed(described.Text))
        {
            return described;
        }

        var subject = LeadingPhrase(sentence);
        if (subject.Kind != SubjectKind.Name)
        {
            return Subject.None;
        }

        // "Youssef Amrani (Dalmeer Lokaal) vindt": past a party in brackets.
        var next = _cues.Phrase.AfterOpeningNamesAffiliation(sentence, subject);
        if (next < sentence.Count && sentence[next].Kind == TokenKind.Comma)
        {
            var close = next + 1;
            while (close < sentence.Count && close <= next + MaxInsertTokens && (sentence[close].IsWord || sentence[close].Kind == TokenKind.Other))
            {
                close++;
            }

            if (close > next + 1 && close < sentence.Count && sentence[close].Kind == TokenKind.Comma)
            {
                // "Peter Lindqvist, from Harbourton, Vale County, said": a place's region after its own comma.
                const int MaxRegionWords = 3;
                var region = close + 1;
                while (region < sentence.Count && region <= close + MaxRegionWords && sentence[region].IsCapitalized)
                {
                    region++;
                }

                next = region > close + 1 && region + 1 < sentence.Count && sentence[region].Kind == TokenKind.Comma && sentence[region + 1].IsLower ? region + 1 : close + 1;
            }
            else
            {
                // "Ann Merridew, marketing manager at Harbour Prints believes …": never closed.
                var verb = _cues.Phrase.VerbAfterUnclosedAppositive(sentence, next);
                next = verb > 0 ? verb : sentence.Count;
            }
        }

        if (next < sentence.Count && sentence[next].IsLower)
        {
            _openingVerb = next;
            return subject;
        }

        return Subject.None;
    }

    // "And that he wants …": a conjunction, a complementiser and a subject (a pronoun or a name).
    private bool OpensWithReportedClause(IReadOnlyList<Token> sentence)
        => sentence.Count > 3 && sentence[0].IsWord && _cues.Words.Coordinators.Contains(sentence[0].Span)
        && sentence[1].IsLower && _cues.Is(sentence[1], WordClass.Complementiser)
        && (sentence[2].IsCapitalized || (sentence[2].IsLower && _cues.Words.Pronouns.Contains(sentence[2].Span)));

    // "On navigue à vue" standing alone, without a full stop: a heading that quotes, not more words.
    private static bool IsQuotedHeading(IReadOnlyList<Token> sentence, int quote)
    {
        var last = sentence[quote].Span;
        return sentence.Count == quote + 1 && (last.Length == 0 || !Structure.Punctuation.IsTerminal(last[0]));
    }

    // Whether the sentence before, in this paragraph, gave someone a quote: "« … », a déclaré X.
    // « … »" goes on with X's words even with no full stop (a heading stands on its own line, and
    // this quote follows a sentence of its paragraph), unless a comma inside its marks says its cue
    // is still to come; a slogan, a title or someone else's words after a sentence of narrative
    // ("Leur mot d'ordre ? « … »") do not go on.
    private bool QuotedJustBefore() => _state.LastQuotedSentence == _state.Sentence - 1 && _state.ParagraphsSinceQuoted == 0;

    /// <summary>
    /// The person the headline this finder was given names as its subject, when the headline's
    /// quote numbered <paramref name="quote"/> follows that name after one lower-case word (a
    /// verb: "veut", "urges"); otherwise null.
    /// </summary>
    public string? HeadlinePersonBefore(int quote) => quote == _headlineSaid ? _headlinePerson : null;

    /// <summary>
    /// Which quotes of a title or heading stand right by their cue: after a colon or a reporting
    /// verb ("Jane Roe : « … »", "Tories urge '…'"), or before one, a comma between ("« … », dit
    /// Jane Roe"). A headline packs its words: a quote further from its verb ("Roe défend sa loi
    /// « … »", "Acme boss '…'") is a name or a claim as often as it is speech. <paramref name="terms"/>
    /// says which quotes name a term after an article (see <c>IsNamedAsTerm</c>), read in the same pass.
    /// </summary>
    public bool[] CuedNextTo(string line, IReadOnlyList<QuoteSpan> quotes, out bool[] terms)
    {
        var cued = new bool[quotes.Count];
        terms = new bool[quotes.Count];
        var tokens = Token.Read(line, quotes, new List<Token>(), _cues.Words);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            var before = i > 0 && (tokens[i - 1].Kind == TokenKind.Colon || _cues.IsReportingVerb(tokens[i - 1]));
            var after = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Comma ? i + 2 : i + 1;
            cued[tokens[i].QuoteIndex] = before || (after < tokens.Count && _cues.IsReportingVerb(tokens[after]));
            terms[tokens[i].QuoteIndex] = IsNamedAsTerm(tokens, i);
        }

        return cued;
    }

    // "Sir Alan said" after "Sir Alan Marsh": a one-word name that no full name ends, that the article
    // writes alone after Sir or Dame, and that opens the full name of one salient person (not two
    // namesakes), is that person's first name; not when the article writes it as a surname ("Mr
    // Howard" is not the Howard Flight named before), nor an organisation's. A first name without
    // such a title may be anyone's.
    private string? FirstNameOfSalient(string? name)
        => name is not null && name.IndexOf(' ') < 0 && !_cast.IsOrganisation(name) && _genders.IsTitledFirstName(name) && !_genders.IsTitledSurname(name)
            && !_names.OpensSeveralFullNames(name) && _state.OnlySalientOpenedBy(name) is { } fuller && !_cast.IsOrganisation(fuller)
            ? fuller
            : name;

    // "bowler", "front-runner": a role that means only a holder the article named, or a compound
    // ending in one, which is no role the article can have given anyone under its last word.
    private bool IsHolderOnly(string role)
    {
        var word = Elision.Tail(role.AsSpan());
        var hyphen = word.LastIndexOf('-');
        var roles = _cues.Words.HolderOnlyRoles;

        // "le maire-adjoint": a deputy's compound means only whom the article gave it, never the
        // salient person, who is most often the holder of the office it deputises.
        return roles.Contains(word) || (hyphen > 0 && (roles.Contains(word.Slice(hyphen + 1)) || _cues.Words.DeputyWords.Contains(word.Slice(hyphen + 1))));
    }

    // "l'ingénieur", "el ingeniero": a profession the lexicon lists as an epithet, its elided article aside.
    private bool IsProfessionEpithet(string role)
        => _cues.Words.ProfessionEpithets.Contains(Elision.Tail(role.AsSpan()));

    // "Ana Gil dirige las obras. «…», dijo la ingeniera.": a profession as an epithet means the
    // person just named, the subject of the sentence just before, and no one else:
    // not someone named earlier (an unnamed engineer may be speaking), not a person the article
    // gave a role ("el alcalde Pedro Gil" is no engineer), an organisation, or a man called "la
    // ingeniera".
    private string? ProfessionMeant(string profession)
    {
        // The speaker of a quote just before is not meant: "« … », a dit Paul Roux. « … », a
        // répondu l'ingénieur" is someone answering him.
        var just = _state.Sentence - 1;
        var person = _state.LastSubjectSentence == just && _lastSubjectAlone && _state.LastQuotedSentence != just ? _state.LastSubject : null;
        if (person is null || _cast.IsOrganisation(person) || _descriptions.Contains(person) || _bodies.Contains(person)
            || _roles.HoldsAnyRole(person, _complete))
        {
            return null;
        }

        // A masculine form in Spanish, Portuguese or Italian (MaleTitles) never means a woman;
        // French writes "l'ingénieur" of women too, and lists no masculine form.
        var noun = Elision.Tail(profession.AsSpan());
        var gender = _genderOf(person);
        return (_cues.Words.FemaleTitles.Contains(noun) && gender == Gender.Male) || (_cues.Words.MaleTitles.Contains(noun) && gender == Gender.Female)
            ? null
            : person;
    }

    // Whether a sentence, after its subject, names no one else and gives no profession that could
    // be someone else's: "Paul Roux a visité le chantier avec une architecte" (or "avec Claire
    // Dumont") leaves a later "l'architecte" to no one. Bounded by the reach of a cue.
    private bool NamesNoOneElse(IReadOnlyList<Token> sentence, int from)
    {
        for (var i = from; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            var token = sentence[i];
            if (token.IsCapitalized || (token.IsLower && _cues.Words.ProfessionEpithets.Contains(Elision.Tail(token.Span))))
            {
                return false;
            }
        }

        return true;
    }

    // A person known as a man or a woman, or a name of two words or more the cast does not know as
    // a body: not whom "they" means ("police said … they said" after a named spokesman). A body, a
    // group or a one-word plural ("MPs") may be. When unsure, no one: a party the cast does not
    // know as a body is refused too.
    private bool IsOnePerson(string name)
        => !_cast.IsOrganisation(name) && !_descriptions.Contains(name) && (name.IndexOf(' ') > 0 || _genderOf(name) != Gender.Unknown);

    /// <summary>Whether <paramref name="speaker"/>, a name this finder returned, is an organisation's.</summary>
    public SpeakerKind KindOf(string speaker)
        => _descriptions.Contains(speaker) ? SpeakerKind.Description : _cast.IsOrganisation(speaker) || _bodies.Contains(speaker) ? SpeakerKind.Organisation : SpeakerKind.Person;

    private string? Resolve(Subject subject)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Name when subject.IsDocumentOwner:
                // "the Lund report said": the owner is someone the article gives in full, or an organisation.
                var owner = _names.Complete(subject.Text);
                return owner is not null && (!string.Equals(owner, subject.Text, StringComparison.Ordinal) || _cast.IsOrganisation(owner)) ? owner : null;
            case SubjectKind.Name when subject.IsEpithet:
                // "a tearful Lee told": the person the article named in full before, or no one. The
                // name must be one word the fuller name ends with: "a defiant Acme Holdings" is a
                // company of two words, no one's surname.
                // A name of several words after a capitalised article ("As Tom Fox") is itself in full.
                var described = _names.Complete(subject.Text);
                var fuller = subject.Text.IndexOf(' ') > 0
                    ? described is not null && described.IndexOf(' ') > 0
                    : described is not null && described.Length > subject.Text.Length + 1 && described[described.Length - subject.Text.Length - 1] == ' '
                        && described.EndsWith(subject.Text, StringComparison.Ordinal);
                return fuller && !_cast.IsOrganisation(described!) ? FirstNameOfSalient(described) : null;
            case SubjectKind.Name when subject.IsBody:
                // "the Harbour Trust said": a body or a place, by its name; never a person.
                _bodies.Add(subject.Text);
                return subject.Text;
            case SubjectKind.Name when subject.IsOrganisation:
                // "l'Union des usagers de Valmont": read as an organisation's name, lower-case words and all.
                _cast.Organisation(subject.Text, _state.Paragraph);
                return subject.Text;
            case SubjectKind.Name:
                if (subject.Employer is { } employer && _names.Complete(employer) is { } organisation)
                {
                    _cast.Organisation(organisation, _state.Paragraph);
                }

                return FirstNameOfSalient(_names.Complete(subject.Text));
            case SubjectKind.Organisation:
                return _cast.Resolve(subject.Text, _state.Paragraph, ReferenceReach);
            case SubjectKind.Pronoun:
                _askedGender = _genders.OfPronoun(subject.Text);
                var meant = _state.Antecedent(_askedGender, _genderOf, ReferenceReach, _isDescriptionOfOtherGender);
                _askedGender = Gender.Unknown;
                if (IsStaleDescription(meant))
                {
                    return null;
                }

                return meant is not null && PluralPronoun.Means(subject.Text, _cues.Words.PluralPronouns) && IsOnePerson(meant) ? null : meant;
            case SubjectKind.Role when IsProfessionEpithet(subject.Text):
                return ProfessionMeant(subject.Text);
            case SubjectKind.Role when subject.Text.IndexOf('|') > 0:
                // "la prima cittadina": the office's holder under either form of its noun.
                var forms = subject.Text.Split('|');
                foreach (var form in forms)
                {
                    if (_roles.Gave(form) && Resolve(new Subject(SubjectKind.Role, form, subject.End)) is { } officeHolder)
                    {
                        return officeHolder;
                    }
                }

                return Resolve(new Subject(SubjectKind.Role, forms[0], subject.End));
            case SubjectKind.Role:
                // "a défendu le ministre": the person the article made minister, if it made anyone.
                _askedRole = subject.Text;
                var salient = _state.Antecedent(Gender.Unknown, _genderOf, ReferenceReach, _isOtherDescription);
                _askedRole = string.Empty;
                var holder = _roles.Holder(subject.Text, subject.Complement, salient, _complete, out var decided);
                if (decided && IsNoPersonsName(holder))
                {
                    // "député Nupes-EELV de Paris": a party after the role, read as its holder.
                    holder = null;
                    decided = false;
                }
                if (!decided && subject.Employer is { } body && _names.Complete(body) is { } spokenFor)
                {
                    // "The Acme spokeswoman said", no one made her: Acme speaks, not whoever was last named.
                    _cast.Organisation(spokenFor, _state.Paragraph);
                    return spokenFor;
                }

                // "la directrice" after "la directrice d'un centre", no one named: that unnamed person.
                if (!decided && UnheldMeant(subject.Text) is { } unheld)
                {
                    return unheld;
                }

                // "said the bowler" with no bowler named: not the batsman named last, no one. An
                // epithet ("said the Northbay bowler") describes someone named before, as it did.
                if (!decided && !subject.IsEpithet && IsHolderOnly(subject.Text))
                {
                    return null;
                }

                return decided ? holder : salient;
            default:
                return null;
        }
    }
}
