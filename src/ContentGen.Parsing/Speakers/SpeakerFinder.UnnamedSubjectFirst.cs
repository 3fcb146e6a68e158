using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// `"…," a neighbour said.`, `"…," one onlooker said on Tuesday.`, "« … », une voisine a dit.": the
// cue after the quote with its subject first, someone unnamed brought in by an indefinite article and a
// person's noun, then the verb. English writes it as often as "said a neighbour", which was read; this
// order was read for roles only ("a teacher said"), through the role search. German and Dutch put the
// verb second and never write it so. The noun must be the cue's whole subject and the verb its last
// word of reporting: "a neighbour said the mayor told him" quotes the mayor, so another verb of
// reporting or a quote after the verb gives no one.
internal sealed partial class SpeakerFinder
{
    // "said on Tuesday.", "said at the gate.": how far the cue may go on past its verb, its stop counted.
    private const int MaxTokensAfterSubjectFirstVerb = 5;

    // The noun of the unnamed subject that opens the cue right after `quote`, before its verb, or null.
    private string? UnnamedSubjectFirst(IReadOnlyList<Token> sentence, int quote)
    {
        var article = quote + 1 < sentence.Count && sentence[quote + 1].Kind == TokenKind.Comma ? quote + 2 : quote + 1;
        if (article >= sentence.Count || !sentence[article].IsLower || !_cues.Is(sentence[article], WordClass.Indefinite)
            || PersonNounAfterArticle(sentence, article, sentence.Count, out var verb) is not { } noun)
        {
            return null;
        }

        // "a dit", "has said": an auxiliary before the verb.
        for (var auxiliaries = 0; verb < sentence.Count && auxiliaries < MaxAuxiliariesBeforeVerb && IsAuxiliaryOrFiller(sentence[verb])
            && !_cues.IsReportingVerb(sentence[verb]); auxiliaries++)
        {
            verb++;
        }

        if (verb >= sentence.Count || !sentence[verb].IsLower || !_cues.IsReportingVerb(sentence[verb]))
        {
            return null;
        }

        for (var k = verb + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (k > verb + MaxTokensAfterSubjectFirstVerb || token.Kind == TokenKind.Quote || (token.IsWord && _cues.IsReportingVerb(token)))
            {
                return null;
            }
        }

        return noun;
    }
}
