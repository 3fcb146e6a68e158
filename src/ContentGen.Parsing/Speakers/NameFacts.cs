using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// What an article's own text tells of a word read as a name: whether it writes the word in lower
/// case somewhere, whether it capitalises it inside a sentence, and which full name it ends.
/// </summary>
/// <remarks>
/// An article asks whether it writes a word in lower case, or capitalises it inside a sentence,
/// about two or three single-word names (on BBC news). Reading every word of it into two sets to
/// answer them cost about 8% of the parse, in hashing and inserts; so each answer is read by an
/// ordinal search of the text for the word asked about, and only the places where it stands are
/// read as the sets would read them (NameFacts.SearchInPlace.cs). A word the reader would find is in the text, so a paragraph
/// without it holds no such word, and both ways answer alike. An article that asks about so many
/// words that the searches have read it <see cref="DefaultSearchesPerSet"/> times over is
/// answered from the sets from then on, built once: a hostile input stays linear. Full names are
/// read into their map at the first question, as before: searched for one at a time they cost
/// more, since articles ask about more surnames and each is in the text.
/// </remarks>
internal sealed partial class NameFacts
{
    /// <summary>
    /// How many times over the searches may read the article before the sets are built: a
    /// vectorised search passes over text many times faster than the sets' readers hash it.
    /// </summary>
    public const int DefaultSearchesPerSet = 16;

    // How many characters of news text bring one more distinct word of each kind, about: the
    // sets are sized from the article's length, so that they seldom grow.
    private const int CharactersPerLowerCaseWord = 12;
    private const int CharactersPerCapitalisedWord = 48;

    // Distinct two-word names an article of news gives, about (BBC: four or five, however long:
    // a page's length is mostly other text).
    private const int SurnamesPerArticle = 8;

    private readonly IReadOnlyList<string> _paragraphs;
    private readonly SpeechTables _words;
    private readonly int _length;
    private readonly long _budget;

    // Characters the searches have read so far.
    private long _read;

    // The sets, once searching has read past the budget.
    private SpanSet? _lowerCaseWords;
    private SpanSet? _capitalisedInside;

    // Last words of two-word runs of capitalised words ("Cyril Mercier"), read at the first
    // question, each with the one first name it follows, in place, or no paragraph when several
    // full names share it. Names repeat: a repeat is compared in place, and a full name becomes
    // a string only when asked for (kept, so that every answer is the same string).
    // Made at the first question: many articles ask none.
    private SpanSet? _surnames;
    private List<(string Paragraph, int Start, int Length)>? _firstNames;
    private List<string?>? _fullNames;

    // For each surname, the paragraph (by index) that first names someone with it in full, and
    // the one that first names a second person with it (int.MaxValue while none does).
    private List<(int First, int Second)>? _namedIn;

    // The first names of the further people a surname names ("Ramón Ordás" after "Lucía Ordás"),
    // each with the surname's index: "Ramón" alone is one of them.
    private List<(string Paragraph, int Start, int Length, int Surname)>? _kinFirstNames;
    private int _paragraphIndex;
    private bool _allSurnames;
    private List<(int Start, int Length)>? _run;

    // Where the lists and the set of full names come from: lent with the page's buffers, or the facts' own.
    private readonly NameBuffers _buffers;

    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="words">The speech words of its language.</param>
    /// <param name="searchesPerSet">How many times over the searches may read the article before the sets are built.</param>
    /// <param name="buffers">The lists the full names are read into, lent with the page's buffers and empty; null makes the facts' own.</param>
    public NameFacts(IReadOnlyList<string> paragraphs, SpeechTables words, int searchesPerSet = DefaultSearchesPerSet, NameBuffers? buffers = null)
    {
        _buffers = buffers ?? new NameBuffers();
        _paragraphs = paragraphs;
        _words = words;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            _length += paragraph.Length;
        }

