using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Whether a person the article gave a role holds one of a class of roles (a rank in command,
// SpeechWords.CommandRanks), or any role: a bounded look through the holders kept.
internal sealed partial class RoleHolders
{
    /// <summary>
    /// Whether the article gave <paramref name="person"/> a role that <paramref name="roles"/> lists,
    /// or any role when <paramref name="roles"/> is null.
    /// </summary>
    public bool HoldsRoleIn(string person, WordTable? roles, Func<string, string?> complete)
    {
        foreach (var entry in _holders)
        {
            if (roles is not null && !roles.Contains(entry.Key))
            {
                continue;
            }

            foreach (var (name, _) in entry.Value)
            {
                if (SamePerson(complete(name) ?? name, person))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
