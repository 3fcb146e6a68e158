using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

internal sealed partial class AdjacentCue
{
    // "…," Tom Ashby, from the Harbour Traders Guild told the local paper: where someone works, set
    // off by a comma the writer never closed, runs up to the verb, as the closed appositive does.
    // The verb's index, or -1 when the employer's run is not followed by a verb that reports.
    private int VerbAfterUnclosedEmployer(IReadOnlyList<Token> sentence, int comma)
    {
        var end = _cues.Phrase.AfterEmployer(sentence, comma + 1);
        if (end < 0)
        {
            return -1;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, end);
        return verb < sentence.Count && sentence[verb].IsLower && _cues.ReportsBesideQuote(sentence[verb]) ? verb : -1;
    }
}
