using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S7: a cue that ends the sentence, after the quote and a comma:
/// <c>… to "rebuild trust" within the party, he said.</c>
/// </summary>
internal sealed class SentenceEndCue : ISieve
{
    // The cue is short: "he said", "said the firm's chief executive, Ann Lee".
    private const int MaxCueTokens = 12;
    private readonly AdjacentCue _adjacent;

    public SentenceEndCue(AdjacentCue adjacent)
    {
        _adjacent = adjacent;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var end = sentence.Count;
        while (end > quote + 1 && sentence[end - 1].Kind is TokenKind.Terminal or TokenKind.Other)
        {
            end--;
        }

        for (var comma = end - 1; comma > quote + 1 && comma >= end - MaxCueTokens; comma--)
        {
            if (sentence[comma].Kind == TokenKind.Quote)
            {
                return Subject.None;
            }

            if (sentence[comma].Kind == TokenKind.Comma)
            {
                var subject = _adjacent.After(sentence, comma + 1);
                return subject.IsFound ? subject : Subject.None;
            }
        }

        return Subject.None;
    }
}
