using System.Text;

namespace ContentGen.Emit;

/// <summary>
/// Makes text safe inside a one-line <c>///</c> XML documentation comment, so that IntelliSense
/// shows the content: markup characters are escaped, and characters that would end the comment
/// line or reorder what an editor shows are replaced by a space.
/// </summary>
internal static class XmlDoc
{
    /// <summary>The escaped text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        escaped.Append(CSharpLiteral.MustEscape(c) ? ' ' : c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
