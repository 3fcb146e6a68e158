using System.Text;

namespace ContentGen.Cli.Report;

/// <summary>
/// The one routine that puts text into the page. Seed text, paths, titles and messages are all
/// untrusted, so every one of them passes through here, in element content and attribute values alike.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// Writes <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped. Characters that HTML
    /// forbids in a document are shown, not dropped: C0 controls as their control pictures (␀, ␛),
    /// DEL as ␡, and C1 controls, noncharacters and lone surrogates as U+FFFD.
    /// </summary>
    public static void Write(TextWriter output, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                replacement = IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])) ? "\uFFFD" : null;
                if (replacement is null)
                {
                    i++;
                    continue;
                }

                Flush(output, text, start, i, replacement);
                start = i + 2;
                i++;
                continue;
            }

            replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' => null,
                < ' ' => ((char)(0x2400 + c)).ToString(),
                '\u007F' => "\u2421",
                >= '\u0080' and <= '\u009F' => "\uFFFD",
                _ when char.IsSurrogate(c) || IsNoncharacter(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                Flush(output, text, start, i, replacement);
                start = i + 1;
            }
        }

        output.Write(text.AsSpan(start));
    }

    /// <summary><paramref name="text"/> escaped as <see cref="Write"/> writes it.</summary>
    public static string Escape(string text)
    {
        using var writer = new StringWriter(new StringBuilder(text.Length + 16));
        Write(writer, text);
        return writer.ToString();
    }

    private static void Flush(TextWriter output, string text, int start, int end, string replacement)
    {
        output.Write(text.AsSpan(start, end - start));
        output.Write(replacement);
    }

    // U+FDD0–U+FDEF, and the last two code points of every plane.
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
