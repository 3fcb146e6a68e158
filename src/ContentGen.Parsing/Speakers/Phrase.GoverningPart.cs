using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The board of Quillby said", "Die Geschäftsführung der Brandl GmbH teilte mit", "De directie van
// Kroeze Coatings laat weten": the part that governs a body, then the body's name after a link, speaks
// for that body (the Romance languages' "a administração da X" is read with the organisation's name,
// OrganisationName.GoverningPart). The noun alone ("the board said") still means a body named before.
internal sealed partial class Phrase
{
    private Subject GoverningPartOf(IReadOnlyList<Token> sentence, int noun)
    {
        var link = noun + 1;
        if (link + 1 >= sentence.Count || !_words.GoverningNouns.Contains(sentence[noun].Span))
        {
            return Subject.None;
        }

        var start = link + 1;
        if (sentence[start].IsLower && IsDefinite(sentence[start]) && start + 1 < sentence.Count)
        {
            start++;
        }

        if (!sentence[start].IsCapitalized || _organisations.IsPeopleWord(sentence[start]) || IsTitleOrRole(sentence[start]))
        {
            return Subject.None;
        }

        return OrganisationAfter(sentence, link) is { Kind: SubjectKind.Name } body
            ? new Subject(SubjectKind.Name, body.Text, body.End, employer: body.Text, isOrganisation: true)
            : Subject.None;
    }
}
