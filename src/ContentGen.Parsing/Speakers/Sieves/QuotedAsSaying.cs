using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S1, through a second source: <c>"…," the Gazette quoted harbour master Jane Roe as saying</c>,
/// <c>Roe was quoted as saying: "…"</c>, <c>"…," he is quoted as saying by the Gazette</c>. The
/// speaker is whom the verb quoted, not the source that quoted them.
/// </summary>
internal sealed class QuotedAsSaying : ISieve
{
    // Whom the verb quoted stands between it and "as": a name with its role, a described official.
    private const int MaxQuotedWords = 8;

    // The cue stands next to its quote: "…," the Gazette quoted … as saying; … was quoted as saying: "…".
    // Only so near is it looked for, so that a sentence of many quotes is read in linear time.
    private const int CueReach = 8;
    private readonly Cues _cues;

    public QuotedAsSaying(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        var last = System.Math.Min(sentence.Count - 3, quote + CueReach);
        for (var verb = System.Math.Max(0, quote - CueReach - MaxQuotedWords); verb <= last; verb++)
        {
            if (!sentence[verb].IsLower || !words.QuotingVerbs.Contains(sentence[verb].Span) || QuotedAs(sentence, verb + 1) is not (var at and >= 0))
            {
                continue;
            }

            // "Roe was quoted as saying": the passive's subject was quoted.
            if (at == verb + 1)
            {
                return verb > 0 && sentence[verb - 1].IsLower && words.PassiveAuxiliaries.Contains(sentence[verb - 1].Span)
                    ? _cues.Phrase.ReadBackward(sentence, verb - 1)
                    : Subject.None;
            }

            // "the Gazette quoted Jane Roe as saying": the object, read up to "as" and no further.
            var quoted = _cues.Phrase.ReadForward(sentence, verb + 1);
            return quoted.End == at ? quoted : Subject.None;
        }

        return Subject.None;
    }

    // Where "as" stands, followed by a participle that reports ("as saying", "as telling"), within
    // reach of a quoting verb whose object starts at `from`; -1 if nowhere.
    private int QuotedAs(IReadOnlyList<Token> sentence, int from)
    {
        for (var i = from; i + 1 < sentence.Count && i <= from + MaxQuotedWords && sentence[i].IsWord; i++)
        {
            if (sentence[i].IsLower && _cues.Words.QuotedAs.Contains(sentence[i].Span) && sentence[i + 1].IsLower
                && _cues.Words.Participles.Contains(sentence[i + 1].Span))
            {
                return i;
            }
        }

        return -1;
    }
}
