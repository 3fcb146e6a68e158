using System;

namespace ContentGen.Parsing.Speakers;

// "O tenente Rui Sampaio coordena as buscas. “…”, alertou o oficial.": an epithet of a force, a
// union, a council or expertise (SpeechWords.HolderEpithets) is how reporters call a person they
// named by a rank or an office, so that person is meant though the article gave them a role.
internal sealed partial class SpeakerFinder
{
    // "o oficial", "la sindicalista", "l'experte": an epithet a role's holder may be called by.
    private bool IsHolderEpithet(string profession)
        => _cues.Words.HolderEpithets.Contains(Elision.Tail(profession.AsSpan()));
}
