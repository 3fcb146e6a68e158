using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Naming;

/// <summary>Makes readable, valid C# identifiers out of arbitrary text, the same way on every machine.</summary>
internal static class Identifier
{
    /// <summary>The most words of a title that go into a type name, to keep names readable.</summary>
    public const int MaxWords = 8;

    /// <summary>
    /// Joins the words of <paramref name="text"/> in PascalCase ("NATO talks" gives "NatoTalks"),
    /// dropping in-word apostrophes. A word written together keeps its inner capitals ("HarbourNews"),
    /// which do not count as words towards <paramref name="maxWords"/>. Returns an empty string when the text has no letters or digits.
    /// The result may start with a digit; <see cref="MakeValid"/> fixes that.
    /// </summary>
    public static string ToPascalCase(string text, int maxWords = MaxWords)
    {
        var result = new StringBuilder();
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length && words <= maxWords; i++)
        {
            var c = text[i];
            if (IsApostropheInWord(text, i))
            {
                continue;
            }

            if (!IsIdentifierPart(c))
            {
                inWord = false;
                continue;
            }

            if (inWord && StartsHump(text, i))
            {
                result.Append(c);
                continue;
            }

            if (!inWord)
            {
                words++;
                if (words > maxWords)
                {
                    break;
                }

                inWord = true;
                if (char.IsLetter(c))
                {
                    result.Append(char.ToUpperInvariant(c));
                    continue;
                }
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>
    /// Whether the capital at <paramref name="i"/> starts a word inside a written-together word: after
    /// a small letter ("harbourNews"), or as the last capital of a run before two small letters
    /// ("XMLParser"); one small letter after capitals is a plural ("DVDs", "MPs"), no word.
    /// </summary>
    public static bool StartsHump(string text, int i)
        => i > 0 && char.IsUpper(text[i])
        && (char.IsLower(text[i - 1])
            || (char.IsUpper(text[i - 1]) && i + 2 < text.Length && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2])));

    /// <summary>Makes <paramref name="name"/> a valid identifier: a leading digit gets an underscore, a keyword an <c>@</c>.</summary>
    public static string MakeValid(string name)
    {
        // C# allows format characters in identifiers and ignores them when it compares names, so
        // a bidirectional override or a zero-width space would hide in the name: drop them.
        name = WithoutFormatCharacters(name);
        if (name.Length == 0)
        {
            return name;
        }

        if (!IsIdentifierStart(name[0]))
        {
            name = "_" + name;
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = "@" + name;
        }

        return SyntaxFacts.IsValidIdentifier(name.TrimStart('@')) ? name : string.Empty;
    }

    private static string WithoutFormatCharacters(string name)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(name[i]) == UnicodeCategory.Format)
            {
                kept ??= new StringBuilder(name, 0, i, name.Length);
            }
            else
            {
                kept?.Append(name[i]);
            }
        }

        return kept?.ToString() ?? name;
    }

    // Letters, digits and combining marks: what C# allows inside an identifier and reads well.
    private static bool IsIdentifierPart(char c)
        => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsApostropheInWord(string text, int i)
        => (text[i] == '\'' || text[i] == '’')
        && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
}
