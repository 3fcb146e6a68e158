using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Obras de la piscina cubierta, el pasado otoño. / D. V. A.", "Il cantiere visto dalla riva. / G.B.": a caption signed after
// the slash with the initials of its photographer or of the paper itself, as a caption is signed with a name
// (EndsWithNameAfterSlash). Initials are two to four capital letters, each closed by its full stop, and nothing else.
internal static partial class PhotoCredits
{
    private const int MinSlashInitials = 2;
    private const int MaxSlashInitials = 4;

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence, a spaced slash and two to four initials ("D. V. A.", "J.M.G."):
    /// a caption credited to initials.
    /// </summary>
    public static bool EndsWithInitialsAfterSlash(string text)
    {
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || !Punctuation.IsTerminal(text[slash - 1]) || !IsOneShortSentence(text, slash - 1))
        {
            return false;
        }

        return IsInitials(Whitespace.Trim(text.AsSpan(slash + 3)));
    }

    // "D. V. A.", "J.M.G.": a capital letter and its stop, again and again, spaces between them or none.
    private static bool IsInitials(ReadOnlySpan<char> text)
    {
        var initials = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (i + 1 >= text.Length || !char.IsUpper(text[i]) || text[i + 1] != '.' || ++initials > MaxSlashInitials)
            {
                return false;
            }

            i += 2;
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return initials >= MinSlashInitials;
    }
}
