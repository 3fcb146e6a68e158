using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Input;

/// <summary>
/// Reads a seed file exactly as the compiler reads an AdditionalFile, so that the generator sees
/// the same text from the tool as in a build: a byte order mark chooses UTF-8 or UTF-16 (LE or
/// BE), and UTF-32 in a large file only; without one the file must be strict UTF-8, and if it is
/// not, the whole file is read in the compiler's fallback encoding instead, where text that looks
/// binary is refused.
/// </summary>
internal static class SeedReader
{
    // Where the compiler switches from decoding a file's bytes to decoding a stream.
    private const int LargeFileCharacters = 40 * 1024;

    // Strict, so that a file that is not UTF-8 goes to the fallback, as in the compiler.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The compiler's choice: the system's ANSI code page where it has one (Windows-1252 on an
    // English Windows), which on Linux and macOS is UTF-8 that reads bad bytes as U+FFFD.
    private static readonly Lazy<Encoding> s_fallback = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(0) ?? Encoding.GetEncoding(1252);
        }
        catch (NotSupportedException)
        {
            return Encoding.Latin1;
        }
    });

    /// <summary>The text of the file at <paramref name="path"/>, or <see langword="null"/> when the compiler could not read it as text.</summary>
    /// <exception cref="UserErrorException">The file cannot be read.</exception>
    public static SourceText? Read(string path)
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

    /// <summary>
    /// Decodes <paramref name="bytes"/> as the compiler does, or gives <see langword="null"/> where
    /// the compiler would report the file as binary (and hand the generator no text).
    /// </summary>
    public static SourceText? Decode(byte[] bytes)
    {
        try
        {
            return Decode(bytes, s_strictUtf8, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: read it again in the fallback encoding, as the compiler does.
        }

        try
        {
            return Decode(bytes, s_fallback.Value, throwIfBinaryDetected: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // The compiler decodes a file of fewer than 40 Ki characters from its bytes, and a larger one
    // from a stream. The two differ: only the stream recognises UTF-32's byte order mark, so a
    // small UTF-32 file reads as UTF-16 (and then as binary, being half NUL). Same here.
    private static SourceText Decode(byte[] bytes, Encoding encoding, bool throwIfBinaryDetected)
    {
        if (encoding.GetMaxCharCount(bytes.Length) < LargeFileCharacters)
        {
            return SourceText.From(bytes, bytes.Length, encoding, SourceHashAlgorithm.Sha1, throwIfBinaryDetected);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream, encoding, SourceHashAlgorithm.Sha1, throwIfBinaryDetected);
    }
}
