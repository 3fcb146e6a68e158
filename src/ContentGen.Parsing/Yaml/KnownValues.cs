using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentGen.Parsing.Yaml;

/// <summary>
/// Whether a known key's value fits the field it sets: the article's <c>Published</c> is an ISO
/// 8601 date and its <c>Language</c> an ISO 639-1 code, whether the reader or the front matter
/// gives them, so that code reading them can rely on it. A language tag with a region or a script
/// (<c>pt-BR</c>, <c>sr-Latn</c>), as sites write them, gives its language. Text keys take any text.
/// </summary>
internal static class KnownValues
{
    // What the reader writes itself ("2024-03-12", "2024-03-12T18:05"), with seconds, a fraction
    // and a zone as YAML gives them.
    private static readonly Regex s_isoDate = new(
        @"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?(?:Z|[-+]([0-9]{2}):([0-9]{2}))?)?$",
        RegexOptions.CultureInvariant);

    private const string DateReason = "it must be an ISO 8601 date, such as 2024-03-12 or 2024-03-12T18:05";
    private const string LanguageReason = "it must be a two-letter ISO 639-1 code, such as en or fr, alone or opening a language tag such as pt-BR";

    // A BCP 47 tag of a two-letter language: subtags of one to eight letters or digits after it.
    private static readonly Regex s_languageTag = new(@"^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{1,8})*\z", RegexOptions.CultureInvariant);

    /// <summary>The value <paramref name="key"/>'s field takes from <paramref name="text"/>, or <see langword="null"/> and why not.</summary>
    public static string? Accept(string key, string text, out string? problem)
    {
        problem = null;
        switch (key)
        {
            case "published" when !IsIsoDate(text):
                problem = DateReason;
                return null;
            case "language" when !IsLanguageCode(text):
                problem = LanguageReason;
                return null;
            case "language":
                return text.Substring(0, 2).ToLowerInvariant();
            default:
                return text;
        }
    }

    private static bool IsIsoDate(string text)
    {
        if (s_isoDate.Match(text) is not { Success: true } match)
        {
            return false;
        }

        var inRange = ScalarTypes.IsDate(Number(match, 1), Number(match, 2), Number(match, 3))
            && Number(match, 4) <= 23 && Number(match, 5) <= 59 && Number(match, 6) <= 59
            && Number(match, 7) <= 14 && Number(match, 8) <= 59;
        return inRange;
    }

    private static bool IsLanguageCode(string text) => s_languageTag.IsMatch(text);

    // A part the date does not give counts as zero, which every range holds.
    private static int Number(Match match, int group)
        => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
}
