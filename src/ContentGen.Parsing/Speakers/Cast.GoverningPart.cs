using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The board of Quillby halved the dividend. '…,' it said.", "A administração da Hidrovela reuniu-se
// ontem": the body whose governing part a sentence names is named there too, so that "it" or "the
// company" after it means that body (Phrase.GoverningPart gives it the part's own words).
internal sealed partial class Cast
{
    private void ReadGoverningPart(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (!_cues.Words.GoverningNouns.Contains(sentence[noun].Span) || NameAfterLink(sentence, noun, locatives: false) is not (var start and >= 0))
        {
            return;
        }

        if (!OrganisationName.IsPeopleWord(_cues.Words, sentence[start])
            && _cues.Phrase.ReadForward(sentence, start) is { Kind: SubjectKind.Name } body && !_isSurname(body.Text))
        {
            Organisation(body.Text, paragraph);
        }
    }

    // Where a name starts after the link that follows the noun at `noun` ("the board of Quillby",
    // "as ações da Hidrovela", "shares in Veltrane"), past a definite article: a capitalised word,
    // or -1. A locative ("in") links only where `locatives` says so.
    private int NameAfterLink(IReadOnlyList<Token> sentence, int noun, bool locatives)
    {
        var link = noun + 1;
        if (link + 1 >= sentence.Count || !sentence[link].IsLower
            || !(_cues.Is(sentence[link], WordClass.Preposition | WordClass.EmployerLink) || _cues.Words.OrganisationLinks.Contains(sentence[link].Span)
                || _cues.Words.GenitiveArticles.Contains(sentence[link].Span) || (locatives && _cues.Words.Locatives.Contains(sentence[link].Span))))
        {
            return -1;
        }

        var start = link + 1;
        if (sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Definite) && start + 1 < sentence.Count)
        {
            start++;
        }

        return sentence[start].IsCapitalized ? start : -1;
    }
}
