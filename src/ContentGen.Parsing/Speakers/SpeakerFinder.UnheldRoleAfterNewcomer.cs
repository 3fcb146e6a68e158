namespace ContentGen.Parsing.Speakers;

// "Des propos que le sous-préfet, Antoine Giraud, présent dans la salle, a tenu à recadrer. « … », a
// assuré le représentant de l'État.": a role the article gave no one describes someone it named, as an
// age does ("sagt der 58-Jährige"): the person this paragraph brought in, whom a pronoun there would
// mean too, not the salient speaker of a paragraph before; with two brought in, no one.
internal sealed partial class SpeakerFinder
{
    // Whether the article gave no one the role: its holder, were there one, decides who speaks.
    private bool IsUnheldRole(string role) => !_roles.Gave(role);
}
