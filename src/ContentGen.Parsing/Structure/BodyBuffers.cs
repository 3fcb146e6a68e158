using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The lists and sets one reading of a body fills (<see cref="BodyReader"/>), lent with the
/// page's other buffers (<see cref="PageBuffers.Body"/>) and emptied when they are handed back.
/// A scraped page sets aside hundreds of lines one by one: lists made for each page and grown
/// item by item cost about a tenth of what its reading allocated.
/// </summary>
internal sealed class BodyBuffers
{
    /// <summary>What was set aside, in the order it was.</summary>
    public List<Boilerplate> Boilerplate { get; } = new();

    /// <summary>Lines set aside as repeats, in document order, with where each one's first copy starts.</summary>
    public List<(LineSegment Segment, int FirstCopy)> Repeats { get; } = new();

    /// <summary>Where the first copies of repeated lines start.</summary>
    public HashSet<int> FirstCopies { get; } = new();

    /// <summary>What each segment gave when its line was judged alone (<see cref="Structure.LineReadings"/>).</summary>
    public LineReadings LineReadings { get; } = new();

    /// <summary>Every block the page's lines split into that is not chrome, before the title is found.</summary>
    public List<TextBlock> Candidates { get; } = new();

    /// <summary>The blocks the page's groups of lines are split into, made again from the last page's (<see cref="BlockSplitter"/>).</summary>
    public BlockPool SplitBlocks { get; } = new();

    /// <summary>The blocks of one group of lines, as they are split.</summary>
    public List<TextBlock> Split { get; } = new();

    /// <summary>The blocks the body keeps on its first reading, before pull quotes are set aside.</summary>
    public List<TextBlock> Kept { get; } = new();

    /// <summary>The body's blocks.</summary>
    public List<TextBlock> Blocks { get; } = new();

    /// <summary>Body blocks that cannot be headings.</summary>
    public HashSet<TextBlock> NotHeadings { get; } = new();

    /// <summary>Where the "read also" labels set aside start.</summary>
    public List<int> ReadAlsoLabels { get; } = new();

    /// <summary>The lines right under the labels of lists of links set aside.</summary>
    public HashSet<int> LinesUnderLabels { get; } = new();

    /// <summary>The lines of headlines a "read also" label took with it.</summary>
    public HashSet<int> LinkedHeadlineLines { get; } = new();

    /// <summary>The lines of lists inside the article (<see cref="ArticleLists"/>).</summary>
    public HashSet<TextBlock> ListItems { get; } = new();

    /// <summary>The labels set apart over and under the article's lists ("Ingredients", "Method": <see cref="ArticleLists"/>), which head them.</summary>
    public HashSet<TextBlock> ListLabels { get; } = new();

    /// <summary>The lines of works' boxes of details under a sentence (<see cref="FactBoxes.AddDetails"/>), kept as the article's list's lines.</summary>
    public HashSet<TextBlock> Details { get; } = new();

    /// <summary>Letters' signatures under their last paragraphs (<see cref="Letters"/>): the line under one reads as under that paragraph.</summary>
    public HashSet<TextBlock> Signatures { get; } = new();

    /// <summary>
    /// The lines of the article's lists under such labels, and the labels, which carry a run of its prose on (<see
    /// cref="ProseRuns"/>); and letters' signatures (<see cref="Letters"/>), which carry it from one letter to the next.
    /// </summary>
    public HashSet<TextBlock> LabelledListItems { get; } = new();

    /// <summary>Where the lines set aside start, in order (<see cref="BodyReader"/>'s chrome count).</summary>
    public List<int> ChromeOffsets { get; } = new();

    /// <summary>How many lines of chrome were set aside just before each block.</summary>
    public List<int> ChromeBefore { get; } = new();

    /// <summary>The body's paragraphs, as <see cref="SectionBuilder"/> reads them from its blocks.</summary>
    public List<TextBlock> Paragraphs { get; } = new();

    /// <summary>The body's sections (<see cref="SectionBuilder"/>).</summary>
    public List<Section> Sections { get; } = new();

    /// <summary>Each heading's block, with the index of its section's first paragraph (<see cref="SectionBuilder"/>).</summary>
    public List<Quotes.OutsideQuotes.Heading> Headings { get; } = new();

    /// <summary>The date lines of a timeline's entries inside the article (<see cref="TimelineEntries"/>), kept as its text.</summary>
    public HashSet<TextBlock> TimelineDates { get; } = new();

    /// <summary>The most items any of the lists or sets held: one grown past a page's size is not kept.</summary>
    public int MostItems
        => Math.Max(Math.Max(Math.Max(Boilerplate.Count, Repeats.Count), Math.Max(FirstCopies.Count, Candidates.Count)), Math.Max(Math.Max(Math.Max(Kept.Count, Blocks.Count), Math.Max(NotHeadings.Count, ChromeBefore.Count)), SplitBlocks.Used));

    /// <summary>Empties every list and set: they hold the page's blocks and text, which must not live on in them.</summary>
    public void Clear()
    {
        Boilerplate.Clear();
        Repeats.Clear();
        FirstCopies.Clear();
        Candidates.Clear();
        Split.Clear();
        SplitBlocks.Clear();
        Kept.Clear();
        Blocks.Clear();
        NotHeadings.Clear();
        ReadAlsoLabels.Clear();
        LinesUnderLabels.Clear();
        LinkedHeadlineLines.Clear();
        ListItems.Clear();
        ListLabels.Clear();
        LabelledListItems.Clear();
        Signatures.Clear();
        Details.Clear();
        ChromeOffsets.Clear();
        ChromeBefore.Clear();
        Paragraphs.Clear();
        Sections.Clear();
        Headings.Clear();
        TimelineDates.Clear();
    }
}
