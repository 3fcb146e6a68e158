using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>
/// A fixed set of words or phrases, looked up by span without allocating: an open-addressing
/// table over ordinal, case-folded characters (or exact ones), built once from a lexicon.
/// Each entry carries flags, so that one lookup can answer for several lists or languages.
/// netstandard2.0 has no frozen set with a span lookup; this is the small part of one we need.
/// </summary>
internal sealed class WordTable
{
    // Folding by table: nearly every character of a European text is in Latin-1.
    private static readonly char[] s_latin1Lower = BuildLatin1Lower();

    private readonly string[] _keys;
    private readonly int[] _flags;

    // The open-addressing slots, each an entry's stored hash (high half) beside its index plus one
    // (low half; 0 for an empty slot): a probe reads one array, where a slot array beside an array
    // of hashes cost a second cache miss for every word that passes the first filters.
    private readonly ulong[] _slots;
    private readonly int _mask;

    // A bit for each length of key (lengths past 63 share the last bit): a word of no key's length,
    // or whose first character starts no key, is turned away before it is hashed. Most words
    // looked up are in no list, and a sentence's tokens are asked about list after list.
    private readonly ulong _lengths;

    // A bit for each hashed shape of a key (its length and its first, second and last characters),
    // about sixteen bits a key: a word looked up whose shape no key has is turned away before it is
    // hashed and its slot read. The length and pair bits let most words of a large table through
    // (nearly every length and common pair starts some key); the shape turns away about nineteen
    // in twenty of the words that are in no list. No key is ever turned away: a key's shape is set.
    private readonly ulong[] _shapes;
    private readonly int _shapeMask;

    // Which pairs of first characters the keys of two or more characters start with, hashed into
    // a small bitmap, and the keys of one character: a phrase search tries the keys of a
    // character only where the next character can go on with one of them, which turns away most
    // of the words a line holds before any key is compared.
    private const int PairBits = 4096;
    private readonly ulong[] _pairs = new ulong[PairBits / 64];
    private readonly string _singleChars;
    private readonly int[] _singleFlags;

    // The Latin-1 keys of one character as bits: a phrase search asks at every word whose next
    // character starts no key of two or more, and a search of the string of them cost a call each time.
    private readonly ulong[] _latin1Singles = new ulong[4];

    // The keys of two or more characters grouped by the hashed pair of their first two
    // characters, made at the first phrase search: a search tries only the keys that go on with
    // the text's next character, where trying every key of the first character compared, at each
    // word of a line, the dozen phrases that open with "c" or "s". Word lookups never need it.
    private PairIndex? _pairIndex;

    private readonly string _firstChars;

    // The Latin-1 first characters as bits, checked without a search: French text opens many
    // words with "é" or "à".
    private readonly ulong[] _latin1First = new ulong[4];

    // First characters beyond Latin-1, in both cases: any other such character in a text is
    // passed over without folding it (folding beyond Latin-1 asks ICU, and costs).
    private readonly string _wideFirst;

