using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, hatte sie unter Tränen gesagt.", "„…“, hat er im Rat betont.", "'…', had zij onder tranen
// gezegd.": a cue after the quote that opens on a perfect's auxiliary puts its subject right after
// the auxiliary and its participle last. The capitalised noun before the participle ("Tränen") is a
// preposition's or the verb's object, never its subject, though read back from the participle it
// looked like a name.
internal sealed partial class Cues
{
    /// <summary>
    /// Where the verb at <paramref name="verb"/> is a participle closing a cue that follows a quote and
    /// its comma and opens on a perfect auxiliary (a verb-second language), the subject after the
    /// auxiliary; null where the shape does not hold.
    /// </summary>
    private Subject? ParticipleCueAfterQuoteSubject(IReadOnlyList<Token> sentence, int verb)
    {
        var auxiliary = -1;
        for (var k = 2; k < verb; k++)
        {
            if (sentence[k - 2].Kind == TokenKind.Quote && sentence[k - 1].Kind == TokenKind.Comma)
            {
                auxiliary = k;
            }
        }

        if (auxiliary < 0 || auxiliary + 1 >= verb || !sentence[auxiliary].IsLower || !Words.PerfectAuxiliaries.Contains(sentence[auxiliary].Span))
        {
            return null;
        }

        for (var k = auxiliary; k < verb; k++)
        {
            if (!sentence[k].IsWord)
            {
                return null;
            }
        }

        var subject = ReadInverted(sentence, auxiliary + 1);
        return subject.IsFound && subject.End <= verb ? subject : Subject.None;
    }
}
