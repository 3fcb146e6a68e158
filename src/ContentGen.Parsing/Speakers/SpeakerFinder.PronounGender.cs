namespace ContentGen.Parsing.Speakers;

// "« … », a-t-il dit." once Paul Roux is its speaker: a gendered pronoun that a quote's cue linked
// to a named person says that person's gender, as a title would ("M. Roux"). A later pronoun of
// the other gender then passes over them: "« … », a-t-elle ajouté" after his words is someone else's.
// Given names are never read for a gender; only what the article's own words link.
internal sealed partial class SpeakerFinder
{
    // Records the gender of the pronoun `subject` for `speaker`, the person the cue gave the
    // quote, when nothing the article says gave one: the first link stands, and a person the
    // article shows otherwise keeps that gender. An organisation, a group or someone unnamed
    // given by a description is no one a pronoun's gender describes.
    private void NoteLinkedPronounGender(Subject subject, string? speaker)
    {
        if (speaker is null || subject.Kind != SubjectKind.Pronoun || subject.Text.Length == 0
            || _descriptions.Contains(speaker) || _bodies.Contains(speaker) || _cast.IsOrganisation(speaker) || !IsPersonNamed(speaker)
            || GenderOf(speaker) != Gender.Unknown)
        {
            return;
        }

        var gender = _genders.OfPronoun(subject.Text);
        if (gender != Gender.Unknown)
        {
            _describedGenders[speaker] = gender;
        }
    }
}
