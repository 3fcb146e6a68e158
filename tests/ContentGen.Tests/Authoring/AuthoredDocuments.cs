using CsCheck;

namespace ContentGen.Tests.Authoring;

/// <summary>
/// CsCheck generators of seeds a user might write, broken in every way at once: front matter with
/// bad indentation, unclosed brackets and quotes, tabs, anchors and aliases, repeated keys, huge
/// numbers, impossible dates, no closing line; and Markdown with every block marker mixed in.
/// </summary>
internal static class AuthoredDocuments
{
    private static readonly string[] s_keys =
    [
        "title", "source", "author", "published", "language", "type", "tags", "reading_time", "Reading Time", "paragraphs",
        "Paragraph1", "html", "metadata", "x", "x", "café", "2021", "-", "?", "&a", "*a", "!!str", "\"q\"", "", "a b c", "class",
    ];

    private static readonly string[] s_values =
    [
        "plain words", "42", "-7", "5000000000", "99999999999999999999", "4.5", "1e999", ".inf", ".nan", "true", "False", "yes",
        "~", "", "2021-12-10", "2021-02-30", "2001-12-14 21:59:43.10 -5", "2001-12-14t25:00:00Z", "\"quoted \\u00e9\"", "'single'",
        "[a, 1, 2.5]", "[[nested]]", "[unclosed", "{a: 1, b: [2]}", "{unclosed", "&anchor 1", "*anchor", "!!int 3", "!custom x",
        "|\n  block\n  text", ">\n  folded", "\"unterminated", "a: b: c", "- item", "\t tab", "# comment", "\u202E\uD800\uFFFD", "---", "...",
    ];

    private static readonly string[] s_markdown =
    [
        "# ", "## ", "###### ", "####### ", "> ", "> > > ", "- ", "* ", "1. ", "3) ", "```", "~~~", "    ", "| a | b |", "|---|---|",
        "---", "===", "***", "**", "_", "`", "[", "](", ")", "![", "<div>", "</div>", "<!--", "-->", "&amp;", "&#0;", "\\",
        "— ", "-- ", "«", "»", "“", "”", "\"", "[ref]: http://x", "<http://x>", "\u202E", "\uD800", "\t", "  ",
        "Harbour", "news", "said", "the", "mayor", "Ana Lima", "\n", "\n\n", "\r\n",
    ];

    private static readonly Gen<string> s_indent = Gen.OneOf(string.Empty, string.Empty, string.Empty, "  ", "    ", "\t", "- ");

    private static readonly Gen<string> s_line = Gen.Select(s_indent, Gen.OneOf(s_keys), Gen.OneOf(": ", ":", " : ", " "), Gen.OneOf(s_values))
        .Select((indent, key, colon, value) => indent + key + colon + value);

    private static readonly Gen<string> s_frontMatter = Gen.Select(s_line.Array[0, 12], Gen.Int[0, 9])
        .Select((lines, close) => "---\n" + string.Join("\n", lines) + (close switch
        {
            0 => "\n",                      // never closed
            1 => "\n...\n",
            2 => "\n---",                   // closed at the very end
            _ => "\n---\n",
        }));

    private static readonly Gen<string> s_markdownBody = Gen.OneOf(s_markdown).Array[0, 80].Select(string.Concat);

    /// <summary>A seed and its extension: a front matter (often broken), then a Markdown or text body.</summary>
    public static Gen<(string Extension, string Text)> Seed { get; } =
        Gen.Select(Gen.Bool, s_frontMatter, s_markdownBody, Gen.OneOf("\n", "\r\n"))
            .Select((markdown, frontMatter, body, newline) => (markdown ? ".md" : ".txt", (frontMatter + body).Replace("\n", newline, StringComparison.Ordinal)));
}
