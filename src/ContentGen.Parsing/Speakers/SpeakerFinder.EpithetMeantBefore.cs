using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Sílvia Aboim, presidente da câmara, … “…”, detalhou a autarca. … Do outro lado, Marco Ferraz
// acusou … A resposta da autarca chegou de imediato: “…”": a bare role noun the article gave no one
// by name, once it has meant a person, goes on meaning that person. A writer calls one person by one
// epithet, so the opponent named since, however salient, is not "a autarca". When the noun has meant
// two people, it says nothing more and salience decides as before.
internal sealed partial class SpeakerFinder
{
    // Each bare role noun, in lower case, with the one person it meant, or null once it meant two.
    // Bounded: an article calls few people by a bare noun.
    private readonly Dictionary<string, string?> _epithetsMeant = new(StringComparer.Ordinal);
    private const int MaxEpithetsMeant = 32;

    // The person the bare role `subject` means, given `found`, the one the cast and salience gave:
    // the person it meant before, while still in the discourse, when no one was given the role and
    // the noun is bare (no complement, no employer). Records whom it means.
    private string? EpithetKeepsMeaning(Subject subject, bool decided, string? found)
    {
        if (subject.Text.Length == 0 || subject.Complement is not null || subject.Employer is not null || subject.Text.IndexOf('|') >= 0)
        {
            return found;
        }

        var noun = Elision.Tail(subject.Text.AsSpan()).ToString().ToLowerInvariant();
        _epithetsMeant.TryGetValue(noun, out var before);
        if (!decided && before is not null && found is not null && !string.Equals(before, found, StringComparison.Ordinal)
            && _roles.HoldsAnyRole(found, _complete) && _state.MentionedIn(before) >= 0 && IsPersonNamed(before) && !_descriptions.Contains(before))
        {
            return before;
        }

        if (found is not null && IsPersonNamed(found) && !_descriptions.Contains(found) && !_bodies.Contains(found))
        {
            if (!_epithetsMeant.ContainsKey(noun))
            {
                if (_epithetsMeant.Count < MaxEpithetsMeant)
                {
                    _epithetsMeant[noun] = found;
                }
            }
            else if (before is not null && !string.Equals(before, found, StringComparison.Ordinal))
            {
                _epithetsMeant[noun] = null;
            }
        }

        return found;
    }
}
