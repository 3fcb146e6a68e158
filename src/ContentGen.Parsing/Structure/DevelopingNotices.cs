using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 64 (pages): a developing story's notice, alone in its block: that more is coming ("More to follow.", "Mehr in
/// Kürze.", "Ampliaremos información.", "Seguiranno aggiornamenti.", "Meer volgt.") or that the article is being updated
/// ("+++ Dieser Artikel wird laufend aktualisiert +++", "Noticia en desarrollo"). The page's note on the article's state,
/// set aside as a notice (<c>BoilerplateKind.Notice</c>). Read as a whole line only (<see cref="Lexicon.DevelopingNotices"/>),
/// once a ticker's "+++" or stars around it and its closing stop are aside: a sentence that opens on the same words and
/// goes on ("More to follow in the spring, when …", "Wir aktualisieren diesen Artikel, sobald …" inside a paragraph) is
/// the article's.
/// </summary>
internal static class DevelopingNotices
{
    // The longest notice listed has nine words ("this is a breaking news story and will be updated").
    private const int MaxWords = 10;

    /// <summary>Whether <paramref name="text"/>, a one-line block of <paramref name="words"/> words, is a developing story's notice.</summary>
    public static bool IsNotice(ReadOnlySpan<char> text, int words)
    {
        if (words > MaxWords + 2)
        {
            return false;
        }

        var inner = Whitespace.Trim(PastTickerMarks(Whitespace.Trim(text)));
        while (inner.Length > 0 && inner[inner.Length - 1] is '.' or '…' or '!')
        {
            inner = Whitespace.Trim(inner.Slice(0, inner.Length - 1));
        }

        return inner.Length > 0 && LexiconTables.DevelopingNotices.Contains(inner);
    }

    // "+++ … +++", "*** … ***": a ticker's marks on both sides of the notice; a line with them on one side only keeps them.
    private static ReadOnlySpan<char> PastTickerMarks(ReadOnlySpan<char> line)
    {
        var lead = 0;
        while (lead < line.Length && line[lead] is '+' or '*')
        {
            lead++;
        }

        var trail = 0;
        while (trail < line.Length - lead && line[line.Length - 1 - trail] is '+' or '*')
        {
            trail++;
        }

        return lead >= 2 && trail >= 2 ? line.Slice(lead, line.Length - lead - trail) : line;
    }
}
