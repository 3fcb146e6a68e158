namespace ContentGen.Parsing.Structure;

/// <summary>
/// An explainer or a listing numbers its sections: "1. What changes?", "2) Los lunes, cerrado", a number of
/// one or two digits, a full stop or a bracket, a blank, and the heading's capital (or Spanish "¿", "¡").
/// </summary>
internal static class SectionNumbers
{
    /// <summary>Whether <paramref name="text"/> opens with a section's number.</summary>
    public static bool Opens(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits <= 2 && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (digits is 0 or > 2 || digits + 2 >= text.Length || text[digits] is not ('.' or ')') || text[digits + 1] != ' ')
        {
            return false;
        }

        var first = text[digits + 2];
        return char.IsUpper(first) || first is '¿' or '¡';
    }
}
