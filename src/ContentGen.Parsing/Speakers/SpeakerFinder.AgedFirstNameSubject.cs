using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Giulia, 19 anni, …, si è detta «…»", "Maëlle, 29 ans, estime que « … »", "Chiara, 22 anni,
// lavora al bar. «…»": a person met by a first name alone, with an age right after it, who is the
// subject of the quote's own cue or of the sentence before a quote with none. The name rules find
// the word as the subject, but a lone word is a plausible name only where the article also writes it
// inside a sentence, so a newcomer named only as sentences open resolved to no one, and the quote
// read as no one's. The age says the word is a person's (SpeakerFinder.AgedFirstName.cs): the word
// the article gave an age as it opened a sentence names that person. It is noted before the
// sentence's own quotes are read, so that the cue of the same sentence finds it.
// "Su hijo Javi, de 27, ha vuelto …": after a kin noun or a noun for a person, which already says the
// name is a person's, a number set off by commas after a link word is the newcomer's age with its word
// for years left out; without the kin noun a link and a number may be anything ("de 30, …").
internal sealed partial class SpeakerFinder
{
    // The name `name` completes to, or, when it completes to none, the first name the article gave an age.
    private string? CompleteOrAged(string name)
        => _names.Complete(name) ?? (_agedFirstNames.Contains(name) && !_cast.IsOrganisation(name) ? name : null);

    // ", de 27," after the name at `k`: a link word, a short number and a comma.
    private static bool IsLinkedAgeSetOff(IReadOnlyList<Token> sentence, int k)
        => k + 4 < sentence.Count && sentence[k + 1].Kind == TokenKind.Comma && sentence[k + 2].IsWord && sentence[k + 2].IsLower
        && IsShortNumber(sentence[k + 3]) && sentence[k + 4].Kind == TokenKind.Comma;
}
