using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// "« … », a déclaré X. Avant d'ajouter : « … »", "Et de conclure : « … »": a sentence that opens
/// with a continuation word, a link and a reporting infinitive, then the quote (after a colon or
/// not), goes on with the report of the sentence before; its subject is that report's.
/// </summary>
internal sealed class InfinitiveContinuation
{
    private readonly Cues _cues;

    public InfinitiveContinuation(Cues cues) => _cues = cues;

    /// <summary>Whether <paramref name="sentence"/> opens so, with its quote at <paramref name="quote"/>.</summary>
    public bool Opens(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        if (quote < 2 || quote > 4 || words.ContinuationOpeners.Count == 0 || !sentence[0].IsWord || !words.ContinuationOpeners.Contains(sentence[0].Span))
        {
            return false;
        }

        // "d'ajouter" is one word, "de poursuivre" two.
        var next = InfinitiveEnd(sentence);
        return next > 0 && (next == quote || (next + 1 == quote && sentence[next].Kind == TokenKind.Colon));
    }

    // The index just past the link and the infinitive after the opening word, or -1.
    private int InfinitiveEnd(IReadOnlyList<Token> sentence)
    {
        var words = _cues.Words;
        var link = sentence[1];
        if (!link.IsLower)
        {
            return -1;
        }

        if (Elision.TrySplit(link.Span, out var elided, out var infinitive))
        {
            return words.InfinitiveLinks.Contains(elided) && words.ReportingInfinitives.Contains(infinitive) ? 2 : -1;
        }

        return words.InfinitiveLinks.Contains(link.Span) && sentence.Count > 3 && sentence[2].IsLower && words.ReportingInfinitives.Contains(sentence[2].Span) ? 3 : -1;
    }
}
