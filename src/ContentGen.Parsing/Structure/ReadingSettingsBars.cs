using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A reading view's display settings, which a read-later app or a browser's reader prints on one line parted by middle
/// dots or bars over the saved article ("Mode sombre · Taille du texte : A- A+ · Police : Serif", "Dark mode | Font size:
/// 18 px"). Every part is a control: a setting alone (<see cref="LexiconTables.ReadingSettings"/>), a setting's label with
/// its value after a colon, a player's button or switch, a button, or menu words; and one part at least is a setting with
/// its value, so a menu of sections alone is left to the menu rules. The line names nothing the article says: it is chrome,
/// never the headline, and its last part is no source. A value is one word ("Serif", "sombre", "groot") or at most two
/// marks that hold a figure or a sign ("A- A+", "18 px", "1,5"): a headline or a kicker after a colon says more ("Police :
/// trois interpellations", "Tema: il bilancio").
/// </summary>
internal static class ReadingSettingsBars
{
    private const int MinParts = 2;
    private const int MaxValueTokens = 2;

    /// <summary>Whether <paramref name="text"/> is a bar of display settings and other controls.</summary>
    public static bool IsSettingsBar(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('·', '|') < 0)
        {
            return false;
        }

        var parts = 0;
        var settingsWithValue = 0;
        var bar = new SeparatedParts(Whitespace.Trim(text), '·', '|');
        while (bar.Read())
        {
            var part = Whitespace.Trim(bar.Part);
            if (part.Length == 0)
            {
                return false;
            }

            if (IsSettingWithValue(part))
            {
                settingsWithValue++;
            }
            else if (!(LexiconTables.ReadingSettings.Contains(part) || PlayerControls.IsControl(part)
                || LexiconTables.ButtonLabels.Contains(part) || LexiconTables.NavigationLines.Contains(part) || BoilerplateLines.IsMenuWordsOnly(part)))
            {
                return false;
            }

            parts++;
        }

        return parts >= MinParts && settingsWithValue > 0;
    }

    // "Taille du texte : A- A+", "Font: Serif": a setting's label, a colon and a short value.
    private static bool IsSettingWithValue(ReadOnlySpan<char> part)
    {
        var colon = part.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        return LexiconTables.ReadingSettings.Contains(Whitespace.Trim(part.Slice(0, colon))) && IsShortValue(Whitespace.Trim(part.Slice(colon + 1)));
    }

    // One word, or one or two tokens each holding a figure or a sign ("A-", "A+", "18", "px" after a figure, "1,5", "100 %").
    private static bool IsShortValue(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value[value.Length - 1] is '.' or '!' or '?')
        {
            return false;
        }

        var tokens = 0;
        var marks = 0;
        var words = new SeparatedParts(value, " ".AsSpan());
        while (words.Read())
        {
            if (words.Part.Length == 0)
            {
                continue;
            }

            if (++tokens > MaxValueTokens)
            {
                return false;
            }

            if (HoldsAFigureOrSign(words.Part))
            {
                marks++;
            }
        }

        return tokens == 1 || marks > 0;
    }

    private static bool HoldsAFigureOrSign(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c) || c is '+' or '-' or '%' or '−')
            {
                return true;
            }
        }

        return false;
    }
}
