using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La présidente de la Région, Sylvie Aubertin, … « … », regrette la présidente du club, Christelle
// Duvivier. « … », a dit la présidente de la Région.": a role asked with its complement of office
// means the one holder the article gave that very complement, before a holder given none (whose
// office a lower-case complement, "du club", left unrecorded) who happens to be in focus.
internal sealed partial class RoleHolders
{
    // The one person the article gave `names`' role with exactly `complement`, completed; null
    // when no one or several people were.
    private static string? OnlyHolderGiven(List<(string Name, string? Complement)> names, string complement, Func<string, string?> complete)
    {
        string? only = null;
        foreach (var (name, given) in names)
        {
            if (given is null || !string.Equals(complement, given, StringComparison.Ordinal))
            {
                continue;
            }

            var full = complete(name) ?? name;
            if (only is not null && !SamePerson(only, full))
            {
                return null;
            }

            only = full;
        }

        return only;
    }
}
