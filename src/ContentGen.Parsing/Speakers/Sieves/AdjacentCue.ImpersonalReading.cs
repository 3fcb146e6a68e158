using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A document read with no one as the reader, after a quote: <c>«…», si legge nella nota</c>,
/// <c>«…», se lee en el comunicado</c>, <c>“…”, lê-se no estudo</c>, <c>« … », peut-on lire dans le
/// communiqué</c>, <c>“…”, staat in het rapport</c>. The words are the document's, so its issuer's:
/// the one named after the noun, or the one the noun points back to.
/// </summary>
internal sealed partial class AdjacentCue
{
    private Subject ImpersonalReading(IReadOnlyList<Token> sentence, int i)
    {
        var words = _cues.Words;
        var k = i;
        if (k + 1 < sentence.Count && sentence[k].IsLower && words.ReadingClitics.Contains(sentence[k].Span))
        {
            k++;
        }

        if (!sentence[k].IsWord || !sentence[k].IsLower)
        {
            return Subject.None;
        }

        // "peut-on lire": the impersonal pronoun on a modal before the verb of reading.
        if (!words.ImpersonalReadings.Contains(sentence[k].Span))
        {
            if (!_cues.HasImpersonalPronoun(sentence[k].Span) || k + 1 >= sentence.Count || !sentence[k + 1].IsLower
                || !words.ImpersonalReadings.Contains(sentence[k + 1].Span))
            {
                return Subject.None;
            }

            k++;
        }

        return DocumentSource(sentence, k + 1);
    }
}
