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

    // Whether only `name`'s given name shows a gender: enough to pass them over for a pronoun of the
    // other gender, not to keep a pronoun of theirs from a rival the sentence before names beside them
    // (PronounHasRival, ObjectHasRival), nor from a newcomer (OtherPersonIntroducedSince).
    private bool IsGenderOnlyGivenName(string name)
        => ShownGenderOf(name) == Gender.Unknown && !_linkedGenders.ContainsKey(name) && GivenNameGenderOf(name) != Gender.Unknown
            && LaterGenderOf(name) == Gender.Unknown;
}
