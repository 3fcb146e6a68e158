using CsCheck;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// CsCheck generators of seed documents that real scrapes only sometimes hold, all at once:
/// any Unicode code point (lone surrogates too), every kind of quote mark and title separator,
/// very long lines, huge and empty paragraphs, deeply nested quotes, and all line endings.
/// </summary>
internal static class SeedDocuments
{
    private static readonly string[] s_words =
    [
        "the", "council", "said", "Harbour", "NATO", "talks", "İstanbul", "ılık", "café", "naïve", "東京",
        "Москва", "مرحبا", "שלום", "2024", "1,5", "don't", "l’État", "e\u0301", "Skip to content", "Advertisement",
        "© 2024 News Ltd", "Share", "Class", "All", "Title", "Paragraph1", "class",
    ];

    private static readonly string[] s_marks = ["\"", "“", "”", "«", "»", "‘", "’", "'", "„", "‹", "›", "「", "」", " « ", " » ", "« ", " »"];

    private static readonly string[] s_separators = [" – ", " — ", " | ", " - ", " :: ", " » ", ": "];

    private static readonly string[] s_nasty =
    [
        "\u202E", "\u202A", "\u2066", "\u2069", "\u2028", "\u2029", "\u0085", "\uD800", "\uDC00", "\uFEFF", "\uFFFD",
        "\u200B", "\u00A0", "*/", "</summary>", "-->", "&", "<", "\\", "\t", "\u0007", "\u001B", "\uFFFF", "\U0010FFFF",
        "\uD83C\uDF89", "* * *", "—", "…",
    ];

    private static readonly Gen<string> s_codePoint = Gen.Int[0, 0x10FFFF]
        .Select(cp => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : cp == 0 ? " " : char.ConvertFromUtf32(cp));

    private static readonly Gen<string> s_token = Gen.Frequency(
        (12, Gen.OneOf(s_words)),
        (4, Gen.OneOf(s_marks)),
        (2, Gen.OneOf(s_separators)),
        (3, s_codePoint),
        (3, Gen.OneOf(s_nasty)),
        (1, Gen.OneOf("\n", "\r\n", "\r")));

    private static readonly Gen<string> s_shortLine = s_token.Array[1, 25].Select(Join);

    // Long enough to cross any buffer or line-length assumption; pathological sizes are the benchmarks' job.
    private static readonly Gen<string> s_line = Gen.Frequency(
        (30, s_shortLine),
        (1, s_token.Array[300, 1500].Select(Join)));

    private static readonly Gen<string> s_nestedQuote = Gen.Int[1, 40].Select(depth =>
        string.Concat(Enumerable.Range(0, depth).Select(i => s_marks[i % 4 * 2 % s_marks.Length] + "said ")) + "deep"
        + string.Concat(Enumerable.Range(0, depth).Select(i => " " + s_marks[(i % 4 * 2 + 1) % s_marks.Length])));

    private static readonly Gen<string> s_paragraph = Gen.Frequency(
        (20, s_line.Array[1, 6].Select(lines => string.Join("\n", lines))),
        (2, s_nestedQuote),
        (1, s_shortLine.Array[30, 120].Select(lines => string.Join("\n", lines))),
        (2, Gen.OneOf(string.Empty, " ", "\t\u00A0 ", "\n\n\n")));

    /// <summary>A whole document: a title line, then paragraphs between blank lines, with any line endings.</summary>
    public static Gen<string> Document { get; } =
        Gen.Select(
            s_line,
            s_paragraph.Array[0, 12],
            Gen.OneOf("\n", "\r\n", "\r"),
            Gen.Int[0, 99],
            (title, paragraphs, newline, dice) =>
            {
                var text = title + "\n\n" + string.Join("\n\n", paragraphs);
                text = text.Replace("\n", newline, StringComparison.Ordinal);

                // A few documents are binary or have a byte order mark, as files on disk do.
                return dice switch
                {
                    0 => text + "\0",
                    1 => "\uFEFF" + text,
                    _ => text,
                };
            });

    private static string Join(string[] tokens) => string.Join(" ", tokens);
}
