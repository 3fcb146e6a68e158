using System.Text;

namespace ContentGen.Parsing;

/// <summary>
/// Turns a seed file's bytes into text the way a forgiving reader would: UTF-8, a leading byte
/// order mark dropped, and every byte that is not UTF-8 replaced by U+FFFD, with the first such
/// byte reported where an editor would find it.
/// </summary>
public static class SeedText
{
    // Replacement, not an exception: one stray Latin-1 byte must not cost the whole article.
    private static readonly UTF8Encoding s_forgiving = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8, never throwing.</summary>
    public static DecodedText Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return new DecodedText(string.Empty, null);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = s_forgiving.GetString(bytes, start, bytes.Length - start);
        var problem = FirstInvalidByte(bytes, start);
        return new DecodedText(text, problem);
    }

    // Walks the bytes once, counting lines and UTF-16 columns as the decoder would produce them,
    // so that the position points into the decoded text.
    private static Problem? FirstInvalidByte(byte[] bytes, int start)
    {
        var offset = 0;
        var line = 1;
        var column = 1;
        var i = start;
        while (i < bytes.Length)
        {
            var length = Utf8.SequenceLength(bytes, i);
            if (length == 0)
            {
                var detail = "0x" + bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
                return new Problem(ProblemKind.InvalidText, detail, new TextPosition(offset, line, column), 1);
            }

            var b = bytes[i];
            var units = length == 4 ? 2 : 1;
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if (b != (byte)'\r')
            {
                column += units;
            }

            offset += units;
            i += length;
        }

        return null;
    }
}

/// <summary>Decoded seed text and, when some bytes were not UTF-8, where the first one was. Immutable and equatable.</summary>
/// <param name="Text">The text, with a byte order mark removed and invalid bytes shown as U+FFFD.</param>
/// <param name="Problem">A <see cref="ProblemKind.InvalidText"/> problem at the first invalid byte, or <see langword="null"/>.</param>
public sealed record DecodedText(string Text, Problem? Problem);
