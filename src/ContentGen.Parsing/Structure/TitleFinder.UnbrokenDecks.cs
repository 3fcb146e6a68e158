using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A deck as long as its headline, on a page printed a line a line with no blank between its lines.
internal static partial class TitleFinder
{
    // The headline may run a word or two longer than its deck: past that, the longer line over the deck is read as before.
    private const int MaxHeadlineOverDeckExcess = 2;

    // "Lokales" / "Dorfbäckerei nach dem Brand von ihren Kunden gerettet" / "Hundert Stammkunden kauften Anteile für einen
    // neuen Ofen" / "Von Tom Harker | 4. Mai 2026": with no blank line anywhere, the headline and its deck are two glued
    // lines between the page's chrome and the byline, and the line right over the byline is the deck. An editor reads the
    // pair in order: the first of two stop-less clauses under a line of chrome (a section's label, a menu, no headline of
    // its own) is the headline, however many words its deck has. The length test (a deck runs longer) cannot tell them
    // when the two run as long; a teaser over the headline has a headline's line (another teaser) over it, not chrome.
    private static bool IsEvenDeckUnderChromedHeadline(IReadOnlyList<TextBlock> blocks, int deck, string document)
    {
        if (deck < 2)
        {
            return false;
        }

        var chrome = blocks[deck - 2];
        var headline = blocks[deck - 1];
        var lower = blocks[deck];
        if (headline.LineCount != 1 || lower.LineCount != 1 || !Glued(headline, lower) || !(Glued(chrome, headline) ? chrome.LineCount == 1 : GluedUnderSetAside(document, headline.Start.Offset)))
        {
            return false;
        }

        var words = headline.Facts.Words;
        return words >= MinHeadlineOverDeckWords && words >= lower.Facts.Words && words <= lower.Facts.Words + MaxHeadlineOverDeckExcess
            && headline.Facts.StopwordHits > 0 && lower.Facts.StopwordHits > 0
            && !Punctuation.EndsSentence(headline.Text) && !Punctuation.EndsSentence(lower.Text)
            && (!Glued(chrome, headline) || (!IsCandidate(blocks, deck - 2) && !chrome.Facts.IsBylineOrDate && !LooseProse.IsProse(chrome.Facts)));
    }

    // A line printed right over `offset`, with no blank between, that is no block the title is sought among: the reader set
    // it aside as chrome already ("Lokales", a menu's line).
    private static bool GluedUnderSetAside(string document, int offset)
    {
        var end = offset - 1;
        if (end < 1 || document[end] != '\n')
        {
            return false;
        }

        var before = document[end - 1] == '\r' ? end - 2 : end - 1;
        return before >= 0 && document[before] != '\n' && !char.IsWhiteSpace(document[before]);
    }
}
