using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>Whether a person is known to be a man or a woman.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Gender evidence for an article's people, read as its paragraphs go by: a title before a
/// surname ("Mr Howard", "Mme Vautrin", "Frau Vogt", "la députée Anne Roux") says who is a man
/// or a woman. A surname seen with both is unknown. A pronoun is then never given to someone
/// the article shows to be of the other gender.
/// </summary>
/// <remarks>
/// The evidence is kept with the paragraph that first gave it, so that one reading of each paragraph
/// answers both what the paragraphs given so far show and what the whole article shows (a reader
/// that reads ahead, SpeakerFinder.LaterGender.cs): each paragraph is read once, not twice.
/// </remarks>
internal sealed class Genders
{
    // "Mme Anne-Marie de La Roche": the surname ends a short run of capitalised words.
    private const int MaxNameWords = 4;

    private readonly SpeechTables _words;
    // Made at the first evidence: many articles give none. Each surname's gender, with the
    // paragraph (by index) that first gave it and the one that first gave the other gender, from
    // which on it is unknown (int.MaxValue while none has).
    private Dictionary<string, (Gender Gender, int From, int UnknownFrom)>? _bySurname;
    // Words written alone after a title that goes before surnames ("Mr Howard", not "Sir John"):
    // surnames, whatever full name they may also open; each with the paragraph that first wrote it so.
    private Dictionary<string, int>? _titledSurnames;
    // Words written alone after a title that goes before first names ("Sir Alan", "Dame Ruth").
    private Dictionary<string, int>? _titledFirstNames;
    // Surnames a title stood before, whatever else gave them a gender ("Jon Vale said he …" gives one too).
    private Dictionary<string, int>? _titled;
    private readonly List<(int Start, int Length)> _run = new();

    // The paragraphs given, then those given to be read ahead: the evidence is read, in order, when
    // a gender is first asked for after them. Many articles never ask, and none asks after its last
    // pronoun. `_read` of them are read; the first `_given` are those given by Read, whose evidence
    // the questions ask about; the first `_ahead` those a whole article's questions ask about.
    private readonly List<string> _paragraphs = new();
    private int _read;
    private int _given;
    private int _ahead;

    public Genders(SpeechTables words)
    {
        _words = words;
    }

    /// <summary>How many surnames have a gender, or paragraphs wait to be read, whichever is more.</summary>
    public int Count => Math.Max(_bySurname?.Count ?? 0, Math.Max(_paragraphs.Count - _read, _run.Count));

    /// <summary>Forgets the article's evidence, to read another.</summary>
    public void Clear()
    {
        _bySurname?.Clear();
        _titledSurnames?.Clear();
        _titledFirstNames?.Clear();
        _titled?.Clear();
        _run.Clear();
        _paragraphs.Clear();
        _read = 0;
        _given = 0;
        _ahead = 0;
    }

    /// <summary>Takes the evidence of the next paragraph, to be read when a gender is asked for.</summary>
    public void Read(string paragraph)
    {
        if (_given < _paragraphs.Count)
        {
            if (ReferenceEquals(_paragraphs[_given], paragraph))
            {
                _given++;
                return;
            }

            // Not the paragraph given ahead: what was read ahead is no longer the article's.
            ForgetFrom(_given);
        }

        _paragraphs.Add(paragraph);
        _given++;
    }

    /// <summary>Whether the evidence is read on past the paragraphs given, for the whole article's questions.</summary>
    public bool ReadsAhead => _ahead > 0;

    /// <summary>
    /// Takes the article's paragraphs up to <paramref name="last"/>, to answer <see cref="OfWholeArticle"/>
    /// from the same reading as the paragraphs given; false, taking none, when those given are not
    /// the first of them.
    /// </summary>
    public bool ReadAhead(IReadOnlyList<Text.TextBlock> paragraphs, int last)
    {
        if (last < 0 || _given > last + 1)
        {
            return false;
        }

        for (var p = 0; p < _given; p++)
        {
            if (!ReferenceEquals(_paragraphs[p], paragraphs[p].Text))
            {
                return false;
            }
        }

        for (var p = _paragraphs.Count; p <= last; p++)
        {
            _paragraphs.Add(paragraphs[p].Text);
        }

        _ahead = last + 1;
        return true;
    }

    /// <summary>The gender the paragraphs taken by <see cref="ReadAhead"/> show <paramref name="name"/> to be of, by its last word.</summary>
    public Gender OfWholeArticle(string name) => OfAsOf(name, _ahead);

