using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

public static partial class TitleSplitter
{
    /// <summary>
    /// Whether the tail <see cref="Split"/> cut off <paramref name="line"/> after a dash is the headline's own short clause,
    /// a subject and its verb or participle ("… – Zeugen gesucht", "… – Polizei warnt", "… - Witnesses sought", "… – Vecinos
    /// indignados", "… – Traffico bloccato", "… – Trânsito cortado", "… – Brug dicht"), not a site's name: it opens on a
    /// capital, ends on a word in lower case that is no name particle nor a domain, holds no publication's word, and the page
    /// nowhere names itself so (its masthead over the headline, its rights notice). A paper whose name ends so ("Le Canard
    /// enchaîné", "Courrier international") prints it in its masthead or its rights notice, or holds a paper's word.
    /// </summary>
    /// <param name="line">The title line, trimmed, as <see cref="Split"/> read it.</param>
    /// <param name="tail">The site's name <see cref="Split"/> cut off.</param>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="titleOffset">Where the title line starts.</param>
    internal static bool IsClauseTail(string line, string tail, IReadOnlyList<SourceLine> lines, string document, int titleOffset)
    {
        var (index, separator) = LastSeparator(line);
        if (separator is not (" - " or " – " or " — ") || !line.AsSpan(index + separator.Length).Trim().SequenceEqual(tail.AsSpan()))
        {
            return false;
        }

        if (tail.Length == 0 || !char.IsUpper(tail[0]) || HasPublicationWord(tail) || tail.IndexOf('.') >= 0)
        {
            return false;
        }

        var words = 0;
        var last = default(ReadOnlySpan<char>);
        var reader = new WordReader(tail.AsSpan());
        while (reader.Read())
        {
            words++;
            last = reader.Word;
        }

        return words >= 2 && char.IsLower(last[0]) && !IsParticle(last) && !IsElidedCapital(last)
            && !NamesItself(tail.AsSpan(), lines, document, titleOffset, holderOnly: false);
    }
}
