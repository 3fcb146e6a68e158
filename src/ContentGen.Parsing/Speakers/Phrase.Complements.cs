using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Phrase
{
    // An office's title joins at most this many complements ("Economía y Hacienda", "du Travail,
    // de l'Emploi et de l'Insertion" keeps its first three).
    private const int MaxJoinedComplements = 3;

    /// <summary>
    /// The capitalised complement that says which office a role noun is: "Travail" in "le
    /// ministre du Travail", "Intérieur" in "de l'Intérieur", "Eastport" in "the mayor of
    /// Eastport", "État" in "secrétaire d'État"; null when the noun has none, or a lower-case one
    /// ("le maire de la commune" says no more than "le maire").
    /// </summary>
    /// <remarks>
    /// Two ministers of one article are told apart by it: "le ministre de la Santé" is not the
    /// minister of labour named before. Only each complement's first word is kept; it is read only
    /// for a role noun, a few tokens on.
    /// </remarks>
    public string? ComplementOf(IReadOnlyList<Token> sentence, int role) => ComplementAt(sentence, role + 1, out _);

    /// <summary>
    /// The complements of a title that joins several ("ministro de Economía y Hacienda",
    /// "minister of Trade and Industry", "du Travail et de l'Emploi"): the first, then up to two
    /// more after a coordinator, each with its link or without. One office, named by any of them.
    /// </summary>
    public string? ComplementsOf(IReadOnlyList<Token> sentence, int role, out string? second, out string? third)
    {
        second = null;
        third = null;
        var first = ComplementAt(sentence, role + 1, out var next);
        for (var n = 1; first is not null && n < MaxJoinedComplements && next + 1 < sentence.Count
            && (sentence[next].Kind == TokenKind.Comma || (sentence[next].IsLower && Is(sentence[next], WordClass.Coordinator))); n++)
        {
            var at = next + 1;
            if (sentence[next].Kind == TokenKind.Comma && sentence[at].IsLower && Is(sentence[at], WordClass.Coordinator))
            {
                at++;
            }

            // "y Hacienda", "and Industry": a capitalised word alone; "et de l'Emploi": with its link.
            var joined = at < sentence.Count && sentence[at].IsCapitalized ? Text.StringCache.Get(sentence[at].Span) : ComplementAt(sentence, at, out _);
            if (joined is null)
            {
                break;
            }

            next = sentence[at].IsCapitalized ? at + 1 : LinkedEnd(sentence, at);
            if (n == 1)
            {
                second = joined;
            }
            else
            {
                third = joined;
            }
        }

        return first;
    }

    // The complement whose link is at `link` ("du Travail", "de la Santé", "de l'Intérieur", "of
    // Eastport", "d'État"), and in `next` the index after it.
    private string? ComplementAt(IReadOnlyList<Token> sentence, int link, out int next)
    {
        next = link;
        var i = link;
        if (i >= sentence.Count || !sentence[i].IsWord)
        {
            return null;
        }

        // "secrétaire d'État", "assessore dell'Interno": the link elided into the complement.
        if (ElidedCapital(sentence[i], afterLink: false) is { } elided)
        {
            next = i + 1;
            return elided;
        }

        // A link, perhaps an article, then the word.
        if (!sentence[i].IsLower || !Is(sentence[i], WordClass.NameJoiner))
        {
            return null;
        }

        i++;
        if (i < sentence.Count && sentence[i].IsLower && Is(sentence[i], WordClass.Definite) && sentence[i].Span.IndexOfAny('\'', '’') < 0)
        {
            i++;
        }

        if (i >= sentence.Count || !sentence[i].IsWord)
        {
            return null;
        }

        var word = sentence[i].IsCapitalized ? Text.StringCache.Get(sentence[i].Span) : ElidedCapital(sentence[i], afterLink: true);
        next = word is null ? link : i + 1;
        return word;
    }

    // The index after the complement whose link is at `link`.
    private int LinkedEnd(IReadOnlyList<Token> sentence, int link)
    {
        ComplementAt(sentence, link, out var next);
        return next;
    }

    // "d'État", "dell'Interno": a link elided before a capitalised word, which is returned; after
    // a link, an elided article too ("de l'Intérieur"). Null for any other token.
    private string? ElidedCapital(Token token, bool afterLink)
    {
        if (!token.IsLower || !Elision.TrySplit(token.Span, out var head, out var word) || !char.IsUpper(word[0]))
        {
            return null;
        }

        return _words.ElidedLinks.Contains(head) || (afterLink && _words.Definites.Contains(head))
            ? Text.StringCache.Get(word)
            : null;
    }
}
