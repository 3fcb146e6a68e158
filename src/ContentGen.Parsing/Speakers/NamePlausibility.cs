using System.Collections.Generic;
using System;
using ContentGen.Parsing.Lexicons;
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
    // Words the article writes in lower case somewhere: a single capitalised word that is one
    // of them ("Office", "Arts") is a common noun that opened a sentence, not a name.
    private readonly HashSet<string> _lowerCaseWords = new(StringComparer.Ordinal);

    // What the article quotes: a "name" equal to a quoted phrase is a title of a work.
    private readonly HashSet<string> _quoted = new(StringComparer.OrdinalIgnoreCase);

    // Last words of runs of capitalised words ("Cyril Saulnier"): a single word among them
    // opening a sentence is most likely someone already introduced by full name.
    // Capitalised words seen inside a sentence, where capitals mean a name, not a sentence start.
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);

    // Each maps to the one full name it ends, or to null when several full names share it.
    private readonly Dictionary<string, string?> _surnames = new(StringComparer.Ordinal);

    public NamePlausibility(IEnumerable<string> paragraphs, IEnumerable<string> quoted)
    {
        foreach (var paragraph in paragraphs)
        {
            AddCapitalisedInside(paragraph);
            var words = Words.Split(paragraph);
            foreach (var word in words)
            {
                if (char.IsLower(word[0]))
                {
                    _lowerCaseWords.Add(word);
                }
            }

            AddFullNames(paragraph);
        }

        foreach (var quote in quoted)
        {
            _quoted.Add(Whitespace.Trim(quote));
        }
    }

    /// <summary>Whether <paramref name="name"/> can name who spoke.</summary>
    public bool IsPlausible(string name)
    {
        var words = name.Split(' ');
        var nameLike = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || HasDigit(word) || IsPossessive(word))
            {
                return false;
            }

            if (LexiconTables.NameJoiners.Contains(word) && char.IsLower(word[0]))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            if (!LexiconTables.Calendar.Contains(word) && !LexiconTables.Demonyms.Contains(word) && !LexiconTables.NotNames.Contains(word))
            {
                nameLike++;
            }
        }

        if (nameLike == 0 || _quoted.Contains(name))
        {
            return false;
        }

        return words.Length > 1 || (!IsCommonWord(name) && (_capitalisedInside.Contains(name) || _surnames.ContainsKey(name)));
    }

    // A word counts as inside a sentence when a word, a comma or the like comes before it,
    // not a full stop, a quote mark or the paragraph's start.
    private void AddCapitalisedInside(string paragraph)
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
                // "Acme's" shows that "Acme" is a name too.
                var word = paragraph.Substring(start, i - start).TrimEnd('.');
                var apostrophe = word.IndexOfAny(new[] { '\'', '’' });
                _capitalisedInside.Add(apostrophe > 0 ? word.Substring(0, apostrophe) : word);
            }

            afterStop = paragraph[i - 1] == '.';
        }
    }

    /// <summary>Whether <paramref name="word"/> is a plausible name that ends some full name in the article.</summary>
    public bool IsKnownSurname(string word) => _surnames.ContainsKey(word) && IsPlausible(word);

    /// <summary>
    /// The one full name in the article that <paramref name="surname"/> ends ("Federer" gives
    /// "Roger Federer"), or <see langword="null"/> when there is none or more than one.
    /// </summary>
    public string? FullNameOf(string surname) => _surnames.TryGetValue(surname, out var full) ? full : null;

    // Runs of capitalised words with only spaces between them: "Christmas. Cairn" is two runs.
    private void AddFullNames(string paragraph)
    {
        var run = new List<string>();
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
                run.Add(paragraph.Substring(start, i - start));
            }
            else if (i > start)
            {
                FlushRun(run);
            }

            var spaceOnly = true;
            while (i < paragraph.Length && !char.IsLetterOrDigit(paragraph[i]))
            {
                spaceOnly &= paragraph[i] == ' ';
                i++;
            }

            if (!spaceOnly || i >= paragraph.Length)
            {
                FlushRun(run);
            }

            if (i >= paragraph.Length)
            {
                break;
            }
        }
    }

    private void FlushRun(List<string> run)
    {
        if (run.Count > 0)
        {
            AddFullName(run, 0, run.Count - 1);
            run.Clear();
        }
    }

    // A run "British number one Tim Henman" is cut after its titles and nationalities to "Tim Henman".
    private void AddFullName(List<string> words, int start, int last)
    {
        while (start < last && (LexiconTables.Titles.Contains(words[start]) || LexiconTables.Demonyms.Contains(words[start])
            || LexiconTables.NotNames.Contains(words[start]) || Stopwords.IsStopword(words[start].ToLowerInvariant())))
        {
            start++;
        }

        if (last - start != 1 || IsPossessive(words[last]) || HasDigit(words[start]) || HasDigit(words[last]))
        {
            return;
        }

        var full = words[start] + " " + words[last];
        if (!_surnames.TryGetValue(words[last], out var known))
        {
            _surnames[words[last]] = full;
        }
        else if (known is not null && !string.Equals(known, full, StringComparison.Ordinal))
        {
            _surnames[words[last]] = null;
        }
    }

    private bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Stopwords.IsStopword(lower) || _lowerCaseWords.Contains(lower);
    }

    private static bool HasDigit(string word)
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
    public static bool IsPossessive(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'", StringComparison.Ordinal) || word.EndsWith("’", StringComparison.Ordinal);
}
