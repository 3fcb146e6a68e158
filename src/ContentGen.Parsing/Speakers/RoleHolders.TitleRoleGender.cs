using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A role of one gender written right before a name, as its title ("chairwoman Anna Fenn",
// "Chairwoman Anna Fenn", "der Lehrerin Anna Ferber"): the role is that person's whatever stands
// before it (an article after a preposition, a contracted article, none), so it shows her gender
// where ShowGender asked for an article heading the phrase. Only a feminine role noun
// (FemaleRoleNouns) or a title (FemaleTitles, MaleTitles): a masculine role noun serves as the
// generic form too ("UKIP chairman Petrina Holdsworth … She said"). Only with the name's
// first word straight after the role: set off by a comma, the name may be someone else's
// ("O marido da prefeita, Rui Pestana,"). Without it, "According to chairwoman Anna Fenn, … .
// "…," he said." gave her the words of a man.
internal sealed partial class RoleHolders
{
    private Gender ShownByTitleRole(IReadOnlyList<Token> sentence, int role, string name)
    {
        if (role + 1 >= sentence.Count || !sentence[role + 1].IsCapitalized
            || !name.StartsWith(sentence[role + 1].Text, StringComparison.Ordinal))
        {
            return Gender.Unknown;
        }

        var noun = Elision.Tail(sentence[role].Span);
        var words = _cues.Words;
        var female = words.FemaleRoleNouns.Contains(noun) || words.FemaleTitles.Contains(noun);
        var male = words.MaleTitles.Contains(noun);
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }
}
