using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "That answer did not satisfy Ruth Kemp, who chairs the film society.", "La réponse n'a pas convaincu
// Marc Dubois, qui préside le ciné-club.", "A resposta não convenceu Marco Duarte, que preside ao
// cineclube.": a person named in full and at once described by a relative clause set off by its comma
// is brought in, as by a role before the name; the writer says who they are because the paragraph
// turns to them, and a pronoun cue after it means them, not whoever spoke in a paragraph before.
// Before, a name an active verb governed was read as an object only, and the pronoun went back.
// The relative clause must end the sentence: a name in an opening phrase ("Según las cuentas de Ana
// Ferrer, que lleva la caja, la tienda pierde …") brings in no one (MentionedNewcomerTests).
// Not when a person acts on the name ("The mayor thanked Mark Dunn, who …", "He pointed to …",
// "Paul Morel a salué Marc Dubois, qui …": the paragraph stays with the one who acts), nor a relative
// word that is an article where the clause's words would be capitalised ("Markus Dorn, die
// Bürgermeisterin …" is a list or an apposition), nor a name a second person follows ("Mark Dunn, who
// …, and Jon Vale, who …", "… a Marcos Durán, que …, y a Luis Vidal": a list, either may be meant).
internal sealed partial class SpeakerFinder
{
    // Whether the name ending at `last` is set off by a comma before a relative clause, and no
    // person opens the sentence ahead of it: its words before the name are lower case past the
    // first, and none is a pronoun, a title, a role or a noun for a person. Dutch news puts the
    // age in brackets between the name and its comma ("Anja Veldkamp (44), die …").
    private bool IsIntroducedByRelativeClause(IReadOnlyList<Token> sentence, int first, int last)
    {
        var comma = Phrase.PastBracketedAge(sentence, last + 1);
        if (comma + 2 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma
            || !sentence[comma + 1].IsWord || !sentence[comma + 1].IsLower || !_cues.Words.RelativePronouns.Contains(sentence[comma + 1].Span)
            || !sentence[comma + 2].IsWord || !sentence[comma + 2].IsLower || NamesCoordinatedPerson(sentence, comma))
        {
            return false;
        }

        // "According to figures kept by Anna Fenn, who runs the till, the shop loses …": a clause goes on
        // after the relative one, and the name stood in an opening phrase; the clause must end the sentence.
        return !HasCommaFrom(sentence, comma + 2) && NoPersonBeforeName(sentence, first);
    }

    // Whether no comma stands from `from` to the sentence's end.
    private static bool HasCommaFrom(IReadOnlyList<Token> sentence, int from)
    {
        for (var k = from; k < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return true;
            }
        }

        return false;
    }

    // Whether no person opens the sentence ahead of the name at `first`, who would be the one who
    // acts on it ("The mayor thanked Mark Dunn, who …"): the words before the name are lower case
    // past the first (any noun where nouns are capitalised), and none is a pronoun, a title, a role
    // or a noun for a person.
    private bool NoPersonBeforeName(IReadOnlyList<Token> sentence, int first)
    {
        for (var k = 0; k < first; k++)
        {
            var word = sentence[k];
            if (!word.IsWord)
            {
                continue;
            }

            if ((k > 0 && word.IsCapitalized && !_cues.Words.CapitalisesNouns) || _cues.Is(word, WordClass.Pronoun | WordClass.Title)
                || IsRoleLike(word) || _cues.Words.PeopleNouns.Contains(Elision.Tail(word.Span)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a person named in full follows past a coordinator and at most one small word ("and Jon
    // Vale", "y a Luis Vidal", "e Luca Villa"): people described together are a list.
    private bool NamesCoordinatedPerson(IReadOnlyList<Token> sentence, int from)
    {
        for (var k = from + 1; k + 1 < sentence.Count && k < Cues.MaxReach; k++)
        {
            if (!sentence[k].IsCapitalized || !sentence[k + 1].IsCapitalized || !IsPersonNamed(Phrase.Join(sentence, k, k + 2)))
            {
                continue;
            }

            var link = sentence[k - 1].IsLower && !_cues.Is(sentence[k - 1], WordClass.Coordinator) && k - 2 > from ? k - 2 : k - 1;
            if (sentence[link].IsWord && sentence[link].IsLower && _cues.Is(sentence[link], WordClass.Coordinator))
            {
                return true;
            }
        }

        return false;
    }
}
