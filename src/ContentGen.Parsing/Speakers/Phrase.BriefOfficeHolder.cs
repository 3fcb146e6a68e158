using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "a expliqué l'adjoint aux Finances, Paul Roux", "l'adjointe aux Sports Claire Martin": an office
// that takes a brief ("adjoint") is no role noun of its own (it is a deputy's word in "l'adjoint
// au maire"), so the reading passed over it and took the capitalised brief for the speaker's name.
// After its brief link, the brief and then the holder's name are read as after any role.
internal sealed partial class Phrase
{
    // The holder named after the brief office at `office` and its capitalised brief; none otherwise.
    private Subject BriefOfficeHolder(IReadOnlyList<Token> sentence, int office)
    {
        if (office + 2 >= sentence.Count || !sentence[office].IsLower || !IsBriefLink(sentence, office + 1) || IsTitleOrRole(sentence[office]))
        {
            return Subject.None;
        }

        if (NameAfterRole(sentence, office + 1) is { Kind: SubjectKind.Name, IsOrganisation: false } appositive)
        {
            return appositive;
        }

        if (HolderAfterComplement(sentence, office + 1) is { Kind: SubjectKind.Name, IsOrganisation: false } holder)
        {
            return holder;
        }

        // "a expliqué l'adjoint aux Finances." names no holder: the office points back to whoever
        // held it, told apart by its brief, as "le ministre du Travail" does; the brief is no name.
        return sentence[office + 2].IsCapitalized
            ? new Subject(SubjectKind.Role, sentence[office].Text, office + 3, complement: sentence[office + 2].Text)
            : Subject.None;
    }
}
