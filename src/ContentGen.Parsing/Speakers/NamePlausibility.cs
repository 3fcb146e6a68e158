using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Decides whether a phrase read as a speaker can be a person's or an organisation's name.
/// A wrong speaker is worse than none, so anything that merely happens to be capitalised is
/// turned away: numbers, possessives, dates, common nouns that open a sentence, the titles
/// of works that the article itself puts in quotes.
/// </summary>
internal sealed partial class NamePlausibility
{
    // What the article quotes is read only when a name first needs it: one without quotes asks about none.
    private readonly IReadOnlyList<string> _quotedTexts;

    // What the article quotes: a "name" equal to a quoted phrase is a title of a work.
    private HashSet<string>? _quoted;

    // What the article writes in lower case, capitalises inside sentences and gives as full names.
    private readonly NameFacts _facts;

    // The answers given so far: tracking asks about the same names sentence after sentence
    // (on BBC news, 14,191 questions about 8,136 names of their articles), and every fact the
    // answer reads is the article's, so it cannot change.
    private Dictionary<string, bool>? _answers;

    private readonly SpeechTables _words;

    // Where the answers, the quoted texts and the facts' lists are kept: lent with the page's buffers, or the facts' own.
    private readonly NameBuffers _buffers;

    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="quoted">What the article quotes.</param>
    /// <param name="words">The speech words of its language.</param>
    /// <param name="buffers">Where the facts are kept, lent with the page's buffers and empty; null makes their own.</param>
    public NamePlausibility(IReadOnlyList<string> paragraphs, IReadOnlyList<string> quoted, SpeechTables words, NameBuffers? buffers = null)
    {
        _words = words;
        _quotedTexts = quoted;
        _buffers = buffers ?? new NameBuffers();
        _facts = new NameFacts(paragraphs, words, NameFacts.DefaultSearchesPerSet, _buffers);
    }

    private HashSet<string> Quoted => _quoted ??= ReadQuoted();

    /// <summary>Whether <paramref name="name"/> can name who spoke.</summary>
    public bool IsPlausible(string name)
    {
        _answers ??= _buffers.Answers;
        if (!_answers.TryGetValue(name, out var plausible))
        {
            plausible = ReadPlausible(name);
            _answers[name] = plausible;
        }

        return plausible;
    }

    private bool ReadPlausible(string name)
    {
        // The words between single spaces, read in place: an empty one (two spaces) is no name.
        var words = 0;
        var nameLike = 0;
        var rest = name.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest.Slice(0, space);
            words++;
            if (word.Length == 0 || Digits.Any(word) || IsPossessive(word))
            {
                return false;
            }

            // "In Kleinfelden", "Auf Facebook": a preposition of place opening a run says where,
            // written with a capital because it opens the sentence. A name that begins with one
            // ("En Marche") is written so inside sentences too.
            if (words == 1 && space > 0 && _words.Locatives.Contains(word) && !_facts.CapitalisesInside(word))
            {
                return false;
            }

            // "Wenig Verständnis hat eine Pendlerin", "Kein Verständnis hat ein Anwohner": where every
            // noun is capitalised, a run that opens on a word standing only before common nouns (a
            // quantifier, an indefinite, a count: SpeechWords.NounDeterminers) is a noun phrase, the
            // object a verb-second clause fronts before its subject, never a name. A group of people
            // ("Einige Nachbarn … sagen") is read by the rules for groups: its noun is a listed one.
            if (words == 1 && space > 0 && _words.CapitalisesNouns && _words.NounDeterminers.Contains(word)
                && !IsListedNounOrItsPlural(LastWordOf(rest.Slice(space + 1))))
            {
                return false;
            }

            // "Blijft Sanne", "Does Sarah": the verb a question opens on, before a name (NameFacts.QuestionVerbRun.cs).
            if (words == 1 && space > 0 && _facts.OpensQuestionBeforeName(word))
            {
                return false;
            }

            // "Conseil Supérieur de l'Audiovisuel", "Jean d'Ormesson": a link or its article elided
            // into a capitalised word (Phrase.ElidedBodyLink.cs), inside any name, a body's or a
            // person's, never its first word.
            if (words > 1 && IsElidedIntoCapital(word))
            {
                nameLike++;
            }
            else if (words > 1 && space > 0 && word.Length == 1 && word[0] == '&')
            {
                // "Brink & Voskuil": the sign inside a firm's name, between two of its words (Phrase.AmpersandName.cs).
            }
            else if (!((_words.NameJoiners.Contains(word) || (words > 1 && space > 0 && LinksElidedCapital(word, rest.Slice(space + 1)))) && char.IsLower(word[0])))
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                if (!LexiconTables.Calendar.Contains(word) && !_words.Demonyms.Contains(word) && !_words.NotNames.Contains(word))
                {
                    nameLike++;
                }
            }

