using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Seine Frau Monika Brandlmeier schüttelt den Kopf: „…“ Er zeigt …", "His wife Carys Pritchard …",
// "Sa femme, Annick Morvan, …": a family tie before the name says that relative's gender as a gendered
// role does ("la maire Alice Moreau"). A couple, or a father and his daughter, share a surname, so a
// title before it says nothing of either (SpeakerFinder.OfSurname); the tie still tells them apart,
// and a pronoun of the other gender after the relative's words passes over them to the one before.
// Only the tie right before the name (or set off by a comma), as Phrase.RelativeAfter reads it: "the
// wife of the mayor, Tom Hale," names the mayor and is never read here. A tie that is also the
// everyday word for anyone ("sa femme", "su mujer", "zijn vrouw") shows the gender all the same.
internal sealed partial class RoleHolders
{
    private void ShowKinGender(IReadOnlyList<Token> sentence, int tie, string relative)
    {
        var gender = KinAndOwnerGender.OfKinNoun(_cues.Words, sentence[tie].Span);
        if (gender != Gender.Unknown)
        {
            Show(relative, gender);
        }
    }
}
