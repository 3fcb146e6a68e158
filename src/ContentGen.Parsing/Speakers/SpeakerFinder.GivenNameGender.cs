namespace ContentGen.Parsing.Speakers;

// "Resi Hallhuber … „…“, sagt sie." beside "Georg Hallhuber": an editor knows Resi is a woman and Georg
// a man before the article gives a title or a pronoun. The given name is the weakest evidence of a
// person's gender (GivenNameGender): a title, a role, a description or a pronoun the article links wins,
// and a body, a group or someone unnamed has no given name.
internal sealed partial class SpeakerFinder
{
    private Gender GivenNameGenderOf(string name)
        => _descriptions.Contains(name) || _bodies.Contains(name) || _cast.IsOrganisation(name)
            ? Gender.Unknown
            : GivenNameGender.Of(_cues.Words, name);
}
