using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "'Who checks the accounts?' asked a pensioner, Joan Hale. The director of the firm replied that
// … '…,' he said.", "« Qui contrôle vos comptes ? », a lancé Josette Hallier. Le directeur a
// répondu que …", "«¿Quién controla las cuentas?», preguntó Anselmo Garrido. El director respondió
// que …": a sentence with no quote of its own answers the question quoted just before, and its
// subject is a role, not a name. A role at a report is often an epithet for the person named
// before, and was read so: the asker became the one who answered, and the pronoun or dropped
// subject at the next quote gave the answer to the asker. No one answers the question they have
// just asked, so the role is someone new and unnamed, whom the next pronoun means: the answer goes
// to no one rather than to the asker. A named subject ("Ann Lee replied that …") is read as before,
// and so is a role answering a quote that asked nothing, or a question quoted further back.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence's subject is a role answering the question the last quote, in the sentence
    // just before, asked: the role then resolved to the asker, or to no one.
    private bool AnswersQuestionAskedBy(IReadOnlyList<Token> sentence, string? sentenceSpeaker, Subject main, string? named)
    {
        // A role, or a body given by its noun ("The director of the firm" is read for "the firm"),
        // resolved to the asker or to no one (the asker then stayed whom the next pronoun means).
        if (sentenceSpeaker is not null || main.Kind is SubjectKind.None or SubjectKind.Name or SubjectKind.Pronoun || !_state.LastQuoteAsked || _state.LastQuotedSentence != _state.Sentence - 1
            || _state.LastQuoted is null || !(named is null || string.Equals(named, _state.LastQuoted, StringComparison.Ordinal)))
        {
            return false;
        }

        // The first verb of saying after the role is its own: "The director of the firm replied".
        for (var k = main.End; k < sentence.Count && k < main.End + Cues.MaxReach && sentence[k].IsWord; k++)
        {
            if (sentence[k].IsLower && _cues.IsReportingVerb(sentence[k]))
            {
                return _cues.Words.AnsweringVerbs.Contains(sentence[k].Span);
            }
        }

        return false;
    }

    // Whether a quote's words ask: they end on a question mark, past any closing space.
    private static bool Asks(ReadOnlySpan<char> words)
    {
        var trimmed = words.TrimEnd();
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] == '?';
    }
}
