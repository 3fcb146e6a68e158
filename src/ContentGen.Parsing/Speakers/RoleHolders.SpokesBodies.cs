using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "El portavoz de la empresa, Luis Gómez, …", "Su portavoz, Raúl Menéndez, …": the body noun a
// spokesperson was given with, read after the spokes noun ("empresa"), or none ("Su portavoz").
// The complements of office (RoleHolders.cs) keep capitalised words only, so "del sindicato" and
// "de la empresa" are one there; a later "el portavoz de la empresa" must tell them apart
// (SpeakerFinder.SpokespersonOfBodyNoun.cs). Kept only for spokes nouns: a few strings an article.
internal sealed partial class RoleHolders
{
    private const int MaxSpokesBodies = 16;

    // Each spokesperson's name, with the body noun after their spokes noun: "" when nothing follows
    // the noun, null when another complement does.
    private List<(string Role, string Name, string? Noun)>? _spokesBodies;

    // Records the body noun after the spokes noun at `role` (its bare form `bareRole`), given to `name`.
    private void NoteSpokesBody(IReadOnlyList<Token> sentence, int role, string bareRole, string name)
    {
        var words = _cues.Words;
        if (!words.SpokesNouns.Contains(sentence[role].Span) || (_spokesBodies?.Count ?? 0) >= MaxSpokesBodies)
        {
            return;
        }

        // "de la empresa", "van het bedrijf": a link, a definite article, the noun; anything else
        // after the role ("Su portavoz, Raúl Menéndez", "de Aguas Sur") gives no noun.
        string? noun = string.Empty;
        var link = role + 1;
        if (link + 2 < sentence.Count && sentence[link].IsWord && sentence[link].IsLower && words.HeadLinks.Contains(sentence[link].Span)
            && sentence[link + 1].IsWord && _cues.Is(sentence[link + 1], WordClass.Definite) && sentence[link + 2].IsWord)
        {
            noun = sentence[link + 2].Text;
        }
        else if (link < sentence.Count && sentence[link].IsWord && sentence[link].IsLower)
        {
            // "del sindicato", "de Aguas Sur": another complement, which no body's noun asks for.
            noun = null;
        }

        _spokesBodies ??= new List<(string, string, string?)>();
        _spokesBodies.Add((bareRole, name, noun));
    }

    /// <summary>
    /// The one spokesperson the article named under <paramref name="role"/> with the body noun
    /// <paramref name="noun"/> or with none after the role, completed; null when none, or several.
    /// </summary>
    public string? SpokespersonFor(string role, string noun, Func<string, string?> complete)
    {
        if (_spokesBodies is null)
        {
            return null;
        }

        var bare = BareCached(role.AsSpan());
        string? found = null;
        foreach (var (given, name, after) in _spokesBodies)
        {
            if (!string.Equals(given, bare, StringComparison.Ordinal) || (after is null || (after.Length > 0 && !string.Equals(after, noun, StringComparison.Ordinal))))
            {
                continue;
            }

            var full = complete(name) ?? name;
            if (found is not null && !string.Equals(found, full, StringComparison.Ordinal))
            {
                return null;
            }

            found = full;
        }

        return found;
    }
}
