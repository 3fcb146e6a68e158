using System;
namespace ContentGen.Parsing.Speakers;

// "In a letter to staff, Threlfall said … '…,' the letter said. It added: '…'": "it" means an
// organisation only while a body was the last to speak or be the subject of a report. Once a person
// has been quoted or reported since the body was last named, "it" is the person's letter or
// statement, not the body: the quote gets no organisation ("Elle a ajouté", "acrescentou ela" after a
// woman's words are the pronoun rules' concern, which never give a body).
internal sealed partial class SpeakerFinder
{
    private string? OrganisationForIt(string? meant)
    {
        if (meant is null)
        {
            return null;
        }

        // "The MPAA said in a statement that it would …": the body named in the sentence itself is the one "it" means.
        if (_readingSentence is { Count: > 0 } reading && reading[0].Through(reading[reading.Count - 1]).IndexOf(meant.AsSpan(), StringComparison.Ordinal) >= 0)
        {
            return meant;
        }

        var named = _cast.SentenceNamed(meant);
        return IsPersonSpeaking(_state.LastQuoted, _state.LastQuotedSentence, named) || IsPersonSpeaking(_state.LastReporter, _state.LastReporterSentence, named)
            ? null
            : meant;
    }

    // Someone who is no body spoke or reported after the body was last named.
    private bool IsPersonSpeaking(string? speaker, int sentence, int bodyNamed)
        => speaker is not null && sentence > bodyNamed && !_cast.IsOrganisation(speaker) && !_bodies.Contains(speaker) && !_descriptions.Contains(speaker);
}
