using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A "read also" link a dump printed over two lines: the label alone ("À lire aussi", "Lesen Sie auch")
/// and the other story's headline right under it. The headline is the link's text: chrome, never a
/// subheading of the article around it. A video's or a podcast's label ("Vidéo", "Podcast") has its
/// item's title under it in the same way.
/// </summary>
internal static class ReadAlsoLinks
{
    // Another story's headline is a line of a few words; a sentence under the label is the article's.
    private const int MaxHeadlineWords = 25;

    // A dump wraps a long headline over two lines.
    private const int MaxHeadlineLines = 2;

    // A blurb under a box's headline is a sentence of a few words; a longer line is the article's next paragraph.
    private const int MaxBlurbWords = 15;

    // A box holds a few links, each a headline and maybe its blurb; past them, a page without blank lines goes on with the article.
    private const int MaxBoxLines = 8;

    // A kicker before its headline's colon is a word or a few ("Neubaugebiet:", "Carriles bici:").
    private const int MaxKickerWords = 3;

    // What a box may print before each link's headline: an arrow or a bullet.
    private static readonly char[] s_linkArrows = { '▶', '►', '▸', '•', '·', '■', '→' };

    // Marks that also open a quotation, a line of dialogue or a figure ("»Wir bleiben«: …", "—Vamos", "-5 %"): a link's
    // arrow only with a space after it ("» Stadtrat beschließt …").
    private static readonly char[] s_spacedLinkArrows = { '›', '»', '>', '-', '–', '—' };

    // What a label may trail: "Lire aussi :", "Read more >".
    private static readonly char[] s_trailing = { ' ', ':', '>', '»', '›', '.', '…' };