    // Reads the evidence of the paragraphs before `count`.
    private void ReadUpTo(int count)
    {
        for (; _read < count; _read++)
        {
            ReadNow(_paragraphs[_read]);
        }
    }

    // Forgets the paragraphs from `from` on, with what they gave, and the reading ahead.
    private void ForgetFrom(int from)
    {
        _paragraphs.RemoveRange(from, _paragraphs.Count - from);
        _ahead = 0;
        if (_read <= from)
        {
            return;
        }

        _read = from;
        if (_bySurname is not null)
        {
            var keys = new List<string>(_bySurname.Keys);
            foreach (var key in keys)
            {
                var (gender, first, unknownFrom) = _bySurname[key];
                if (first >= from)
                {
                    _bySurname.Remove(key);
                }
                else if (unknownFrom >= from && unknownFrom != int.MaxValue)
                {
                    _bySurname[key] = (gender, first, int.MaxValue);
                }
            }
        }

        ForgetFrom(_titledSurnames, from);
        ForgetFrom(_titledFirstNames, from);
        ForgetFrom(_titled, from);
    }

    private static void ForgetFrom(Dictionary<string, int>? words, int from)
    {
        if (words is null)
        {
            return;
        }

        foreach (var key in new List<string>(words.Keys))
        {
            if (words[key] >= from)
            {
                words.Remove(key);
            }
        }
    }

    // Whether the paragraphs before `count` wrote `word` so.
    private static bool HoldsAsOf(Dictionary<string, int>? words, string word, int count)
        => words is not null && words.TryGetValue(word, out var first) && first < count;

