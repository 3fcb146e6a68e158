using System;

namespace ContentGen.Parsing.Speakers;

// "Ein Spediteur aus dem Nachbarort wird noch deutlicher: „…“", "Un operador de una gestora, que pidió no ser
// identificado, coincidió: «…»", "Um soldador com 31 anos de casa, que pediu para não ser identificado, …": a
// reporter brings in someone unnamed by their trade, and trades are many more than the lexicons list. The noun
// after an indefinite article (PersonNounAfterArticle) was a person's only when a list held it, so a haulier or
// a welder brought in so was no one, and the quote their colon or their pronoun leads to went to no one or to
// the person named before. A noun with an agent's ending the language's lexicon gives (AgentNouns: de "-eur",
// es and pt "-ador", nl "-aar", it "-atore") is a person's too, as in the readings of epithets; and a clause
// that holds one after the newcomer brings someone else in ("… recorda o dia em que o fundador lhe disse:").
// Not read: a word any list reads otherwise (a body's or a firm's agent noun, "der Betreiber": AgentNouns' own
// exclusions), a bare "-er" (an adjective's or a thing's ending as often: "ein älterer Herr", "een ander",
// "einem Klavierhocker"), and in German a word in lower case (an adjective). English lists its trades as people
// nouns and reads no endings.
internal sealed partial class SpeakerFinder
{
    private const int MaxTradeEnding = 7;

    private bool IsUnlistedTradeAfterArticle(Token token)
    {
        var word = token.Span;
        if (!token.IsWord || word.Length < 4 || (_cues.Words.CapitalisesNouns && !token.IsCapitalized) || !AgentNouns.Is(_cues.Words, word, out var gender))
        {
            return false;
        }

        return gender == Gender.Female || !word.EndsWith("er".AsSpan(), StringComparison.Ordinal) || HasLongerAgentEnding(word);
    }

    // Whether an agent's ending of three letters or more ("-ier", "-aar") ends the word, not "-er" alone.
    private bool HasLongerAgentEnding(ReadOnlySpan<char> word)
    {
        Span<char> ending = stackalloc char[MaxTradeEnding + 1];
        ending[0] = '-';
        for (var length = 3; length <= MaxTradeEnding && length < word.Length; length++)
        {
            word.Slice(word.Length - length).CopyTo(ending.Slice(1));
            if (_cues.Words.AgentNounEndings.Contains(ending.Slice(0, length + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
