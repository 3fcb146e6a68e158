using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A beekeeper from the hilly Marlow said", "Een imker uit het heuvelachtige Marlo zei", "Un
// apicultor del montañoso Marlo dijo", "Ein Landwirt aus Hallental nannte": the one-word name read back from the verb stands in the
// complement of the indefinite subject that opens the sentence. It says where the subject comes
// from, and the one who speaks is someone unnamed. Before, the place spoke.
// "A retired teacher from Swindon, who asked not to be named, lost …", "Una pensionata di via dei
// Mulini, che chiede di restare anonima, …": the same complement may come after a word that
// describes the noun, and the verb may open a relative clause set off right after the place. The
// clause describes the person the article brings in, not the place; before, the place was read as
// the one who asked, and a quote with no cue after the sentence went to it.
internal sealed partial class Cues
{
    // "who has asked", "die liever anoniem wil blijven": the words a relative clause may hold before its verb.
    private const int MaxWordsBeforeRelativeVerb = 2;

    // Whether the name run ending right before `verb` is the complement of an indefinite article
    // and its noun opening the sentence, after a link or a preposition of place and lower-case
    // words only; `noun` is the noun's index. A spokesman or an official speaks for what the
    // complement names, and is read by the rules for them ("A spokesman from the Quay Trust said").
    internal bool IsInIndefiniteComplement(IReadOnlyList<Token> sentence, int verb, out int noun)
    {
        noun = -1;
        if (sentence.Count < 4 || !sentence[0].IsWord || !Is(sentence[0], WordClass.Indefinite))
        {
            return false;
        }

        // "Un agriculteur de Valmont a qualifié", "Un agricoltore di Montelago ha definito": the
        // perfect's auxiliary stands between the run and its participle.
        if (verb > 0 && sentence[verb - 1].IsLower && Words.PerfectAuxiliaries.Contains(sentence[verb - 1].Span))
        {
            verb--;
        }

        // "from Swindon, who asked": the run ends before the comma that sets the relative clause off.
        verb = RelativeClauseSetOffBefore(sentence, verb);

        var name = verb - 1;
        while (name >= 0 && sentence[name].IsCapitalized)
        {
            name--;
        }

        // `name` is now the word before the run: the run must start past the noun and its link, and
        // be one word, as a place's name is ("Una vez en el muelle Luis Pardo dijo": "once", and a
        // full name speaks).
        if (name < 2 || name != verb - 2)
        {
            return false;
        }

        // "A retired teacher from", "Una joven madre de": one lower-case word may describe the noun.
        var link = IsComplementLink(sentence[2]) ? 2 : name >= 3 && sentence[1].IsWord && sentence[1].IsLower && IsComplementLink(sentence[3]) ? 3 : -1;
        var head = link - 1;
        if (link < 0 || !sentence[head].IsWord || (!sentence[head].IsLower && !Words.CapitalisesNouns) || Words.SpokesNouns.Contains(sentence[head].Span)
            || Words.OfficialNouns.Contains(sentence[head].Span) || Lexicons.LexiconTables.Calendar.Contains(sentence[head].Span))
        {
            return false;
        }

        for (var k = link + 1; k <= name; k++)
        {
            if (!sentence[k].IsLower)
            {
                return false;
            }
        }

        noun = head;
        return true;
    }

    private bool IsComplementLink(Token link)
        => link.IsLower && (Words.OrganisationLinks.Contains(link.Span) || Words.ContractedArticles.Contains(link.Span)
            || Is(link, WordClass.EmployerLink) || Words.Locatives.Contains(link.Span) || Words.SourcePrepositions.Contains(link.Span));

    // The comma before the relative pronoun whose clause `verb` reports in ("…, who asked", "…, che
    // chiede", "…, who had asked"), or `verb` itself when the verb opens no clause set off so.
    private int RelativeClauseSetOffBefore(IReadOnlyList<Token> sentence, int verb)
    {
        for (var k = verb - 1; k >= 1 && verb - k <= MaxWordsBeforeRelativeVerb + 1; k--)
        {
            var token = sentence[k];
            if (!token.IsWord || !token.IsLower)
            {
                return verb;
            }

            if (Words.RelativePronouns.Contains(token.Span) || Words.PersonRelativePronouns.Contains(token.Span))
            {
                return sentence[k - 1].Kind == TokenKind.Comma ? k - 1 : verb;
            }
        }

        return verb;
    }
}