    /// <summary>
    /// Whether <paramref name="line"/> is a "read also" label with nothing after it, or another label that
    /// announces an item only alone on its line ("A LIRE", "Vidéo", "Podcast"; <c>LinkLabels</c>).
    /// </summary>
    public static bool IsLabel(ReadOnlySpan<char> line)
    {
        var label = line.TrimEnd(s_trailing);
        return label.Length > 0 && (LexiconTables.LinkPrefixes.LongestStart(label) == label.Length || LexiconTables.LinkLabels.Contains(label)
            || SectionedLinkLabels.IsLabelWithSection(label));
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a label alone that announces an item (<c>LinkLabels</c>: "FOTOGALLERY", "Video",
    /// "Podcast", but also "Read more", "Related"), no "read also" call (<c>LinkPrefixes</c>): glued over the page's
    /// headline, over its first sentence, such a label names what the page itself is.
    /// </summary>
    public static bool IsMediaLabel(ReadOnlySpan<char> line)
    {
        var label = line.TrimEnd(s_trailing);
        return label.Length > 0 && LexiconTables.LinkLabels.Contains(label) && LexiconTables.LinkPrefixes.LongestStart(label) != label.Length;
    }

    /// <summary>Whether <paramref name="line"/>, right under a label, reads as the linked story's headline rather than a sentence.</summary>
    public static bool IsLinkedHeadline(ReadOnlySpan<char> line)
        => !Words.MoreThan(line, MaxHeadlineWords) && (!BlockQuality.EndsLikeSentence(WithoutLinkArrow(line)) || IsQuestionHeadline(line));

    // "Inondations : comment savoir si votre commune est en zone à risque ?": a headline may ask, in a few words and one
    // question; two sentences, or a question as long as a paragraph's, are the article's.
    private static bool IsQuestionHeadline(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd();
        if (text.Length < 2 || text[text.Length - 1] != '?' || Words.MoreThan(text, MaxBlurbWords))
        {
            return false;
        }

        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (Punctuation.IsTerminal(text[i]) && text[i + 1] == ' ' && char.IsLetter(text[i + 2]))
            {
                return false;
            }
        }

        return true;
    }

    // "And who will pay?", "¿Y quién pagará?", "E chi pagherà?": past a box's first link, a question that opens with a
    // conjunction goes on from the article's text. (Right under the label, "¿Y si el tren no llega?" may be the link's
    // headline.) A word that is also an article ("O que muda?": Portuguese "the", Spanish "or") opens a headline as well as a
    // clause, so it is no sign.
    private static bool OpensWithCoordinator(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.Slice(start, end - start);
        var speech = SpeechTables.All;
        return end < text.Length && text[end] == ' ' && speech.Coordinators.Contains(word) && !speech.Definites.Contains(word);
    }

    // "Lavagna, il porto turistico cambia gestione »": a link's arrow closes no quotation when none opens in the line.
    private static ReadOnlySpan<char> WithoutLinkArrow(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 2 && trimmed[trimmed.Length - 1] is '»' or '›' && trimmed[trimmed.Length - 2] == ' '
            && trimmed.IndexOfAny('«', '‹') < 0
            ? trimmed.Slice(0, trimmed.Length - 2).TrimEnd()
            : line;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, glued under the <paramref name="boxLines"/> lines of a link box (its first a
    /// headline), is more of the box: another headline, or a short blurb right under a headline
    /// (<paramref name="underHeadline"/>). Two sentences in a row, a sentence as long as a paragraph, or a box
    /// grown past a few links, is the article going on. A box prints each of its links the same: once a headline stood
    /// right under a headline (<paramref name="bareHeadlines"/>), its links carry no blurb, and a sentence is the article's;
    /// nor is a question opening with a conjunction ("¿Y los fines de semana?") another link or a link's blurb: it goes on
    /// from the article's text.
    /// </summary>
    public static bool GoesOnInBox(ReadOnlySpan<char> line, int boxLines, bool underHeadline, bool bareHeadlines)
        => boxLines < MaxBoxLines && !(IsQuestion(line) && OpensWithCoordinator(line))
            && (IsLinkedHeadline(line) || (underHeadline && !bareHeadlines && !Words.MoreThan(line, MaxBlurbWords)));

    /// <summary>
    /// Whether <paramref name="line"/>, past a glued box's first link (a headline of <paramref name="linkWords"/> words), is
    /// the article's subheading rather than another link: a headline's line (no sentence) at most half as long as the link's,
    /// with the article's prose glued right under it (<paramref name="next"/>, a sentence longer than any blurb, which ends
    /// the box). A page printed without blank lines glues its subheadings to the box above as it glues its links; a box
    /// prints its links' headlines alike, full headlines, where a subheading names its section in a few words.
    /// </summary>
    /// <remarks>
    /// A box prints its links alike in their marks too (<see cref="MarksOf"/>): a line that lacks a mark every link of the box
    /// carries (<paramref name="boxMarks"/>) is no link, however long, and may ask its question ("Combien de temps l'eau
    /// va-t-elle rester ?"). A line with any figure or separator is taken for a link's details ("Radio | 22.07.2024 | 3 Min")
    /// and heads nothing by its marks, a subheading with a year ("Bauzeit bis 2026") too: only the rule of length reads it.
    /// </remarks>
    public static bool IsSubheadingOverProse(ReadOnlySpan<char> line, ReadOnlySpan<char> next, int linkWords, LinkMarks boxMarks)
        => IsLinkedHeadline(line)
            && ((!BlockQuality.EndsLikeSentence(WithoutLinkArrow(line)) && Words.Count(line, linkWords) * 2 <= linkWords)
                || ((boxMarks & ~MarksOf(line)) != LinkMarks.None && IsWordsOnly(line)))
            && Words.MoreThan(next, MaxBlurbWords) && BlockQuality.EndsLikeSentence(next) && !IsLinkedHeadline(next);

    // Words and their punctuation only: no figure (a year too), no separator.
    private static bool IsWordsOnly(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c) || c is '|' or '/' or '·' or '•')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The marks a box may print each link's headline with: an arrow or a bullet before it ("▶ Fernwärme …"), a kicker of a
    /// few words before a colon ("Inondations : comment …"), a place before a comma ("Piombino, la nave …").
    /// </summary>
    public static LinkMarks MarksOf(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return LinkMarks.None;
        }

        var marks = Array.IndexOf(s_linkArrows, text[0]) >= 0 || (Array.IndexOf(s_spacedLinkArrows, text[0]) >= 0 && text.Length > 1 && text[1] == ' ')
            ? LinkMarks.Arrow
            : LinkMarks.None;
        var words = 0;
        for (var i = 0; i + 1 < text.Length && words < MaxKickerWords; i++)
        {
            if (text[i] == ' ' && text[i + 1] != ' ' && text[i + 1] != ':')
            {
                words++;
            }
            else if (text[i] == ':' && i > 0 && i + 2 < text.Length)
            {
                return marks | LinkMarks.Kicker;
            }
            else if (text[i] == ',' && words == 0 && char.IsUpper(text[0]) && i + 2 < text.Length)
            {
                return marks | LinkMarks.Place;
            }
        }

        return marks;
    }

    private static bool IsQuestion(ReadOnlySpan<char> line) => line.TrimEnd() is var text && text.Length > 0 && text[text.Length - 1] == '?';

    /// <summary>
    /// Whether <paramref name="block"/>, the first text a few lines under a label (past a caption or the
    /// other story's date), is the linked story's headline: a line or two that is no sentence, no date,
    /// no caption.
    /// </summary>
    public static bool IsLinkedHeadline(TextBlock block)
    {
        var facts = block.Facts;
        // A list of links may bullet its headlines ("• El puerto cierra su mejor año").
        var text = BlockSplitter.AfterBullet(block.Text.AsSpan());
        return block.LineCount <= MaxHeadlineLines && IsLinkedHeadline(text) && !facts.IsGood && !facts.IsBylineOrDate && !facts.IsCaption
            && text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]));
    }

    /// <summary>
    /// Whether block <paramref name="index"/> opens a list of links: a bulleted headline, or a headline with another printed
    /// right under it. A lone line under a stray label ("Most read" / "Two days a week") is the article's subheading.
    /// </summary>
    public static bool OpensList(IReadOnlyList<TextBlock> blocks, int index)
        => BlockSplitter.StartsWithBullet(blocks[index].Text)
            || (index + 1 < blocks.Count && blocks[index + 1].Start.Line == blocks[index].Start.Line + blocks[index].LineCount && IsLinkedHeadline(blocks[index + 1]));

    /// <summary>Whether <paramref name="next"/> is another bulleted headline printed right under <paramref name="block"/>, one of a list of links.</summary>
    public static bool IsBulletedHeadlineUnder(TextBlock block, TextBlock next)
        => next.Start.Line == block.Start.Line + block.LineCount && BlockSplitter.StartsWithBullet(next.Text) && IsLinkedHeadline(next);
}

/// <summary>The marks a "read also" box prints its links' headlines with (<see cref="ReadAlsoLinks.MarksOf"/>).</summary>
[Flags]
internal enum LinkMarks
{
    None = 0,

    /// <summary>An arrow or a bullet before the headline.</summary>
    Arrow = 1,

    /// <summary>A kicker of a few words before a colon.</summary>
    Kicker = 2,

    /// <summary>A place before a comma.</summary>
    Place = 4,
}
