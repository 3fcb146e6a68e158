using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Rui Tavares, sargento do posto territorial da GNR de Serra Longa, disse que …. “…”, admitiu o
// militar.": a body the sentence names (one the cast knows, or a run of capitals such as "GNR"),
// with the place its name goes on to over a link ("de Serra Longa"), is no one else named beside
// the subject, so an epithet or a dropped subject after it still means that subject. Stops: only
// the body's own run and the capitalised words right after it over a link are passed over; a
// person named anywhere else in the sentence ("falou com Ana Lopes") still names someone else.
internal sealed partial class SpeakerFinder
{
    // Where the body's name that opens at `start`, with its place after a link, ends; `start` when none opens there.
    private int BodyRunEnd(IReadOnlyList<Token> sentence, int start)
    {
        if (!sentence[start].IsCapitalized || (start > 0 && sentence[start - 1].IsCapitalized))
        {
            return start;
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        if (!_cast.IsOrganisation(Phrase.Join(sentence, start, end)))
        {
            return start;
        }

        while (end + 1 < sentence.Count && sentence[end].IsLower && _cues.Words.OrganisationLinks.Contains(sentence[end].Span) && sentence[end + 1].IsCapitalized)
        {
            end += 2;
            while (end < sentence.Count && sentence[end].IsCapitalized)
            {
                end++;
            }
        }

        return end;
    }
}
