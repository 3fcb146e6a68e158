using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A sentence whose subject is someone or something new, brought in by an indefinite article and
// described between commas or by a relative clause only a person takes: "Sur le trottoir, un
// cariste, qui préfère rester anonyme, fait ses comptes.", "Een vaste klant, al veertig jaar aan
// de bar, heeft weinig hoop.", "Outside the gates, a forklift driver who did not want to be named
// was counting the cost." The writer has moved on from the last speaker, so a quote with no cue
// after it is no longer theirs; whether the newcomer is a person no word list can say for every
// noun, so it is given to no one (precision first). A pronoun or dropped subject is read as before:
// "A report, published on Monday, found … '…,' he said" is still the last speaker's.
internal sealed partial class SpeakerFinder
{
    // Ends the last speaker's turn for a quote with no cue; whom a pronoun means is left as it was.
    private void EndTurnAtDescribedNewcomer(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is null && _state.LastQuoted is not null && !_state.OtherSubjectSinceQuoted && OpensWithDescribedNewcomer(sentence))
        {
            _state.OtherSubjectSinceQuoted = true;
        }
    }
}
