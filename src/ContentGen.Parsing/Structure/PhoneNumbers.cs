using System;

namespace ContentGen.Parsing.Structure;

/// <summary>A phone number as a contact box prints it: one run of digits, spaces between them allowed ("01234 567890", "02 33 00 00 00").</summary>
internal static class PhoneNumbers
{
    /// <summary>Whether <paramref name="text"/> holds a run of at least <paramref name="minDigits"/> digits, spaces aside.</summary>
    public static bool Within(ReadOnlySpan<char> text, int minDigits)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (++digits >= minDigits)
                {
                    return true;
                }
            }
            else if (c != ' ')
            {
                digits = 0;
            }
        }

        return false;
    }
}
