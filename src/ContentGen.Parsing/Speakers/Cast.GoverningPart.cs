using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The board of Quillby halved the dividend. '…,' it said.", "A administração da Hidrovela reuniu-se
// ontem": the body whose governing part a sentence names is named there too, so that "it" or "the
// company" after it means that body (Phrase.GoverningPart gives it the part's own words).
internal sealed partial class Cast
{
    private void ReadGoverningPart(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        var link = noun + 1;
        if (link + 1 >= sentence.Count || !_cues.Words.GoverningNouns.Contains(sentence[noun].Span) || !sentence[link].IsLower
            || !(_cues.Is(sentence[link], WordClass.Preposition | WordClass.EmployerLink) || _cues.Words.OrganisationLinks.Contains(sentence[link].Span)
                || _cues.Words.GenitiveArticles.Contains(sentence[link].Span)))
        {
            return;
        }

        var start = link + 1;
        if (sentence[start].IsLower && _cues.Words.Definites.Contains(sentence[start].Span) && start + 1 < sentence.Count)
        {
            start++;
        }

        if (sentence[start].IsCapitalized && !OrganisationName.IsPeopleWord(_cues.Words, sentence[start])
            && _cues.Phrase.ReadForward(sentence, start) is { Kind: SubjectKind.Name } body && !_isSurname(body.Text))
        {
            Organisation(body.Text, paragraph);
        }
    }
}
