using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The mayor, Tom Vale, wants the park. … '…,' said Anna Roe. The mayor shook his head. '…'",
// "Le maire hausse les épaules. « … »", "Der Landwirt schüttelt den Kopf. „…“": a sentence with no
// quote of its own opens on a definite article and a role the article gave to one person, then its
// verb (a gesture, a look, a state), and names no one else. The writer has turned to that person,
// as when the sentence opens on their name (Tracking's first reading): a quote with no cue after it
// is theirs (S9), no longer the last speaker's. "The mayor said the buyers had lied. '…'": so when
// the role reports, as a name that reports does (Tracking, `Reported`). A role no one was given is
// read elsewhere (SpeakerFinder.UnheldOfficeSubject.cs, SpeakerFinder.BareRoleSubject.cs); a
// sentence that names someone else after the role ("The mayor greeted Anna Roe.") brings in a
// second person, and is read as before.
internal sealed partial class SpeakerFinder
{
    private void TrackHeldRoleSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, Subject main, bool reports)
    {
        if (sentenceSpeaker is not null || sentence.Count < 4 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite)
            || LeadingPhrase(sentence) is not { Kind: SubjectKind.Role } role || role.IsUnheld || role.IsEpithet || role.Employer is not null
            || !_roles.GaveAnyForm(role.Text) || !NamesNoOneElse(sentence, role.End))
        {
            return;
        }

        // The role is the one that reports, not someone or something inside the sentence.
        var reportsItself = reports && main.Kind == SubjectKind.Role && main.End == role.End;
        if ((reports && !reportsItself) || (!reports && NamesOrReports(sentence, role.End))
            || Resolve(role) is not { } holder || holder.IndexOf(' ') < 0 || _cast.IsOrganisation(holder)
            || (named is not null && !string.Equals(named, holder, StringComparison.Ordinal)))
        {
            return;
        }

        _state.Mentioned(holder);
        _state.OtherSubjectSinceQuoted = true;
        NoteLastSubject(holder, sentence, role.End);
        if (reportsItself)
        {
            _state.Reported(holder);
        }
    }
}
