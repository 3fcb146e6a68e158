using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Newsletter" / "Der Morgen im Haslachtal: Die wichtigsten Nachrichten aus Ihrer Region – jeden Morgen kostenlos per
// E-Mail." / "Jetzt anmelden", "Este periódico se financia con las cuotas de sus socios. Si te parece importante lo que
// contamos, apóyanos." / "Hazte socio": a box with no e-mail field, only a button under its blurb. The button is a call
// alone on its line (SignUpPhrases), often set aside before the blocks are read, so it is found in the document; the
// blurb glued over it is short and speaks to the reader, with the box's label of a few words glued above it. A paragraph
// of the article glued over such a button does not speak to the reader, or has the article's text above. A blurb with no
// label, set apart between two sections ("Este periódico se financia …" / "Hazte socio"), is left in the body: set aside,
// it would read as the footer's sign-up chrome and end the article there (BodyReader.Furniture.IsFooterChrome).
internal static partial class SignUpBoxes
{
    // A button is a call of a few words: "Jetzt anmelden", "Hazte socio", "Sign up now".
    private const int MaxButtonWords = 4;

    // "Newsletter", "Unterstützen Sie uns": a box's label is a few words.
    private const int MaxLabelWords = 3;

    /// <summary>
    /// Whether <paramref name="block"/> is a sign-up box's blurb: short, speaking to the reader, a button on the line right
    /// under it, and a label of a few words right above it.
    /// </summary>
    public static bool IsBlurbOverButton(TextBlock block)
    {
        if (block.Facts.Words > MaxNoticeWords || !IsButton(block.Line(block.LineCount - 1).LineBelow()))
        {
            return false;
        }

        var above = block.Line(0).LineAbove();
        return above.Length > 0 && !Words.MoreThan(above, MaxLabelWords) && !Punctuation.EndsSentence(above)
            && SignUpSentences.SpeaksToTheReaderInItsLanguage(block.Facts);
    }

    // "Jetzt anmelden", "Hazte socio": a few words opening on a sign-up call that runs to the line's end or nearly.
    private static bool IsButton(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || Words.MoreThan(line, MaxButtonWords) || Punctuation.EndsSentence(line))
        {
            return false;
        }

        var call = LexiconTables.SignUpPhrases.LongestStart(line);
        return call > 0 && (call == line.Length || !char.IsLetter(line[call]));
    }
}
