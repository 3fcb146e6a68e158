using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "‘…’, aldus Dorrestijn. De burgemeester greep meteen in. ‘…’, zei ze.", "Il sindaco, intervenuto
// nella replica, ha difeso la giunta. «…», ha detto.", "The mayor stepped in. '…,' she said.": a
// sentence with no quote of its own opens on a definite article and a town's or a meeting's one
// head (SpeechWords.PresidingOffices) with no complement, names no one and reports nothing, and
// the article named no one to the office. The office is its subject, and a later pronoun or
// dropped subject means the office's unnamed holder, whose words the issue gives to the noun
// (`burgemeester`); without this the cue reached back to the councillor quoted before. The
// office is decided as at the cue ("said the mayor", SpeakerFinder.UnheldPresidingOffice.cs):
// only when the salient person holds a role of their own, which this office is not; a bare office
// after someone with no role ("Jane Roe was re-elected. The mayor stepped in.") may be that
// person, and is read as before.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence made the office's unnamed holder its subject.
    private bool TrackUnheldOfficeSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool reports)
    {
        const int ArticleAndOffice = 2;
        if (sentenceSpeaker is not null || named is not null || reports || sentence.Count < ArticleAndOffice + 2 || !sentence[0].IsWord
            || !_cues.Is(sentence[0], WordClass.Definite) || LeadingPhrase(sentence) is not { Kind: SubjectKind.Role, End: ArticleAndOffice } office
            || office.IsEpithet || office.Complement is not null || office.Employer is not null
            || !_cues.Words.PresidingOffices.Contains(Elision.Tail(office.Text.AsSpan())) || NamesOrReports(sentence, ArticleAndOffice))
        {
            return false;
        }

        // Resolve decides as for the office at a cue: the holder the article gave it, or the
        // unnamed holder's noun (a description), or someone salient left to salience.
        if (Resolve(office) is { } meant && _descriptions.Contains(meant))
        {
            _state.OtherSubjectSinceQuoted = true;
            _state.Mentioned(meant);
            return true;
        }

        return false;
    }
}
