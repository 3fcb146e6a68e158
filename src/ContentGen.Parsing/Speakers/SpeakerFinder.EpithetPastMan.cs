using System;

namespace ContentGen.Parsing.Speakers;

// "Marta Ribeiro, presidente da câmara, … explicou a autarca. … o líder da oposição, Nuno Faria,
// acusou … “…”, respondeu a autarca.": a woman's bare role at the cue after a man is not his
// (SpeakerFinder.FeminineRoleAtCue.cs), but when the same bare noun, said of a woman, has meant one
// person before, it is that person again: a writer calls one person by one epithet
// (SpeakerFinder.EpithetMeantBefore.cs). Once a man's given name shows his gender, salience no
// longer offers him for the epithet to be taken from, so the earlier meaning is read here, where
// the woman's role meets the man. The noun meant two people, someone no longer in the discourse,
// someone of the other gender or a body: no one, as before.
internal sealed partial class SpeakerFinder
{
    private string? FeminineEpithetMeantBefore(Subject subject)
    {
        if (subject.Text.Length == 0 || subject.Complement is not null || subject.Employer is not null)
        {
            return null;
        }

        var noun = Elision.Tail(subject.Text.AsSpan()).ToString().ToLowerInvariant();
        if (!_epithetsMeant.TryGetValue(noun, out var before) || before is null
            || (_epithetGenders.TryGetValue(noun, out var meantGender) && meantGender == Gender.Male)
            || _genderOf(before) == Gender.Male || _state.MentionedIn(before) < 0
            || !IsPersonNamed(before) || _descriptions.Contains(before) || _bodies.Contains(before))
        {
            return null;
        }

        return before;
    }
}
