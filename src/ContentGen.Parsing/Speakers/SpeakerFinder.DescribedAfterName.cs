using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Une annonce qui fait bondir Lucie Vernet, présidente de l'association.", "Di parere opposto
// Lucia Neri, biologa dell'Università di Valmara.", "Entdeckt hat den Riss Jan Vogt, pensionierter
// Lehrer aus Nordheim, der seit Jahren angelt.", "That claim angers Ann Lee, chair of the club.": a
// person named in full after the verb and at once said to be someone, by a noun for a person right
// after the name's comma, is brought in as by a relative clause (SpeakerFinder.RelativeClauseNewcomer.cs):
// the writer says who they are because the paragraph turns to them, and a pronoun or a dropped
// subject after it means them, not whoever spoke in a paragraph before. Before, the name after the
// verb was read as an object only, and the earlier speaker took the words.
// The description must end the sentence, or a relative clause after it must: a clause going on
// after it ("According to Ann Lee, chair of the club, the quay is safe", "The club thanked Ann Lee,
// its chair, for her work") is another reading. Not when a person opens the sentence and acts on
// the name ("The mayor thanked Ann Lee, chair of …"), nor a list ("Ann Lee, chair of …, and Jon
// Vale, …"), nor a description by a noun for a thing ("Port Vale, a town in the north").
internal sealed partial class SpeakerFinder
{
    // An article, a possessive and a describing word before the noun for a person: "la jeune
    // présidente", "pensionierter Lehrer", "its new chair".
    private const int MaxWordsBeforeDescribingNoun = 2;

    // Whether the name ending at `last` (an age in brackets may follow it) is set off by a comma
    // before a noun for a person that describes it to the sentence's end.
    private bool IsIntroducedByDescriptionAfter(IReadOnlyList<Token> sentence, int first, int last)
    {
        var comma = Phrase.PastBracketedAge(sentence, last + 1);
        if (comma + 1 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || NamesCoordinatedPerson(sentence, comma))
        {
            return false;
        }

        var noun = DescribingNounAfter(sentence, comma + 1);
        if (noun < 0)
        {
            return false;
        }

        // To the sentence's end, or to a relative clause that ends it ("…, der seit Jahren angelt.").
        for (var k = noun + 1; k < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                if (k + 2 >= sentence.Count || !sentence[k + 1].IsWord || !sentence[k + 1].IsLower
                    || !_cues.Words.RelativePronouns.Contains(sentence[k + 1].Span) || HasCommaFrom(sentence, k + 2))
                {
                    return false;
                }

                break;
            }
        }

        return NoPersonBeforeName(sentence, first);
    }

    // Where the noun for a person stands that opens the description at `start`, past at most a
    // few lower-case words (an article, a describing word); -1 when none does.
    private int DescribingNounAfter(IReadOnlyList<Token> sentence, int start)
    {
        for (var k = start; k < sentence.Count && k <= start + MaxWordsBeforeDescribingNoun && sentence[k].IsWord; k++)
        {
            if (IsNounForAPerson(sentence[k]))
            {
                return k;
            }

            if (!sentence[k].IsLower || _cues.Words.RelativePronouns.Contains(sentence[k].Span)
                || _cues.Is(sentence[k], WordClass.Preposition | WordClass.Coordinator | WordClass.Copula | WordClass.Reporting))
            {
                return -1;
            }
        }

        return -1;
    }
}
