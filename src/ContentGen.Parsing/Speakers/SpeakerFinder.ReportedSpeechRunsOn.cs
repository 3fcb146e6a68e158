using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// S9 over reported speech: "Reinhold betonte, das Gericht habe das Geständnis gewertet. Eine
// Bewährung komme nicht in Betracht. „Das wäre ein falsches Signal.“" German reports a person's
// words in their own mood (SpeakerFinder.ReportedSpeech.cs) for a sentence or two after the one
// that names them, then quotes them: the sentences in that mood go on with the turn of whoever
// spoke, reported or was the subject just before, and a quote standing alone right after them, or
// a fragment quoted inside one, is that person's. Dutch reports a claim with "zou" the same way.
// The run ends at a sentence that is not in the mood, at one whose subject is someone else, and
// after two sentences; it stays in its paragraph, but for a quote that opens the next one.
internal sealed partial class SpeakerFinder
{
    // How many sentences in the mood of reported speech may stand between the report and its quote.
    private const int MaxReportedRun = 2;

    // Whose words the last sentence in the mood of reported speech gave, that sentence, and how
    // many such sentences ran on from the report.
    private string? _reportedOwner;
    private int _reportedSentence = -1;
    private int _reportedRun;

    private void ClearReportedRun()
    {
        _reportedOwner = null;
        _reportedSentence = -1;
        _reportedRun = 0;
    }

    // Whether the words before `end` stand in the mood of reported speech: a form of it, or one
    // of the conditional standing for it outside a condition. "Ich habe …" is the writer's own.
    private bool InReportedMood(IReadOnlyList<Token> sentence, int end)
    {
        var words = _cues.Words;
        if (!words.ReportsInOwnMood)
        {
            return false;
        }

        var reported = false;
        var conditional = false;
        for (var k = 0; k < end && k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                continue;
            }

            if (words.FirstPersonSubjects.Contains(token.Span))
            {
                return false;
            }

            reported |= IsReportedForm(sentence, k);
            conditional |= token.IsLower && words.ReportedConditionalForms.Contains(token.Span);
        }

        return reported || (conditional && !HasConditionalMarker(sentence));
    }

    private bool HasConditionalMarker(IReadOnlyList<Token> sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence[k].IsWord && _cues.Words.ConditionalMarkers.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // Whose turn a sentence in the mood goes on with, read before the sentence is tracked: the
    // run of such sentences just before, in this paragraph; else the speaker of the sentence just
    // before, or the person who reported in it or was its subject.
    private string? ReportedTurnBefore()
    {
        if (_sentenceBefore is null)
        {
            return null;
        }

        if (_reportedSentence == _state.Sentence - 1)
        {
            return _reportedRun < MaxReportedRun ? _reportedOwner : null;
        }

        return _state.LastQuotedSentence == _state.Sentence - 1 && _state.ParagraphsSinceQuoted == 0 ? _state.LastQuoted
            : FramedSourceJustBefore() is { } framed ? framed
            : _state.ReporterJustBefore ? _state.LastReporter
            : _state.SubjectJustBefore ? _state.LastSubject
            : null;
    }

    // "Die Schließung sei schmerzhaft, aber „die einzige Lösung …“": a fragment inside a sentence
    // in the mood, which names no speaker of its own, after a report or a subject just before.
    private string? FragmentInReportedRun(IReadOnlyList<Token> sentence, int quote, Subject subject)
        => !subject.IsFound && quote > 0 && !_cues.HasReportingVerb(sentence) && NoQuoteBefore(sentence, quote) && InReportedMood(sentence, quote)
            ? ReportedTurnBefore()
            : null;

    // "Zuständig sei das Land. „Uns sind die Hände gebunden.“": a quote standing alone as its
    // sentence right after a run in the mood, in its paragraph or opening the next one.
    private string? QuoteAfterReportedRun(IReadOnlyList<Token> sentence, int quote, Subject subject)
        => !subject.IsFound && quote == 0 && _reportedSentence == _state.Sentence - 1 && _reportedSentence >= 0
        && (_sentenceBefore is not null || _state.ParagraphsSinceQuoted != 0)
        && !HasWordAfter(sentence, quote) && !_cues.HasReportingVerb(sentence)
            ? _reportedOwner
            : null;

    private static bool NoQuoteBefore(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = 0; k < quote; k++)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // After a sentence is tracked: whether it goes on with (or opens) a run in the mood, and
    // whose. `before` is whose turn the sentence before left (ReportedTurnBefore, read before
    // tracking), `otherBefore` whether someone else had taken the turn before this sentence.
    private void NoteReportedRun(TokenRange sentence, string? sentenceSpeaker, string? before, bool otherBefore)
    {
        if (!InReportedMood(sentence, sentence.Count))
        {
            ClearReportedRun();
            return;
        }

        string? owner;
        var run = 1;
        if (sentenceSpeaker is not null)
        {
            // "Die Lage sei „ernst“": its quote's speaker goes on.
            owner = sentenceSpeaker;
        }
        else if (_state.LastReporterSentence == _state.Sentence)
        {
            // "Reinhold betonte, das Gericht habe …": the sentence names who reports.
            owner = _state.LastReporter;
        }
        else if (_cues.HasReportingVerb(sentence) && _state.LastSubjectSentence != _state.Sentence)
        {
            // "Die Stadt müsse sparen, betonte er.", "…, sagte ein Sprecher.": someone reports whom
            // the sentence does not name, or not as the last person; the run is theirs, not known.
            owner = null;
        }
        else if (_state.LastSubjectSentence == _state.Sentence && _cues.HasReportingVerb(sentence))
        {
            // "Oberndorfer kündigte an, dass der Verein sparen wolle": its subject reports.
            owner = _state.LastSubject;
        }
        else if (_state.LastSubjectSentence == _state.Sentence || (_state.OtherSubjectSinceQuoted && !otherBefore))
        {
            // "Müller habe davon gewusst": someone else is the subject; no run through it.
            owner = null;
        }
        else
        {
            owner = before;
            run = _reportedSentence == _state.Sentence - 1 ? _reportedRun + 1 : 1;
        }

        if (owner is null)
        {
            ClearReportedRun();
            return;
        }

        _reportedOwner = owner;
        _reportedSentence = _state.Sentence;
        _reportedRun = run;
    }
}
