using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A role or a trade after a definite article as the subject of the cue says the inner words, by
/// the label convention (the noun): <c>"The foreman told us: '…'"</c>, <c>« Le gérant nous a dit :
/// “…” »</c>, <c>„Der Chef hat uns gesagt: ‚…‘“</c>. A definite noun points back to someone the reader
/// may know by name (<c>Tom Hale, the foreman</c>), whom the label would give; precision first, the
/// noun is said only when the article writes it nowhere but in the cue, so it can name no one else.
/// A spokesman's, an official's, a body's or a document's noun is never read here.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // Whether the article writes the noun as a word once only. Read only for an inner quote cued by
    // a definite role noun, rare enough to scan the article for; the scan stops at a second sighting.
    private static bool WrittenOnce(IReadOnlyList<TextBlock> paragraphs, ReadOnlySpan<char> noun)
    {
        var seen = 0;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text.AsSpan();
            var from = 0;
            while (from < text.Length)
            {
                var at = text.Slice(from).IndexOf(noun, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + noun.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && ++seen > 1)
                {
                    return false;
                }

                from = end;
            }
        }

        return seen == 1;
    }
}
