using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Decides whether a phrase read as a speaker can be a person's or an organisation's name.
/// A wrong speaker is worse than none, so anything that merely happens to be capitalised is
/// turned away: numbers, possessives, dates, common nouns that open a sentence, the titles
/// of works that the article itself puts in quotes.
/// </summary>
internal sealed class NamePlausibility
{
    // Each fact about the article is read only when a name first needs it: most articles ask
    // about few names, and one without quotes asks about none.
    private readonly IReadOnlyList<string> _paragraphs;
    private readonly IEnumerable<string> _quotedTexts;

    // Words the article writes in lower case somewhere: a single capitalised word that is one
    // of them ("Office", "Arts") is a common noun that opened a sentence, not a name.
    private SpanSet? _lowerCaseWords;

    // What the article quotes: a "name" equal to a quoted phrase is a title of a work.
    private HashSet<string>? _quoted;

    // Capitalised words seen inside a sentence, where capitals mean a name, not a sentence start.
    private SpanSet? _capitalisedInside;

    // Last words of two-word runs of capitalised words ("Cyril Saulnier"), each mapped to the one
    // full name it ends, or to null when several full names share it.
    private Dictionary<string, string?>? _surnames;

    private readonly SpeechTables _words;

    // How many characters of news text bring one more distinct word of each kind, about: the
    // sets are sized from the article's length, so that they seldom grow.
    private const int CharactersPerLowerCaseWord = 12;
    private const int CharactersPerCapitalisedWord = 48;

    public NamePlausibility(IReadOnlyList<string> paragraphs, IEnumerable<string> quoted, SpeechTables words)
    {
        _words = words;
        _paragraphs = paragraphs;
        _quotedTexts = quoted;
    }

    private SpanSet LowerCaseWords => _lowerCaseWords ??= ReadLowerCaseWords();

    private HashSet<string> Quoted => _quoted ??= ReadQuoted();

    private SpanSet CapitalisedInside => _capitalisedInside ??= ReadCapitalisedInside();

    private Dictionary<string, string?> Surnames => _surnames ??= ReadFullNames();

    /// <summary>Whether <paramref name="name"/> can name who spoke.</summary>
    public bool IsPlausible(string name)
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
            if (word.Length == 0 || HasDigit(word) || IsPossessive(word))
            {
                return false;
            }

