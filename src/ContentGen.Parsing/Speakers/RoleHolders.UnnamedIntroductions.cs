using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The newspaper quoted an unnamed executive at the bank as saying …. "…," the executive said.":
// a role the article brought in with an indefinite article and no name is someone it never
// names. "The executive" then means that unnamed person, not the person (or the company read as
// one) most salient, so the role noun is no pointer back to anyone. "Lee is a lawyer", "Lee, a
// lawyer,", "worked as a lawyer" say what someone named is and bring no one new in. A
// spokesperson or an official ("a spokesman for the agency") speaks for a body or a person, to
// whom their words go as before.
internal sealed partial class RoleHolders
{
    private const int MaxWordsBeforeRole = 3;
    private const int MaxUnnamedRoles = 16;

    // Each role noun (bare, lower case) the article brought in as someone unnamed.
    private HashSet<string>? _introducedUnnamed;

    /// <summary>
    /// Whether the article brought <paramref name="role"/> in as someone unnamed ("a spokeswoman at
    /// the ministry told …"), whom the bare role then means when nobody was given it.
    /// </summary>
    public bool IntroducedUnnamed(string role) => _introducedUnnamed is { Count: > 0 } set && set.Contains(BareCached(role.AsSpan()));

    private void ForgetUnnamed() => _introducedUnnamed?.Clear();

    // Called for a role noun at `role` that names no holder after it.
    private void ReadUnnamedIntroduction(IReadOnlyList<Token> sentence, int role, string bare)
    {
        if (!_cues.Words.SpokesNouns.Contains(sentence[role].Span) && !_cues.Words.OfficialNouns.Contains(sentence[role].Span) && IntroducesUnnamed(sentence, role))
        {
            _introducedUnnamed ??= new HashSet<string>(StringComparer.Ordinal);
            if (_introducedUnnamed.Count < MaxUnnamedRoles)
            {
                _introducedUnnamed.Add(bare);
            }
        }
    }

    // An indefinite article, at most a few lower-case describing words, then the role ("an unnamed
    // executive", "une ancienne directrice", "ein hoher Beamter"), not after a comma or a word
    // that makes it a predicate of someone named.
    private bool IntroducesUnnamed(IReadOnlyList<Token> sentence, int role)
    {
        var k = role - 1;
        while (k >= 0 && role - k <= MaxWordsBeforeRole && sentence[k].IsWord && !_cues.Is(sentence[k], WordClass.Indefinite))
        {
            if (!sentence[k].IsLower && !_cues.Words.CapitalisesNouns)
            {
                return false;
            }

            k--;
        }

        if (k < 0 || role - k > MaxWordsBeforeRole || !sentence[k].IsWord || !_cues.Is(sentence[k], WordClass.Indefinite))
        {
            return false;
        }

        if (k == 0)
        {
            return true;
        }

        var before = sentence[k - 1];
        return _cues.IntroducesAfter(before);
    }
}
