using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class OrganisationName
{
    /// <summary>
    /// "o Sindicato dos Trabalhadores na Indústria de Calçados do Itaúna", "el Sindicato de Trabajadores en la
    /// Industria del Calzado": a union's name places its members in their field of work with a preposition of
    /// place, and goes on past it through its links. The name stopped at the preposition, and the capitals
    /// after it ("Indústria de Calçados do Itaúna") were read as the body. The preposition goes on in the name
    /// only before a field's noun (<see cref="SpeechWords.SectorNouns"/>, past its article), and only after a
    /// complement the name already has: "o Sindicato dos Professores no Porto" says where the union is.
    /// </summary>
    private bool IsSectorLink(IReadOnlyList<Token> sentence, int at)
    {
        var token = sentence[at];
        if (!token.IsLower || !_words.Locatives.Contains(token.Span))
        {
            return false;
        }

        var noun = at + 1;
        if (noun + 1 < sentence.Count && sentence[noun].IsLower && WordClasses.Has(_words, sentence[noun], WordClass.Definite))
        {
            noun++;
        }

        return noun < sentence.Count && sentence[noun].IsWord && _words.SectorNouns.Contains(sentence[noun].Span.Slice(ElidedArticle(sentence[noun].Span)));
    }
}
