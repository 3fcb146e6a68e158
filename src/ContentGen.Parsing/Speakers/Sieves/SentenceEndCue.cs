using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S7: a cue that ends the sentence, after the quote and a comma:
/// <c>… to "rebuild trust" within the party, he said.</c>
/// </summary>
internal sealed partial class SentenceEndCue : ISieve
{
    // The cue is short: "he said", "said the firm's chief executive, Ann Lee".
    private const int MaxCueTokens = 12;

    // A cue may be followed by its subject's name or a relative clause, set off by commas ("a
    // assuré la ministre des Sports, Claire Dubois, qui visitera le stade"): the commas before
    // them are tried too, this far back from the sentence's end.
    private const int MaxTrailTokens = 24;

    private readonly AdjacentCue _adjacent;
    private readonly Cues _cues;

    public SentenceEndCue(AdjacentCue adjacent, Cues cues)
    {
        _adjacent = adjacent;
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var end = sentence.Count;
        while (end > quote + 1 && sentence[end - 1].Kind is TokenKind.Terminal or TokenKind.Other)
        {
            end--;
        }

        var last = end;
        for (var comma = end - 1; comma > quote + 1 && comma >= last - MaxCueTokens && comma >= end - MaxTrailTokens; comma--)
        {
            if (sentence[comma].Kind == TokenKind.Quote)
            {
                return Subject.None;
            }

            if (sentence[comma].Kind != TokenKind.Comma)
            {
                continue;
            }

            var subject = _adjacent.After(sentence, comma + 1);
            if (subject.IsFound)
            {
                return subject;
            }

            // Only a name, a relative clause or a time (SentenceEndCue.TimeTrail.cs) goes on after
            // a cue's subject: what else follows the comma is no cue's trail.
            if (comma + 1 >= end || !(IsTrail(sentence[comma + 1]) || IsTimeTrail(sentence, comma + 1, last)))
            {
                return Subject.None;
            }

            last = comma;
        }

        return Subject.None;
    }

    private bool IsTrail(Token first)
        => first.IsCapitalized || (first.IsLower && _cues.Words.RelativePronouns.Contains(first.Span));
}
