using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "…," the EPA's Andrew Falk said: the article is the owner's, not the name's. Read from the owner,
// the phrase is "Acme's Andrew Falk said", which names the person who speaks for Acme.
internal sealed partial class AdjacentCue
{
    private const int MaxOwnerNameWords = 4;

    // The index of the owner after a definite article that opens "the X's Name"; `start` otherwise.
    private int PastOwnersArticle(IReadOnlyList<Token> sentence, int start)
    {
        if (!sentence[start].IsLower || !_cues.Is(sentence[start], WordClass.Definite))
        {
            return start;
        }

        for (var k = start + 1; k + 1 < sentence.Count && k - start <= MaxOwnerNameWords && sentence[k].IsCapitalized; k++)
        {
            if (NamePlausibility.IsPossessive(sentence[k].Span))
            {
                return sentence[k + 1].IsCapitalized ? start + 1 : start;
            }
        }

        return start;
    }
}
