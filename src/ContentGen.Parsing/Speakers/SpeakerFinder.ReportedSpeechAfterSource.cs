using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Oberle zufolge sind elf Stellen unbesetzt. Man habe lange gesucht. Die Schließung sei „…“.":
// a sentence with no quote and no verb of saying whose words an "according to" frame gives to a
// named person ("X zufolge", "Laut X", "Nach Angaben von X", Dutch "Volgens X") reports that
// person's view as "X sagte, …" does, and German goes on with it in the mood of reported speech
// (Dutch with "zou"), so the run after it is that person's (SpeakerFinder.ReportedSpeechRunsOn.cs).
// A frame naming a document or a body ("Dem Gutachten zufolge", "Volgens het rapport") gives no one.
// English says it in the indicative ("According to X, the plan was "…"") and reads by its cue.
internal sealed partial class SpeakerFinder
{
    // The person a source frame in a sentence with no quote named, and that sentence, or -1.
    private string? _framedSource;
    private int _framedSourceSentence = -1;

    private void ClearFramedSource()
    {
        _framedSource = null;
        _framedSourceSentence = -1;
    }

    // Read after the sentence's subject and source are known (SpeakerFinder.Tracking.cs); only where
    // the language reports speech in a mood of its own, and only for a frame that shows a person.
    private void NoteFramedSource(IReadOnlyList<Token> sentence, string? sentenceSpeaker, Subject main, Subject source)
    {
        if (sentenceSpeaker is not null || main.IsFound || !source.IsFound || !_cues.Words.ReportsInOwnMood)
        {
            return;
        }

        if (NamedSource(sentence, source) is { } person)
        {
            _framedSource = person;
            _framedSourceSentence = _state.Sentence;
        }
    }

    // The person a source frame named in the sentence just before, or null.
    private string? FramedSourceJustBefore()
        => _framedSourceSentence >= 0 && _framedSourceSentence == _state.Sentence - 1 ? _framedSource : null;
}
