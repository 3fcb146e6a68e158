using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A match report's fact box under its headline: "Scorers: Roe 34, Poe 88" / "Attendance: 4,812", "Tore: 0:1 Roe
/// (27.)" / "Zuschauer: 640". Lines that each give a label and a figure are the box's, never a headline, however
/// near the byline they stand.
/// </summary>
internal static class FactBoxes
{
    // A fact's label is a word or two before its colon.
    private const int MaxLabelWords = 2;

    // The figure follows its label closely: "Attendance: 4,812", "Scorers: Okonjo 34".
    private const int MaxFigureReach = 24;

    // Of a fact's first words, at most this many in lower case ("min.", "de penalti"): a phrase has more.
    private const int MaxFactWords = 6;
    private const int MaxLowerCaseWords = 2;

    // Two labelled figures make a box: one alone may be a headline ("Budget: 5,000 jobs to go").
    private const int MinFacts = 2;

    // A dump prints each of the box's lines as a block of its own: the box is the run of lines printed together.
    private const int MaxBoxReach = 4;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a fact box: among the lines printed
    /// together with it (no blank line between), two or more each give a label and a figure.
    /// </summary>
    public static bool InFactBox(IReadOnlyList<TextBlock> blocks, int index)
    {
        var facts = Facts(blocks[index]);
        for (var i = index - 1; i >= 0 && i >= index - MaxBoxReach && facts < MinFacts && Glued(blocks[i], blocks[i + 1]); i--)
        {
            facts += Facts(blocks[i]);
        }

        for (var i = index + 1; i < blocks.Count && i <= index + MaxBoxReach && facts < MinFacts && Glued(blocks[i - 1], blocks[i]); i++)
        {
            facts += Facts(blocks[i]);
        }

        return facts >= MinFacts;
    }

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] is one of a fact box's lines (<see cref="InFactBox"/>): a
    /// labelled figure, or a line glued right next to one (the match's result over "Scorers: …"). A page printed with no
    /// blank line glues its headline, its deck and its byline to the box as well; a line with no fact that stands a line
    /// or more off the box's facts (the headline over the result, the headline over its deck and "Updated: …") is not the
    /// box's. Nor is a line glued to a labelled date alone (a forum's "Posted: 1 Dec 2026, 21:14", a quote's "Source: The
    /// Herald, 1 December 2026"): a date is a stamp, and the headline a post quotes stands right under its source's.
    /// </summary>
    public static bool IsBoxLine(IReadOnlyList<TextBlock> blocks, int index)
        => InFactBox(blocks, index)
            && (Facts(blocks[index]) > 0
                || (index > 0 && Glued(blocks[index - 1], blocks[index]) && GivesFigure(blocks[index - 1]))
                || (index + 1 < blocks.Count && Glued(blocks[index], blocks[index + 1]) && GivesFigure(blocks[index + 1])));

    // A labelled figure that is no stamp: a date line's figure is its date ("Bron: De Veenkoerier, 1 december 2026").
    private static bool GivesFigure(TextBlock block) => Facts(block) > 0 && !block.Facts.IsBylineOrDate;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a fact box over the byline or the date
    /// (within a few blocks under it): the header's box, not the article's own lines of practical facts under its
    /// byline ("When: Saturday 15 March" / "Where: 12 Quay Street").
    /// </summary>
    public static bool InBoxOverByline(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (!InFactBox(blocks, index))
        {
            return false;
        }

        for (var i = index + 1; i < blocks.Count && i <= index + MaxBoxReach + 1; i++)
        {
            if (blocks[i].Facts.IsBylineOrDate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a match report's fact box: a fact box
    /// (<see cref="InFactBox"/>) whose lines open with two of a match's labels and their colons ("Arbitre : M. Roe",
    /// "Toeschouwers: 820"; the lexicons' <c>MatchFactLabels</c>), or with one beside a team's sheet, its name in capitals
    /// ("CASTELFRANCO: Ferretti 26, …" / "Arbitri: Rinaldi e Conti"). A box of practical facts names none, and one such
    /// word alone ("Tore: 3" for a dyke's gates, "Attendance: 95%" for a school's) makes no match.
    /// </summary>
    public static bool InMatchFactBox(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (!InFactBox(blocks, index))
        {
            return false;
        }

        var first = index;
        while (first > 0 && first > index - MaxBoxReach && Glued(blocks[first - 1], blocks[first]))
        {
            first--;
        }

        var labels = 0;
        var sheet = false;
        for (var i = first; i < blocks.Count && i <= index + MaxBoxReach && (i == first || Glued(blocks[i - 1], blocks[i])); i++)
        {
            CountLabels(blocks[i], ref labels, ref sheet);
            if (labels >= MinMatchLabels || (labels > 0 && sheet))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a box of details under the article's last
    /// sentence: three to eight lines printed together, each a capitalised label of a word or two, its colon and a short
    /// value ("Certificate: 12A" / "Running time: 1hr 52min" / "Director: Ruth Calloway", a film's or a book's details
    /// under its review), one label a work's (the lexicons' <c>WorkDetailLabels</c>: a page's "Topics:" / "Section:" /
    /// "Filed under:" names none), right under a sentence. A match's box (<see cref="InMatchFactBox"/>) is the page's; a contact
    /// box gives an address (an e-mail's "@", a web address) and is the page's too.
    /// </summary>
    public static bool InDetailsUnderSentence(IReadOnlyList<TextBlock> blocks, int index)
    {
        var first = index;
        while (first > 0 && index - first < MaxDetails && Glued(blocks[first - 1], blocks[first]))
        {
            first--;
        }

        var last = index;
        while (last + 1 < blocks.Count && last - first < MaxDetails && Glued(blocks[last], blocks[last + 1]))
        {
            last++;
        }

        if (first == 0 || !BlockQuality.EndsLikeSentence(blocks[first - 1].Text) || Glued(blocks[first - 1], blocks[first]))
        {
            return false;
        }

        var lines = 0;
        var work = false;
        for (var i = first; i <= last; i++)
        {
            if (!AreDetails(blocks[i]))
            {
                return false;
            }

            lines += blocks[i].LineCount;
            work |= HasWorkLabel(blocks[i]);
        }

        return work && lines is >= MinDetails and <= MaxDetails && !InMatchFactBox(blocks, index);
    }

    /// <summary>
    /// Adds to <paramref name="details"/> every block from <paramref name="from"/> on that stands in a work's box of details
    /// under a sentence (<see cref="InDetailsUnderSentence"/>), each box read once.
    /// </summary>
    public static void AddDetails(IReadOnlyList<TextBlock> blocks, int from, ISet<TextBlock> details)
    {
        for (var i = Math.Max(from, 1); i < blocks.Count; i++)
        {
            if (blocks[i].Text.IndexOf(':') < 0 || Glued(blocks[i - 1], blocks[i]) || !InDetailsUnderSentence(blocks, i))
            {
                continue;
            }

            details.Add(blocks[i]);
            while (i + 1 < blocks.Count && Glued(blocks[i], blocks[i + 1]))
            {
                details.Add(blocks[++i]);
            }
        }
    }

    // Whether one of the block's lines opens with a work's label ("Director:", "Regia:", "Verlag:"): the box describes a work.
    private static bool HasWorkLabel(TextBlock block)
    {
        var text = block.Text;
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            var start = LabelStart(block, text, colon);
            if (start >= 0 && Lexicons.LexiconTables.WorkDetailLabels.Contains(text.AsSpan(start, colon - start).TrimEnd()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a capitalised label of a word or two and its colon, and gives a value after
    /// it ("Durata: 124 minuti", "Running time: 1hr 52min"): a line of a box of details.
    /// </summary>
    public static bool IsLabelledLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon + 1 >= line.Length || !char.IsUpper(line[0]) || line.Slice(colon + 1).Trim().Length == 0)
        {
            return false;
        }

        var label = line.Slice(0, colon).TrimEnd();
        var words = 0;
        var reader = new WordReader(label);
        while (reader.Read())
        {
            words++;
        }

        return words is > 0 and <= MaxLabelWords && label.IndexOfAny('.', ',') < 0;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a bar of facts: two labelled facts or more on one line, parted by bars ("Tiempo: 50
    /// minutos | Dificultad: media | Raciones: 4"). A recipe's or a fact box's line, neither a headline nor a heading.
    /// </summary>
    public static bool IsFactBar(ReadOnlySpan<char> text)
    {
        var facts = 0;
        while (text.Length > 0)
        {
            var bar = text.IndexOf('|');
            var part = (bar < 0 ? text : text.Slice(0, bar)).Trim();
            if (IsLabelledLine(part))
            {
                facts++;
            }

            text = bar < 0 ? default : text.Slice(bar + 1);
        }

        return facts >= MinFacts;
    }

    // A film's or a book's details: three lines at least, and no more than a box holds.
    private const int MinDetails = 3;
    private const int MaxDetails = 8;
    private const int MaxDetailWords = 10;

    // "Running time: 1hr 52min": each of the block's lines opens with a label and its colon, with a value of a few words
    // after it, and no address or phone; nor a team's line-up ("Wexcombe: Lyle; Brand, Osei …"), whose players' lines part by semicolons.
    private static bool AreDetails(TextBlock block)
    {
        var text = block.Text;
        if (text.IndexOf('@') >= 0 || text.IndexOf(';') >= 0 || text.IndexOf("//", StringComparison.Ordinal) >= 0
            || Words.MoreThan(text.AsSpan(), (MaxDetailWords + MaxLabelWords) * block.LineCount))
        {
            return false;
        }

        // "Published: 12 March 2025" / "Updated: …": stamps, the dateline's, not the work's details.
        if (HasPhoneNumber(text) || AnyLineIsStamp(block))
        {
            return false;
        }

        var labelled = 0;
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            if (OpensLineWithLabel(block, text, colon) && colon + 1 < text.Length && !IsLineEnd(block, colon + 1))
            {
                labelled++;
            }
        }

        return labelled == block.LineCount;
    }

    // Whether one of the block's lines opens with a stamp's word ("Published:", "Updated:", "Stand:"): the dateline's. A
    // number that merely reads as a date ("ISBN: 978-972-0-04512-3") is a work's detail.
    private static bool AnyLineIsStamp(TextBlock block)
    {
        for (var k = 0; k < block.LineCount; k++)
        {
            if (Lexicons.LexiconTables.DatelinePrefixes.StartsAny(block.Line(k).Span))
            {
                return true;
            }
        }

        return false;
    }

    // A contact box's phone: eight digits or more in one run of digits and spaces ("01234 567890", "02 33 00 00 00"). A
    // book's number or a film's length has fewer, or parts them by hyphens ("978-3-16-148410-0").
    private const int MinPhoneDigits = 8;

    private static bool HasPhoneNumber(string text) => PhoneNumbers.Within(text.AsSpan(), MinPhoneDigits);

    // Whether `index` in the block's text opens a new line (or passes its end): the value after a colon is on its line.
    private static bool IsLineEnd(TextBlock block, int index)
        => index + 1 >= block.Text.Length || OpensLine(block, index + 1);

    // Two of a match's labels make its box, or one beside a team's sheet.
    private const int MinMatchLabels = 2;

    // Adds the lines of the block that open with a match's label and its colon ("Arbitre : M. Roe", "Scorers: Roe 34"),
    // and notes a line whose label is in capitals ("VALMONT : Ferrand (8 pts …)"): a team's sheet.
    private static void CountLabels(TextBlock block, ref int labels, ref bool sheet)
    {
        var text = block.Text;
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            var start = LabelStart(block, text, colon);
            var label = start >= 0 ? text.AsSpan(start, colon - start).TrimEnd() : default;
            if (label.Length == 0)
            {
                continue;
            }

            if (Lexicons.LexiconTables.MatchFactLabels.LongestStart(label) == label.Length)
            {
                labels++;
            }
            else if (IsCapitals(label) && HasFigure(text, colon))
            {
                sheet = true;
            }
        }
    }

    // Letters in capitals, two or more, spaces and hyphens between them: "VIRTUS VALMORA", "BOURG-LAVAUR".
    internal static bool IsCapitals(ReadOnlySpan<char> label)
    {
        var letters = 0;
        foreach (var c in label)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool Glued(TextBlock upper, TextBlock lower) => upper.Start.Line + upper.LineCount == lower.Start.Line;

    // How many of the block's lines give a label and a figure. Each colon is looked at once, and a label only a
    // word or two back from it.
    private static int Facts(TextBlock block)
    {
        var text = block.Text;
        var facts = 0;
        for (var colon = text.IndexOf(':'); colon > 0 && facts < MinFacts; colon = text.IndexOf(':', colon + 1))
        {
            if (OpensLineWithLabel(block, text, colon) && HasFigure(text, colon))
            {
                facts++;
            }
        }

        return facts;
    }

    // Whether a capitalised word or two right before the colon at `colon` open one of the block's lines.
    private static bool OpensLineWithLabel(TextBlock block, string text, int colon)
    {
        var start = LabelStart(block, text, colon);
        return start >= 0 && char.IsUpper(text[start]);
    }

    // Where the word or two right before the colon at `colon` start, when they open one of the block's lines; -1 when
    // they do not. French sets its colon apart by a space ("Arbitre : M. Roe").
    private static int LabelStart(TextBlock block, string text, int colon)
    {
        var end = colon;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        for (var words = 0; words < MaxLabelWords; words++)
        {
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return -1;
            }

            if (OpensLine(block, start))
            {
                return start;
            }

            if (text[start - 1] != ' ')
            {
                return -1;
            }

            end = start - 1;
        }

        return -1;
    }

    // Whether `start` opens one of the block's lines.
    private static bool OpensLine(TextBlock block, int start)
        => start == 0 || block.PositionAt(start).Line != block.PositionAt(start - 1).Line;

    // A digit after the colon, near it, and names and figures rather than a phrase: "Okonjo 34, Fairley 88", "0-1,
    // min. 31: Gil", not "Liveblog: snelweg A28 dicht na een ongeluk".
    private static bool HasFigure(string text, int colon)
    {
        var after = text.AsSpan(colon + 1, Math.Min(MaxFigureReach, text.Length - colon - 1));
        if (!Digits.Any(after))
        {
            return false;
        }

        var lower = 0;
        var reader = new WordReader(after);
        for (var words = 0; words < MaxFactWords && reader.Read(); words++)
        {
            if (char.IsLower(reader.Word[0]) && ++lower > MaxLowerCaseWords)
            {
                return false;
            }
        }

        return true;
    }
}
