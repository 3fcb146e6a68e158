using System;

namespace ContentGen.Parsing.Speakers;

// "Imker Jan Hoekstra vond twaalf lege kasten. … Hoekstra heeft zijn kasten binnengezet. “…”, zegt de
// imker.": a trade at the cue means the person just named (ProfessionMeant), but not one the article
// gave a role, since "el alcalde Pedro Gil" is no engineer. The role the article gave may be the very
// noun at the cue, written before the name as a title ("Imker Jan Hoekstra", "Schäfer Matthias
// Brenninger") paragraphs before, out of the trade's reach: then the noun describes that person as
// the article introduced them, and the role is no reason to refuse them. Only the one holder the
// article gave the noun to, in any of its forms; two, and the guard stands.
internal sealed partial class SpeakerFinder
{
    private bool GaveCueNounTo(string noun, string person)
    {
        var bare = Elision.Tail(noun.AsSpan()).ToString();
        return _roles.Gave(bare) && _roles.OnlyHolderOfAnyForm(bare, _complete) is { } only && RoleHolders.SamePerson(only, person, _complete);
    }
}
