using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb's number read from its ending ("aseguran", "sostengono", "sagten"): what says that a dropped
/// subject, or a noun whose article does not say it, is plural.
/// </summary>
internal static class PluralVerbs
{
    // The longest ending the lexicons list is four letters ("-anno"); five leaves room.
    private const int MaxEnding = 5;

    /// <summary>Whether <paramref name="word"/> ends in one of the PluralVerbEndings, written "-ron".</summary>
    public static bool HasPluralEnding(SpeechTables words, ReadOnlySpan<char> word)
        => words.PluralVerbEndings.HoldsEndingOf(word, MaxEnding, minStem: 1);
}
