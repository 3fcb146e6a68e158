using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La région ouvre un fonds réservé aux « familles en attente »", "Un guichet unique pour les
// « familles en attente »": a heading's quote right after a definite article, or a preposition and
// an article in one word, names a term, which the body may quote in someone's words without the
// heading quoting them. After an indefinite article the words are as often a characterisation the
// speaker made ("Mayor wants a 'bridge for everyone'"), and are read as before.
internal sealed partial class SpeakerFinder
{
    // Whether the quote token at `i` of a title's or heading's tokens follows a definite article
    // (or "au", "del": the lexicons' ContractedArticles) that no reporting verb or colon comes
    // right before: the line names a term there. After a reporting verb the words are its
    // object's ("dénonce la « capitulation »").
    private bool IsNamedAsTerm(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 1)
        {
            return false;
        }

        var article = tokens[i - 1];
        var isArticle = article.IsLower && (_cues.Is(article, WordClass.Definite)
            || _cues.Words.PluralDefinites.Contains(article.Span) || _cues.Words.ContractedArticles.Contains(article.Span)
            || _cues.Words.BriefLinks.Contains(article.Span));
        return isArticle && !(i > 1 && (tokens[i - 2].Kind == TokenKind.Colon || _cues.IsReportingVerb(tokens[i - 2])));
    }
}
