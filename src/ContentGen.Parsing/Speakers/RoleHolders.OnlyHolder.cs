using System;

namespace ContentGen.Parsing.Speakers;

// The one person the article gave a role under any of its forms ("entrenador|entrenadora"), with
// no salience to choose among several: for epithets that may mean someone else (see
// SpeakerFinder.TradeEpithetRole.cs). Reads the holders already kept, at most MaxHoldersPerRole
// a form; the forms are read in place (RoleForms), with no allocation.
internal sealed partial class RoleHolders
{
    /// <summary>
    /// The one person the article gave any of the forms of <paramref name="roles"/> ("|" between
    /// them), by the full name <paramref name="complete"/> gives; null when it gave them to no one
    /// or to two people or more.
    /// </summary>
    public string? OnlyHolderOfAnyForm(string roles, Func<string, string?> complete)
    {
        string? only = null;
        if (_holders.Count == 0)
        {
            return null;
        }

        foreach (var form in new RoleForms(roles))
        {
            if (!_holders.TryGetValue(BareCached(form), out var names))
            {
                continue;
            }

            foreach (var (name, _) in names)
            {
                var full = complete(name) ?? name;
                if (only is not null && !SamePerson(only, full, complete))
                {
                    return null;
                }

                only ??= full;
            }
        }

        return only;
    }

    /// <summary>Whether the article gave anyone any of the forms of <paramref name="roles"/> ("|" between them).</summary>
    public bool GaveAnyForm(string roles)
    {
        if (_holders.Count == 0)
        {
            return false;
        }

        foreach (var form in new RoleForms(roles))
        {
            if (_holders.ContainsKey(BareCached(form)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="role"/> is <paramref name="forms"/> or one of its forms ("alcalde" of "alcalde|alcaldesa").</summary>
    public static bool IsFormOf(string role, string forms)
    {
        foreach (var form in new RoleForms(forms))
        {
            if (form.SequenceEqual(role.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two names are one person's, each completed by <paramref name="complete"/> first:
    /// the same full name, or one the other's last words ("Delgado", "Marcos Delgado"). The one
    /// answer the coach's epithet (SpeakerFinder.TradeEpithetRole.cs) and its guards ask, and the pairs given one
    /// role in one sentence (RoleHolders.HoldersInOneSentence.cs).
    /// </summary>
    public static bool SamePerson(string a, string b, Func<string, string?> complete)
        => SamePerson(complete(a) ?? a, complete(b) ?? b);
}
