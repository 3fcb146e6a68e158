using System.Text;

namespace ContentGen.Cli.Report;

/// <summary>
/// The one routine that puts text into the page. Seed text, paths, titles and messages are all
/// untrusted, so every one of them passes through here, in element content and attribute values alike.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped and control characters other than tab dropped.</summary>
    public static void Write(TextWriter output, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // NUL and other C0 controls are parse errors in HTML; the page shows U+FFFD for them.
                < ' ' and not '\t' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            output.Write(text.AsSpan(start, i - start));
            output.Write(replacement);
            start = i + 1;
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
}
