using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Elle, en attendant, manque de tout : « … »", "Zij, daarentegen, gelooft het niet: ‘…’": the quote's own cue,
// before a colon, opens the sentence on a pronoun of the other gender than the last speaker is shown to be of, set
// off by a comma (Spanish and Portuguese after a masculine article are not read yet: docs/speakers.md). The pronoun's own reading gave that speaker, the most
// salient person; the other gender's turn (SpeakerFinder.OtherGenderTurn.cs) reads the sentence as it reads one
// with no quote, and gives the one other person who spoke and is not shown to be of the other gender, else no one.
// Stops: the comma after the pronoun ("He said: "…"", "Er deutet auf den Hang: „…“" without it are the pronoun's
// reading, which session 63's first try at this turned wrong past an unnamed spokesman and a daughter), a pronoun
// that is not the cue's subject or not the sentence's first word, and a quote after another in the sentence.
internal sealed partial class SpeakerFinder
{
    // Whether the cue of the quote at `quote` is the sentence from its opening pronoun to a colon, and that
    // pronoun passes over the last speaker; `meant` is whom it means then, or null for no one.
    private bool OtherGenderOpensColonCue(IReadOnlyList<Token> sentence, int quote, Subject subject, out string? meant)
    {
        meant = null;
        if (subject.Kind != SubjectKind.Pronoun || subject.Text.Length == 0 || quote < 4 || sentence[quote - 1].Kind != TokenKind.Colon
            || sentence[1].Kind != TokenKind.Comma || !sentence[0].Span.Equals(subject.Text.AsSpan(), StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = 2; k < quote; k++)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return PronounPastSpeaker(sentence, out meant);
    }
}
