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
    // The author may be read on the host's credit or beside it: "Sendung vom …" over "Moderation: Jana Roe" names her.
    private const int CreditReach = 1;

    /// <summary>
    /// The writers named by a writer's byline ("Von Tom Poe") under the host's credit that gave <paramref name="author"/>,
    /// read on line <paramref name="authorIndex"/> or beside it, or <see langword="null"/> when the author is no host's or
    /// no writer's byline stands there. Only lines outside the body down to the end of the article's lead count: further
    /// down, a byline signs a quoted piece, a teaser or a box, not the item the host presents.
    /// </summary>
    public static string? WriterOverHost(IReadOnlyList<SourceLine> lines, string document, string author, int authorIndex, IReadOnlyList<TextBlock> body, int leadBlocks)
    {
        var host = HostCreditNaming(lines, document, author, authorIndex);
        if (host < 0 || body.Count == 0)
        {
            return null;
        }

        // The writer's byline stands over the article's first paragraphs: at most past the lead blocks under the credit.
        var lead = body[Math.Min(leadBlocks, body.Count - 1)];
        var leadEnd = lead.Start.Line + lead.LineCount - 1;
        for (var i = host + 1; i < lines.Count && lines[i].Number <= leadEnd; i++)
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

    // The line of the host's credit that names `author`, on line `authorIndex` or beside it; else -1.
    private static int HostCreditNaming(IReadOnlyList<SourceLine> lines, string document, string author, int authorIndex)
    {
        for (var i = Math.Max(0, authorIndex - CreditReach); i <= authorIndex + CreditReach && i < lines.Count; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (IsHostCredit(line) && string.Equals(AuthorReader.Read(line), author, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="line"/> opens with a host's credit ("Moderiert von", "Presentado por", "presentatie:").</summary>
    private static bool IsHostCredit(ReadOnlySpan<char> line) => LexiconTables.HostCredits.StartsAny(line);
}
