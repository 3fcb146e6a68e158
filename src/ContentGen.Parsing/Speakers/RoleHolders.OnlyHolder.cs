using System;

namespace ContentGen.Parsing.Speakers;

// The one person the article gave a role under any of its forms ("entrenador|entrenadora"), with
// no salience to choose among several: for epithets that may mean someone else (see
// SpeakerFinder.TradeEpithetRole.cs). Reads the holders already kept, at most MaxHoldersPerRole
// a form: no allocation beyond splitting the few forms.
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
        var start = 0;
        while (start <= roles.Length)
        {
            var bar = roles.IndexOf('|', start);
            var end = bar < 0 ? roles.Length : bar;
            if (_holders.Count > 0 && _holders.TryGetValue(Bare(roles.AsSpan(start, end - start)), out var names))
            {
                foreach (var (name, _) in names)
                {
                    var full = complete(name) ?? name;
                    if (only is not null && !SamePerson(only, full))
                    {
                        return null;
                    }

                    only ??= full;
                }
            }

            start = end + 1;
        }

        return only;
    }

    /// <summary>Whether the article gave anyone any of the forms of <paramref name="roles"/> ("|" between them).</summary>
    public bool GaveAnyForm(string roles)
    {
        var start = 0;
        while (start <= roles.Length)
        {
            var bar = roles.IndexOf('|', start);
            var end = bar < 0 ? roles.Length : bar;
            if (_holders.Count > 0 && _holders.ContainsKey(Bare(roles.AsSpan(start, end - start))))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }
}
