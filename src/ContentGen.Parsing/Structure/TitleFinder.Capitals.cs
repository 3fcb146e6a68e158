using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Headlines printed in capitals ("COUNCIL VOTES FOR NEW FOOTBRIDGE OVER THE RIVER", "LA MAIRIE ROUVRE LA HALLE DU MARCHÉ"):
// a style sheet's choice many sites make. A menu or a box's label in capitals ("MOST READ", "LEIA TAMBÉM") is a word or
// three; a headline runs to a clause, with its function words. Writers' names in capitals joined by "Y", "AND" or "UND"
// ("JAVIER ORTEGA Y ELENA RUBIO") hold no other function word.
internal static partial class TitleFinder
{
    /// <summary>Whether a block without lower case reads as a headline in capitals: a full clause with function words.</summary>
    private static bool IsCapitalsHeadline(BlockFacts facts)
    {
        if (facts.Words < FullHeadlineWords || facts.StopwordHits == 0)
        {
            return false;
        }

        var reader = new WordReader(facts.Text.AsSpan());
        while (reader.Read())
        {
            if (Stopwords.IsStopwordOrElision(reader.Word) && !Metadata.AuthorReader.IsNameJoiningWord(reader.Word))
            {
                return true;
            }
        }

        return false;
    }
}
