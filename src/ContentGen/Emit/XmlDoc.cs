using System;

namespace ContentGen.Emit;

/// <summary>
/// Makes text safe inside a one-line <c>///</c> XML documentation comment, so that IntelliSense
/// shows the content: markup characters are escaped, and characters that would end the comment
/// line or reorder what an editor shows are replaced by a space.
/// </summary>
internal static class XmlDoc
{
    /// <summary>
    /// The most characters of a text a summary shows: about two lines of an IntelliSense tooltip.
    /// The constant holds the whole text; writing it into the comment as well would be a third
    /// copy of every paragraph in the generated source.
    /// </summary>
    public const int PreviewLength = 120;

    /// <summary>
    /// <paramref name="text"/> when it is at most <see cref="PreviewLength"/> characters long;
    /// else its start, cut after the last whole word that fits (or at the length, for a text
    /// without spaces there), never inside a surrogate pair, and followed by an ellipsis.
    /// </summary>
    public static string Preview(string text)
    {
        if (text.Length <= PreviewLength)
        {
            return text;
        }

        var cut = PreviewLength;
        if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // The last word boundary in the second half: a word followed by white space.
        for (var i = cut; i > PreviewLength / 2; i--)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                cut = i;
                break;
            }
        }

        return text.Substring(0, cut) + "…";
    }

    /// <summary>The escaped text.</summary>
    public static string Escape(string text) => CodePoints.Rewrite(text, s_escape);

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    private static readonly Func<char, string?> s_escape = static c => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        // Joiners shape the characters they join (an emoji family, a Persian word) and steer no
        // text direction, so IntelliSense shows them as the constant holds them.
        ZeroWidthNonJoiner or ZeroWidthJoiner => null,
        _ => CSharpLiteral.MustEscape(c) ? " " : null,
    };
}
