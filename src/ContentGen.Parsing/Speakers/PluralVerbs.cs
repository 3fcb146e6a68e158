using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb's number read from its ending ("aseguran", "sostengono", "sagten"): what says that a dropped
/// subject, or a noun whose article does not say it, is plural.
/// </summary>
internal static class PluralVerbs
{
    /// <summary>
    /// Whether <paramref name="word"/> ends in one of the PluralVerbEndings, written "-ron": each
    /// length of ending is looked up with the hyphen before it, in a buffer on the stack.
    /// </summary>
    public static bool HasPluralEnding(SpeechTables words, ReadOnlySpan<char> word)
    {
        const int MaxEnding = 5;
        Span<char> ending = stackalloc char[MaxEnding + 1];
        ending[0] = '-';
        for (var length = 2; length <= MaxEnding && length < word.Length; length++)
        {
            word.Slice(word.Length - length).CopyTo(ending.Slice(1));
            if (words.PluralVerbEndings.Contains(ending.Slice(0, length + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
