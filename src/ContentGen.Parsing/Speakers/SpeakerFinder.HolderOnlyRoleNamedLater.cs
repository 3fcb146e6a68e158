namespace ContentGen.Parsing.Speakers;

// "Tom Reed denies theft. "…," the prosecutor told the jury. The prosecutor, Helen Marsh, then
// called …": a role that means only a holder the article named (a prosecutor, a judge), at a cue
// before the article names anyone so, is no one's when read, whoever is in view (the accused is no
// prosecutor). It is the role's one holder once the article is read, as a role nobody held with no
// one in view is (SpeakerFinder.RoleNamedLater.cs): the quote waits in the same short list, and is
// closed by the same look-up of the role's holders, read once as the article goes (no second pass).
// Two holders named later, or none, leave it no one's.
internal sealed partial class SpeakerFinder
{
    // A holder-only role the article gave no one yet: the quote may wait for its holder, whether or
    // not someone else is in view, since salience never answers for such a role.
    private void NoteHolderOnlyRoleUnheld(Subject subject) => _roleNobodyHeld = subject;

    // "„…“, sagte die Richterin" with no judge named yet: the role read at the cue waits for its
    // holder (SpeakerFinder.RoleAfterVerb.cs), never for someone unnamed it might describe.
    private bool AwaitsHolderOnly(Subject role) => _roleNobodyHeld.IsFound && IsHolderOnly(role.Text) && !_roles.Gave(role.Text);
}
