using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// "Lucía Barredo Ferrer" over "Santa Olaya del Campo | 22/04/2025 - 07:10 h": a template prints the writer's name alone and
// under it the town the article is filed from, a bar and the date, as others part the town from the date with a comma
// ("Alcalá de Henares, 17/03/2025", OpensWithPlaceBeforeComma). Under a name, the words before the bar are the town, not a
// second writer: the name above is the byline.
internal static partial class PageMetadata
{
    // Whether the line opens with words, a spaced bar and a date: "Santa Olaya del Campo | 22/04/2025 - 07:10 h".
    private static bool OpensWithPlaceBeforeBar(ReadOnlySpan<char> line)
    {
        var bar = line.IndexOf(" | ".AsSpan());
        return bar > 0 && !Digits.Any(line.Slice(0, bar)) && DateReader.OpensWithDate(Whitespace.Trim(line.Slice(bar + 3)));
    }
}
