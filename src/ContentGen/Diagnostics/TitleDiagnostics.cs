using System.Globalization;
using ContentGen.Model;
using ContentGen.Naming;

namespace ContentGen.Diagnostics;

/// <summary>
/// Checks the title the parser found. The parser takes the first real line as the title, so a
/// line of dashes or stars becomes one; and a title of emoji names nothing.
/// </summary>
internal static class TitleDiagnostics
{
    /// <summary>
    /// CG0003 when the title holds only punctuation; else CG0010 when the type was to be named
    /// from the title but it gives no identifier; else <see langword="null"/>.
    /// </summary>
    public static DiagnosticInfo? Check(string title, LocationInfo location, string path, string? typeNameOverride, string requestedName)
    {
        var fileName = TypeNames.FileName(path);
        if (title.Length > 0 && IsOnlyPunctuation(title))
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.NoTitle, location, fileName);
        }

        if (title.Length > 0
            && TypeNames.NamedFromTitle(path, typeNameOverride)
            && Identifier.MakeValid(Identifier.ToPascalCase(title)).Length == 0)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.TitleWithoutName, location, fileName, requestedName);
        }

        return null;
    }

    // No letter, digit, symbol or emoji: a separator line such as "* * *" or "—".
    private static bool IsOnlyPunctuation(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(text, i))
            {
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
