using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S3: the subject opening the sentence whose verb of naming, describing or speaking of has the
/// quote for its complement: <c>X called the report "…"</c>, <c>X nannte die Schließung „…“</c>,
/// <c>X ha definito gli arresti «…»</c>, <c>X sprak van “…”</c> (Cues.NamingComplement.cs).
/// </summary>
internal sealed class NamingComplement : ISieve
{
    private readonly Cues _cues;

    public NamingComplement(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.NamingComplementSubject(sentence, quote);
}
