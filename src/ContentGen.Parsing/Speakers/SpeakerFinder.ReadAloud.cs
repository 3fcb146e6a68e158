using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Une habitante, Claire Dumas, a lu le message du maire : « … »", "Resident Jane Price read out
// the mayor's letter: "…"", "leyó la carta del alcalde: «…»": the quote after a colon is the text
// being read out, the words of whoever wrote it; the colon reading gave them to the reader. No one
// (the writer is often no one the cast holds, and a wrong speaker is worse than none). Only a verb
// of reading out (ReadAloudVerbs) with a text after it (ReadAloudTexts, DocumentNouns) and nothing
// but words between it and the colon: a comma or a conjunction opens another clause ("a lu le
// rapport et conclut :" is the reader's own word). Returns at once unless a colon stands before the quote.
internal sealed partial class SpeakerFinder
{
    // How many words may stand between the colon and the reading verb: "read out the Harbour
    // Trust's open letter".
    private const int MaxReadAloudWords = 8;

    private bool IsReadAloud(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || sentence[quote - 1].Kind != TokenKind.Colon || _cues.Words.ReadAloudVerbs.Count == 0)
        {
            return false;
        }

        var words = _cues.Words;
        var text = false;
        for (var at = quote - 2; at >= 0 && at >= quote - 1 - MaxReadAloudWords; at--)
        {
            var token = sentence[at];
            // A conjunction, but not an article of the same spelling (Portuguese "o").
            if (!token.IsWord || (words.Coordinators.Contains(token.Span) && !_cues.Is(token, WordClass.Definite | WordClass.Indefinite)))
            {
                return false;
            }

            if (token.IsLower && words.ReadAloudVerbs.Contains(token.Span))
            {
                return text;
            }

            text |= words.ReadAloudTexts.Contains(Elision.Tail(token.Span));
        }

        return false;
    }
}
