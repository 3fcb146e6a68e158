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
    private readonly Func<string, Gender> _pronounGenderOf;

    // Whether the sentence that made its subject the last subject named no one else after it.
    private bool _lastSubjectAlone;
    private readonly Func<string, string?> _complete;
    private readonly Func<string, bool> _isPersonNamed;
    private readonly ISieve[] _sieves;
    private readonly InfinitiveContinuation _continuation;
    private readonly TurnToListener _turn;
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

    // The gender a gendered role word gave a person the discourse rules brought in, where the
    // titles right before names did not ("Selon l'avocate Marie Doré", "…, la alcaldesa del
    // pueblo, Carmen Vidal."): see SpeakerFinder.NameEndingSentence.cs.
    private readonly Dictionary<string, Gender> _describedGenders = new(StringComparer.Ordinal);

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

    // The headline's tokens as a range (SpeakerFinder.Headline.cs): one range serves every article.
    private readonly TokenRange _headlineRange = new(new List<Token>(), 0, 0);

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

    // Whether the sentence numbered `_copulaSentence`, whose tokens are `_copulaTokens`, holds a
    // copula (SpeakerFinder.InvertedSubject.cs).
    private int _copulaSentence;
    private IReadOnlyList<Token>? _copulaTokens;
    private bool _holdsCopula;

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
        _names = new NameRegistry(cues.IsDescriptor, word => cues.Words.SurnameParticles.Contains(word));
        _complete = _names.Complete;
        _isPersonNamed = IsPersonNamed;
        _isOtherDescription = IsOtherDescription;
        _isDescriptionOfOtherGender = IsDescriptionOfOtherGender;
        _deputyInFocus = IsDeputyInFocus;
        _cast = new Cast(cues, isKnownSurname);
        _genders = new Genders(cues.Words);
        _genderOf = GenderOf;
        _pronounGenderOf = GenderForPronoun;
        var shared = CueSieves.For(cues);
        _accordingTo = shared.AccordingTo;
        _adjacent = shared.Adjacent;
        _roles = new RoleHolders(cues);
        _continuation = new InfinitiveContinuation(cues);
        _turn = new TurnToListener(cues);
        _backReference = new BackReferenceCue(cues);

        // S9 (continuation) and S10 (the standfirst's headline subject) are the finder's own,
        // since they read the discourse state; S11 is not built (see docs/speakers.md).
        var colon = new ColonCue(cues, isKnownSurname, name => IsPersonNamed(name) && _genderOf(name) != Gender.Unknown);
        _sieves = new ISieve[]
        {
            shared.QuotedAsSaying,      // S1, through a second source
            shared.Adjacent,            // S1
            colon,                      // S2
            new OwnSieve(colon.OpeningDocumentClause), // S2, a document's reported clause
            shared.Label,               // S2, a label with no colon
            new OwnSieve(GoverningOpeningSubject), // S3, the opening subject's verb
            new OwnSieve(DocumentRelativeOwner), // S8, a relative clause on the subject's document
            shared.GoverningVerb,       // S3
            new StanceComplement(cues), // S3, a stance that the quote completes
            new JudgingComplement(cues), // S3, a judgement that the quote completes
            new WishingComplement(cues), // S3, a wish whose clause holds the quote
            new NamingComplement(cues), // S3, a name or description that the quote completes
            shared.Participle,          // S4
            shared.PassiveAgent,        // S5
            _accordingTo,               // S6
            new OwnWords(cues),         // S6, a phrase of the subject's own words
            shared.SentenceEnd,         // S7
            shared.Noun,                // S8
            new OwnSieve(colon.StatementOpenedBody), // S3, a body's clause after its statement opens the sentence
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
        _headlineText = headline;
    }

    // What the finder knows of an article, as before it reads one: everything set while reading is set here.
    private void Clear()
    {
        _plausibility = null!;
        _names.Clear();
        _state.Clear();
        _lastSubjectAlone = false;
        _objectPerson = null;
        ClearReportedRun();
        ClearFramedSource();
        _cast.Clear();
        _broughtDocuments.Clear();
        _genders.Clear();
        _agedFirstNames.Clear();
        _roles.Clear();
        _descriptions.Clear();
        _introducedNouns.Clear();
        _describedGenders.Clear();
        _linkedGenders.Clear();
        ClearAhead();
        ClearKindedNames();
        _bodies.Clear();
        _unheld.Clear();
        _unnamedOpenerSentence = -1;
        _unnamedPersonSentence = -1;
        _titledRoles.Clear();
        _rolesNamedLater.Clear();
        _professionHolders.Clear();
        ClearTradeEpithetNotes();
        _epithetsMeant.Clear();
        _epithetGenders.Clear();
        _givenAges.Clear();
        _roleNobodyHeld = Subject.None;
        _unresolvedRoleSentence = -1;
        _paragraphsAttributed = 0;
        _speakers.Clear();
        ClearParagraphPeople();
        _readingSentence = null;
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
        _copulaSentence = -1;
        _copulaTokens = null;
        _holdsCopula = false;
        ClearInterviewTurns();
    }

    /// <summary>
    /// Finds the speaker of each quote in one paragraph. Paragraphs must be given in document
    /// order, since references reach back to earlier ones.
    /// </summary>
    /// <param name="paragraph">The paragraph's text.</param>
    /// <param name="quotes">Its quotes.</param>
    /// <param name="lastQuoting">Whether no later paragraph of the article quotes: what follows its last quote may go unread (SpeakerFinder.AfterLastQuote.cs).</param>
    /// <returns>The speaker of each quote, or null: the finder's own list, read again by its next call.</returns>
    public IReadOnlyList<string?> Attribute(string paragraph, IReadOnlyList<QuoteSpan> quotes, bool lastQuoting = false)
    {
        var speakers = _speakers;
        speakers.Clear();
        for (var q = 0; q < quotes.Count; q++)
        {
            speakers.Add(null);
        }

        _state.NextParagraph();
        StartInterviewTurn();
        ClearParagraphPeople();
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
        var lastRead = LastReadSentence(sentences, lastQuoting);
        for (var s = 0; s < sentences.Count && !NothingAskedPast(s, lastRead, speakers); s++)
        {
            var sentence = sentences[s];
            _cast.Read(sentence, _state.Paragraph);
            _roles.Read(sentence);
            NoteTitledRoles(sentence);
            NoteProfessionHolders(sentence);
            NoteTradeEpithetUses(sentence);
            _readingSentence = sentence;
            _sentenceBefore = s > 0 ? sentences[s - 1] : null;
            (_paragraphSentences, _paragraphSentence) = (sentences, s);
            var reportedBefore = ReportedTurnBefore();
            // "Giulia, 19 anni, …, si è detta «…»": see SpeakerFinder.AgedFirstNameSubject.cs.
            NoteAgedFirstName(sentence);
            var sentenceSpeaker = AttributeSentence(sentence, s + 1 < sentences.Count ? sentences[s + 1] : null, paragraph, quotes, speakers);
            var otherBefore = _state.OtherSubjectSinceQuoted;
            Track(sentence, sentenceSpeaker, nextMayQuote: NextMayQuote(sentences, s));
            NoteAskedGuest(sentence, sentenceSpeaker, lastOfParagraph: s == sentences.Count - 1);
            NotePlainSentence(sentence, s);
            NoteReportedRun(sentence, sentenceSpeaker, reportedBefore, otherBefore);
            _state.Sentence++;
        }

        EndInterviewTurn(paragraph, sentences.Count);
        Sentences.Recycle(sentences, spare);
        if (sentences.Capacity <= MaxKeptTokens)
        {
            t_sentences = sentences;
        }

        // The paragraph's ranges are handed back: nothing may read them from here on.
        _readingSentence = null;
        (_sentenceBefore, _paragraphSentences) = (null, null);
        _unreadSentences.Clear();
        ReturnTokens(tokens);
        _paragraphsAttributed++;
        // "gemeente Tolbergen": a body's name given with the kind written before it (SpeakerFinder.KindedBodyName.cs).
        for (var q = 0; q < speakers.Count; q++)
        {
            speakers[q] = WithWrittenKind(speakers[q]);
        }

        return speakers;
    }

    // One quote's speaker is read in the order a reporter reads: the cue that links it to a
    // mention, then the rules that give it someone the cue left unnamed, then the sentences
    // around it, then the cue inside its marks. The first reading is in SpeakerFinder.ByCue.cs,
    // the sentences around in SpeakerFinder.ByContext.cs.
    private string? AttributeSentence(TokenRange sentence, TokenRange? next, string paragraph, IReadOnlyList<QuoteSpan> quotes, List<string?> speakers)
    {
        string? sentenceSpeaker = null;
        _spokesperson = false;
        _unnamedSpeaker = false;
        _groupSpeaker = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence[i].Kind != TokenKind.Quote || IsNounOfSpeakerBefore(sentence, i, speakers))
            {
                // "un « retenu »" after the quote it gave: see SpeakerFinder.ScareQuotedNoun.cs.
                continue;
            }

            var quote = sentence[i].QuoteIndex;
            var inner = WordsOf(quotes[quote], paragraph);
            if (IsTitleInMarks(sentence, i, inner) || IsMarkedTerm(sentence, i) || IsCalledByName(sentence, i) || IsNamedByNameNoun(sentence, i) || IsTitledQuote(sentence, i)
                || IsRenamedAfterQuote(sentence, i) || IsReadAloud(sentence, i))
            {
                continue;
            }

            var firstOfSentence = sentenceSpeaker is null;
            _roleNobodyHeld = Subject.None;
            var speaker = ByCue(sentence, i, speakers, out var subject)
                ?? SomeoneUnnamed(sentence, subject, firstOfSentence);
            speaker = speaker is not null && subject.Kind == SubjectKind.Pronoun ? PastNewcomer(speaker, subject) : speaker;
            if (firstOfSentence && OtherGenderOpensColonCue(sentence, i, subject, out var otherMeant))
            {
                // "Ella, en cambio, no se lo cree: «…»": see SpeakerFinder.OtherGenderColonCue.cs.
                speaker = otherMeant;
            }

            if (firstOfSentence && PassiveAgentBeforeColon(sentence, i, subject) is { } agent)
            {
                // "She was followed by Peter Hale, 61, a retired postman: "…"": see SpeakerFinder.PassiveAgentColonCue.cs.
                speaker = agent;
                subject = new Subject(SubjectKind.Name, agent, i);
            }

            if (speaker is not null && subject.Kind == SubjectKind.Pronoun && _genders.OfPronoun(subject.Text) == Gender.Unknown && PluralCueAfter(sentence, i))
            {
                // "«…», dijeron.", "„…“, betonten sie.": several people, no one speaker (SpeakerFinder.EndingCue.cs).
                speaker = null;
            }

            if (subject.Kind is SubjectKind.None or SubjectKind.Pronoun && GroupMeantByPluralCue(sentence, i) is { } group)
            {
                // "«…», denuncian." after "Los monitores del comedor aseguran …": see SpeakerFinder.GroupBefore.cs.
                _descriptions.Add(group);
                _groupSpeaker |= firstOfSentence;
                subject = new Subject(SubjectKind.Group, group, sentence.Count);
                speaker = group;
            }

            if (speaker is null && subject.Kind == SubjectKind.None && RoleAfterInvertedVerb(sentence, i) is { IsFound: true } role)
            {
                // "„…“, betonte die Bürgermeisterin.": see SpeakerFinder.RoleAfterVerb.cs.
                subject = role;
                speaker = Resolve(role) ?? SomeoneUnnamed(sentence, role, firstOfSentence);
            }

            if (speaker is null && subject.Kind is SubjectKind.None or SubjectKind.Unnamed && DescribedWitness(sentence, i) is { } witness)
            {
                // "A plumber from the estate, who did not give his name, said …": see SpeakerFinder.DescribedWitness.cs.
                speaker = witness;
                subject = new Subject(SubjectKind.Unnamed, witness, i);
            }
            if ((speaker is null ? subject.Kind == SubjectKind.None : IsDroppedSubject(subject)) && UnnamedByNoun(sentence, i) is { } unnamed)
            {
                // "«…», sospira una mamma all'uscita": see SpeakerFinder.UnnamedByNoun.cs.
                _descriptions.Add(unnamed);
                speaker = unnamed;
                subject = new Subject(SubjectKind.Unnamed, unnamed, i);
            }

            if (subject.Kind != SubjectKind.Pronoun && UnnamedColonLead(sentence, i) is { } lead)
            {
                // "Un vecino de la calle Mayor, …, resumió el ambiente: «…»": see SpeakerFinder.UnnamedColonLead.cs.
                _descriptions.Add(lead);
                speaker = lead;
                subject = new Subject(SubjectKind.Unnamed, lead, i);
            }

            if (speaker is null && subject.Kind is SubjectKind.None or SubjectKind.Role && UnnamedBackReference(sentence, i) is { } pointedBack)
            {
                // "«…», raconte ce retraité" after someone unnamed: see SpeakerFinder.UnnamedBackReference.cs.
                _descriptions.Add(pointedBack);
                speaker = pointedBack;
                subject = new Subject(SubjectKind.Unnamed, pointedBack, i);
            }

            if (speaker is null && subject.Kind == SubjectKind.None && DropsSubjectBeforePhrase(sentence, i))
            {
                // "«…», ha scritto in una nota.": see SpeakerFinder.DroppedSubjectBeforePhrase.cs.
                subject = Subject.Pronoun;
                speaker = Resolve(subject);
            }

            if (!subject.IsFound && ReportedByNextSentence(sentence, i, next) is { IsFound: true } reporting)
            {
                subject = reporting;
                speaker = Resolve(reporting);
            }

            if (speaker is null && TextPointedBack(sentence, i) is { } writer)
            {
                // "… veröffentlichte eine Stellungnahme. Darin heißt es: „…“": see SpeakerFinder.TextPointedBack.cs.
                speaker = writer;
                subject = new Subject(_cast.IsOrganisation(writer) ? SubjectKind.Organisation : SubjectKind.Name, writer, i);
            }

            if (speaker is null && InterviewTurnAnswer(paragraph, i, quotes[quote], subject) is { } answer)
            {
                // "Le mot n'est-il pas trop fort ?" then « … »: see SpeakerFinder.InterviewTurns.cs.
                speaker = answer;
            }
            else if (!subject.IsFound && QuoteAfterReportedRun(sentence, i, subject) is { } reportedOwner)
            {
                // "Eine Bewährung komme nicht in Betracht. „…“": see SpeakerFinder.ReportedSpeechRunsOn.cs.
                speaker = reportedOwner;
            }
            else if (!subject.IsFound && GoesOnWithWordsBefore(sentence, i, quotes[quote], inner))
            {
                speaker = SpeakerOfWordsBefore();
                speaker = speaker is not null && !_state.ReporterJustBefore && !_state.SubjectJustBefore ? PastNewcomer(speaker, subject) : speaker;
            }

            speaker ??= GoesOnWithReportBefore(sentence, i, subject)
                ?? ReportedInOwnMood(sentence, i, subject)
                ?? FragmentInReportedRun(sentence, i, subject)
                ?? StandfirstOfHeadlineSubject(sentence, i, subject)
                ?? InterviewAnswer(sentence, i);

            if (!firstOfSentence && SpeakerOfCueClause(sentence, i, sentenceSpeaker, speakers) is { } sameSpeaker)
            {
                // "« … », a répliqué le maire, qui dit ne pas vouloir « de procès »": see SpeakerFinder.CueClauseGoesOn.cs.
                speaker = sameSpeaker;
            }

            if (IsNamedInOwnWords(inner, subject, speaker) && !MayHoldInnerCue(quotes[quote], paragraph, inner))
            {
                // "“Sander heeft gelijk”, zegt de dierenarts": see SpeakerFinder.NamedInQuote.cs.
                speaker = null;
                // The cue inside the marks, read next, may still name the speaker.
            }

            // « Ça ne peut plus durer, s'agace la maire. … »: the cue inside the marks says who
            // speaks better than a continuation or a guess from outside, though not better than
            // a cue outside; a report set off by dashes inside that names no one leaves the
            // quote no one's.
            if (speaker is null || !subject.IsFound)
            {
                var inside = InnerCue(quotes[quote], paragraph, out var unread);
                speaker = inside ?? (unread ? null : speaker);
            }

            // A paragraph that turned to someone else before a carried quote: SpeakerFinder.ParagraphNewcomer.cs.
            speaker = speaker is not null ? PastParagraphNewcomer(speaker, subject, paragraph, quotes[quote]) : speaker;

            if (RoleMeansOther(sentence, subject, speaker) || FollowsUnresolvedRole(subject, speaker))
            {
                // "«…», admitió el empresario" of a woman: see SpeakerFinder.PersonWordGate.cs;
                // "l'élue a reconnu « … ». « … », a-t-elle expliqué": SpeakerFinder.UnresolvedRoleBefore.cs.
                speaker = null;
            }

            NoteUnresolvedRole(subject, speaker);

            if (subject.IsFound)
            {
                NoteLinkedPronounGender(subject, speaker, sentence, i);
            }

            // "Il raconte qu'un élève lui a demandé : « … »": the words are the pupil's, though the story
            // goes on with the teller (SpeakerFinder.ToldBySomeoneElse.cs): only the quote's speaker changes.
            speakers[quote] = ToldBySomeoneElse(sentence, i) ?? speaker;
            NoteCueSubject(i, subject, firstOfSentence, speaker);
            NoteRoleNamedLater(sentence, _paragraphsAttributed, quote, speaker, subject);
            if (firstOfSentence && speaker is not null)
            {
                sentenceSpeaker = speaker;
                _spokesperson = IsSpokesperson(subject);
            }

            // An unattributed quote in between means the next one cannot simply go on with the speaker before it.
            _state.Quoted(speaker);
            _state.LastQuoteAsked = Asks(inner);
        }

        return sentenceSpeaker;
    }

    // A verb's subject read as dropped ("», ha comentado a EFE"), which the words after the verb may still give.
    private static bool IsDroppedSubject(Subject subject) => subject.Kind == SubjectKind.Pronoun && subject.Text.Length == 0;

    // "A Department for Transport spokeswoman", "a spokesman for Acme": the organisation named is
    // where an unnamed person works, and the subject stands for that person.
    private static bool IsSpokesperson(Subject subject)
        => subject.Kind == SubjectKind.Name && subject.Employer is { } employer
        && string.Equals(employer, subject.Text, StringComparison.Ordinal);

    /// <summary>The last word of <paramref name="name"/>: its surname.</summary>
    internal static string LastWord(string name) => Text.StringCache.Get(name.AsSpan(name.LastIndexOf(' ') + 1));

    private static bool IsOnlySpace(string text, int from, int to) => to == from + 1 && text[from] == ' ';

    private static bool EndsWithWord(string name, string word)
        => name.EndsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || name[name.Length - word.Length - 1] == ' ');

    // A quote's words, read in place. A quote that goes on over paragraphs, whose repeated opening
    // marks are left out, is written into the finder's own buffer, not a new string: the model's
    // copy is made once, by the quote reader. The words are read until the next quote's are asked
    // for; a buffer grown past MaxKeptQuoteWords for a hostile quote is not kept.
    private ReadOnlySpan<char> WordsOf(QuoteSpan quote, string paragraph)
    {
        var end = quote.IsOpen ? paragraph.Length : quote.Close;
        if (quote.Continuations is null)
        {
            return paragraph.AsSpan(quote.Open + 1, end - quote.Open - 1);
        }

        var words = _continuedWords.Length >= end - quote.Open ? _continuedWords : new char[end - quote.Open];
        if (words.Length <= MaxKeptQuoteWords)
        {
            _continuedWords = words;
        }

        return words.AsSpan(0, quote.CopyInnerTo(paragraph, words));
    }

    private const int MaxKeptQuoteWords = 1 << 14;

    private char[] _continuedWords = [];

    // "the so-called "green corridor"", "der sogenannte „Grüne Ring“": a word that marks a term
    // right before the quote says the words are a name for something, quoted from nobody.
    private bool IsMarkedTerm(IReadOnlyList<Token> sentence, int quote)
        => quote > 0 && sentence[quote - 1].IsLower && _cues.Words.TermMarkers.Contains(sentence[quote - 1].Span);

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
