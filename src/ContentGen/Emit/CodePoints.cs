using System;
using System.Text;

namespace ContentGen.Emit;

/// <summary>
/// The one walk over a text by code points: a well-formed surrogate pair is one character and
/// is always kept, while every other UTF-16 unit, a lone surrogate included, stands alone.
/// </summary>
internal static class CodePoints
{
    /// <summary>
    /// <paramref name="text"/> with each single unit that <paramref name="replace"/> maps to a
    /// string replaced by it (<see langword="null"/> keeps the unit); surrogate pairs are kept as
    /// they are. The text itself comes back when nothing is replaced.
    /// </summary>
    public static string Rewrite(string text, Func<char, string?> replace)
    {
        StringBuilder? rewritten = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                rewritten?.Append(text[i]).Append(text[i + 1]);
                i++;
                continue;
            }

            var replacement = replace(text[i]);
            if (replacement is not null)
            {
                rewritten ??= new StringBuilder(text, 0, i, text.Length + 16);
                rewritten.Append(replacement);
            }
            else
            {
                rewritten?.Append(text[i]);
            }
        }

        return rewritten?.ToString() ?? text;
    }

    /// <summary>Whether <paramref name="text"/> holds a surrogate that is not part of a pair.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPairAt(string text, int i)
        => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
