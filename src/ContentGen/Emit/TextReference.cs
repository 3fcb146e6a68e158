using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// How the collections refer to a text of the article: by its constant, or, where the language
/// has UTF-8 literals, by a UTF-8 copy decoded once when the class is first used.
/// </summary>
/// <remarks>
/// Every use of a string constant in code is an <c>ldstr</c>, which stores the text in the
/// assembly's user-string heap, and that heap is limited to 2^24 bytes (CS8103): with the
/// constants in the collections, a corpus of about 8 million characters cannot build. The
/// constants themselves are metadata, not user strings, and UTF-8 literals are stored as data,
/// so with them the corpus size has no such wall. Reading the constants back through reflection
/// would also avoid the heap, but it breaks under trimming and Native AOT.
/// </remarks>
internal static class TextReference
{
    /// <summary>
    /// The expression for <paramref name="text"/>, the value of <paramref name="constant"/>: a
    /// decoded UTF-8 literal where the options allow, else the constant.
    /// </summary>
    public static string To(GeneratorOptions options, string constant, string? text)
        => text is not null && CanDecode(options, text) ? Utf8(text) : constant;

    /// <summary>The expression for a text that has no constant of its own, such as a speaker.</summary>
    public static string ToLiteral(GeneratorOptions options, string? text)
        => text is not null && CanDecode(options, text) ? Utf8(text) : GeneratedFile.Literal(text);

    private static string Utf8(string text) => GeneratedNames.DecoderType + "." + GeneratedNames.Decoder + "(" + CSharpLiteral.Format(text) + "u8)";

    // A lone surrogate has no UTF-8 form (the compiler rejects it in a u8 literal); such a rare
    // text keeps its ldstr.
    private static bool CanDecode(GeneratorOptions options, string text)
        => options.Utf8Collections && !CodePoints.HasLoneSurrogate(text);
}