            if (!(_words.NameJoiners.Contains(word) && char.IsLower(word[0])))
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
                break;
            }

            rest = rest.Slice(space + 1);
        }

        if (nameLike == 0 || Quoted.Contains(name))
        {
            return false;
        }

        return words > 1 || (!IsCommonWord(name) && (CapitalisedInside.Contains(name.AsSpan()) || Surnames.ContainsKey(name)));
    }

    private SpanSet ReadLowerCaseWords()
    {
        var words = new SpanSet(TextLength() / CharactersPerLowerCaseWord);
        foreach (var paragraph in _paragraphs)
        {
            var reader = new WordReader(paragraph.AsSpan());
            while (reader.Read())
            {
                if (char.IsLower(paragraph[reader.Start]))
                {
                    words.Add(paragraph, reader.Start, reader.Length);
                }
            }
        }

        return words;
    }

    private int TextLength()
    {
        var length = 0;
        foreach (var paragraph in _paragraphs)
        {
            length += paragraph.Length;
        }

        return length;
    }

    private HashSet<string> ReadQuoted()
    {
        var quoted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var quote in _quotedTexts)
        {
            quoted.Add(Whitespace.Trim(quote));
        }

        return quoted;
    }

    private SpanSet ReadCapitalisedInside()
    {
        var words = new SpanSet(TextLength() / CharactersPerCapitalisedWord);
        foreach (var paragraph in _paragraphs)
        {
            AddCapitalisedInside(paragraph, words);
        }

        return words;
    }

    // A word counts as inside a sentence when a word, a comma or the like comes before it,
    // not a full stop, a quote mark or the paragraph's start.
    private static void AddCapitalisedInside(string paragraph, SpanSet words)
    {
        var afterStop = true;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (Punctuation.IsTerminal(c) || QuoteMarks.IsDouble(c) || c == ':')
                {
                    afterStop = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < paragraph.Length && (char.IsLetterOrDigit(paragraph[i]) || paragraph[i] is '\'' or '’' or '-' or '.'))
            {
                i++;
            }

            if (!afterStop && char.IsUpper(c))
            {
                // "Acme's" and "Jones'" show that "Acme" and "Jones" are names too; an apostrophe
                // inside a name ("O'Brien") is part of it.
                var word = paragraph.AsSpan(start, i - start).TrimEnd('.');
                words.Add(paragraph, start, word.Length - PossessiveEnding(word));
            }

            afterStop = paragraph[i - 1] == '.';
        }
    }

    /// <summary>Whether <paramref name="word"/> is a plausible name that ends some full name in the article.</summary>
    public bool IsKnownSurname(string word) => Surnames.ContainsKey(word) && IsPlausible(word);

    /// <summary>Whether <paramref name="surname"/> ends two different full names of the article.</summary>
    public bool IsAmbiguousSurname(string surname) => Surnames.TryGetValue(surname, out var full) && full is null;

    /// <summary>
    /// The one full name in the article that <paramref name="surname"/> ends ("Federer" gives
    /// "Roger Federer"), or <see langword="null"/> when there is none or more than one.
    /// </summary>
    public string? FullNameOf(string surname) => Surnames.TryGetValue(surname, out var full) ? full : null;

    private Dictionary<string, string?> ReadFullNames()
    {
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var run = new List<(int Start, int Length)>();
        foreach (var paragraph in _paragraphs)
        {
            AddFullNames(paragraph, run, surnames);
        }

        return surnames;
    }

    // Runs of capitalised words with only spaces between them: "Christmas. Cairn" is two runs.
    private void AddFullNames(string paragraph, List<(int Start, int Length)> run, Dictionary<string, string?> surnames)
    {
        var i = 0;
        while (i <= paragraph.Length)
        {
            var start = i;
            while (i < paragraph.Length && (char.IsLetterOrDigit(paragraph[i]) || (i > start && paragraph[i] is '\'' or '’' or '-')))
            {
                i++;
            }

            if (i > start && char.IsUpper(paragraph[start]))
            {
                run.Add((start, i - start));
            }
            else if (i > start)
            {
                FlushRun(paragraph, run, surnames);
            }

            var spaceOnly = true;
            while (i < paragraph.Length && !char.IsLetterOrDigit(paragraph[i]))
            {
                spaceOnly &= paragraph[i] == ' ';
                i++;
            }

            if (!spaceOnly || i >= paragraph.Length)
            {
                FlushRun(paragraph, run, surnames);
            }

            if (i >= paragraph.Length)
            {
                break;
            }
        }
    }

    private void FlushRun(string paragraph, List<(int Start, int Length)> run, Dictionary<string, string?> surnames)
    {
        if (run.Count > 0)
        {
            AddFullName(paragraph, run, surnames);
            run.Clear();
        }
    }

    // A run "British number one Tim Henman" is cut after its titles and nationalities to "Tim Henman".
    private void AddFullName(string paragraph, List<(int Start, int Length)> words, Dictionary<string, string?> surnames)
    {
        var start = 0;
        var last = words.Count - 1;
        // "India's Sania Mirza", "Arsenal's Thierry Henry": the name follows a possessive.
        while (start < last && (IsNotNamePart(paragraph.AsSpan(words[start].Start, words[start].Length))
            || IsPossessive(paragraph.AsSpan(words[start].Start, words[start].Length))))
        {
            start++;
        }

        if (last - start != 1)
        {
            return;
        }

        var first = paragraph.AsSpan(words[start].Start, words[start].Length);
        var lastWord = paragraph.AsSpan(words[last].Start, words[last].Length);
        if (IsPossessive(lastWord) || HasDigit(first) || HasDigit(lastWord))
        {
            return;
        }

        // A name an article repeats is compared in place, not joined again.
        var surname = lastWord.ToString();
        if (!surnames.TryGetValue(surname, out var known))
        {
            surnames[surname] = first.ToString() + " " + surname;
        }
        else if (known is not null && !IsFullName(known, first, surname))
        {
            surnames[surname] = null;
        }
    }

    // Whether `full` is `first`, a space and `surname`.
    private static bool IsFullName(string full, ReadOnlySpan<char> first, string surname)
        => full.Length == first.Length + 1 + surname.Length && full[first.Length] == ' '
        && full.AsSpan(0, first.Length).SequenceEqual(first) && full.AsSpan(first.Length + 1).SequenceEqual(surname.AsSpan());

    private bool IsNotNamePart(ReadOnlySpan<char> word)
        => _words.Titles.Contains(word) || IsNationalityOrParty(word) || _words.NotNames.Contains(word)
        || Stopwords.IsStopword(word) || IsDescriptiveCompound(word)
        || (word.Length > 1 && word[word.Length - 1] == 's' && IsNationalityOrParty(word.Slice(0, word.Length - 1)));

    private bool IsNationalityOrParty(ReadOnlySpan<char> word)
        => _words.Demonyms.Contains(word) || _words.NationalityNouns.Contains(word) || _words.Affiliations.Contains(word);

    // "Top-seeded", "Ex-minister": a compound with a lower-case part describes; names are
    // capitalised throughout ("Jean-Luc", "Hyung-Taik").
    private static bool IsDescriptiveCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private bool IsCommonWord(string word)
    {
        // Lower-cased on the stack: a name is short, and this runs for every one-word name.
        const int MaxOnStack = 64;
        Span<char> buffer = stackalloc char[MaxOnStack];
        var lower = word.Length <= MaxOnStack ? buffer.Slice(0, word.AsSpan().ToLowerInvariant(buffer)) : word.ToLowerInvariant().AsSpan();
        return Stopwords.IsStopword(lower) || LowerCaseWords.Contains(lower);
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a possessive: "Boeing's", "Jones'".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => PossessiveEnding(word) > 0;

    /// <summary>The length of a possessive's ending: 2 for "Boeing's", 1 for "Jones'", 0 for "O'Brien".</summary>
    public static int PossessiveEnding(ReadOnlySpan<char> word)
        => word.Length >= 2 && word[word.Length - 1] == 's' && word[word.Length - 2] is '\'' or '’' ? 2
        : word.Length >= 1 && word[word.Length - 1] is '\'' or '’' ? 1
        : 0;
}
