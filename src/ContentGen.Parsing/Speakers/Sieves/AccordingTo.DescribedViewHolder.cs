using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Para a agricultora Ana Rocha, instalada aqui há dez anos, o projeto é «um disparate»", "Pour
// l'agricultrice Anne Roux, installée depuis dix ans, le projet reste « une aberration »", "Para a vereadora
// Inês Cardoso, eleita pelo Movimento X, os números “não batem certo”": between the holder's comma and the
// view's clause a participle or adjective phrase may describe the holder, as an appositive or a relative
// clause does (AccordingTo.OpeningView). Stops: the phrase opens on a lower-case word that is no article,
// determiner, pronoun, possessive, conjunction, complementiser or verb of saying (an article opens a clause:
// "Pour Marie Leroy, la réforme a échoué, « … »" may be anyone's), holds no verb of saying or quote, and
// closes on a comma within reach.
internal sealed partial class AccordingTo
{
    private const int MaxDescribingInsert = 10;

    // The index after the comma that closes such a phrase opened after the comma at `comma`, or -1.
    private int AfterDescribingInsert(IReadOnlyList<Token> sentence, int comma, int quote)
    {
        var first = comma + 1;
        if (first >= quote || !sentence[first].IsWord || !sentence[first].IsLower || !char.IsLetter(sentence[first].First)
            || _cues.IsReportingVerb(sentence[first])
            || _cues.Is(sentence[first], WordClass.Article | WordClass.Pronoun | WordClass.Possessive
                | WordClass.Coordinator | WordClass.Complementiser | WordClass.Contrast | WordClass.Copula)
            || _cues.Words.PluralDefinites.Contains(sentence[first].Span) || _cues.Words.Demonstratives.Contains(sentence[first].Span)
            || Elision.TrySplit(sentence[first].Span, out _, out _))
        {
            return -1;
        }

        for (var k = first + 1; k < quote && k <= first + MaxDescribingInsert; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k + 1 < quote ? k + 1 : -1;
            }

            if (!sentence[k].IsWord || _cues.IsReportingVerb(sentence[k]))
            {
                return -1;
            }
        }

        return -1;
    }
}
