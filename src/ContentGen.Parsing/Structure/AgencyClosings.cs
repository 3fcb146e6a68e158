using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An agency's story may close its last paragraph with the agency's name in brackets: "… nelle prossime settimane».
/// (ANSA).", "… ersetzt werden muss. (dpa)", "… ha pedido apoyo a la diputación. (EFE)". The bracket is also what a photo
/// credit carries, but a paragraph so closed is the article's text: the words before the bracket run to a finished
/// sentence longer than a caption's. A caption of a few words ("Fischkutter im Hafen am Dienstag. (dpa)") stays one, and
/// so does a longer one between two paragraphs: only the last text block is so read (BodyReader's closing lines and
/// furniture ask it there), never every block's caption fact.
/// </summary>
internal static class AgencyClosings
{
    // A caption runs to about fifteen words before its credit; a paragraph's closing sentence
    // with what went before it runs longer. Fewer words before the bracket are a caption's.
    private const int MinParagraphWords = 16;

    /// <summary>
    /// Whether <paramref name="text"/> closes with an agency's bracketed name ("(ANSA).", "(dpa)"), after at least
    /// <see cref="MinParagraphWords"/> words that end a sentence.
    /// </summary>
    public static bool ClosesParagraph(string text)
    {
        if (!ClosingBrackets.Find(text, stopAfter: true, out var open, out var end)
            || !WireDatelines.NamesAnAgency(text.AsSpan(open + 1, end - open - 1)))
        {
            return false;
        }

        var before = Whitespace.Trim(text.AsSpan(0, open));
        return Punctuation.EndsSentence(before) && Words.Count(before, MinParagraphWords) >= MinParagraphWords;
    }
}
