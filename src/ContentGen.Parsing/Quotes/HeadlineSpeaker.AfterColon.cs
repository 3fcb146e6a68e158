using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

// "« Nos villages ne sont pas des variables d'ajustement » : Hélène Vasseur, présidente des
// maires ruraux", "'We were never told': Jane Roe on the closure": a headline that opens on a
// quote and gives, after the colon, the person who said it; an interview's usual headline.
internal static partial class HeadlineSpeaker
{
    /// <summary>
    /// The person named right after the colon that follows the quote closing at
    /// <paramref name="close"/>, when the quote opens the line (after a kicker in capitals at most)
    /// and the name ends the line or is followed by a comma or a bracket: the one full name the
    /// article gives for that surname; otherwise null.
    /// </summary>
    public static string? AfterColon(string line, int open, int close, NamePlausibility names)
    {
        if (close < 0 || HasLowerCaseBefore(line, open))
        {
            return null;
        }

        var k = close + 1;
        while (k < line.Length && char.IsWhiteSpace(line[k]))
        {
            k++;
        }

        if (k >= line.Length || line[k] != ':')
        {
            return null;
        }

        var start = k + 1;
        var end = start;
        while (end < line.Length && line[end] is not (',' or '(' or ':' or ';'))
        {
            end++;
        }

        return CompletedName(Whitespace.Trim(line.Substring(start, end - start)), names, loneWordCompletes: false);
    }

    // "ENTRETIEN. « … »", "VIDEO - « … »": a kicker in capitals may stand before the quote; any
    // lower-case letter says a clause does, whose subject the colon's name need not be.
    private static bool HasLowerCaseBefore(string line, int open)
    {
        for (var i = 0; i < open; i++)
        {
            if (char.IsLower(line[i]))
            {
                return true;
            }
        }

        return false;
    }
}
