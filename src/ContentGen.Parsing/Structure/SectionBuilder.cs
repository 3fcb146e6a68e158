using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>Groups body blocks into sections, each opened by a heading or by the start of the body.</summary>
internal static class SectionBuilder
{
    /// <summary>Splits <paramref name="blocks"/> into sections and the paragraphs they hold.</summary>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="notHeadings">Blocks that stay paragraphs however much they look like headings.</param>
    /// <param name="sections">Where the sections go.</param>
    /// <param name="paragraphs">Where the paragraphs go.</param>
    /// <param name="headings">Where each heading's block goes, with the index of its section's first paragraph.</param>
    /// <param name="listLabels">Labels set apart over or under the article's lists ("Ingredients", "Method"): headings, unless in <paramref name="notHeadings"/>.</param>
    /// <param name="signatures">Letters' signatures (<see cref="Letters"/>): the line under one reads as under the paragraph above it.</param>
    public static void Build(IReadOnlyList<TextBlock> blocks, ICollection<TextBlock> notHeadings, List<Section> sections, List<TextBlock> paragraphs, List<Quotes.OutsideQuotes.Heading> headings,
        ICollection<TextBlock>? listLabels = null, ICollection<TextBlock>? signatures = null)
    {
        string? heading = null;
        var headingPosition = blocks.Count > 0 ? blocks[0].Start : TextPosition.Start;
        var first = 0;
        var colonSeries = Headings.HasColonSeries(blocks, notHeadings);
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            // A letter's signature closes the paragraph above it: the next letter's subject reads as under that paragraph.
            var previous = i > 1 && signatures?.Contains(blocks[i - 1]) == true ? blocks[i - 2] : i > 0 ? blocks[i - 1] : null;
            if (!notHeadings.Contains(blocks[i])
                && (listLabels?.Contains(blocks[i]) == true || Headings.IsHeading(blocks[i], next, previous, colonSeries, FigureTables.IsHeadedBy(blocks, i), ListLeads.OpensList(blocks, i + 1))))
            {
                AddSection(sections, heading, headingPosition, first, paragraphs.Count);
                heading = blocks[i].Text;
                headingPosition = blocks[i].Start;
                first = paragraphs.Count;
                headings.Add(new Quotes.OutsideQuotes.Heading(blocks[i], first));
            }
            else
            {
                paragraphs.Add(blocks[i]);
            }
        }

        AddSection(sections, heading, headingPosition, first, paragraphs.Count);
    }

    // An unheaded run with no paragraphs (a heading at the very start) is no section at all.
    private static void AddSection(List<Section> sections, string? heading, TextPosition position, int first, int end)
    {
        if (end > first || heading is not null)
        {
            sections.Add(new Section(heading, position, first, end - first));
        }
    }
}
