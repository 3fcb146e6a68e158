using System;

namespace ContentGen.Parsing.Speakers;

// "El concejal Pablo Ruiz habló primero. «…», dijo el comandante.", "Councillor Paul Ruiz spoke
// first. "…," said the captain.", "O vereador Rui Matos …" then "disse o comandante": a rank in
// command (SpeechWords.CommandRanks) at the cue that the article gave no one is not the person in
// focus when the article gave that person a role outside the ranks: a councillor is no commander.
// The words are the rank's, spoken by its unnamed holder, as the issue labels someone unnamed by
// their noun (the presiding offices were read so first: SpeakerFinder.UnheldPresidingOffice.cs);
// with a complement ("the captain of the ferry") the rank may be anyone's, and the words are no
// one's. A person the article gave no role may hold it, and one given a rank may be called by
// another ("Colonel X" then "the commander"): both are left to salience, as before. A holder the
// article names later is the rank's (SpeakerFinder.RoleNamedLater.cs).
//
// Only ranks: the same rule over every listed role turned about thirty right speakers of the
// tuning articles and corpora wrong, each a role the press calls its holder by a wider noun
// ("Health Secretary X" … "the minister", "o presidente da câmara" … "o autarca", "le député" …
// "l'élu", a striker … "the star"). A rank is no wider noun of a civic office, a trade or a sport.
internal sealed partial class SpeakerFinder
{
    // The role noun this rule last gave as a quote's speaker, for the holder named later to replace.
    private string? _rankBesideOtherRole;

    // Whether `subject`, a rank with no holder (RoleHolders.Holder left it undecided), is asked
    // beside a person in focus who holds a role outside the ranks, or was given a profession
    // ("La maestra Ana Gil …", SpeakerFinder.ProfessionHolders.cs); its speaker is then `role`
    // (null with a complement).
    private bool IsRankBesideOtherRole(Subject subject, string? salient, out string? role)
    {
        role = null;
        var noun = Elision.Tail(subject.Text.AsSpan());
        if (salient is null || subject.IsEpithet || subject.Employer is not null || noun.Length == 0
            || !_cues.Words.CommandRanks.Contains(noun) || _titledRoles.Contains(subject.Text) || SpeaksForSomeone(subject.Text) || IsHolderOnly(subject.Text)
            || !(_roles.HoldsAnyRole(salient, _complete) || ProfessionGivenOther(salient)) || _roles.HoldsRoleIn(salient, _cues.Words.CommandRanks, _complete) || NamedInReadingSentence(salient))
        {
            return false;
        }

        if (subject.Complement is null)
        {
            role = noun.Length == subject.Text.Length ? subject.Text : noun.ToString();
            _descriptions.Add(role);
            _rankBesideOtherRole = role;
            _roleNobodyHeld = subject;
        }

        return true;
    }
}
