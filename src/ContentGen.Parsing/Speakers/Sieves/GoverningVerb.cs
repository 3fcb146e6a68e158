using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S3: the reporting verb that governs a quote later in its sentence, and that verb's subject:
/// <c>Baker insisted the plan was "dead"</c>, <c>X a estimé que « … »</c>.
/// </summary>
internal sealed class GoverningVerb : ISieve
{
    private readonly Cues _cues;

    public GoverningVerb(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.FindReportingSubject(sentence, quote);
}
