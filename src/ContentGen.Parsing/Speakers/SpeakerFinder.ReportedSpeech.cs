using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// German reports speech in its own mood (Konjunktiv I): "„…“, sagte sie. Die Lage sei „ernst“."
// A sentence whose verb stands in it, right after a quoted sentence, goes on with that speaker's
// report, and the words it quotes are the speaker's, whatever the sentence's grammatical subject
// ("Die Beschäftigten seien „wütend“" is still her report of them).
internal sealed partial class SpeakerFinder
{
    // Only a quote inside the sentence, after the verb: one opening it is read as going on (S9),
    // and a sentence naming a speaker of its own (a verb of saying, a subject read for the quote)
    // is not someone else's report. "Ich habe …" is no reported speech but the writer's own.
    private string? ReportedInOwnMood(IReadOnlyList<Token> sentence, int quote, Subject subject)
    {
        if (subject.IsFound || quote == 0 || !_cues.Words.ReportsInOwnMood || _state.LastQuoted is not { } reporter || _state.LastQuotedSentence != _state.Sentence - 1
            || _cues.HasReportingVerb(sentence))
        {
            return null;
        }

        var reported = false;
        for (var k = 0; k < quote; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote || (token.IsWord && _cues.Words.FirstPersonSubjects.Contains(token.Span)))
            {
                return null;
            }

            reported |= IsReportedForm(sentence, k);
        }

        return reported ? reporter : null;
    }

    // Whether the word at `k` is a verb in the mood of reported speech: a listed form ("sei",
    // "habe"), or a verb in "-e" beside a third person's subject (SpeakerFinder.SubjunctiveBesideSubject.cs).
    private bool IsReportedForm(IReadOnlyList<Token> sentence, int k)
        => sentence[k].IsLower && (_cues.Words.ReportedSpeechForms.Contains(sentence[k].Span) || IsSubjunctiveBesideSubject(sentence, k));
}
