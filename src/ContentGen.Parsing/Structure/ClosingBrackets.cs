namespace ContentGen.Parsing.Structure;

/// <summary>
/// The bracket a text closes on: a photo credit's "(Foto: Jana Kolb)" and an agency's "(dpa)" or "(ANSA)." are both read
/// from the text's last ')' back to the '(' that opens it, one walk for both rules (PhotoCredits, AgencyClosings).
/// </summary>
internal static class ClosingBrackets
{
    /// <summary>
    /// Whether <paramref name="text"/> ends with a bracket, after one full stop if <paramref name="stopAfter"/>, that
    /// opens after its first character: <paramref name="close"/> is the final ')', <paramref name="open"/> its '('.
    /// </summary>
    public static bool Find(string text, bool stopAfter, out int open, out int close)
    {
        open = -1;
        close = text.Length - 1;
        if (stopAfter && close > 0 && text[close] == '.')
        {
            close--;
        }

        if (close < 1 || text[close] != ')')
        {
            return false;
        }

        open = text.LastIndexOf('(', close);
        return open > 0;
    }
}
