using System.Globalization;
using System.Text;

namespace ContentGen.Emit;

/// <summary>
/// The one routine that turns text into a C# string literal. Everything that could end the
/// literal, end the line, hide code (Trojan Source bidirectional controls) or not survive UTF-8
/// (lone surrogates) is escaped; everything else is written as is, so literals stay readable.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>The quoted literal for <paramref name="value"/>.</summary>
    public static string Format(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\0': literal.Append("\\0"); break;
                case '\a': literal.Append("\\a"); break;
                case '\b': literal.Append("\\b"); break;
                case '\f': literal.Append("\\f"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                case '\v': literal.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        literal.Append(c).Append(value[++i]);
                    }
                    else if (MustEscape(c))
                    {
                        literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        return literal.Append('"').ToString();
    }

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
