using ContentGen.Parsing.Text;
using CsCheck;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// The table's phrase searches, which skip most keys by their first characters, find what trying
/// every key at every place would: random keys and texts over a small alphabet, so that keys share
/// first letters, differ in case and accents, and match often.
/// </summary>
public sealed class WordTableSearchPropertyTests
{
    // Letters in both cases, accented ones among them, and the marks a line of chrome holds.
    private const string Alphabet = "abcAéÉ :'-©.1";

    private static readonly Gen<string> s_key = Gen.Char[Alphabet].Array[1, 4].Select(chars => new string(chars));

    private static readonly Gen<string> s_text = Gen.Char[Alphabet].Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<(string Key, int Flag)[]> s_entries = Gen.Select(s_key, Gen.Int[0, 3]).Array[1, 8]
        .Select(entries => entries.Select(entry => (entry.Item1, 1 << entry.Item2)).ToArray());

    [Fact]
    public void FlagsFoundIn_AreEveryMatchingKeysFlags_WhereAWordOrAMarkStarts()
        => Gen.Select(s_entries, s_text).Sample(
            (entries, text) =>
            {
                var table = new WordTable(entries);
                Assert.Equal(NaiveFlagsFoundIn(entries, text), table.FlagsFoundIn(text.AsSpan()));
                Assert.Equal(NaiveFlagsFoundIn(entries, text) != 0, table.FoundIn(text.AsSpan()));
            },
            seed: "0N0XIzNsQ0O2",
            iter: 20_000,
            threads: 1);

    [Fact]
    public void LongestStart_IsTheLongestKeyTheTextStartsWith()
        => Gen.Select(s_entries, s_text).Sample(
            (entries, text) =>
            {
                var table = new WordTable(entries);
                Assert.Equal(NaiveLongestStart(entries, text), table.LongestStart(text.AsSpan()));
                Assert.Equal(NaiveLongestStart(entries, text) > 0, table.StartsAny(text.AsSpan()));
            },
            seed: "0N0XIzNsQ0O2",
            iter: 20_000,
            threads: 1);

    // Every key tried at every place but inside a word, compared in the invariant culture's lower case.
    private static int NaiveFlagsFoundIn((string Key, int Flag)[] entries, string text)
    {
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            foreach (var (key, flag) in entries)
            {
                found |= StartsWithFolded(text.Substring(i), key) ? flag : 0;
            }
        }

        return found;
    }

    private static int NaiveLongestStart((string Key, int Flag)[] entries, string text)
        => entries.Where(entry => StartsWithFolded(text, entry.Key)).Select(entry => entry.Key.Length).DefaultIfEmpty(0).Max();

    private static bool StartsWithFolded(string text, string key)
        => text.ToLowerInvariant().StartsWith(key.ToLowerInvariant(), StringComparison.Ordinal);
}
