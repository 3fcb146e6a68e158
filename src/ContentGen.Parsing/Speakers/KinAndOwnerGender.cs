using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The gender two kinds of word show, each read in one place for every rule that asks: a noun of a
/// family tie ("wife", "fils", "Tochter") shows its person's, and a possessive ("seinen", "ihrer",
/// "zijn") its owner's.
/// </summary>
internal static class KinAndOwnerGender
{
    /// <summary>
    /// The gender the noun of a family tie <paramref name="noun"/> gives, or unknown when it is none.
    /// The lists of the two genders are disjoint (SpeechWordsTests), so the order of the lookups says nothing.
    /// </summary>
    public static Gender OfKinNoun(SpeechTables words, ReadOnlySpan<char> noun)
        => words.FemaleKinNouns.Contains(noun) ? Gender.Female : words.MaleKinNouns.Contains(noun) ? Gender.Male : Gender.Unknown;

    /// <summary>
    /// The pronoun the possessive <paramref name="word"/> points back as ("seinen" → "er"), or null: one of
    /// <paramref name="owners"/>' stems, and at most an ending of three letters.
    /// </summary>
    public static string? OwnerPronoun(ReadOnlySpan<char> word, (string Stem, string Pronoun)[] owners)
    {
        const int MaxEnding = 3;
        foreach (var (stem, pronoun) in owners)
        {
            if (word.Length <= stem.Length + MaxEnding && word.StartsWith(stem.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return pronoun;
            }
        }

        return null;
    }
}
