namespace ContentGen.Parsing.Speakers;

// "Jörg Pflaumer … Erfunden hat sie Lea Kronschnabl, 29, die … kam. „…“, erzählt sie.", "Haar
// mentor, Joost Hiemstra, moest … ‘…’, zegt hij." after "Burgemeester Annelies van Kampen": the pronoun
// passes over the person the article last spoke of, of the other gender, and no one of its own gender
// is mentioned as recently (DiscourseState.OtherGenderPassed.cs). The one person the paragraph has
// brought in since, of the pronoun's gender or of none shown, is then meant: the paragraph is about
// them. Two people brought in, or one of the other gender: no one.
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
}