    /// <summary>Builds a table of <paramref name="entries"/>; an entry given twice has its flags merged.</summary>
    /// <param name="entries">Each word or phrase, with the flags it carries.</param>
    /// <param name="ignoreCase">Whether lookups fold case (invariant lower case) or compare exactly.</param>
    public WordTable(IEnumerable<(string Word, int Flags)> entries, bool ignoreCase = true)
    {
        IgnoreCase = ignoreCase;
        var keys = new List<string>();
        var flags = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, flag) in entries)
        {
            var key = ignoreCase ? word.ToLowerInvariant() : word;
            if (index.TryGetValue(key, out var at))
            {
                flags[at] |= flag;
                continue;
            }

            index[key] = keys.Count;
            keys.Add(key);
            flags.Add(flag);
        }

        _keys = keys.ToArray();
        _flags = flags.ToArray();
        var size = 8;
        while (size < _keys.Length * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _slots = new ulong[size];
        for (var i = 0; i < _keys.Length; i++)
        {
            var hash = Hash(_keys[i].AsSpan());
            var slot = hash & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = Slot(hash, i);
        }

        var shapeBits = 64;
        while (shapeBits < _keys.Length * 16 && shapeBits < MaxShapeBits)
        {
            shapeBits *= 2;
        }

        _shapes = new ulong[shapeBits / 64];
        _shapeMask = shapeBits - 1;
        foreach (var key in _keys)
        {
            if (key.Length > 0)
            {
                var shape = Shape(key.Length, key[0], key[key.Length > 1 ? 1 : 0], key[key.Length - 1]) & _shapeMask;
                _shapes[shape >> 6] |= 1UL << (shape & 63);
            }
        }

        MaxLength = 0;
        var singles = new System.Text.StringBuilder();
        var singleFlags = new List<int>();
        var firstChars = new System.Text.StringBuilder();
        for (var k = 0; k < _keys.Length; k++)
        {
            var key = _keys[k];
            MaxLength = Math.Max(MaxLength, key.Length);
            _lengths |= LengthBit(key.Length);
            if (key.Length == 1)
            {
                singles.Append(key[0]);
                singleFlags.Add(_flags[k]);
                if (key[0] < 0x100)
                {
                    _latin1Singles[key[0] >> 6] |= 1UL << (key[0] & 63);
                }
            }
            else if (key.Length > 1)
            {
                var pair = Pair(key[0], key[1]);
                _pairs[pair >> 6] |= 1UL << (pair & 63);
            }

            if (key.Length > 0 && firstChars.ToString().IndexOf(key[0]) < 0)
            {
                firstChars.Append(key[0]);
                if (key[0] < 0x100)
                {
                    _latin1First[key[0] >> 6] |= 1UL << (key[0] & 63);
                }
            }
        }

        _firstChars = firstChars.ToString();
        _singleChars = singles.ToString();
        _singleFlags = singleFlags.ToArray();
        var wide = new System.Text.StringBuilder();
        foreach (var c in _firstChars)
        {
            var upper = char.ToUpperInvariant(c);
            wide.Append(c >= 0x100 ? c.ToString() : string.Empty).Append(upper >= 0x100 ? upper.ToString() : string.Empty);
        }

        _wideFirst = wide.ToString();
    }

    /// <summary>Whether lookups fold case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>How many distinct entries the table holds.</summary>
    public int Count => _keys.Length;

    /// <summary>The longest entry's length: a longer span is never in the table.</summary>
    public int MaxLength { get; }

    /// <summary>A table of <paramref name="words"/>, each with flag 1.</summary>
    public static WordTable Of(IEnumerable<string> words, bool ignoreCase = true)
    {
        var entries = new List<(string, int)>();
        foreach (var word in words)
        {
            entries.Add((word, 1));
        }

        return new WordTable(entries, ignoreCase);
    }

    /// <summary>
    /// One table answering for several case-folding ones: each word carries the flag of every
    /// table in <paramref name="tables"/> that holds it, so that one lookup answers them all.
    /// </summary>
    public static WordTable Combine(params (WordTable Table, int Flag)[] tables)
    {
        var entries = new List<(string, int)>();
        foreach (var (table, flag) in tables)
        {
            foreach (var key in table._keys)
            {
                entries.Add((key, flag));
            }
        }

        return new WordTable(entries);
    }

    /// <summary>
    /// A table of every start of an entry that ends before a character that is neither a letter
    /// nor a digit, the whole entry included: "was", "was the" and "was the guest" for "was the
    /// guest". A phrase of the table can begin only at a word that is one of these, so a reader
    /// that looks each word up once can pass the others over without trying the phrase.
    /// </summary>
    public WordTable WordStarts()
    {
        var entries = new List<(string, int)>();
        foreach (var key in _keys)
        {
            for (var end = 1; end <= key.Length; end++)
            {
                if (end == key.Length || !char.IsLetterOrDigit(key[end]))
                {
                    entries.Add((key.Substring(0, end), 1));
                }
            }
        }

        return new WordTable(entries, IgnoreCase);
    }

    /// <summary>Whether <paramref name="word"/> is in the table.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Flags(word) != 0;

    /// <summary>Whether <paramref name="word"/> is in the table.</summary>
    public bool Contains(string word) => Flags(word.AsSpan()) != 0;

    /// <summary>
    /// Whether a word of <paramref name="text"/>, as <see cref="WordReader"/> reads its words, is in the table: a line that
    /// holds a menu's, a venue's or a publication's word.
    /// </summary>
    public bool HoldsAnyWordOf(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The flags of <paramref name="word"/>, or 0 when it is not in the table.</summary>
    public int Flags(ReadOnlySpan<char> word)
    {
        var entry = Find(word);
        return entry < 0 ? 0 : _flags[entry];
    }

    /// <summary>
    /// The index of <paramref name="word"/>'s entry, from 0 to <see cref="Count"/> - 1, or -1 when
    /// it is not in the table: for remembering words seen in an array, without a string per word.
    /// </summary>
    public int IndexOf(ReadOnlySpan<char> word) => Find(word);

    private int Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength || (_lengths & LengthBit(word.Length)) == 0 || !HasShape(word))
        {
            return -1;
        }

        // Most words looked up are in no list: the stored hash turns most probes away before a
        // comparison folds the word a second time.
        var hash = Hash(word);
        var slots = _slots;
        var slot = hash & _mask;
        var wanted = (ulong)(uint)hash << 32;
        for (var stored = slots[slot]; stored != 0; stored = slots[slot])
        {
            if ((stored & HashHalf) == wanted && Equal(_keys[(int)(uint)stored - 1].AsSpan(), word))
            {
                return (int)(uint)stored - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private const ulong HashHalf = 0xFFFFFFFF00000000UL;

    // The slot of the entry at `index`, whose key hashes to `hash`: never 0, so 0 marks an empty slot.
    private static ulong Slot(int hash, int index) => ((ulong)(uint)hash << 32) | (uint)(index + 1);

    /// <summary>Whether <paramref name="text"/> starts with any entry, folding case as the table does.</summary>
    public bool StartsAny(ReadOnlySpan<char> text) => LongestStart(text, stopAtFirst: true) > 0;

    /// <summary>The length of the longest entry <paramref name="text"/> starts with, or 0 when it starts with none.</summary>
    public int LongestStart(ReadOnlySpan<char> text) => LongestStart(text, stopAtFirst: false);

    /// <summary>
    /// Whether <paramref name="text"/> opens on an entry as whole words, its longest entry followed by no letter or
    /// digit ("Belga" opens "Belga said" but not "Belgacem Haddad").
    /// </summary>
    public bool StartsAnyWhole(ReadOnlySpan<char> text)
    {
        var length = LongestStart(text);
        return length > 0 && (length == text.Length || !char.IsLetterOrDigit(text[length]));
    }

    // Only the entries that start with the text's first two characters are tried: the lists grow
    // with every language, and a line is checked against several of them.
    private int LongestStart(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var c = Fold(text[0]);
        if (!MayStart(c) || !MayStartAt(text, 0, c))
        {
            return 0;
        }

        var index = _pairIndex ??= new PairIndex(this);
        var longest = SingleFlags(c) != 0 ? 1 : 0;
        if (text.Length < 2 || (longest > 0 && stopAtFirst))
        {
            return longest;
        }

        var pair = Pair(c, Fold(text[1]));
        for (var k = index.Starts[pair]; k < index.Starts[pair + 1]; k++)
        {
            var key = index.Keys[k];
            if (key.Length > longest && key.Length <= text.Length && EndsAlike(key, text, 0) && Equal(key.AsSpan(), text.Slice(0, key.Length)))
            {
                longest = key.Length;
                if (stopAtFirst)
                {
                    break;
                }
            }
        }

        return longest;
    }

    /// <summary>
    /// Whether any entry occurs in <paramref name="text"/>, folding case as the table does, starting
    /// where a word starts or at a character that is no letter or digit ("© ", "/ AFP").
    /// </summary>
    public bool FoundIn(ReadOnlySpan<char> text) => FlagsFoundIn(text, stopOn: ~0) != 0;

    /// <summary>
    /// The flags of every entry that occurs in <paramref name="text"/> where <see cref="FoundIn"/>
    /// would find it, or'ed: a table combined from several lists reads a line once for all of them.
    /// The search stops once it has found a flag of <paramref name="stopOn"/>.
    /// </summary>
    public int FlagsFoundIn(ReadOnlySpan<char> text, int stopOn = 0)
    {
        // Entries are words and phrases: trying them inside words as well would multiply the
        // comparisons by the length of a word, for matches ("newsletter" in "enewsletters") that
        // no entry means.
        var found = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var raw = text[i];
            var wordChar = char.IsLetterOrDigit(raw);
            var midWord = inWord && wordChar;
            inWord = wordChar;
            if (midWord || (raw >= 0x100 && _wideFirst.IndexOf(raw) < 0))
            {
                continue;
            }

            var c = Fold(raw);
            if (!MayStart(c) || !MayStartAt(text, i, c))
            {
                continue;
            }

            var index = _pairIndex ??= new PairIndex(this);
            var single = SingleFlags(c);
            if (single != 0)
            {
                found |= single;
                if ((found & stopOn) != 0)
                {
                    return found;
                }
            }

            if (i + 1 >= text.Length)
            {
                continue;
            }

            var pair = Pair(c, Fold(text[i + 1]));
            for (var k = index.Starts[pair]; k < index.Starts[pair + 1]; k++)
            {
                var key = index.Keys[k];
                if (key.Length <= text.Length - i && EndsAlike(key, text, i) && Equal(key.AsSpan(), text.Slice(i, key.Length)))
                {
                    found |= index.Flags[k];
                    if ((found & stopOn) != 0)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="text"/> ends with any entry, folding case as the table does.</summary>
    public bool EndsAny(ReadOnlySpan<char> text)
    {
        foreach (var key in _keys)
        {
            if (key.Length <= text.Length && Equal(key.AsSpan(), text.Slice(text.Length - key.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> ends in an ending the table lists with a hyphen before it
    /// ("-er", "-ron"), at most <paramref name="maxEnding"/> letters long, leaving at least
    /// <paramref name="minStem"/> letters before it. Each length is looked up once, the hyphened
    /// ending built in a buffer on the stack.
    /// </summary>
    public bool HoldsEndingOf(ReadOnlySpan<char> word, int maxEnding, int minStem)
        => HoldsEnding(word, minEnding: 2, maxEnding, minStem, stems: null);

    /// <summary>
    /// Whether <paramref name="word"/> ends in a listed ending of one to <paramref name="maxEnding"/> letters
    /// whose stem before it <paramref name="stems"/> lists too ("Kommandantin": "-in" after "Kommandant").
    /// </summary>
    public bool HoldsEndingAfterStem(ReadOnlySpan<char> word, int maxEnding, int minStem, WordTable stems)
        => HoldsEnding(word, minEnding: 1, maxEnding, minStem, stems);

    private bool HoldsEnding(ReadOnlySpan<char> word, int minEnding, int maxEnding, int minStem, WordTable? stems)
    {
        // Endings are short: a longer one is no ending of a word's form.
        const int MaxEndingOnStack = 15;
        Span<char> ending = stackalloc char[MaxEndingOnStack + 1];
        ending[0] = '-';
        for (var length = minEnding; length <= maxEnding && length <= MaxEndingOnStack && length + minStem <= word.Length; length++)
        {
            word.Slice(word.Length - length).CopyTo(ending.Slice(1));
            if (Contains(ending.Slice(0, length + 1)) && (stems is null || stems.Contains(word.Slice(0, word.Length - length))))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // Whether a key may start at text[i], whose folded character is c: a key of one character
    // c, or a key of more that goes on with the character after it.
    private bool MayStartAt(ReadOnlySpan<char> text, int i, char c)
        => (i + 1 < text.Length && HasPair(c, Fold(text[i + 1]))) || IsSingle(c);

    // Whether the folded character c is a key by itself.
    private bool IsSingle(char c)
        => c < 0x100 ? (_latin1Singles[c >> 6] & (1UL << (c & 63))) != 0 : _singleChars.IndexOf(c) >= 0;

    private bool HasPair(char first, char second)
    {
        var pair = Pair(first, second);
        return (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    // Whether some key has the shape of the folded `word`, which is not empty (see _shapes).
    private bool HasShape(ReadOnlySpan<char> word)
    {
        var shape = Shape(word.Length, Fold(word[0]), Fold(word[word.Length > 1 ? 1 : 0]), Fold(word[word.Length - 1])) & _shapeMask;
        return (_shapes[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    private const int MaxShapeBits = 1 << 16;

    // A word's length and three of its folded characters, mixed into the bits a shape mask takes.
    private static int Shape(int length, char first, char second, char last)
        => (int)((((uint)first * 31 + second) * 31 + last) * 31 + (uint)length) * unchecked((int)2654435761u) >>> 8;

    private static int Pair(char first, char second) => ((first * 37) + second) & (PairBits - 1);

    // Whether some entry starts with the folded character c.
    private bool MayStart(char c)
        => c < 0x100 ? (_latin1First[c >> 6] & (1UL << (c & 63))) != 0 : _firstChars.IndexOf(c) >= 0;

    private int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over the folded characters.
        var hash = unchecked((int)2166136261);
        if (IgnoreCase)
        {
            foreach (var c in word)
            {
                hash = unchecked((hash ^ FoldCase(c)) * 16777619);
            }
        }
        else
        {
            foreach (var c in word)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }
        }

        return hash & int.MaxValue;
    }

    // Whether `key`, which fits in `text` from `start`, ends with the folded character there: the keys a phrase search
    // tries share their first two characters with the text, and most differ from it in their last, which one comparison
    // turns away before the whole key is compared (about four keys are tried at every word a search stops at).
    private bool EndsAlike(string key, ReadOnlySpan<char> text, int start)
        => key[key.Length - 1] == Fold(text[start + key.Length - 1]);

    // Keys are stored folded, so only the probe needs folding.
    private bool Equal(ReadOnlySpan<char> key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private char Fold(char c) => IgnoreCase ? FoldCase(c) : c;

    // Beyond Latin-1, the invariant culture decides.
    private static char FoldCase(char c) => c < 0x100 ? s_latin1Lower[c] : char.ToLowerInvariant(c);

    // Latin-1's capitals (A to Z, and À to Þ but not ×) are their small letters less 32; the
    // rest of Latin-1 has no capitals.
    private static char[] BuildLatin1Lower()
    {
        var lower = new char[0x100];
        for (var c = 0; c < lower.Length; c++)
        {
            var capital = c is >= 'A' and <= 'Z' or (>= 0xC0 and <= 0xDE and not 0xD7);
            lower[c] = (char)(capital ? c + 0x20 : c);
        }

        return lower;
    }

    // The flags of the key that is the folded character c alone, or 0. The bitmap answers for nearly every character
    // before the string of them is searched.
    private int SingleFlags(char c)
    {
        if (!IsSingle(c))
        {
            return 0;
        }

        var at = _singleChars.IndexOf(c);
        return at < 0 ? 0 : _singleFlags[at];
    }

    // The keys of two characters or more by the hashed pair of their first two (Pair), each
    // pair's keys in Keys[Starts[pair]] to Keys[Starts[pair + 1] - 1].
    private sealed class PairIndex
    {
        public PairIndex(WordTable table)
        {
            var keys = table._keys;
            var flags = table._flags;
            var counts = new int[PairBits + 1];
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i].Length > 1)
                {
                    counts[Pair(keys[i][0], keys[i][1]) + 1]++;
                }
            }

            Starts = new int[PairBits + 1];
            for (var pair = 0; pair < PairBits; pair++)
            {
                Starts[pair + 1] = Starts[pair] + counts[pair + 1];
            }

            Keys = new string[Starts[PairBits]];
            Flags = new int[Keys.Length];
            var next = (int[])Starts.Clone();
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i].Length > 1)
                {
                    var at = next[Pair(keys[i][0], keys[i][1])]++;
                    Keys[at] = keys[i];
                    Flags[at] = flags[i];
                }
            }
        }

        public string[] Keys { get; }

        public int[] Flags { get; }

        public int[] Starts { get; }
    }
}
