namespace ContentGen.Parsing;

/// <summary>The shape of well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.</summary>
internal static class Utf8
{
    /// <summary>The length of the well-formed sequence starting at <paramref name="i"/>, or 0 when it is not one.</summary>
    public static int SequenceLength(byte[] bytes, int i)
    {
        var b = bytes[i];
        if (b < 0x80)
        {
            return 1;
        }

        int length;
        byte low = 0x80;
        byte high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF)
        {
            length = 2;
        }
        else if (b >= 0xE0 && b <= 0xEF)
        {
            length = 3;
            low = b == 0xE0 ? (byte)0xA0 : (byte)0x80;
            high = b == 0xED ? (byte)0x9F : (byte)0xBF;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            length = 4;
            low = b == 0xF0 ? (byte)0x90 : (byte)0x80;
            high = b == 0xF4 ? (byte)0x8F : (byte)0xBF;
        }
        else
        {
            return 0;
        }

        if (i + length > bytes.Length || bytes[i + 1] < low || bytes[i + 1] > high)
        {
            return 0;
        }

        for (var k = 2; k < length; k++)
        {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
            {
                return 0;
            }
        }

        return length;
    }
}
