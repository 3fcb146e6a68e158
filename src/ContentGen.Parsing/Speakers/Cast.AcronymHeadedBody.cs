using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "gegen die HSG Bergtal", "tegen de VV Westerkamp": a lower-case definite
// article, an acronym and a capitalised name is a body's name headed by its abbreviation (a club, a
// party's branch). No person's name takes an article and initials, so the name is a body's: a later
// "Bergtal" that completes to it is no one "er" or "hij" means.
// Stops: no article before the acronym ("JD Vance" may be a person's initials); a title or a role
// among the capitalised words ("the UN Secretary General X", "die SPD-Fraktionschefin", "the SNP MP
// Jane Roe") says a person is named, and nothing is read.
internal sealed partial class Cast
{
    private HashSet<string>? _acronymHeaded;

    /// <summary>Whether the article named <paramref name="name"/> after an article and its abbreviation ("die HSG Bergtal").</summary>
    public bool IsAcronymHeadedBody(string name) => _acronymHeaded?.Contains(name) == true;

    private void ReadAcronymHeadedBody(IReadOnlyList<Token> sentence, int acronym)
    {
        const int MaxNameWords = 3;
        if (acronym == 0 || acronym + 1 >= sentence.Count || !sentence[acronym + 1].IsCapitalized
            || !sentence[acronym - 1].IsLower || !_cues.Is(sentence[acronym - 1], WordClass.Definite)
            || !Text.LetterCase.IsAcronym(sentence[acronym].Span))
        {
            return;
        }

        var end = acronym + 1;
        while (end < sentence.Count && end - acronym <= MaxNameWords && sentence[end].IsCapitalized)
        {
            if (_cues.Is(sentence[end], WordClass.TitleOrRole))
            {
                return;
            }

            end++;
        }

        var name = Phrase.Join(sentence, acronym, end);
        (_organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        (_acronymHeaded ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }
}