            if (space < 0)
            {
                // "Personally I", "Plan B": a single letter ends no one's name.
                if (word.Length == 1)
                {
                    return false;
                }

                break;
            }

            rest = rest.Slice(space + 1);
        }

        if (nameLike == 0 || Quoted.Contains(name))
        {
            return false;
        }

        return words > 1 || (!IsCommonWord(name) && !IsBareAnswer(name) && (_facts.CapitalisesInside(name.AsSpan()) || _facts.EndsFullName(name, out _)) && !IsCommonNoun(name));
    }

    // "Wort" in "Im letzten Wort bat sie": where every noun has a capital, a word the article writes
    // after an article or a count is a noun, unless it ends a full name (NameFacts.CommonNouns.cs).
    // A noun the speech lists know (a body's, a role's, a person's: "Stadtwerke", "Rentner") is read
    // by the rules for those, which speak of it as such.
    private bool IsCommonNoun(string name)
        => _words.CapitalisesNouns && !IsListedNoun(name.AsSpan()) && !_facts.EndsAnyFullName(name.AsSpan()) && _facts.WritesAsCommonNoun(name.AsSpan());

    private static ReadOnlySpan<char> LastWordOf(ReadOnlySpan<char> words) => words.Slice(words.LastIndexOf(' ') + 1);

    // "Nachbarn", "Kunden", "Rentnerinnen": a listed noun, or its German plural in -n, -en or -nen,
    // which the lists give in the singular. Three slices of one short word: no copy.
    private bool IsListedNounOrItsPlural(ReadOnlySpan<char> word)
        => IsListedNoun(word)
        || (word.EndsWith("n".AsSpan(), StringComparison.Ordinal) && IsListedNoun(word.Slice(0, word.Length - 1)))
        || (word.EndsWith("en".AsSpan(), StringComparison.Ordinal) && IsListedNoun(word.Slice(0, word.Length - 2)))
        || (word.EndsWith("nen".AsSpan(), StringComparison.Ordinal) && IsListedNoun(word.Slice(0, word.Length - 3)));

    private bool IsListedNoun(ReadOnlySpan<char> word)
        => (WordClasses.Of(_words, word) & ~WordClass.Classified) != WordClass.None || _words.IsCompoundBody(word)
        || _words.BodyNouns.Contains(word) || _words.PeopleNouns.Contains(word) || _words.ProfessionEpithets.Contains(word);

    private HashSet<string> ReadQuoted()
    {
        var quoted = _buffers.Quoted;
        for (var i = 0; i < _quotedTexts.Count; i++)
        {
            quoted.Add(Whitespace.Trim(_quotedTexts[i]));
        }

        return quoted;
    }

    /// <summary>Whether <paramref name="word"/> is a plausible name that ends some full name in the article.</summary>
    public bool IsKnownSurname(string word) => _facts.EndsFullName(word, out _) && IsPlausible(word);

    /// <summary>Whether the article writes <paramref name="word"/> with a capital inside sentences ("En Marche"), where nothing capitalises it.</summary>
    public bool CapitalisesInside(ReadOnlySpan<char> word) => _facts.CapitalisesInside(word);

    /// <summary>Whether <paramref name="word"/> ends any full name of the article: the test that comes before <see cref="IsKnownSurname"/>, on a span.</summary>
    public bool EndsAnyFullName(ReadOnlySpan<char> word) => _facts.EndsAnyFullName(word);

    /// <summary>
    /// The paragraph being read, from 0: a surname stands for the one person named with it so far,
    /// until a second is. <see cref="int.MaxValue"/> (before reading) asks about the whole article.
    /// </summary>
    public int ReadingParagraph { get; set; } = int.MaxValue;

    /// <summary>Whether <paramref name="surname"/> ends two different full names of the article, as read so far.</summary>
    public bool IsAmbiguousSurname(string surname) => _facts.EndsFullName(surname, ReadingParagraph, out var full) && full is null;

    /// <summary>
    /// The one full name that <paramref name="surname"/> ends ("Fennimore" gives "Rolf Fennimore"),
    /// as read so far, or <see langword="null"/> when there is none or more than one.
    /// </summary>
    public string? FullNameOf(string surname) => _facts.EndsFullName(surname, ReadingParagraph, out var full) ? full : null;

    /// <summary>
    /// The full name of the article's person whose surname <paramref name="surname"/> is, or <see langword="null"/>:
    /// tested on the span first, so that only a known surname is made a string.
    /// </summary>
    public string? FullNameEndingIn(ReadOnlySpan<char> surname)
        => EndsAnyFullName(surname) && Text.StringCache.Get(surname) is var word && IsKnownSurname(word) ? FullNameOf(word) : null;

    /// <summary>Whether <paramref name="initials"/> spell a rank the article wrote out before a full name ending in <paramref name="surname"/> ("DC" and "Vale").</summary>
    public bool IsRankInitialsOf(ReadOnlySpan<char> initials, ReadOnlySpan<char> surname) => _facts.IsRankInitialsOf(initials, surname);

    /// <summary>The article's full name that an unlisted trade glues <paramref name="name"/> to, or null (NameFacts.UnlistedTradeRun.cs).</summary>
    public string? FullNameAfterTrade(string name) => _facts.FullNameAfterTrade(name, ReadingParagraph);

    /// <summary>Whether <paramref name="name"/> is a firm's noun and a surname (NameFacts.FirmBeforeSurname.cs).</summary>
    public bool IsFirmBeforeSurname(string name) => _facts.IsFirmBeforeSurname(name);

    /// <summary>Whether two full names or more of the article open with <paramref name="first"/>.</summary>
    public bool OpensSeveralFullNames(string first) => _facts.OpensSeveralFullNames(first);

    /// <summary>The one full name of the article that opens with <paramref name="first"/>, or null.</summary>
    public string? OnlyFullNameOpenedBy(string first) => _facts.OnlyFullNameOpenedBy(first);

    private bool IsCommonWord(string word)
    {
        // Lower-cased on the stack: a name is short, and this runs for every one-word name.
        const int MaxOnStack = 64;
        Span<char> buffer = stackalloc char[MaxOnStack];
        var lower = word.Length <= MaxOnStack ? buffer.Slice(0, word.AsSpan().ToLowerInvariant(buffer)) : word.ToLowerInvariant().AsSpan();
        return Stopwords.IsStopword(lower) || _facts.WritesInLowerCase(lower);
    }

    // "de" before "l'Audiovisuel": any language's link, when the word after it is elided into a capital.
    private static bool LinksElidedCapital(ReadOnlySpan<char> word, ReadOnlySpan<char> after)
    {
        var space = after.IndexOf(' ');
        var next = space < 0 ? after : after.Slice(0, space);
        return next.Length > 0 && SpeechTables.All.OrganisationLinks.Contains(word) && IsElidedIntoCapital(next);
    }

    private static bool IsElidedIntoCapital(ReadOnlySpan<char> word)
        => Elision.IntoCapital(word, out var head) && (SpeechTables.All.Definites.Contains(head) || SpeechTables.All.ElidedLinks.Contains(head));

    /// <summary>Whether <paramref name="word"/> is a possessive: "Boeing's", "Jones'".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => PossessiveEnding(word) > 0;

    /// <summary>The length of a possessive's ending: 2 for "Boeing's", 1 for "Jones'", 0 for "O'Brien".</summary>
    public static int PossessiveEnding(ReadOnlySpan<char> word)
        => word.Length >= 2 && word[word.Length - 1] == 's' && word[word.Length - 2] is '\'' or '’' ? 2
        : word.Length >= 1 && word[word.Length - 1] is '\'' or '’' ? 1
        : 0;
}