    private static void AddFirst(ref Dictionary<string, int>? words, string word, int paragraph)
    {
        words ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!words.ContainsKey(word))
        {
            words[word] = paragraph;
        }
    }

    // Evidence is a title right before a capitalised word: only a word followed by one, or a word
    // of the run after a title, is looked up. Most words of a paragraph are neither, and this
    // reading runs over every paragraph up to the last pronoun. The pronouns after a name are read
    // in the same pass over the words.
    private void ReadNow(string paragraph)
    {
        var pending = Gender.Unknown;
        var firstNameTitle = false;
        var referents = new Referents(_words);
        var reader = new Text.WordReader(paragraph.AsSpan());
        var more = reader.Read();
        _run.Clear();
        var lastEnd = 0;
        var lastLength = 0;
        while (more)
        {
            var word = reader.Word;
            var start = reader.Start;

            // "…, Mrs Karen Vogt. "They ran …"": a sentence's end closes the name after a title,
            // unless it stops an initial ("Karen J. Vogt").
            // "Bürgermeisterin Gisela Pfaffinger (Freie Wähler)": a bracket closes it too; the party
            // or place inside is no part of the name.
            if (_run.Count > 0 && ((lastLength > 1 && paragraph.IndexOfAny(SentenceEnds, lastEnd, start - lastEnd) >= 0)
                || paragraph.IndexOfAny(Brackets, lastEnd, start - lastEnd) >= 0))
            {
                Record(paragraph, pending, firstNameTitle);
                pending = Gender.Unknown;
            }

            lastEnd = start + word.Length;
            lastLength = word.Length;
            if (referents.HasGenderedPronouns)
            {
                referents.Read(this, paragraph, start, word);
            }

            var next = reader;
            more = next.Read();
            // "O marido da prefeita, Rui Pestana,": a comma after the title closes it; the name after
            // it may be anyone's (the role's apposition is read, more carefully, by RoleHolders).
            var beforeCapital = more && char.IsUpper(paragraph[next.Start]) && paragraph.IndexOf(',', start + word.Length, next.Start - start - word.Length) < 0;
            var inRun = pending != Gender.Unknown && char.IsUpper(word[0]) && _run.Count < MaxNameWords;

            // One lookup answers both title lists.
            var classes = inRun || beforeCapital ? (WordClass)_words.Classes.Flags(word) : WordClass.None;
            reader = next;
            if (inRun && (classes & (WordClass.MaleTitle | WordClass.FemaleTitle)) == 0)
            {
                _run.Add((start, word.Length));
                continue;
            }

            Record(paragraph, pending, firstNameTitle);
            pending = (classes & WordClass.MaleTitle) != 0 ? Gender.Male : (classes & WordClass.FemaleTitle) != 0 ? Gender.Female : Gender.Unknown;
            firstNameTitle = pending != Gender.Unknown && _words.FirstNameTitles.Contains(word);
        }

        Record(paragraph, pending, firstNameTitle);
    }

    // "Jon Vale said he would stay", "Ann Lee was praised for her role": a pronoun that only ever
    // means a man or a woman, standing after the name that opens its sentence, with no other
    // capitalised word, quotation mark or article between, means that name. An article brings in
    // someone else who may be meant ("Roe thanked the coach for his help"), a possessive name
    // someone of its own ("Roe's husband said he"), and words in quotes speak of anyone.
    private struct Referents
    {
        private readonly SpeechTables _words;
        private bool _opensSentence;
        private bool _inName;
        private bool _looking;
        // The word before was a copula after the name ("Lea Neri è"): the next may agree with her.
        private bool _afterCopula;
        private readonly bool _hasReferents;
        // Words read since the name: a copula further on may be a later clause's ("dijo que su casa fue").
        private int _sinceName;
        private int _nameStart;
        private int _nameLength;
        private int _end;

        public Referents(SpeechTables words)
        {
            _words = words;
            _hasReferents = words.MaleReferents.Count > 0 || words.FemaleReferents.Count > 0;
            HasGenderedPronouns = _hasReferents || words.MaleAgreementEndings.Count > 0 || words.FemaleAgreementEndings.Count > 0;
            _opensSentence = true;
            _inName = false;
            _looking = false;
            _afterCopula = false;
            _sinceName = 0;
            _nameStart = 0;
            _nameLength = 0;
            _end = 0;
        }

        /// <summary>Whether the language has pronouns, or participle endings after a copula, that give a gender.</summary>
        public bool HasGenderedPronouns { get; }

        /// <summary>Reads the paragraph's next word.</summary>
        public void Read(Genders genders, string paragraph, int start, ReadOnlySpan<char> word)
        {
            var gap = paragraph.AsSpan(_end, start - _end);
            _end = start + word.Length;

            // Most words stand after a single space, which ends no sentence and no name.
            var space = gap.Length == 1 && gap[0] == ' ';
            if (!space && gap.IndexOfAny(SentenceEnds) >= 0)
            {
                _opensSentence = true;
                _looking = false;
            }

            // "The Tories, he said, …", "Roe, a friend of Vale, said he", "…, he claimed": past a
            // comma the pronoun may be whoever reports or whom an insert names.
            if (!space && (gap.IndexOfAny(Structure.Punctuation.DoubleQuoteMarks) >= 0 || gap.IndexOf(',') >= 0))
            {
                _looking = false;
                _inName = false;
            }

            var capitalised = char.IsUpper(word[0]);
            if (_opensSentence)
            {
                _opensSentence = false;
                _inName = _looking = capitalised;
                (_nameStart, _nameLength) = (start, word.Length);
                _sinceName = 0;
                return;
            }

            if (_inName && capitalised && space)
            {
                (_nameStart, _nameLength) = (start, word.Length);
                return;
            }

            if (_inName && NamePlausibility.PossessiveEnding(paragraph.AsSpan(_nameStart, _nameLength)) > 0)
            {
                _looking = false;
            }

            _inName = false;
            if (!_looking)
            {
                _afterCopula = false;
                return;
            }

            // Where no pronoun gives a gender (fr, it, es, pt), only the copula's participle can: no word
            // past it is looked up.
            if (!_hasReferents && _sinceName > MaxWordsToCopula)
            {
                _looking = false;
                _afterCopula = false;
                return;
            }

            // One lookup answers the four lists.
            var classes = capitalised ? WordClass.None : (WordClass)_words.Classes.Flags(word);
            if (capitalised || (classes & (WordClass.Article)) != 0)
            {
                _looking = false;
                _afterCopula = false;
                return;
            }

            var gender = (classes & WordClass.MaleReferent) != 0 ? Gender.Male : (classes & WordClass.FemaleReferent) != 0 ? Gender.Female : Gender.Unknown;
            if (gender == Gender.Unknown && _afterCopula)
            {
                gender = AgreementOf(_words, word);
            }

            _sinceName++;
            _afterCopula = (classes & WordClass.Copula) != 0 && _sinceName <= MaxWordsToCopula;
            if (gender != Gender.Unknown)
            {
                genders.Note(Text.StringCache.Get(paragraph.AsSpan(_nameStart, _nameLength)), gender);
                _looking = false;
            }
        }
    }

    // "Lea Neri è stata", "Ana Lobo foi eleita", "Anne Roux est arrivée": the participle or adjective right
    // after the copula agrees with the name that opens the sentence. A short word ("nada", "fado") is no
    // participle, and a word that ends both ways is no evidence.
    private static Gender AgreementOf(SpeechTables words, ReadOnlySpan<char> word)
    {
        if (word.Length < MinAgreeingWord)
        {
            return Gender.Unknown;
        }

        var male = words.MaleAgreementEndings.EndsAny(word);
        var female = words.FemaleAgreementEndings.EndsAny(word);
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    // "Ana Pardo no fue elegida", "Lea Neri ieri è stata": the copula is the name's own verb when at most
    // one word (a negation, an adverb) stands before it.
    private const int MaxWordsToCopula = 2;

    // "nada", "fado", "née" are too short to be read safely by their ending; "stata", "eleita", "arrivée" are not.
    private const int MinAgreeingWord = 5;

    private static readonly char[] SentenceEnds = { '.', '!', '?' };
    private static readonly char[] Brackets = { '(', ')', '[', ']' };

    /// <summary>The gender of <paramref name="name"/> by its last word, or unknown.</summary>
    public Gender Of(string? name) => OfAsOf(name, _given);

    // The gender the paragraphs before `count` show `name` to be of.
    private Gender OfAsOf(string? name, int count)
    {
        if (name is null)
        {
            return Gender.Unknown;
        }

        ReadUpTo(count);
        if (_bySurname is null)
        {
            return Gender.Unknown;
        }

        var space = name.LastIndexOf(' ');
        var surname = space < 0 ? name : Text.StringCache.Get(name.AsSpan(space + 1));
        return _bySurname.TryGetValue(surname, out var known) && known.From < count
            ? known.UnknownFrom < count ? Gender.Unknown : known.Gender
            : Gender.Unknown;
    }

    /// <summary>Whether a title stood before <paramref name="name"/>'s last word ("Mrs Laura Pike"), so that its gender is the title's.</summary>
    public bool IsTitled(string name)
    {
        ReadUpTo(_given);
        var space = name.LastIndexOf(' ');
        return _titled is not null && HoldsAsOf(_titled, space < 0 ? name : Text.StringCache.Get(name.AsSpan(space + 1)), _given);
    }

    /// <summary>Whether the article writes <paramref name="word"/> alone after a title that goes before surnames ("Mr Howard").</summary>
    public bool IsTitledSurname(string word)
    {
        ReadUpTo(_given);
        return HoldsAsOf(_titledSurnames, word, _given);
    }

    /// <summary>Whether the article writes <paramref name="word"/> alone after a title that goes before first names ("Sir Alan").</summary>
    public bool IsTitledFirstName(string word)
    {
        ReadUpTo(_given);
        return HoldsAsOf(_titledFirstNames, word, _given);
    }

    /// <summary>The gender a pronoun gives its antecedent: "he", "elle", "a-t-il".</summary>
    public Gender OfPronoun(string pronoun)
    {
        var dash = pronoun.LastIndexOf('-');
        var word = dash >= 0 ? pronoun.AsSpan(dash + 1) : pronoun.AsSpan();
        // "his", "her": a possessive that only a man's or a woman's owner takes gives the gender too.
        var male = _words.MalePronouns.Contains(word) || _words.MaleReferents.Contains(word);
        var female = _words.FemalePronouns.Contains(word) || _words.FemaleReferents.Contains(word);

        // German "sie" is she and they; a word of both lists says nothing.
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    private void Record(string paragraph, Gender gender, bool firstNameTitle)
    {
        if (gender != Gender.Unknown && _run.Count > 0)
        {
            // "Mr Vale's sentiments": the possessive's ending is no part of the surname.
            var last = _run[_run.Count - 1];
            var surname = Text.StringCache.Get(paragraph.AsSpan(last.Start, last.Length - NamePlausibility.PossessiveEnding(paragraph.AsSpan(last.Start, last.Length))));
            Note(surname, gender);
            AddFirst(ref _titled, surname, _read);
            if (_run.Count == 1 && !firstNameTitle)
            {
                AddFirst(ref _titledSurnames, surname, _read);
            }
            else if (_run.Count == 1)
            {
                AddFirst(ref _titledFirstNames, surname, _read);
            }
        }

        _run.Clear();
    }

    // A surname seen with both genders is unknown, from the paragraph that gave the second on.
    private void Note(string surname, Gender gender)
    {
        _bySurname ??= new Dictionary<string, (Gender, int, int)>(StringComparer.Ordinal);
        if (!_bySurname.TryGetValue(surname, out var known))
        {
            _bySurname[surname] = (gender, _read, int.MaxValue);
        }
        else if (known.Gender != gender && known.UnknownFrom == int.MaxValue)
        {
            _bySurname[surname] = (known.Gender, known.From, _read);
        }
    }
}