        _budget = (long)searchesPerSet * _length;
    }

    /// <summary>Whether the answers now come from the sets of every word rather than from searches.</summary>
    public bool ReadsFromSets => _read >= _budget;

    /// <summary>Whether the article writes <paramref name="lower"/> as a word that starts in lower case.</summary>
    public bool WritesInLowerCase(ReadOnlySpan<char> lower)
    {
        if (_lowerCaseWords is null && !ReadsFromSets)
        {
            // By index: a search is short, and an enumerator per question would cost more than it.
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                _read += _paragraphs[p].Length;
                if (HoldsLowerCaseWord(_paragraphs[p], lower))
                {
                    return true;
                }
            }

            return false;
        }

        if (_lowerCaseWords is null)
        {
            _lowerCaseWords = new SpanSet(_length / CharactersPerLowerCaseWord);
            for (var i = 0; i < _paragraphs.Count; i++)
            {
                var paragraph = _paragraphs[i];
                ReadLowerCaseWords(paragraph, _lowerCaseWords);
            }
        }

        return _lowerCaseWords.Contains(lower);
    }

    /// <summary>Whether the article capitalises <paramref name="word"/> inside a sentence, where capitals mean a name.</summary>
    public bool CapitalisesInside(ReadOnlySpan<char> word)
    {
        if (_capitalisedInside is null && !ReadsFromSets)
        {
            // By index: a search is short, and an enumerator per question would cost more than it.
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                _read += _paragraphs[p].Length;
                if (HoldsCapitalisedInside(_paragraphs[p], word))
                {
                    return true;
                }
            }

            return false;
        }

        if (_capitalisedInside is null)
        {
            _capitalisedInside = new SpanSet(_length / CharactersPerCapitalisedWord);
            for (var i = 0; i < _paragraphs.Count; i++)
            {
                var paragraph = _paragraphs[i];
                ReadCapitalisedInside(paragraph, _capitalisedInside);
            }
        }

        return _capitalisedInside.Contains(word);
    }

    /// <summary>
    /// Whether <paramref name="surname"/> ends a full name of the article; <paramref name="fullName"/>
    /// is that name ("Fennimore" gives "Rolf Fennimore"), or null when two different ones end with it.
    /// </summary>
    public bool EndsFullName(string surname, out string? fullName) => EndsFullName(surname, int.MaxValue, out fullName);

    /// <summary>Whether <paramref name="surname"/> ends any full name of the article: a test on the span, with no string made.</summary>
    public bool EndsAnyFullName(ReadOnlySpan<char> surname)
    {
        ReadAllFullNames();
        return _surnames!.IndexOf(surname) >= 0;
    }

    /// <summary>
    /// Whether <paramref name="surname"/> ends a full name of the article; <paramref name="fullName"/>
    /// is the one full name it stands for as read up to the paragraph numbered <paramref name="paragraph"/>:
    /// the first given with it, while no second person has been named with it yet ("Harwood"
    /// after "Jason Harwood", before "Andy Harwood"); else, as for the whole article, that name
    /// when it is the only one, and null when it is not.
    /// </summary>
    public bool EndsFullName(string surname, int paragraph, out string? fullName)
    {
        ReadAllFullNames();
        var index = _surnames!.IndexOf(surname.AsSpan());
        if (index < 0)
        {
            fullName = null;
            return false;
        }

        var (first, second) = _namedIn![index];
        fullName = second == int.MaxValue || (first <= paragraph && paragraph < second) ? _fullNames![index] ??= FullName(index) : null;
        return true;
    }

    /// <summary>
    /// Whether two full names or more of the article open with <paramref name="first"/>: "Alan" with
    /// "Alan Marsh" and "Alan Pike" (two people, whom "Sir Alan" alone does not tell apart).
    /// </summary>
    public bool OpensSeveralFullNames(string first)
    {
        ReadAllFullNames();
        var count = 0;
        for (var i = 0; i < _firstNames!.Count && count < 2; i++)
        {
            var (paragraph, start, length) = _firstNames[i];
            if (paragraph.AsSpan(start, length).SequenceEqual(first.AsSpan()))
            {
                count++;
            }
        }

        return count + KinOpenedBy(first, out _) > 1;
    }

    // How many further people of a family the article names open with `first` (0, 1, or 2 for
    // more), and the one surname's index when one does.
    private int KinOpenedBy(string first, out int surname)
    {
        surname = -1;
        if (_kinFirstNames is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var (paragraph, start, length, kinSurname) in _kinFirstNames)
        {
            if (paragraph.AsSpan(start, length).SequenceEqual(first.AsSpan()) && ++count == 1)
            {
                surname = kinSurname;
            }
        }

        return Math.Min(count, 2);
    }

    /// <summary>
    /// The one full name of the article that opens with <paramref name="first"/> ("Marta Rubiales"
    /// for "Marta"), or null when none does or several do.
    /// </summary>
    public string? OnlyFullNameOpenedBy(string first)
    {
        ReadAllFullNames();
        var only = -1;
        for (var i = 0; i < _firstNames!.Count; i++)
        {
            var (paragraph, start, length) = _firstNames[i];
            if (paragraph.AsSpan(start, length).SequenceEqual(first.AsSpan()))
            {
                if (only >= 0)
                {
                    return null;
                }

                only = i;
            }
        }

        // "Su hijo, Ramón Ordás", after "Lucía Ordás": a further person of a family counts as well.
        var kin = KinOpenedBy(first, out var kinSurname);
        if (kin > 1 || (kin == 1 && only >= 0))
        {
            return null;
        }

        if (kin == 1)
        {
            var last = _surnames![kinSurname];
            var name = new JoinedText(first.Length + 1 + last.Length);
            name.Append(first.AsSpan());
            name.Append(' ');
            name.Append(last);
            return name.ToStringAndReturn();
        }

        return only < 0 ? null : _fullNames![only] ??= FullName(only);
    }

    // Every full name of the article, read once, at the first question about one.
    private void ReadAllFullNames()
    {
        if (_allSurnames)
        {
            return;
        }

        _surnames = _buffers.Surnames;
        _firstNames = _buffers.FirstNames;
        _fullNames = _buffers.FullNames;
        _namedIn = _buffers.NamedIn;
        for (_paragraphIndex = 0; _paragraphIndex < _paragraphs.Count; _paragraphIndex++)
        {
            AddFullNames(_paragraphs[_paragraphIndex]);
        }

        ForgetQuestionRunsNamedElsewhere();
        _allSurnames = true;
    }

    // "Cyril" and "Mercier" made one string: the first full name the surname ends.
    private string FullName(int surname)
    {
        var (paragraph, start, length) = _firstNames![surname];
        var last = _surnames![surname];
        var name = new JoinedText(length + 1 + last.Length);
        name.Append(paragraph.AsSpan(start, length));
        name.Append(' ');
        name.Append(last);
        return name.ToStringAndReturn();
    }

    // Adds the paragraph's words that start in lower case to `words`.
    private static void ReadLowerCaseWords(string paragraph, SpanSet words)
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

    // Adds the paragraph's capitalised words inside a sentence to `words`. A word counts as inside
    // a sentence when a word, a comma or the like comes before it, not a full stop, a quote mark
    // or the paragraph's start.
    private static void ReadCapitalisedInside(string paragraph, SpanSet words)
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
            i = WordRunEnd(paragraph.AsSpan(), i);
            if (!afterStop && char.IsUpper(c))
            {
                words.Add(paragraph, start, NameOfRun(paragraph.AsSpan(start, i - start)).Length);
            }

            afterStop = paragraph[i - 1] == '.';
        }
    }

    // Where the run of a word's letters and digits that opens at `at` ends: it runs on through apostrophes, hyphens and
    // full stops ("O'Brien", "Kilroy-Silk", "U.S."). ReadCapitalisedInside and the search in place (CapitalisedWordAt)
    // read a word so.
    private static int WordRunEnd(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' or '.'))
        {
            i++;
        }

        return i;
    }

    // The name a run of WordRunEnd stands for, without its full stops and a possessive's ending: "Acme's" and "Jones'"
    // show that "Acme" and "Jones" are names too; an apostrophe inside a name ("O'Brien") is part of it.
    private static ReadOnlySpan<char> NameOfRun(ReadOnlySpan<char> run)
    {
        var word = run.TrimEnd('.');
        return word.Slice(0, word.Length - NamePlausibility.PossessiveEnding(word));
    }

    // Runs of capitalised words with only spaces between them: "Christmas. Cairn" is two runs.
    private void AddFullNames(string paragraph)
    {
        var run = _run ??= _buffers.Run;
        var i = 0;
        while (i <= paragraph.Length)
        {
            if (run.Count == 0)
            {
                // With no run open, the words up to the next capitalised one change nothing: most
                // of a paragraph is skipped by a test of each character, not read word by word.
                i = NextCapitalisedWord(paragraph, i);
                if (i < 0)
                {
                    break;
                }
            }

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
                FlushRun(paragraph);
            }

            var spaceOnly = true;
            while (i < paragraph.Length && !char.IsLetterOrDigit(paragraph[i]))
            {
                spaceOnly &= paragraph[i] == ' ';
                i++;
            }

            if (!spaceOnly || i >= paragraph.Length)
            {
                FlushRun(paragraph);
            }

            if (i >= paragraph.Length)
            {
                break;
            }
        }
    }

    // The start of the first word at or after `from` (a word's start, or a separator) that starts
    // with a capital, or -1: a word runs from a letter or digit through letters, digits and the
    // apostrophes and hyphens inside it, as AddFullNames reads it.
    private static int NextCapitalisedWord(string paragraph, int from)
    {
        for (var i = from; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if ((c is >= 'A' and <= 'Z' || (c > '\u007f' && char.IsUpper(c))) && StartsWord(paragraph, i))
            {
                return i;
            }
        }

        return -1;
    }

    // Whether the letter at `i` starts a word: "O'Brien" and "Jean-Luc" go on across their marks,
    // "l'Europe" is one word that starts in lower case, and "-- Europe" starts at its capital.
    private static bool StartsWord(string paragraph, int i)
    {
        var k = i - 1;
        while (k >= 0 && paragraph[k] is '\'' or '’' or '-')
        {
            k--;
        }

        return k < 0 || !char.IsLetterOrDigit(paragraph[k]);
    }

    private void FlushRun(string paragraph)
    {
        if (_run!.Count > 0)
        {
            AddFullName(paragraph, _run);
            _run.Clear();
        }
    }

    // A run "British number one Tim Hollis" is cut after its titles and nationalities to "Tim Hollis".
    private void AddFullName(string paragraph, List<(int Start, int Length)> words)
    {
        var last = words.Count - 1;
        var lastWord = paragraph.AsSpan(words[last].Start, words[last].Length);
        // "Gaat Marleen zelf ook klompen maken?", "Does Sarah ever …?" (NameFacts.QuestionVerbRun.cs).
        if (OpensQuestionOnVerb(paragraph, words) && !FiniteVerbFollows(paragraph, words))
        {
            AddQuestionVerb(paragraph, words[0], words[1]);
            return;
        }

        var start = 0;
        // "India's Priya Rao", "Arsenal's Thierry Henry": the name follows a possessive.
        // "Midfielder Edo" names Edo, but a role word before an organisation's noun is part of
        // its name ("Premier League").
        var organisation = _words.OrganisationNouns.Contains(lastWord);
        while (start < last && ((IsNotNamePart(paragraph.AsSpan(words[start].Start, words[start].Length))
                && !(organisation && _words.RoleNouns.Contains(paragraph.AsSpan(words[start].Start, words[start].Length))))
            || NamePlausibility.IsPossessive(paragraph.AsSpan(words[start].Start, words[start].Length))
            || IsElidedBeforeLowerCase(paragraph.AsSpan(words[start].Start, words[start].Length))))
        {
            start++;
        }

        // "Ihr Herausforderer Jens Ahlers", "mit dem Schreiner Jens Ahlers": where nouns are
        // capitalised, the word after an article or a possessive is a noun, not a first name.
        if (_words.CapitalisesNouns && last - start == 3 && IsArticle(paragraph.AsSpan(words[start].Start, words[start].Length)))
        {
            start++;
        }

        // "Verbundsprecher Thomas Reimold" (NameFacts.CompoundTitleRun.cs).
        if (last - start == 2 && OpensOnCompoundTitle(paragraph, words, start))
        {
            start++;
        }

        // "Schäfer Matthias Brenninger" (NameFacts.UnlistedTradeRun.cs).
        if (last - start == 2 && OpensOnUnlistedTrade(paragraph, words, start))
        {
            start++;
        }

        if (last - start == 2 && _words.CapitalisesNouns && FollowsArticle(paragraph, words, start))
        {
            start++;
        }

        // "Minister voor Jeugdzorg Anouk Verhulst" (NameFacts.PortfolioBeforeName.cs).
        if (last - start == 2 && FollowsRoleAndLink(paragraph, words, start))
        {
            start++;
        }

        // "der jeden Morgen Bus fährt", "die jeden Abend Klavier spielt", "mit einem Kollegen Maier":
        // where nouns are capitalised, a word that stands only before a noun (a quantifier, an
        // indefinite article, a possessive; "dem", "den", whose first words are nouns far more
        // often than first names) makes the first of two capitalised words after it a noun, and the
        // two no one's name. A name after such a word keeps its three words ("einem Kollegen Jens
        // Ahlers", read above).
        if (last - start == 1 && start == 0 && _words.CapitalisesNouns && FollowsNounDeterminer(paragraph, words))
        {
            return;
        }

        // "Klinikchef Oberle" (NameFacts.CompoundTitleRun.cs): a compound title before a surname is no first name.
        if (last - start == 1 && OpensOnCompoundTitle(paragraph, words, start))
        {
            return;
        }

        // "Brauerei Hallhuber" beside "Georg Hallhuber" (NameFacts.FirmBeforeSurname.cs): a firm is no namesake.
        if (last - start == 1 && IsFirmNoun(paragraph.AsSpan(words[start].Start, words[start].Length)))
        {
            return;
        }

        if (last - start != 1)
        {
            return;
        }

        var first = paragraph.AsSpan(words[start].Start, words[start].Length);

        // "Clive Dunmore's wild card" names Clive Dunmore as "Clive Dunmore said" does.
        var lastLength = words[last].Length - NamePlausibility.PossessiveEnding(lastWord);
        lastWord = lastWord.Slice(0, lastLength);

        // "Personally I", "Plan B": a single letter ends no one's name.
        if (Digits.Any(first) || Digits.Any(lastWord) || lastWord.Length <= 1)
        {
            return;
        }

        // "DC Vale" after "Detective Constable Ann Vale": the rank's initials are no first name (NameFacts.RankInitials.cs).
        if (IsKnownRankInitials(first, lastWord))
        {
            return;
        }

        // A name an article repeats is compared in place, not copied again.
        var added = _surnames!.Add(paragraph, words[last].Start, lastLength, out var surname);
        AddRankInitials(paragraph, words, start, surname);
        if (added)
        {
            _firstNames!.Add((paragraph, words[start].Start, words[start].Length));
            _fullNames!.Add(null);
            _namedIn!.Add((_paragraphIndex, int.MaxValue));
        }
        else if (_firstNames![surname] is var (known, knownStart, knownLength)
            && !known.AsSpan(knownStart, knownLength).SequenceEqual(first) && !IsPlaceBeforeSurname(paragraph, words, start))
        {
            if (_namedIn![surname].Second == int.MaxValue)
            {
                _namedIn[surname] = (_namedIn[surname].First, _paragraphIndex);
            }

            AddKinFirstName(paragraph, words[start].Start, words[start].Length, surname);
        }

        // "Derek and Pauline Haslam": a second person of the surname (NameFacts.Couple.cs).
        AddCoupleFirstName(paragraph, words, start, surname);
    }

    // "La fundadora, Lucía Ordás … Su hijo, Ramón Ordás": a further person of a family the article
    // names, kept once for each first name, so that "Ramón" alone may still find his full name.
    private void AddKinFirstName(string paragraph, int start, int length, int surname)
    {
        var kin = _kinFirstNames ??= _buffers.KinFirstNames;
        foreach (var (known, knownStart, knownLength, knownSurname) in kin)
        {
            if (knownSurname == surname && known.AsSpan(knownStart, knownLength).SequenceEqual(paragraph.AsSpan(start, length)))
            {
                return;
            }
        }

        kin.Add((paragraph, start, length, surname));
    }

    // "speaking in Leeds Kowalczyk admitted": a run that opens right after a preposition of place,
    // its first word the place, is no second person of a surname the article already gave; read
    // so, it would make the surname name nobody, in quotes before it as well.
    private bool IsPlaceBeforeSurname(string paragraph, List<(int Start, int Length)> words, int start)
    {
        if (start > 0)
        {
            return false;
        }

        var before = WordBeforeRun(paragraph, words);
        return before.Length > 0 && char.IsLower(before[0]) && _words.Locatives.Contains(before);
    }

    // Whether an article or a possessive stands right before the run's word at `start`: the run's
    // own word before it, or the word before the run ("der", "ihr" in lower case).
    private bool FollowsArticle(string paragraph, List<(int Start, int Length)> words, int start)
    {
        var before = start > 0 ? paragraph.AsSpan(words[start - 1].Start, words[start - 1].Length) : WordBeforeRun(paragraph, words);
        return IsArticle(before);
    }

    // The letters of the word right before the run, past the spaces between; empty when none.
    private static ReadOnlySpan<char> WordBeforeRun(string paragraph, List<(int Start, int Length)> words)
    {
        var end = words[0].Start;
        while (end > 0 && paragraph[end - 1] == ' ')
        {
            end--;
        }

        var begin = WordStartBefore(paragraph, end, nameMarks: false);
        return paragraph.AsSpan(begin, end - begin);
    }

    private bool FollowsNounDeterminer(string paragraph, List<(int Start, int Length)> words)
    {
        var before = WordBeforeRun(paragraph, words);
        return before.Length > 0 && char.IsLower(before[0]) && (_words.NounDeterminers.Contains(before) || _words.ObjectArticles.Contains(before));
    }

    private bool IsArticle(ReadOnlySpan<char> word)
        => word.Length > 0 && (_words.Definites.Contains(word) || _words.Indefinites.Contains(word) || _words.Possessives.Contains(word));

    // "Midfielder Edo", "Referee Graham Pollard": a role opening a run is no first name, nor is a
    // portfolio after it ("Wethouder Onderwijs Karin Bos"), nor, where every noun is capitalised, a
    // family tie ("sein Sohn Stefan"), nor a preposition of source opening the sentence ("Dalla
    // Asl spiegano", "Desde Aguas Claras insisten").
    private bool IsNotNamePart(ReadOnlySpan<char> word)
        => _words.IsAny(word, WordClass.TitleOrRole | NationalityOrParty | WordClass.NotName) || _words.Portfolios.Contains(word)
        || _words.SourcePrepositions.Contains(word)
        || (_words.CapitalisesNouns && (_words.MaleKinNouns.Contains(word) || _words.FemaleKinNouns.Contains(word)))
        || Stopwords.IsStopword(word) || IsDescriptiveCompound(word)
        || (word.Length > 1 && word[word.Length - 1] == 's' && IsNationalityOrParty(word.Slice(0, word.Length - 1)));

    private const WordClass NationalityOrParty = WordClass.Demonym | WordClass.NationalityNoun | WordClass.Affiliation;

    private bool IsNationalityOrParty(ReadOnlySpan<char> word) => _words.IsAny(word, NationalityOrParty);

    // "Top-seeded", "Ex-minister": a compound with a lower-case part describes; names are
    // capitalised throughout ("Jean-Luc", "Hyung-Taik").
    private static bool IsDescriptiveCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }
}
