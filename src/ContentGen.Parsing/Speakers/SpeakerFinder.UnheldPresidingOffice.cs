using System;

namespace ContentGen.Parsing.Speakers;

// "Councillor Sam Kelleher said … "Order, please," said the mayor.", "« … », a rétorqué le maire"
// after "la conseillère d'opposition Nadège Fromentin": a town's or a meeting's one head
// (SpeechWords.PresidingOffices) at the cue, whom the article named no one to, is not the
// councillor named before, whom it gave another role. The words are the office's, spoken by its
// unnamed holder, as the issue labels someone unnamed by their noun; with a complement ("the
// mayor of Eastbury") the office may be another town's, and the words are no one's.
internal sealed partial class SpeakerFinder
{
    // Whether `subject` is such an office, whose speaker is then `office` (null with a complement).
    // Asked only when the article gave no one the role (RoleHolders.Holder left it undecided); a
    // salient person the article gave no role may hold it and is left to salience, as before.
    private bool IsUnheldPresidingOffice(Subject subject, string? salient, out string? office)
    {
        office = null;
        var noun = Elision.Tail(subject.Text.AsSpan());
        if (salient is null || subject.IsEpithet || subject.Employer is not null || noun.Length == 0
            || !_cues.Words.PresidingOffices.Contains(noun) || _titledRoles.Contains(subject.Text)
            || !_roles.HoldsAnyRole(salient, _complete) || NamedInReadingSentence(salient))
        {
            return false;
        }

        if (subject.Complement is null)
        {
            office = noun.Length == subject.Text.Length ? subject.Text : noun.ToString();
            _descriptions.Add(office);
        }

        return true;
    }

    // "said chairman and chief executive officer Bill Ford": the office may be one of the titles of
    // someone the cue's sentence itself names in full, the salient person or not; left as before.
    private bool NamedInReadingSentence(string person)
        => _readingSentence is { Count: > 0 } reading
        && (reading[0].Through(reading[reading.Count - 1]).IndexOf(person.AsSpan(), StringComparison.Ordinal) >= 0 || NamesSomeoneInFull(reading));
}
