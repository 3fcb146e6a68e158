using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The mayor, Tom Vale, wants the park. … '…,' said Anna Roe. The mayor shook his head. '…'",
// "Le maire hausse les épaules. « … »", "Der Bürgermeister schüttelt den Kopf. „…“": a sentence
// with no quote of its own opens on a definite article and a role the article gave to one person,
// then its verb (a gesture, a look, a state: no verb of saying), and names no one else. The
// writer has turned to that person, as when the sentence opens on their name (Tracking's first
// reading): a quote with no cue after it is theirs (S9), no longer the last speaker's, who went on
// before. A role no one was given is read elsewhere (SpeakerFinder.UnheldOfficeSubject.cs,
// SpeakerFinder.BareRoleSubject.cs); a sentence that names someone else after the role ("The
// mayor turned to Anna Roe.") brings in a second person, and is read as before.
internal sealed partial class SpeakerFinder
{
    private void TrackHeldRoleSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool reports)
    {
        if (sentenceSpeaker is not null || named is not null || reports || sentence.Count < 4 || !sentence[0].IsWord
            || !_cues.Is(sentence[0], WordClass.Definite) || LeadingPhrase(sentence) is not { Kind: SubjectKind.Role } role
            || role.IsUnheld || role.IsEpithet || role.Employer is not null || !_roles.GaveAnyForm(role.Text)
            || NamesOrReports(sentence, role.End) || !NamesNoOneElse(sentence, role.End)
            || Resolve(role) is not { } holder || holder.IndexOf(' ') < 0 || _cast.IsOrganisation(holder))
        {
            return;
        }

        _state.Mentioned(holder);
        _state.OtherSubjectSinceQuoted = true;
        NoteLastSubject(holder, sentence, role.End);
    }
}
