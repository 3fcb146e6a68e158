namespace ContentGen.Parsing.Speakers;

// "Jörg Pflaumer … Erfunden hat sie Lea Kronschnabl, 29, die … kam. „…“, erzählt sie.", "Haar
// mentor, Joost Hiemstra, moest … ‘…’, zegt hij." after "Burgemeester Annelies van Kampen": the pronoun
// passes over the person the article last spoke of, of the other gender, and no one of its own gender
// is mentioned as recently (DiscourseState.OtherGenderPassed.cs). The one person the paragraph has
// brought in since, of the pronoun's gender or of none shown, is then meant: the paragraph is about
// them. Two people brought in, or one of the other gender: no one.
//
// "… turned to Ms Okafor. “…,” he said." with only a man two paragraphs back: the paragraph names
// only people of the other gender before the pronoun, and the one meant is in its scene though the
// reading never recorded him ("In his speech he thanked …"); no one, rather than someone further back.
internal sealed partial class SpeakerFinder
{
    private string? NewcomerPastOtherGender(Gender asked)
    {
        if (asked == Gender.Unknown || !_state.PassedOtherGender)
        {
            return null;
        }

        ReadParagraphPeople();
        if (_paragraphIntroduced.Count != 1 || GenderOf(_paragraphIntroduced[0]) is var gender && gender != Gender.Unknown && gender != asked)
        {
            return null;
        }

        return IntroducedPersonMeant();
    }

    // Whether the pronoun passed over someone of the other gender to `meant`, last mentioned in an
    // earlier paragraph, while its own paragraph names before it only people of the other gender.
    private bool ParagraphNamesOnlyOtherGender(string meant, Gender asked)
    {
        if (asked == Gender.Unknown || !_state.PassedOtherGender || _state.MentionedIn(meant) >= _state.Paragraph)
        {
            return false;
        }

        ReadParagraphPeople();
        foreach (var named in _paragraphNamed)
        {
            if (GenderOf(named) is var gender && (gender == asked || gender == Gender.Unknown))
            {
                return false;
            }
        }

        return _paragraphNamed.Count > 0;
    }
}
