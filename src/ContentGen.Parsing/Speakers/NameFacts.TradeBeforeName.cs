using System;

namespace ContentGen.Parsing.Speakers;

// "Was Schäfer Matthias Brenninger vorfand", "Imker Jan Bakker vond …": a trade no list holds, read by its
// ending (AgentNouns), before a full name, as a listed trade or a compound title is before one
// (NameFacts.CompoundTitleRun.cs). The masculine endings are first names' too ("Peter", "Walter",
// "Günter"), so the ending alone is not enough: the article must also write the word as a common
// noun elsewhere, after an article or a count where nouns are capitalised ("ein Schäfer mit 400
// Tieren", "sagt der Schäfer"), in lower case where they are not ("zegt de imker"). A first name is
// written neither way. Read as a first name, the trade made a full name of three words that the
// surname alone and the trade at the cue ("sagt der Schäfer") never met again.
internal sealed partial class NameFacts
{
    // An agent noun's letters past this are no trade's: a lower-case copy is made on the stack.
    private const int MaxTradeLetters = 40;

    /// <summary>
    /// Whether <paramref name="word"/>, capitalised before a name, is a trade no list holds that the
    /// article writes as a common noun elsewhere.
    /// </summary>
    public bool IsTradeWrittenAsNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > MaxTradeLetters || !char.IsUpper(word[0]) || !AgentNouns.Is(_words, word, out _))
        {
            return false;
        }

        if (_words.CapitalisesNouns)
        {
            return WritesAsCommonNoun(word);
        }

        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        return WritesInLowerCase(lower);
    }
}
