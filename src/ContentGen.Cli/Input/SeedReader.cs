using System.Text;

namespace ContentGen.Cli.Input;

/// <summary>
/// Reads a seed file as the generator will see it: bytes decoded as UTF-8, where a byte that is
/// not UTF-8 becomes U+FFFD (which the parser reports as CG0006 at its line and column) instead
/// of an exception, so that a Latin-1 or binary file is reported, never a crash.
/// </summary>
internal static class SeedReader
{
    // No BOM on output, and replacement instead of a throw on bad input.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text of the file at <paramref name="path"/>.</summary>
    /// <exception cref="UserErrorException">The file cannot be read.</exception>
    public static string Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException("cannot read " + path + ": " + exception.Message);
        }

        return Decode(bytes);
    }

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8, without a leading BOM.</summary>
    public static string Decode(byte[] bytes)
    {
        // The compiler drops the BOM too; kept, it would shift every column of the first line.
        var start = bytes.AsSpan().StartsWith(s_utf8.Preamble) ? s_utf8.Preamble.Length : 0;
        return s_utf8.GetString(bytes, start, bytes.Length - start);
    }
}
