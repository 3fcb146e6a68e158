using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "la Asociación de Consumidores y Usuarios de Castroluengo", "l'Union des Artisans et Commerçants du
// Val", "a Associação de Comerciantes e Industriais do Minho": a body's complement names two groups
// joined by a coordinator, and the name goes on with its own link to a place. The reading stopped at
// the coordinator and gave "Asociación de Consumidores", a body the article never names. Two bodies
// joined ("la Asociación de Vecinos y Cáritas") have no link and capitalised complement after the
// second word, and the first part must end in a capitalised word (the complement the coordinator
// goes on from), so a lower-case clause after the name ("y que") is never taken in.
internal sealed partial class OrganisationName
{
    // The coordinator, the second group's word, its link, an article maybe, the place.
    private const int MinCoordinatedWords = 4;

    /// <summary>
    /// Where the name ending at <paramref name="end"/> ends when a coordinator after it joins a second
    /// capitalised complement that has a link and a capitalised complement of its own; else
    /// <paramref name="end"/>. Tokens' case comes first: the coordinator is looked up only after a
    /// capitalised word with a capitalised word after it.
    /// </summary>
    private int CoordinatedComplementEnd(IReadOnlyList<Token> sentence, int head, int end)
    {
        var conjunct = end + 1;
        var link = end + 2;
        if (link + 1 >= sentence.Count || end - head + MinCoordinatedWords > MaxWords || !sentence[end - 1].IsCapitalized
            || !sentence[end].IsLower || !sentence[conjunct].IsCapitalized
            || !_words.Coordinators.Contains(sentence[end].Span) || !IsComplement(sentence[conjunct]) || !IsJoiner(sentence[link]))
        {
            return end;
        }

        var place = link + 1;
        if (sentence[place].IsLower && WordClasses.Has(_words, sentence[place], WordClass.Definite))
        {
            place++;
        }

        if (place >= sentence.Count || !sentence[place].IsCapitalized || !IsComplement(sentence[place]))
        {
            return end;
        }

        var next = place + 1;
        while (next < sentence.Count && next - head < MaxWords && sentence[next].IsCapitalized)
        {
            next++;
        }

        return next;
    }
}
