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

    // "A Department for Transport spokeswoman", "a spokesman for Acme": the organisation named is
    // where an unnamed person works, and the subject stands for that person.
    private static bool IsSpokesperson(Subject subject)
        => subject.Kind == SubjectKind.Name && subject.Employer is { } employer
        && string.Equals(employer, subject.Text, StringComparison.Ordinal);

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
}
