using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Quotes;

// "Are supermarkets profiteering?" on a line of its own, then an answer that is all quote: a page sets a short
// question apart as it sets a subheading, and the body reader takes it for one (an interview it cannot tell,
// Structure/Interviews.cs, when the answers open on quotation marks). The speaker reading never sees a heading,
// so the answer lost the question it answers. A heading ending on a question mark, right before a paragraph, is
// told to the finder as a question asked (SpeakerFinder.QuestionSetApart); the page's sections stay as they were.
internal static partial class QuoteReader
{
    // Whether a heading that asks a question opens the section that paragraph `p` starts. `next` walks the
    // headings once, in order, over the whole article.
    private static bool QuestionHeadingBefore(IReadOnlyList<OutsideQuotes.Heading>? headings, int p, ref int next)
    {
        if (headings is null)
        {
            return false;
        }

        while (next < headings.Count && headings[next].FirstParagraph < p)
        {
            next++;
        }

        // Several headings may open empty sections before `p`: the last one stands right before it.
        var at = next;
        while (next < headings.Count && headings[next].FirstParagraph == p)
        {
            next++;
        }

        return next > at && IsQuestion(headings[next - 1].Block.Text);
    }

    // A question of the writer's: it ends on a question mark and does not open on a quotation mark.
    private static bool IsQuestion(string text)
    {
        var question = text.AsSpan().Trim();
        return question.Length > 0 && question[question.Length - 1] == '?' && !QuoteMarks.OpensQuotation(question[0]);
    }
}
