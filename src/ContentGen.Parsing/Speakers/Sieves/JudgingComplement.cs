using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S3: the subject opening the sentence whose verb of judging or estimating has the quote for its
/// complement: <c>X hält das für „…“</c>, <c>X tacha el plan de «…»</c> (Cues.JudgingComplement.cs).
/// </summary>
internal sealed class JudgingComplement : ISieve
{
    private readonly Cues _cues;

    public JudgingComplement(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.JudgingComplementSubject(sentence, quote);
}
