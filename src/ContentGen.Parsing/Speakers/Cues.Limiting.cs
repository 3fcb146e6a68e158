using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Verbs that limit what was said: Spanish <c>X se limitó a señalar que «…»</c>, Italian <c>X si è
/// limitato a dire che «…»</c>, Portuguese <c>X limitou-se a dizer que «…»</c>, French <c>X s'est borné
/// à rappeler que « … »</c>. The limiting verb, its link and a reporting infinitive govern the quote
/// as the infinitive's finite form would; the subject stands before the limiting verb.
/// </summary>
internal sealed partial class Cues
{
    /// <summary>
    /// Whether a limiting verb, its link and a reporting infinitive start at <paramref name="first"/>,
    /// before the quote at <paramref name="end"/>: "limitó a decir que", "limitato a dire".
    /// </summary>
    public bool GovernsAsLimitingPhrase(IReadOnlyList<Token> sentence, int first, int end)
        => first + 2 < end && (sentence[first].IsLower || first == 0) && sentence[first + 1].IsLower && sentence[first + 2].IsLower
        && Words.LimitingVerbs.Contains(sentence[first].Through(sentence[first + 1]))
        && Words.ReportingInfinitives.Contains(sentence[first + 2].Span);

    // "Se limitó a decir que «…»", "Si è limitato a dire: «…»", "Limitou-se a dizer que «…»": in a
    // language that drops its subjects, a limiting phrase that opens the sentence (past its
    // reflexive and auxiliary) governs the quote, and its subject is whoever a pronoun would mean.
    // Only before "que", "che", a colon or the quote itself: the infinitive's clause follows.
    private bool OpensWithLimitingDroppedSubject(IReadOnlyList<Token> sentence, int end)
    {
        const int MaxOpeningWords = 2;
        if (!Words.DropsSubjects)
        {
            return false;
        }

        // "Si è", "Se ha": the reflexive and the auxiliary, listed as one filler or word by word.
        var first = end > 2 && sentence[1].IsWord && Words.Fillers.Contains(sentence[0].Through(sentence[1])) ? 2 : 0;
        while (first < MaxOpeningWords && first < end && sentence[first].IsWord
            && (Words.Reflexives.Contains(sentence[first].Span) || Is(sentence[first], WordClass.Filler) || Words.PerfectAuxiliaries.Contains(sentence[first].Span)))
        {
            first++;
        }

        if (!GovernsAsLimitingPhrase(sentence, first, end))
        {
            return false;
        }

        var next = first + 3;
        return next == end || sentence[next].Kind == TokenKind.Colon || (next < end && sentence[next].IsLower && Is(sentence[next], WordClass.Complementiser));
    }
}
