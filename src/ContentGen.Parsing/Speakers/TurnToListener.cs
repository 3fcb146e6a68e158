using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// "«…», ha detto. Poi, rivolta al marito: «…»", "Then, turning to the benches: '…'": a sentence whose only
/// words before the colon and the quote are a lead of turning to someone, with no subject of its own, goes
/// on with the speaker of the sentence before; the listener named in it is who is spoken to, not who speaks.
/// </summary>
internal sealed class TurnToListener
{
    // "Poi, rivolto ai consiglieri della minoranza in fondo alla sala:": the words a lead may take before its colon.
    private const int MaxLeadWords = 9;

    private readonly Cues _cues;

    public TurnToListener(Cues cues) => _cues = cues;

    /// <summary>Whether <paramref name="sentence"/> is such a lead and its quote at <paramref name="quote"/>, and nothing after.</summary>
    public bool Opens(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        if (words.TurningWords.Count == 0 || quote < 2 || quote - 1 > MaxLeadWords + 2 || sentence[quote - 1].Kind != TokenKind.Colon
            || Cues.HasWordFrom(sentence, quote + 1) || _cues.HasReportingVerb(sentence))
        {
            return false;
        }

        // "Poi,", "Dann", "Daarna,": a word of sequence may open the sentence; every other word is lower-case,
        // so no name stands as a subject ("Maria, rivolta al marito:" is Maria's).
        var start = words.SequenceOpeners.Contains(sentence[0].Span) ? 1 : 0;
        if (start == 1 && sentence[1].Kind == TokenKind.Comma)
        {
            start = 2;
        }

        var turning = false;
        for (var i = start; i < quote - 1; i++)
        {
            var token = sentence[i];
            if (!token.IsWord)
            {
                return false;
            }

            if (i == start ? !(token.IsLower || words.TurningWords.Contains(token.Span)) : !token.IsLower && !turning && !IsGermanNoun(i, start))
            {
                return false;
            }

            turning |= words.TurningWords.Contains(token.Span);
        }

        return turning;
    }

    // "Dann, an die Opposition gewandt:": German writes the listener's noun capitalised before its participle.
    private bool IsGermanNoun(int index, int start) => _cues.Words.CapitalisesNouns && index > start;
}
