using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "His wife, Mary Ellison, said the house was …", "Sa fille, Marie Dorval, explique que …", "La sua
// collega, Anna Rossetti, dice che …", "Zijn vrouw, Anja Visser, zegt dat …": a description of someone
// ordinary (a relative, a colleague, a neighbour), opened by its definite article or a possessive and
// ending on a people noun, is a person's as a role's is, and the name set off after it is that
// person's. Read by its last word: "the mother ship" is a ship, "his house" no one.
internal sealed partial class Phrase
{
    // "Her ward colleague": a word or two between the opening word and the people noun.
    private const int MaxOrdinaryPersonModifiers = 2;

    // Whether the words from `start` up to the comma at `comma` are an article or a possessive (or
    // both: "la sua", "a sua"), at most a couple of lower-case words that are no verb of saying, and
    // a noun for someone ordinary ("the victim", "her ward colleague").
    private bool IsOrdinaryPersonDescription(IReadOnlyList<Token> sentence, int start, int comma)
    {
        if (comma <= start + 1 || !sentence[start].IsWord || !Is(sentence[start], WordClass.Definite | WordClass.Possessive))
        {
            return false;
        }

        var first = start + 1;
        if (Is(sentence[start], WordClass.Definite) && sentence[first].IsWord && sentence[first].IsLower && Is(sentence[first], WordClass.Possessive))
        {
            first++;
        }

        var noun = comma - 1;
        if (noun < first || noun - first > MaxOrdinaryPersonModifiers || !sentence[noun].IsWord || !_words.PeopleNouns.Contains(sentence[noun].Span))
        {
            return false;
        }

        for (var k = first; k < noun; k++)
        {
            if (!sentence[k].IsWord || !sentence[k].IsLower || Is(sentence[k], WordClass.Reporting | WordClass.Article | WordClass.Possessive))
            {
                return false;
            }
        }

        return true;
    }
}
