using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Según el alcalde, la obra fue «un desastre» y costó «demasiado»", "Secondo Rossetti, la cresta
// era «una trappola» e un tentativo sarebbe finito «molto male»", "According to Jane Moore, the play
// is "far too long" and "oddly flat"": a fragment in a clause coordinated with the clause of the
// fragment before it is the same source's report. The source stands before the earlier quote, so
// the search for a source (which starts past the earlier quote, as a source given there is that
// quote's) never reached it. Only plain words may stand between: a coordinator right after the
// earlier quote, then no comma, colon or quote (another clause, which may be anyone's), no capital
// (a name brings in someone), no verb of saying, complementiser or according-to word (someone
// else reports), no role or title. A quote that opens with a capital is as often a title as words.
internal sealed partial class AccordingTo
{
    private bool IsCoordinatedFragment(IReadOnlyList<Token> sentence, int earlier, int quote)
    {
        if (quote - earlier < 2 || quote - earlier > Cues.MaxReach || !sentence[earlier + 1].IsWord
            || !_cues.Is(sentence[earlier + 1], WordClass.Coordinator) || !OpensLower(sentence, quote))
        {
            return false;
        }

        for (var k = earlier + 2; k < quote; k++)
        {
            var token = sentence[k];
            if (!token.IsLower || _cues.IsReportingVerb(token)
                || _cues.Is(token, WordClass.Complementiser | WordClass.AccordingToStart | WordClass.TitleOrRole))
            {
                return false;
            }
        }

        return true;
    }
}
