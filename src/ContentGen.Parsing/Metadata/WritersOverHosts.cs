using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A broadcast's page may credit both the host who presents the item ("Moderation: Jana Roe", "Hosted by …") and the
/// writer of the article printed with it ("Von Tom Poe", "By …"). The host's credit is read as the byline only when the
/// page gives no writer's byline (session 57's HostCredits): where both stand over the article's first paragraphs, the
/// writer's byline signs the text, whichever comes first.
/// </summary>
internal static class WritersOverHosts
{
    /// <summary>Whether <paramref name="line"/> opens with a host's credit ("Moderiert von", "Presentado por", "presentatie:").</summary>
    public static bool IsHostCredit(ReadOnlySpan<char> line) => LexiconTables.HostCredits.StartsAny(line);

    /// <summary>
    /// The writers named by a writer's byline ("Von Tom Poe") under the host's credit at <paramref name="hostIndex"/>,
    /// or <see langword="null"/>. Only lines outside the body and above the end of the article's lead count: further
    /// down, a byline signs a quoted piece, a teaser or a box, not the article the host presents.
    /// </summary>
    public static string? WriterUnder(IReadOnlyList<SourceLine> lines, string document, int hostIndex, IReadOnlyList<TextBlock> body, int leadBlocks)
    {
        if (body.Count == 0)
        {
            return null;
        }

        // The writer's byline stands over the article's first paragraphs: at most past the lead blocks under the credit.
        var lead = body[Math.Min(leadBlocks, body.Count - 1)];
        var leadEnd = lead.Start.Line + lead.LineCount - 1;
        for (var i = hostIndex + 1; i < lines.Count && lines[i].Number <= leadEnd; i++)
        {
            if (PageMetadata.IsBodyLine(body, lines[i].Number))
            {
                continue;
            }

            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0 && !IsHostCredit(line) && LexiconTables.BylinePrefixes.StartsAny(line) && AuthorReader.Read(line) is { } writer)
            {
                return writer;
            }
        }

        return null;
    }
}
