using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S3: the subject opening the sentence whose reflexive verb of stance has the quote for its
/// complement: <c>X zeigte sich „fassungslos“</c>, <c>X se mostró «satisfecho»</c> (Cues.StanceComplement.cs).
/// </summary>
internal sealed class StanceComplement : ISieve
{
    private readonly Cues _cues;

    public StanceComplement(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.StanceComplementSubject(sentence, quote);
}
