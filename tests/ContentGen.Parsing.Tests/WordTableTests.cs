using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests;

/// <summary>The span lookup the lexicons are read through: case folding, exact tables, phrases, no allocation.</summary>
public sealed class WordTableTests
{
    private static readonly WordTable s_words = WordTable.Of(new[] { "the", "Été", "l'", "read more:", "©" });

    [Theory]
    [InlineData("the", true)]
    [InlineData("THE", true)]
    [InlineData("The", true)]
    [InlineData("été", true)]
    [InlineData("ÉTÉ", true)]
    [InlineData("ete", false)]
    [InlineData("th", false)]
    [InlineData("them", false)]
    [InlineData("", false)]
    [InlineData("L'", true)]
    [InlineData("Read More:", true)]
    public void Lookup_FoldsCase(string word, bool expected) => Assert.Equal(expected, s_words.Contains(word.AsSpan()));

    // A word of the text, as the word reader cuts it, looked up whole: "Video Live TV" holds a menu's word, "videos" does not,
    // and a phrase entry ("read more:") is no word, which FoundIn is for.
    [Theory]
    [InlineData("Video Live TV", true)]
    [InlineData("Radio – Direct", true)]
    [InlineData("VIDEO", true)]
    [InlineData("Neue Videos", false)]
    [InlineData("Read more: the harbour", true)]
    [InlineData("Read more", false)]
    [InlineData("", false)]
    public void HoldsAnyWordOf_LooksUpEachWholeWord(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "video", "direct", "the", "read more:" }).HoldsAnyWordOf(text.AsSpan()));

    // A lookup turns a word away by its length and first character before hashing it: every
    // length and first character a key has must still find it, in either case.
    [Theory]
    [InlineData("Ω", true)]
    [InlineData("ω", true)]
    [InlineData("ΩMEGA", true)]
    [InlineData("Ψ", false)]
    [InlineData("Ωmegas", false)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("y", false)]
    [InlineData("Ÿes", true)]
    [InlineData("ÿes", true)]
    public void Lookup_FindsKeysOfEveryLengthAndFirstCharacter(string word, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "ω", "ωmega", "x", "ÿes", new string('k', 70), new string('q', 64) }).Contains(word.AsSpan()));

    // A lookup turns a word away by its first character, folded as the keys are, before it reads the shapes: a word that
    // differs from a key only there is not found, and a key is found whatever the case of its first letter, in and past
    // Latin-1; an exact table compares the first character as it is.
    [Theory]
    [InlineData("ÉTAT", true, true)]
    [InlineData("état", true, true)]
    [InlineData("Etat", true, false)]
    [InlineData("Über", true, true)]
    [InlineData("Uber", true, false)]
    [InlineData("Σιγά", true, true)]
    [InlineData("Τιγά", true, false)]
    [InlineData("Mr", false, true)]
    [InlineData("mr", false, false)]
    [InlineData("Ür", false, false)]
    public void Lookup_TurnsAWordAwayByItsFirstCharacter_FoldedAsTheKeys(string word, bool ignoreCase, bool expected)
    {
        var table = WordTable.Of(new[] { "état", "über", "σιγά", "Mr", "Üb" }, ignoreCase);

        Assert.Equal(expected, table.Contains(word.AsSpan()));
    }

    // A lookup turns a word away by its shape (its length and its first, second and last characters, folded) before
    // hashing it, in a bitmap that stops growing at a large table's size: every key must still be found, in any case, and
    // a word one last letter away from a key is still told apart from it.
    [Fact]
    public void Lookup_FindsEveryKeyOfALargeTable_ByItsShape()
    {
        var keys = new List<string>();
        for (var i = 0; i < 6000; i++)
        {
            keys.Add("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (char)('a' + (i % 26)));
        }

        var table = WordTable.Of(keys);

        Assert.All(keys, key => Assert.True(table.Contains(key.ToUpperInvariant().AsSpan()), key));
        Assert.All(keys, key => Assert.False(table.Contains((key.Substring(0, key.Length - 1) + "é").AsSpan()), key));
    }

    // A search tries a character's keys only where the character after it can go on with one
    // (or where a key is that one character): both characters are folded as the keys are.
    [Theory]
    [InlineData("note ©", true)]
    [InlineData("© note", true)]
    [InlineData("x AB", true)]
    [InlineData("x aB y", true)]
    [InlineData("x a", false)]
    [InlineData("x ac", false)]
    [InlineData("x ÉTÉ", true)]
    [InlineData("x ΩX", true)]
    [InlineData("x Ωy", false)]
    public void FoundIn_ChecksTheFirstTwoCharacters_FoldedAsTheKeys(string text, bool expected)
    {
        var table = WordTable.Of(new[] { "©", "ab", "été", "ωx" });

        Assert.Equal(expected, table.FoundIn(text.AsSpan()));
    }

    [Theory]
    [InlineData("ABC", true)]
    [InlineData("aB", true)]
    [InlineData("a", false)]
    [InlineData("ac", false)]
    [InlineData("ΩX", true)]
    [InlineData("©x", true)]
    [InlineData("Été", true)]
    public void StartsAny_ChecksTheFirstTwoCharacters_FoldedAsTheKeys(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "©", "ab", "été", "ωx" }).StartsAny(text.AsSpan()));

    [Fact]
    public void Lookup_OfKeysLongerThanSixtyThree_ComparesThemInFull()
    {
        var table = WordTable.Of(new[] { new string('k', 70), new string('q', 64) });

        Assert.True(table.Contains(new string('k', 70).AsSpan()));
        Assert.True(table.Contains(new string('Q', 64).AsSpan()));
        Assert.False(table.Contains(new string('k', 66).AsSpan()));
        Assert.False(table.Contains(new string('q', 63).AsSpan()));
    }

    [Fact]
    public void Lookup_FoldsEveryLatin1Letter_AsTheInvariantCultureDoes()
    {
        for (var c = '\u0080'; c < '\u0100'; c++)
        {
            var table = WordTable.Of(new[] { char.ToLowerInvariant(c).ToString() });
            Assert.True(table.Contains(c.ToString().AsSpan()), "U+" + ((int)c).ToString("X4"));
            var upper = char.ToUpperInvariant(c);
            Assert.Equal(char.ToLowerInvariant(upper) == char.ToLowerInvariant(c), table.Contains(upper.ToString().AsSpan()));
        }
    }

    [Theory]
    [InlineData("l’ŒUVRE", true)]
    [InlineData("ÉCRIT", true)]
    public void FoundIn_FoldsLettersBeyondAscii(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "œuvre", "écrit" }).FoundIn(text.AsSpan()));

    [Fact]
    public void Lookup_OfASlice_ReadsOnlyTheSlice()
    {
        var text = "breathe them";
        Assert.Equal("the", text.Substring(4, 3));
        Assert.True(s_words.Contains(text.AsSpan(4, 3)));
        Assert.False(s_words.Contains(text.AsSpan(4, 4)));
    }

    [Fact]
    public void ExactTable_DoesNotFoldCase()
    {
        var table = WordTable.Of(new[] { "MP", "No" }, ignoreCase: false);
        Assert.True(table.Contains("MP".AsSpan()));
        Assert.False(table.Contains("mp".AsSpan()));
        Assert.False(table.Contains("no".AsSpan()));
    }

    [Fact]
    public void Flags_OfAWordGivenTwice_AreMerged()
    {
        var table = new WordTable(new[] { ("de", 1), ("la", 2), ("DE", 4) });
        Assert.Equal(5, table.Flags("De".AsSpan()));
        Assert.Equal(2, table.Flags("la".AsSpan()));
        Assert.Equal(0, table.Flags("le".AsSpan()));
        Assert.Equal(2, table.Count);
    }

    [Theory]
    [InlineData("Read more: the plan", true)]
    [InlineData("READ MORE: the plan", true)]
    [InlineData("Reading more", false)]
    public void StartsAny_MatchesAPrefix(string text, bool expected) => Assert.Equal(expected, s_words.StartsAny(text.AsSpan()));

    [Theory]
    [InlineData("Photo © Jane Doe", true)]
    [InlineData("Photo (c) Jane Doe", false)]
    [InlineData("and then READ MORE: here", true)]
    [InlineData("", false)]
    public void FoundIn_FindsAPhraseAnywhere(string text, bool expected) => Assert.Equal(expected, s_words.FoundIn(text.AsSpan()));

    [Theory]
    [InlineData("xx ac", true)]
    [InlineData("xx AB", true)]
    [InlineData("xx é!", true)]
    [InlineData("xx ad", false)]
    [InlineData("xx a", false)]
    public void FoundIn_TriesEveryEntryThatSharesTheFirstCharacter(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "ab", "ac", "b ", "zz", "é!" }).FoundIn(text.AsSpan()));

    [Theory]
    [InlineData("xx ac", true)]
    [InlineData("x-ac", true)]
    [InlineData("ac", true)]
    [InlineData("(é!)", true)]
    [InlineData("xx bac", false)]
    [InlineData("x9ac", false)]
    [InlineData("xxé!", false)]
    public void FoundIn_MatchesWhereAWordStarts_OrAtAMark(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "ac", "é!" }).FoundIn(text.AsSpan()));

    [Fact]
    public void EndsAny_MatchesASuffix()
    {
        var table = WordTable.Of(new[] { " ago" });
        Assert.True(table.EndsAny("3 hours AGO".AsSpan()));
        Assert.False(table.EndsAny("agony".AsSpan()));
    }

    [Fact]
    public void Lookups_AllocateNothing()
    {
        var text = "The quick Été of THE read more: ©";

        // Each lookup once first: a first call may set up what it reads (a type's statics), once per process.
        s_words.Contains(text.AsSpan(0, 3));
        s_words.Contains(text.AsSpan(10, 3));
        s_words.FoundIn(text.AsSpan());
        s_words.StartsAny(text.AsSpan());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var i = 0; i < 1000; i++)
        {
            hits += s_words.Contains(text.AsSpan(0, 3)) ? 1 : 0;
            hits += s_words.Contains(text.AsSpan(10, 3)) ? 1 : 0;
            hits += s_words.FoundIn(text.AsSpan()) ? 1 : 0;
            hits += s_words.StartsAny(text.AsSpan()) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(4000, hits);
    }

    // Latin-1 folds by table and everything above it by the invariant culture: the first letter past
    // the table (U+0100) and one far above it fold like the rest.
    [Theory]
    [InlineData("Ātea", "ātea")]
    [InlineData("ĀTEA", "ātea")]
    [InlineData("Ωmega", "ωmega")]
    [InlineData("ÿes", "ÿes")]
    public void LettersPastLatin1_FoldToo(string text, string entry)
        => Assert.True(WordTable.Of(new[] { entry }).Contains(text.AsSpan()));

    [Theory]
    [InlineData("Un ÉCRIT signé", true)]
    [InlineData("Merci, À BIENTÔT", true)]
    [InlineData("un été chaud", true)]
    [InlineData("un ecrit, a bientot", false)]
    [InlineData("Èbre", false)]
    public void FoundIn_TriesEveryEntryOfALatin1FirstLetter(string text, bool expected)
        => Assert.Equal(expected, WordTable.Of(new[] { "été", "écrit", "à bientôt", "àplat", "zèbre" }).FoundIn(text.AsSpan()));

    [Fact]
    public void Combine_GivesEachWordTheFlagOfEveryTableThatHoldsIt_FoldingAsTheyDo()
    {
        var titles = WordTable.Of(new[] { "Mr", "Dr" });
        var roles = WordTable.Of(new[] { "dr", "chef" });
        var both = WordTable.Combine((titles, 1), (roles, 4));
        Assert.Equal(1, both.Flags("MR".AsSpan()));
        Assert.Equal(5, both.Flags("Dr".AsSpan()));
        Assert.Equal(4, both.Flags("Chef".AsSpan()));
        Assert.Equal(0, both.Flags("chefs".AsSpan()));
    }

    [Fact]
    public void WordStarts_HoldEveryStartOfAnEntryThatEndsAWord_FoldingCase()
    {
        var starts = WordTable.Of(new[] { "Was the guest", "était l'invité" }).WordStarts();
        foreach (var start in new[] { "was", "WAS THE", "was the guest", "était", "ÉTAIT L", "était l'invité" })
        {
            Assert.True(starts.Contains(start.AsSpan()), start);
        }

        // A start that ends inside a word, or goes past the entry, is none.
        foreach (var other in new[] { "w", "wa", "was ", "was the g", "the", "guest", "was the guests", "ét", "était l'", "invité" })
        {
            Assert.False(starts.Contains(other.AsSpan()), other);
        }
    }

    [Theory]
    [InlineData("© 2024 Acme. All rights reserved", 1)]
    [InlineData("Sign up to our newsletter", 2)]
    [InlineData("Sign up: all rights reserved", 3)]
    [InlineData("SIGN UP, ALL RIGHTS RESERVED", 3)]
    [InlineData("resign upward; tall rights reserved", 0)]
    [InlineData("Nothing here", 0)]
    public void FlagsFoundIn_OrsTheFlagsOfEveryEntryFound_WhereFoundInFindsThem(string text, int expected)
    {
        var rights = WordTable.Of(new[] { "all rights reserved", "©" });
        var signUp = WordTable.Of(new[] { "sign up", "newsletter" });
        var both = WordTable.Combine((rights, 1), (signUp, 2));
        Assert.Equal(expected, both.FlagsFoundIn(text.AsSpan()));
        Assert.Equal((expected & 1) != 0, rights.FoundIn(text.AsSpan()));
        Assert.Equal((expected & 2) != 0, signUp.FoundIn(text.AsSpan()));

        // Asked to stop at the first flag 1, it still reports it.
        Assert.Equal((expected & 1) != 0, (both.FlagsFoundIn(text.AsSpan(), stopOn: 1) & 1) != 0);
    }

    // Entries are tried by their first two characters: every second letter after "a", the entry
    // "a" alone, and entries sharing both first letters must each still be found, the longest
    // start still win, and letters past Latin-1 (not indexed) still be tried.
    [Fact]
    public void Searches_FindEveryEntry_AmongManySharingTheFirstCharacter()
    {
        var keys = Enumerable.Range('a', 26).Select(c => "a" + (char)c + "x").Concat(new[] { "a", "abc", "abcd e", "αβ", "αγδ" }).ToArray();
        var table = WordTable.Of(keys);

        foreach (var key in keys)
        {
            Assert.True(table.FoundIn(("zz " + key.ToUpperInvariant() + " zz").AsSpan()), key);
            Assert.Equal(key.Length, table.LongestStart((key + "!").AsSpan()));
        }

        Assert.Equal(6, table.LongestStart("abcd e f".AsSpan()));
        Assert.Equal(3, table.LongestStart("abcd".AsSpan()));
        Assert.Equal(1, table.LongestStart("a-b".AsSpan()));
        Assert.True(table.StartsAny("Abx".AsSpan()));
        Assert.False(table.FoundIn("zz ba bx αδ".AsSpan()));
        Assert.False(table.StartsAny("b".AsSpan()));
    }

    // A key of one character is found where the character after it starts no longer key: by a
    // bitmap within Latin-1 ("©", "|"), by a search past it ("•"), each with its own flags.
    [Theory]
    [InlineData("© Acme", 1)]
    [InlineData("Home | News", 2)]
    [InlineData("Share • Print", 4)]
    [InlineData("©|•", 7)]
    [InlineData("Home ‖ News", 0)]
    [InlineData("©x", 9)]
    [InlineData("no marks here", 0)]
    public void FlagsFoundIn_FindsKeysOfOneCharacter_InAndPastLatin1(string text, int expected)
    {
        var table = new WordTable(new[] { ("©", 1), ("|", 2), ("•", 4), ("©x", 8) });

        Assert.Equal(expected, table.FlagsFoundIn(text.AsSpan()));
    }

    // The slots keep a key's hash beside its index: among thousands of keys, each is found with
    // its own flags in any case, and a word one letter off is not.
    [Fact]
    public void Lookup_AmongThousandsOfKeys_FindsEachWithItsFlags()
    {
        var entries = Enumerable.Range(0, 5000).Select(i => ("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "é", i + 1)).ToArray();
        var table = new WordTable(entries);

        foreach (var (word, flags) in entries)
        {
            Assert.Equal(flags, table.Flags(word.ToUpperInvariant().AsSpan()));
            Assert.Equal(flags - 1, table.IndexOf(word.ToUpperInvariant().AsSpan()));
            Assert.False(table.Contains((word + "x").AsSpan()));
        }

        Assert.Equal(entries.Length, table.Count);
    }

    // A key's record keeps its flags and its index in two characters each: flags past sixteen bits, the sign's among
    // them, and an index past 65,535 come back whole, and a key's length is compared before its characters.
    [Fact]
    public void Lookup_GivesBackFlagsAndIndexesPastSixteenBits_AndComparesLengths()
    {
        var wide = new WordTable(new[] { ("alpha", 1 << 16), ("beta", int.MinValue | 1), ("gamma", 0x7FFF_FFFF), ("delta", 0x0001_8001) });

        Assert.Equal(1 << 16, wide.Flags("ALPHA".AsSpan()));
        Assert.Equal(int.MinValue | 1, wide.Flags("beta".AsSpan()));
        Assert.Equal(0x7FFF_FFFF, wide.Flags("Gamma".AsSpan()));
        Assert.Equal(0x0001_8001, wide.Flags("delta".AsSpan()));
        Assert.Equal(0, wide.Flags("alph".AsSpan()));
        Assert.Equal(0, wide.Flags("alphas".AsSpan()));

        var entries = Enumerable.Range(0, 70_000).Select(i => ("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1)).ToArray();
        var many = new WordTable(entries);
        Assert.Equal(69_999, many.IndexOf("K69999".AsSpan()));
        Assert.Equal(65_536, many.IndexOf("k65536".AsSpan()));
        Assert.Equal(-1, many.IndexOf("k70000".AsSpan()));
    }
}
