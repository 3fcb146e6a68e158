using System;

namespace ContentGen.Parsing.Speakers;

// "The Harbour Trust said in a statement that it was "deeply saddened". "…," it said.": a body that
// gave the quote just before, in this sentence or the one before, is what a bare "it" or a noun of a
// body of any kind ("the organisation", "die Behörde") at the next quote's cue means when the cast knows no
// organisation for it (a body read by its name, "Harbour Trust", goes to no cast
// entry). Stops: only when the cast gave no one; the quote before must be the body's, with no other
// subject since (a person quoted or reported in between takes "it" to their letter); a speaker
// read as a person, or a description, is never meant; a document's noun ("the letter") is left to
// SpeakerFinder.BroughtDocument.cs.
internal sealed partial class SpeakerFinder
{
    private string? BodyQuotedJustBefore(string noun)
    {
        if (_state.LastQuoted is not { } body || _state.LastQuotedSentence < _state.Sentence - 1 || _state.OtherSubjectSinceQuoted)
        {
            return null;
        }

        if (noun.Length == 0)
        {
            return _bodies.Contains(body) || _cast.IsOrganisation(body) ? body : null;
        }

        // A body's noun of any kind ("the organisation"); the cast already judged a body it knows against the noun's kind ("het bedrijf" is no "gemeente").
        return _cues.Words.AnyBodyNouns.Contains(Elision.Tail(noun.AsSpan())) && _bodies.Contains(body) && !_cast.IsOrganisation(body) ? body : null;
    }
}
