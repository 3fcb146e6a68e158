using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A manner phrase between an inverted verb and its subject: "con un sorriso amaro", "mit einem bitteren Lächeln".
internal sealed partial class Phrase
{
    // Two words may stand before the manner noun ("mit einem bitteren Lächeln", "avec un léger
    // sourire") and one after it ("con un sorriso amaro").
    private const int MaxMannerWordsBeforeNoun = 2;
    private const int MaxMannerWordsAfterNoun = 1;

    /// <summary>
    /// The index after a manner phrase that starts at <paramref name="start"/>: a manner preposition
    /// ("con", "mit", "avec"), an optional indefinite article, lower-case words and a manner noun
    /// (capitalised in German), and at most one lower-case adjective after it that is no article,
    /// role or verb of saying ("ha commentato con un sorriso amaro Walter Rinaldi"); <paramref name="start"/>
    /// when none starts there. The noun must be one the lexicons list, so "con i giornalisti" is no manner.
    /// </summary>
    public int MannerPhraseEnd(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsLower || !_words.MannerPrepositions.Contains(sentence[start].Span))
        {
            return start;
        }

        var first = start + 1;
        if (first < sentence.Count && sentence[first].IsLower && Is(sentence[first], WordClass.Indefinite))
        {
            first++;
        }

        var noun = -1;
        for (var k = first; k < sentence.Count && k <= first + MaxMannerWordsBeforeNoun && sentence[k].IsWord; k++)
        {
            if (_words.MannerNouns.Contains(sentence[k].Span))
            {
                noun = k;
                break;
            }

            if (!sentence[k].IsLower || Is(sentence[k], WordClass.Article))
            {
                return start;
            }
        }

        if (noun < 0)
        {
            return start;
        }

        var end = noun + 1;
        while (end < sentence.Count && end <= noun + MaxMannerWordsAfterNoun && sentence[end].IsWord && sentence[end].IsLower
            && !Is(sentence[end], WordClass.Article) && !IsTitleOrRole(sentence[end])
            && !_words.PeopleNouns.Contains(sentence[end].Span) && !_words.ReportingVerbs.Contains(sentence[end].Span))
        {
            end++;
        }

        return end;
    }
}
