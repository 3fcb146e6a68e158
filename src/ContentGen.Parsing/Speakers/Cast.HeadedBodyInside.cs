using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Os números não convencem a Associação de Regantes do Vale Fundo. A associação diz que …": a body
// whose capitalised noun heads its name, the name going on through lower-case links, named inside
// a sentence (an object, a complement) is one the article names, so its noun alone later means it.
// A run of capitals stops at "de" and gives the noun alone, and only the subject's reading recorded
// such a name, so "a associação" after it meant no one. Not in a language that capitalises every
// noun (inside a German clause the capitalised words after a noun are objects, no name); not the
// sentence's opening phrase, which the subject's reading records as before; not a name cut at a
// coordinator.
internal sealed partial class Cast
{
    private void ReadHeadedBodyInside(IReadOnlyList<Token> sentence, int at, int paragraph)
    {
        // Every word passes here: the casing of the word and of the language come before any lookup.
        var token = sentence[at];
        if (at < 2 || !token.IsWord || _cues.Words.CapitalisesNouns || sentence[at - 1].IsCapitalized)
        {
            return;
        }

        int start;
        if (token.IsCapitalized && sentence[at - 1].IsLower && sentence[at - 1].IsWord && _cues.Is(sentence[at - 1], WordClass.Definite)
            && _cues.Is(token, WordClass.OrganisationNoun))
        {
            // "a Associação de …", "la Asociación de …": the article, then the capitalised noun.
            start = at - 1;
        }
        else if (token.Span.Length > 3 && token.Span[1] is '\'' or '’' && char.IsUpper(token.Span[2]))
        {
            // "l'Associazione dei …": the article elided into the noun (the reading checks both).
            start = at;
        }
        else
        {
            return;
        }

        // "l'Observatoire régional des déchets et de l'économie circulaire": a name the reading cut
        // at a coordinator may go on past it, so it is left unrecorded rather than recorded cut short.
        if (_cues.Phrase.HeadedOrganisation(sentence, start) is { Kind: SubjectKind.Name, IsOrganisation: true } body && body.Text.IndexOf(' ') > 0
            && char.IsUpper(body.Text[0]) && !(body.End < sentence.Count && sentence[body.End].IsLower && _cues.Is(sentence[body.End], WordClass.Coordinator)))
        {
            Organisation(body.Text, paragraph);
        }
    }
}
