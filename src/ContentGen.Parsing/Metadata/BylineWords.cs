using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Session 55: a byline's length counted in the words of its names, not their particles. "Door Jan van Dam, Els de Wit en
/// Piet Bos" and "Por José de la Fuente, María López y Ana Gil" list three writers, as "By Jane Roe, Tom Fox and Ann Lee"
/// does, yet print two words more: a particle between a name's capitalised words ("van", "de la", "dos", "von") is part
/// of the name, so a limit on a byline's words leaves it out.
/// </summary>
internal static class BylineWords
{
    /// <summary>
    /// Whether <paramref name="text"/> has more than <paramref name="limit"/> words, not counting the particles that stand
    /// inside a name, between a capitalised word and the next ("Anne de La Roche": "de" and "La").
    /// </summary>
    public static bool MoreThan(ReadOnlySpan<char> text, int limit)
    {
        var total = 0;
        var skipped = 0;

        // The particles read since the last capitalised word: left out once a capitalised word follows them.
        var pending = 0;
        var afterName = false;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            total++;
            var word = reader.Word;
            var particle = NameParticles.Joiners.Contains(word);
            if (!particle && char.IsUpper(word[0]))
            {
                skipped += pending;
                pending = 0;
                afterName = true;
            }
            else if (particle && (afterName || pending > 0))
            {
                pending++;
                afterName = false;
            }
            else
            {
                pending = 0;
                afterName = false;
            }

            // Even if every pending particle were left out, the line is too long: read no further.
            if (total - skipped - pending > limit)
            {
                return true;
            }
        }

        return total - skipped > limit;
    }
}
