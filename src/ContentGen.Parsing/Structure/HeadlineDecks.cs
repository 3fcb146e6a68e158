using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A page prints its standfirst glued under the headline, with no blank line between, and a dump may wrap it to the
/// headline's width ("Crossfield ferry slipway to be rebuilt after winter storms" / "The concrete ramp at Crossfield Quay
/// cracked in January, and" / …): the width alone glues them, and the headline would be lost in a paragraph. A group's
/// first line that reads as a headline, over a line that opens a new sentence with a function word in capitals ("The",
/// "Der", "L'association", "Nach drei …"), which no wrapped sentence does mid-way, opens the standfirst's block. The deck
/// line is full (it wraps on) or ends a sentence; a list's short items under a label ("Most read" / "The …") stay as they
/// were.
/// </summary>
internal static partial class HeadlineDecks
{
    // A headline has a subject and something said of it; a section's label ("News", "Lokales") has fewer words.
    private const int MinHeadlineWords = 4;

    // A standfirst is a sentence or two: its first sentence ends within a few lines.
    private const int MaxLinesToStop = 4;

    /// <summary>
    /// Whether <paramref name="segments"/>[<paramref name="next"/>] opens a standfirst glued under a headline, the one line
    /// from <paramref name="start"/>, which opens its group at <paramref name="group"/>, in a group <paramref name="width"/>
    /// wide and ending before <paramref name="end"/>; <paramref name="following"/> is the next group's first line, or empty.
    /// A standfirst opening on a capitalised content word (<see cref="OpensOnCapitalisedWord"/>) may stand under a headline
    /// that a kicker's line, a block of its own, opens the group over.
    /// </summary>
    public static bool OpensBlock(LineSegment[] segments, int group, int start, int next, int end, int width, ReadOnlySpan<char> following = default)
    {
        if ((start != group && start != group + 1) || next != start + 1 || !StopsSoon(segments, next, end))
        {
            return false;
        }

        var headline = segments[start].Span;
        var deck = segments[next].Span;
        if (headline.Length == 0 || deck.Length == 0 || !char.IsUpper(headline[0]) || !char.IsUpper(deck[0]))
        {
            return false;
        }

        // The headline stops on a word, a figure or a closing mark, never on a sentence's stop (a question's too), a comma
        // or a colon, nor on a function word the next line would go on from ("… after the" / "The Hague …").
        if (!HeadlineDatelines.EndsLikeHeadline(headline) || headline[headline.Length - 1] is '?' or '!' || RunningLines.GoesOn(headline, deck)
            || PageLines.IsAuthorLine(headline) || PageLines.IsAuthorLine(deck))
        {
            return false;
        }

        var words = Words.Count(headline, HeadlineDatelines.MaxHeadlineWords + 1);
        if (words < MinHeadlineWords || words > HeadlineDatelines.MaxHeadlineWords || !(deck.Length * 4 >= width * 3 || Punctuation.EndsSentence(deck)))
        {
            return false;
        }

        // The deck's first word is a function word, in capitals because it opens a sentence ("O", "A" too; "I" is in
        // capitals wherever it stands).
        var reader = new WordReader(deck);
        return (start == group && reader.Read() && reader.Start == 0 && !(reader.Length == 1 && deck[0] == 'I') && Stopwords.IsStopwordOrElision(reader.Word))
            || OpensOnCapitalisedWord(segments, next, end, headline, deck, following);
    }

    // The deck ends a sentence on one of its first lines (a caption may end on its picture's credit after it): a list's
    // items under a label end on none.
    private static bool StopsSoon(LineSegment[] segments, int next, int end)
    {
        for (var i = next; i < end && i < next + MaxLinesToStop; i++)
        {
            if (Punctuation.EndsSentence(segments[i].Span) || EndsOnPictureCredit(segments[i].Span))
            {
                return true;
            }
        }

        return false;
    }
}
