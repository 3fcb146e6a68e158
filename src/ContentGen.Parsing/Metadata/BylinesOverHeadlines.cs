using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Reads a byline printed over the headline ("By Jane Roe" / blank / headline): some templates put the writer
/// above the title, the way others put the date there; or a feed reader's item header glued over it, the outlet's name
/// before the writer's credit ("The Harrowgate Courier · 3h ago · by Tom Pike").
/// </summary>
internal static class BylinesOverHeadlines
{
    /// <summary>
    /// The writers named by the byline right over the headline at <paramref name="titleIndex"/>, past one blank line at
    /// most, or <see langword="null"/>. Only a line that opens with a byline's word ("By", "Par", "Von", "Door", "di")
    /// counts, and only when nothing is glued over it: a teaser's byline stands glued under the teaser's headline, and a
    /// bare name there is as often a section's or a person's.
    /// </summary>
    public static string? Read(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        var index = titleIndex - 1;
        if (index >= 0 && Whitespace.Trim(lines[index].Span(document)).Length == 0)
        {
            index--;
        }

        if (index < 0)
        {
            return ItemHeaderByline(lines, document, titleIndex);
        }

        var line = Whitespace.Trim(lines[index].Span(document));
        if (line.Length == 0 || LexiconTables.BylinePrefixes.LongestStart(line) == 0
            || (index > 0 && Whitespace.Trim(lines[index - 1].Span(document)).Length > 0))
        {
            return ItemHeaderByline(lines, document, titleIndex);
        }

        return AuthorReader.Read(line);
    }

    // Session 71, pfresh: "The Harrowgate Courier · 3h ago · by Tom Pike" glued over the headline, a feed reader's item
    // header (OutletNames.ItemHeaders): the writer its byline's word names after the outlet's name, which is no writer's.
    private static string? ItemHeaderByline(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        var header = OutletNames.ItemHeaderOver(lines, document, titleIndex);
        return header < 0 ? null : AuthorReader.ReadBylineInside(Whitespace.Trim(lines[header].Span(document)));
    }
}
