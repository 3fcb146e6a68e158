using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A beekeeper from the hilly Marlow said", "Een imker uit het heuvelachtige Marlo zei", "Un
// apicultor del montañoso Marlo dijo", "Ein Landwirt aus Hallental nannte": the one-word name read back from the verb stands in the
// complement of the indefinite subject that opens the sentence. It says where the subject comes
// from, and the one who speaks is someone unnamed. Before, the place spoke.
internal sealed partial class Cues
{
    // Whether the name run ending right before `verb` is the complement of an indefinite article
    // and its noun opening the sentence, after a link or a preposition of place and lower-case
    // words only. A spokesman or an official speaks for what the complement names, and is read by
    // the rules for them ("A spokesman from the Quay Trust said").
    internal bool IsInIndefiniteComplement(IReadOnlyList<Token> sentence, int verb)
    {
        // "Un agriculteur de Valmont a qualifié", "Un agricoltore di Montelago ha definito": the
        // perfect's auxiliary stands between the run and its participle.
        if (verb > 0 && sentence[verb - 1].IsLower && Words.PerfectAuxiliaries.Contains(sentence[verb - 1].Span))
        {
            verb--;
        }

        var name = verb - 1;
        while (name >= 0 && sentence[name].IsCapitalized)
        {
            name--;
        }

        // `name` is now the word before the run: the run must start past the noun and its link, and
        // be one word, as a place's name is ("Una vez en el muelle Luis Pardo dijo": "once", and a
        // full name speaks).
        if (name < 2 || name != verb - 2 || !sentence[0].IsWord || !Is(sentence[0], WordClass.Indefinite))
        {
            return false;
        }

        var noun = sentence[1];
        if (!noun.IsWord || (!noun.IsLower && !Words.CapitalisesNouns) || Words.SpokesNouns.Contains(noun.Span) || Words.OfficialNouns.Contains(noun.Span)
            || Lexicons.LexiconTables.Calendar.Contains(noun.Span))
        {
            return false;
        }

        var link = sentence[2];
        if (!link.IsLower || !(Words.OrganisationLinks.Contains(link.Span) || Words.ContractedArticles.Contains(link.Span)
            || Is(link, WordClass.EmployerLink) || Words.Locatives.Contains(link.Span) || Words.SourcePrepositions.Contains(link.Span)))
        {
            return false;
        }

        for (var k = 3; k <= name; k++)
        {
            if (!sentence[k].IsLower)
            {
                return false;
            }
        }

        return true;
    }
}
