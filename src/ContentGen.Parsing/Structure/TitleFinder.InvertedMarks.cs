namespace ContentGen.Parsing.Structure;

internal static partial class TitleFinder
{
    // "¿Quién pagará la depuradora?", "¡Por fin llega el tren!": Spanish opens a question and an exclamation with its
    // mark turned over, so a headline that asks or exclaims starts on that mark, with its capital right after it. The mark
    // over a word in lower case goes on from a sentence ("¿y ahora qué?"), and marks alone are a glyph.
    private static bool OpensOnInvertedMark(string text)
        => text.Length > 1 && text[0] is '¿' or '¡' && (char.IsUpper(text[1]) || char.IsDigit(text[1]));
}
