using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A page may glue a one-line deck under its headline, with no blank line between and no stop at its end ("Lido pool to
/// stay shut all summer as repair bill doubles" / "Council blames cracked tiles and a failed pump for the delay",
/// "Veerstoep in Sluisdonk krijgt nieuwe aanlegsteiger na aanvaring" / "Pont vaart tot de zomer alleen bij daglicht"). The
/// title finder takes the two lines as one block, and the deck was read as the headline's second half. On a page printed a
/// paragraph a line (lines longer than any dump's width, wider than the headline with the deck's first word after it), no
/// width broke the line there: the page did. A headline the page breaks over two lines stops mid-clause (on a function
/// word, a comma, a colon) or goes on in lower case; a first line that stops as a headline does, over a capitalised clause
/// of its own, is the headline over its deck. Only the title's block is read this way, once the title is found: a list of
/// other stories' headlines printed two to a group keeps its lines together, as it was.
/// </summary>
internal static partial class GluedDecks
{
    // A headline has a subject and something said of it; a kicker or a section's label ("Local News") has fewer words.
    private const int MinHeadlineWords = 4;

    // A deck is a clause: a subject and what it does, with words in lower case past its first ("Pont vaart tot de zomer …"),
    // where a site's or a person's name under a headline has capitals.
    private const int MinDeckLowerWords = 2;

    // "à", "de", "in", "del", "und": the short words a clause goes on from.
    private const int MaxShortWordLetters = 3;

    // A deck of one line, or of two wrapped at the page's width.
    private const int MaxDeckLines = 2;

    // A deck is one sentence, a headline's length or a little more.
    private const int MaxDeckWords = 30;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>], the block found as the title, is a headline (of one line,
    /// or of two a width wrapped: WrappedHeadlines) over a deck glued under it.
    /// </summary>
    public static bool Under(IReadOnlyList<TextBlock> blocks, int index, string? document = null) => HeadlineLineCount(blocks, index, document) > 0;

    /// <summary>
    /// The number of the headline's lines when <paramref name="blocks"/>[<paramref name="index"/>], the block found as the
    /// title, is a headline over a deck glued under it; 0 when it is not.
    /// </summary>
    public static int HeadlineLineCount(IReadOnlyList<TextBlock> blocks, int index, string? document = null)
    {
        var title = blocks[index];
        if (title.LineCount < 2)
        {
            return 0;
        }

        var headlineLines = WrappedHeadlineLines(title);
        if (headlineLines >= title.LineCount || title.LineCount - headlineLines > MaxDeckLines)
        {
            return 0;
        }

        var headline = title.Lines(0, headlineLines);
        return ReadsAsHeadlineOverDeck(blocks, headline.Text.AsSpan().Trim(), title.Line(headlineLines - 1).Span.Trim(), title.Lines(headlineLines, title.LineCount - headlineLines), title.LineCount == 2, document)
            ? headlineLines
            : 0;
    }

    // Whether `headline` (its last line `headlineEnd`) reads as a headline over `deckLines`, glued under it. `oneLineEach`:
    // the headline and the deck are a line each, which a page printed a paragraph a line may print.
    private static bool ReadsAsHeadlineOverDeck(IReadOnlyList<TextBlock> blocks, ReadOnlySpan<char> headline, ReadOnlySpan<char> headlineEnd, TextBlock deckLines, bool oneLineEach, string? document)
    {
        // The deck may run over two lines, wrapped at the page's width: its first line is read against the headline's end,
        // the whole deck as a clause. A headline a width wrapped is read whole, its last line against the deck.
        var deck = deckLines.Text.AsSpan().Trim();
        var deckStart = deckLines.Line(0).Span.Trim();
        if (headline.Length == 0 || deck.Length == 0 || !char.IsUpper(headline[0]) || !char.IsUpper(deck[0]))
        {
            return false;
        }

        if (!StopsAsHeadline(headlineEnd, deckStart))
        {
            return false;
        }

        var headlineWords = Words.Count(headline, HeadlineDatelines.MaxHeadlineWords + 1);
        if (headlineWords < MinHeadlineWords || headlineWords > HeadlineDatelines.MaxHeadlineWords || Words.MoreThan(deck, MaxDeckWords))
        {
            return false;
        }

        // The deck reads as one where it stands set apart (Ledes.IsDeck: a clause of eight words or more with no stop), holds
        // words in lower case past its first (a site's or a person's name has capitals) and names no writer or site.
        if (!Words.HasLowerCaseAfterFirst(deck, MinDeckLowerWords) || PageLines.IsAuthorLine(deck) || PageLines.IsAuthorLine(headline)
            || TitleSplitter.Split(deck.ToString()).Source is not null || !Ledes.IsDeck(deckLines))
        {
            return false;
        }

        // No width broke the headline: the page prints lines longer than any dump's width (a paragraph a line), and wider
        // than the headline with the deck's first word after it. A page wrapped at a fixed width is read as WrappedPageRoom says,
        // or by a deck that opens its own clause (OpensOwnClause) where the width may have broken the line.
        // A deck over two lines, or a headline over two, was wrapped at a width: only a page wrapped at one prints it so.
        var firstWord = deck.IndexOf(' ');
        var needed = headlineEnd.Length + 1 + (firstWord < 0 ? deck.Length : firstWord);
        var widest = WidestLine(blocks);
        return widest > BlockSplitter.MaxWrapWidth
            ? oneLineEach && widest >= needed
            : WrappedPageRoom(headlineEnd, needed, widest) || OpensOwnClause(headlineEnd, deck) || (document is not null && OpensOnCommonWord(headlineEnd, deck, document));
    }

    /// <summary>
    /// Whether <paramref name="headline"/> stops as a headline does over <paramref name="next"/>, the line glued under it:
    /// on a word, a figure or a closing mark, never on a comma, a colon or a dash, nor on a function word or a word that
    /// runs on into the next line ("… rouvrira à" / "Saint-Aubert dès …", "… villages in" / "North Crabley …").
    /// </summary>
    public static bool StopsAsHeadline(ReadOnlySpan<char> headline, ReadOnlySpan<char> next)
        => headline.Length > 0 && next.Length > 0 && HeadlineDatelines.EndsLikeHeadline(headline) && !RunningLines.GoesOn(headline, next)
            && !HeadlineLines.GoesOn(headline, next) && !EndsOnShortWord(headline)
            && !LexiconTables.RunOnWords.Contains(RunningLines.LastWord(headline));

    // "… de la Loire à" / "Saint-Aubert …", "… villages in" / "North Crabley …": a word of three letters or fewer in lower case
    // is a preposition, an article or a conjunction in every language, whatever the stopword lists hold.
    private static bool EndsOnShortWord(ReadOnlySpan<char> headline)
    {
        var last = RunningLines.LastWord(headline);
        return last.Length <= MaxShortWordLetters && char.IsLower(last[0]);
    }

    private static int WidestLine(IReadOnlyList<TextBlock> blocks)
    {
        var widest = 0;
        foreach (var block in blocks)
        {
            for (var k = 0; k < block.LineCount; k++)
            {
                widest = Math.Max(widest, block.Line(k).Span.Trim().Length);
            }
        }

        return widest;
    }
}
