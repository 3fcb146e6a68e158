using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds an article's own lists whose bullets a dump dropped: a run of short lines printed one under
/// the other ("Les mesures prévues" / "Navettes gratuites" / "Parking relais"), between paragraphs of
/// prose. Each item alone looks like a menu link, and four of them like a list of other stories'
/// headlines; together, between the article's paragraphs, they are its text. So are the lines glued
/// under a line ending on a colon after the article's prose ("Infos pratiques :" / "Salle des fêtes" /
/// "Entrée libre"), even at the article's end, with no prose below them.
/// </summary>
internal static class ArticleLists
{
    // A list has a lead and items, or three items: fewer lines are a heading or a caption.
    private const int MinLines = 3;

    // An item is a few words ("Parking relais", "Office de tourisme agrandi"); another story's headline is longer.
    private const int MaxItemWords = 5;

    // Under a colon, a list's lines ("Départ de la gare à 0 h 10") are items however long: two make a list.
    private const int MinColonItems = 2;

    // The longest line of a list looks wrapped to the line under it, so a block may hold two of its lines.
    private const int MaxColonItemLines = 2;

    // A lead apart from its items by a blank line is a heading's few words, not a sentence.
    private const int MaxApartLeadWords = 8;

    /// <summary>The blocks from <paramref name="from"/> on that are lines of such a list.</summary>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="from">The first block to read.</param>
    /// <param name="items">Where the lines are gathered, emptied first (lent with the page's buffers); null makes a new set.</param>
    /// <param name="labels">Where the labels set apart over and under labelled lists go ("Ingredients", "Method"), emptied first; null keeps none.</param>
    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks, int from, HashSet<TextBlock>? items = null, HashSet<TextBlock>? labels = null)
    {
        items ??= new HashSet<TextBlock>();
        items.Clear();
        labels?.Clear();
        var i = from;
        while (i < blocks.Count)
        {
            var end = i;
            while (end < blocks.Count && IsItem(blocks[end]) && (end == i || FollowsOn(blocks[end - 1], blocks[end])))
            {
                end++;
            }

            if (end - i >= MinLines && i > from && IsProse(blocks[i - 1]) && end < blocks.Count && IsProse(blocks[end]))
            {
                for (var k = i; k < end; k++)
                {
                    items.Add(blocks[k]);
                }
            }

            i = end > i ? end : i + 1;
        }

        // A recipe's or a fact box's lists under their labels ("Ingredients" / "For the fruit:" / "800g rhubarb" / … /
        // "Method" / the steps): lists glued under a lead or three items long, one after another, the first under prose
        // or a label under prose, the last over prose or a label over prose.
        AddLabelledLists(blocks, from, items, labels);

        // The last lead may stand right over the page's last block, which holds its items' lines.
        for (var lead = from; lead + 1 < blocks.Count; lead++)
        {
            AddColonList(blocks, from, lead, items);
            ClauseLists.Add(blocks, from, lead, items);
        }

        // A table of figures under the article's text (a sentence, however short, a lead ending on a colon, another table,
        // or a heading right under one of those over a table that names its columns), with prose or another table under
        // it: its rows, and its column names, are the article's. A table that names its columns is the article's whatever
        // stands under it (a chart's labels, a source line): a sidebar's figures name none ("DAX      18.342").
        for (var row = from + 1; row < blocks.Count; row++)
        {
            var end = FigureTables.End(blocks, row);
            if (end > row && (FigureTables.HasColumnNames(blocks, row) || (end < blocks.Count && GoesOnUnder(blocks, end))) && StandsInProse(blocks, from, row))
            {
                for (var k = row; k < end; k++)
                {
                    items.Add(blocks[k]);
                }
            }

            // A table is read once, not again from each of its rows.
            row = end > row ? end - 1 : row;
        }

        return items;
    }

    // A label set apart over a list or a paragraph: a word or three on one line, no sentence, no byline, caption or end signal.
    private const int MaxLabelWords = 3;

    // Lists in a row: a recipe prints two or three (the fruit's, the topping's); a page's footer of link lists stops here.
    private const int MaxChainedLists = 4;

    /// <summary>
    /// The blocks of the labelled lists from <paramref name="from"/> on, with their labels ("Ingredients" / its items /
    /// "Method"), gathered into <paramref name="carried"/> (emptied first): they carry a run of the article's prose on
    /// (<see cref="ProseRuns.Heaviest"/>).
    /// </summary>
    public static void FindLabelled(IReadOnlyList<TextBlock> blocks, int from, HashSet<TextBlock> carried)
    {
        carried.Clear();
        AddLabelledLists(blocks, from, carried, carried);
    }

    // The article goes on under a labelled list: two blocks of prose, not a footer's one blurb ("About us" / the site's
    // lines) nor an author box's note.
    private const int MinProseUnder = 2;

    private static void AddLabelledLists(IReadOnlyList<TextBlock> blocks, int from, HashSet<TextBlock> items, HashSet<TextBlock>? labels)
    {
        var i = from + 2;
        while (i < blocks.Count)
        {
            // The first list, under a label set apart under prose.
            var first = i;
            var above = blocks[i - 1];
            // Whether the label is set apart is asked first: it reads two line numbers, where the label's shape reads its words.
            var end = ApartFrom(above, blocks[i]) && IsLabel(above) && IsProse(blocks[i - 2]) ? ListEnd(blocks, i, labelled: true) : i;
            if (end == i)
            {
                i++;
                continue;
            }

            // More lists under it, each set apart from the one above.
            var chained = 1;
            while (end < blocks.Count && chained < MaxChainedLists && ListEnd(blocks, end, labelled: false) is var next && next > end)
            {
                end = next;
                chained++;
            }

            // The last list: over the article's prose going on, or over a label set apart over it. The lines show what they
            // list: a colon lead over them ("For the fruit:"), or quantities in half of them ("800g rhubarb", "Mon–Fri 9–17"); a
            // footer's links ("Morning briefing", "Weekend reads") and an author box's lines show neither.
            var labelUnder = end + 1 < blocks.Count && ApartFrom(blocks[end], blocks[end + 1]) && IsLabel(blocks[end]) && ProseUnder(blocks, end + 1);
            if ((ProseUnder(blocks, end) || labelUnder) && ShowsWhatItLists(blocks, first, end))
            {
                for (var k = first; k < end; k++)
                {
                    items.Add(blocks[k]);
                }

                // The labels head the lists and the prose under them.
                labels?.Add(above);
                if (labelUnder && ApartFrom(blocks[end - 1], blocks[end]))
                {
                    labels?.Add(blocks[end]);
                }
            }

            i = end;
        }

        // A practical box's "Key: value" lines under their subheading, over one paragraph or more (KeyValueBoxes).
        KeyValueBoxes.Add(blocks, from, items, labels);
        // And those under a subheading over a shorter line of the article's text (ChainedKeyValueBoxes).
        ChainedKeyValueBoxes.Add(blocks, from, items, labels);
    }

    private static bool ShowsWhatItLists(IReadOnlyList<TextBlock> blocks, int start, int end)
    {
        var lines = 0;
        var quantities = 0;
        for (var k = start; k < end; k++)
        {
            if (IsColonLead(blocks[k]))
            {
                return true;
            }

            lines++;
            quantities += Digits.Any(blocks[k].Text.AsSpan()) ? 1 : 0;
        }

        return quantities * 2 >= lines;
    }

    private static bool ProseUnder(IReadOnlyList<TextBlock> blocks, int start)
    {
        var k = start;
        while (k < blocks.Count && k < start + MinProseUnder && IsProse(blocks[k]))
        {
            k++;
        }

        return k == start + MinProseUnder;
    }

    // Where the list starting at block `start` ends: lines glued one under another, each an item or a lead ending on a
    // colon over items, three items at least, or two under a lead; `start` when none starts there. Under a lead an item
    // may run longer; under a label (`labelled`) only with a quantity ("2 balls stem ginger, finely chopped"): a longer
    // line of words alone there is as often another story's headline.
    private static int ListEnd(IReadOnlyList<TextBlock> blocks, int start, bool labelled)
    {
        var end = start;
        var lead = IsColonLead(blocks[start]);
        end += lead ? 1 : 0;
        // A line printed in columns ("Facebook      12", "DAX      18.342": a table's row, a share count) is never such a list's item.
        while (end < blocks.Count && (lead ? IsLeadItem(blocks[end]) : IsItem(blocks[end]) || (labelled && IsLeadItem(blocks[end]) && Digits.Any(blocks[end].Text.AsSpan())))
            && !IsColonLead(blocks[end]) && !InColumns(blocks[end].Text) && !Metadata.AuthorReader.IsRoleLine(blocks[end].Text.AsSpan())
            && (end == start || FollowsOn(blocks[end - 1], blocks[end])))
        {
            end++;
        }

        var itemCount = end - start - (lead ? 1 : 0);
        return itemCount >= (lead ? MinColonItems : MinLines) ? end : start;
    }

    // Under a lead, an item may run longer ("2 balls stem ginger, finely chopped"), but is still one line and no sentence.
    private const int MaxLeadItemWords = 10;

    private static bool IsLeadItem(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words is > 0 and <= MaxLeadItemWords && !BlockQuality.EndsLikeSentence(block.Text)
        && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption && !block.Facts.IsTerminator;

    private static bool IsColonLead(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words <= MaxItemWords && block.Text.Length > 0 && block.Text[block.Text.Length - 1] == ':'
        && !block.Facts.IsBylineOrDate && !block.Facts.IsTerminator;

    // A page's own labels name its chrome ("Our newsletters", "Follow us"): a menu's or a link's words label no list of the article.
    internal static bool IsLabel(TextBlock block, int maxWords = MaxLabelWords)
        => block.LineCount == 1 && block.Facts.Words > 0 && block.Facts.Words <= maxWords && !BlockQuality.EndsLikeSentence(block.Text)
        && block.Text[block.Text.Length - 1] != ':' && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption && !block.Facts.IsTerminator
        && !Lexicons.LexiconTables.NavigationLines.Contains(block.Text) && !HasMenuWord(block.Text)
        && Metadata.AuthorReader.ReadBareName(block.Text.AsSpan()) is null;

    internal static bool HasMenuWord(string text) => HasMenuWord(text.AsSpan());

    internal static bool HasMenuWord(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (Lexicons.LexiconTables.MenuWords.Contains(reader.Word) || Lexicons.LexiconTables.LinkLabels.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InColumns(string text) => ColumnGaps.Count(text) > 0;

    // A blank line or more between the two blocks.
    internal static bool ApartFrom(TextBlock above, TextBlock below) => below.Start.Line > above.Start.Line + above.LineCount;

    // Whether the block above `row` is the article's text (a sentence, a lead ending on a colon, another table's row), or a
    // heading's few words right under such text over a table that names its columns, or right under another table.
    private static bool StandsInProse(IReadOnlyList<TextBlock> blocks, int from, int row)
    {
        var above = blocks[row - 1];
        return IsArticleText(above)
            || (row - 2 >= from && IsArticleText(blocks[row - 2]) && (FigureTables.HasColumnNames(blocks, row) || FigureTables.IsRow(blocks[row - 2])) && above.LineCount == 1
                && above.Facts.Words <= MaxApartLeadWords && !BlockQuality.EndsLikeSentence(above.Text) && !above.Facts.IsBylineOrDate && !above.Facts.IsCaption);
    }

    // Prose, a sentence however short ("Turnout fell again."), a lead ending on a colon, or a table's row.
    internal static bool IsArticleText(TextBlock block)
    {
        var text = block.Text;
        return IsProse(block) || (BlockQuality.EndsLikeSentence(text) && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption)
            || (text.Length > 0 && text[text.Length - 1] == ':') || FigureTables.IsRow(block);
    }

    // Prose under a table, or another table (right under it, or under a heading's line).
    private static bool GoesOnUnder(IReadOnlyList<TextBlock> blocks, int end)
        => IsProse(blocks[end]) || FigureTables.Starts(blocks, end)
            || (blocks[end].LineCount == 1 && blocks[end].Facts.Words <= MaxApartLeadWords && FigureTables.Starts(blocks, end + 1));

    // The lead ending on a colon, in or right after the article's prose, and the short blocks glued under it.
    private static void AddColonList(IReadOnlyList<TextBlock> blocks, int from, int lead, HashSet<TextBlock> items)
    {
        var text = blocks[lead].Text;
        // A byline that runs on to "Temps de lecture :" opens nothing.
        if (text.Length == 0 || text[text.Length - 1] != ':' || blocks[lead].Facts.IsBylineOrDate || lead <= from && !IsProse(blocks[lead]))
        {
            return;
        }

        var inProse = IsProse(blocks[lead]) || IsProse(blocks[lead - 1]);

        // A short lead set apart by one blank line heads its list ("Le programme de la journée :" / blank /
        // "10 h : ouverture" / "14 h : contes"): the items are the lines glued under the blank, read as one
        // block or several, and the lead is left to the heading rules.
        var end = lead + 1;
        var apart = end < blocks.Count && blocks[lead].LineCount == 1 && blocks[lead].Facts.Words <= MaxApartLeadWords
            && blocks[end].Start.Line == blocks[lead].Start.Line + 2;
        var lines = 0;
        while (end < blocks.Count && (blocks[end].LineCount <= MaxColonItemLines || (apart && end == lead + 1))
            && (FollowsOn(blocks[end - 1], blocks[end]) || (apart && end == lead + 1))
            && !blocks[end].Facts.IsTerminator && !blocks[end].Facts.IsAuthorLine && !blocks[end].Facts.IsCaption)
        {
            lines += blocks[end].LineCount;
            end++;
        }

        // Apart from its lead, a list shows its items' shape: each line a time or a label and a colon ("10 h : ouverture");
        // an address under "Contact the newsroom:" is the page's footer.
        if ((apart ? lines : end - lead - 1) < MinColonItems || (apart && !AreLabelledItems(blocks, lead + 1, end)))
        {
            return;
        }

        // Away from the article's prose ("Tre cose:" under an interview's question), only items punctuated as one sentence
        // cut into clauses ("… ore di punta;" / "… ai piani alti;" / "… persa.") are the article's: a menu's links close on nothing.
        if (!inProse && !CloseAsOneSentence(blocks, lead + 1, end))
        {
            return;
        }

        for (var k = apart ? lead + 1 : lead; k < end; k++)
        {
            items.Add(blocks[k]);
        }
    }

    // Whether the lines of blocks [start, end) each close a clause on a semicolon or a comma, the last the sentence on a full stop.
    private static bool CloseAsOneSentence(IReadOnlyList<TextBlock> blocks, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            for (var n = 0; n < blocks[k].LineCount; n++)
            {
                var line = blocks[k].Line(n).Span.TrimEnd();
                var last = line.Length > 0 ? line[line.Length - 1] : '\0';
                if (k == end - 1 && n == blocks[k].LineCount - 1 ? last is not ('.' or '!' or '…') : last is not (';' or ','))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Whether blocks [start, end) hold a colon inside each of their lines ("14 h : contes", "Ore 16: concerto").
    private static bool AreLabelledItems(IReadOnlyList<TextBlock> blocks, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var text = blocks[k].Text;
            var colons = 0;
            for (var c = 0; c < text.Length - 1; c++)
            {
                colons += text[c] == ':' ? 1 : 0;
            }

            if (colons < blocks[k].LineCount)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsItem(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount == 1 && facts.Words is > 0 and <= MaxItemWords && !BlockQuality.EndsLikeSentence(block.Text)
            && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator;
    }

    // The next line of the dump, with no blank line between: the same printed list.
    internal static bool FollowsOn(TextBlock above, TextBlock block) => block.Start.Line == above.Start.Line + above.LineCount;

    internal static bool IsProse(TextBlock block) => block.Facts.IsGood || BlockQuality.IsProse(block.Facts);
}
