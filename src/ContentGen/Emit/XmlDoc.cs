using System;

namespace ContentGen.Emit;

/// <summary>
/// Makes text safe inside a one-line <c>///</c> XML documentation comment, so that IntelliSense
/// shows the content: markup characters are escaped, and characters that would end the comment
/// line or reorder what an editor shows are replaced by a space.
/// </summary>
internal static class XmlDoc
{
    /// <summary>The escaped text.</summary>
    public static string Escape(string text) => CodePoints.Rewrite(text, s_escape);

    private static readonly Func<char, string?> s_escape = static c => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => CSharpLiteral.MustEscape(c) ? " " : null,
    };
}
