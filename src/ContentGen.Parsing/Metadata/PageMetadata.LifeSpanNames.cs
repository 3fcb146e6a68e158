using System.Collections.Generic;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class PageMetadata
{
    // "Walter Ashdown" glued over "1931 – 2025" or "* 3. Mai 1931 † 27. Februar 2025" (BareLifeSpans): the deceased's name
    // over the span of the life the obituary tells. The name is the article's subject, never its writer, whatever line the
    // name is looked for from (the dateline over it, the span under it).
    private static bool IsOverLifeSpan(IReadOnlyList<SourceLine> lines, string document, int index)
        => index + 1 < lines.Count && BareLifeSpans.IsSpan(Whitespace.Trim(lines[index + 1].Span(document)));
}
