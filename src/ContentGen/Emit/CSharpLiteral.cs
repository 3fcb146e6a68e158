using System.Globalization;
using System;

namespace ContentGen.Emit;

/// <summary>
/// The one routine that turns text into a C# string literal. Everything that could end the
/// literal, end the line, hide code (Trojan Source bidirectional controls) or not survive UTF-8
/// (lone surrogates) is escaped; everything else is written as is, so literals stay readable.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>The quoted literal for <paramref name="value"/>.</summary>
    public static string Format(string value) => "\"" + CodePoints.Rewrite(value, s_escape) + "\"";

    /// <summary>
    /// <paramref name="c"/> as an escape, such as <c>\u202E</c>, when it must not be written raw,
    /// else <see langword="null"/>; for messages that show what a file holds.
    /// </summary>
    public static string? UnicodeEscape(char c)
        => MustEscape(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;

    private static readonly Func<char, string?> s_escape = static c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\v' => "\\v",
        _ => UnicodeEscape(c),
    };

    /// <summary>
    /// Whether <paramref name="c"/> must never be written raw into generated source: control and
    /// format characters (bidirectional overrides among them), line and paragraph separators,
    /// surrogates not in a pair, and unassigned code points.
    /// </summary>
    public static bool MustEscape(char c)
        => char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
            or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse;
}
