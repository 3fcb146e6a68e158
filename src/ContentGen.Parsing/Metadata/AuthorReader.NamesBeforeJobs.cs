using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// "Dana K. Whitfield Staff Writer", "Ana Gil Sanz Redactora", "Jonas Berg Redakteur": a template prints the writer's job
// right after the name on the byline's line, with no comma between them. The job opens on a byline role (BylineRoles) and
// runs to the line's end, in capitals, every word of it a role; the words before it are the writer's name: a first name
// and a surname, with initials or a name's particles between them at most. Nothing else marks where the name ends, so
// "Tom Vale Political Correspondent" (a job's word that is no role) and "Ana Gil Sanz Redactora" (three names, as a job's
// word may be) are left unread.
internal static partial class AuthorReader
{
    private const int MaxTrailingJobWords = 3;

    // A first name and a surname; initials and particles aside.
    private const int NameBeforeJobWords = 2;

    /// <summary>
    /// The name before a job printed after it with no comma ("Dana K. Whitfield Staff Writer"), or <see langword="null"/>.
    /// </summary>
    public static string? ReadNameBeforeJob(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (line.Length == 0 || !char.IsUpper(line[0]) || Digits.Any(line) || line.IndexOf(',') >= 0
            || Words.Count(line, MaxNameWords + MaxTrailingJobWords + 1) > MaxNameWords + MaxTrailingJobWords || Structure.Punctuation.EndsSentence(line))
        {
            return null;
        }

        var jobStart = -1;
        var jobWords = 0;
        var nameWords = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            var word = reader.Word;
            if (jobStart < 0 && nameWords == NameBeforeJobWords && LexiconTables.BylineRoles.Contains(word))
            {
                jobStart = reader.Start;
            }

            if (jobStart < 0)
            {
                // "K." in "Dana K. Whitfield", "de la" in "Ana de la Vega": no first name or surname.
                var initial = word.Length == 1 && reader.Start + 1 < line.Length && line[reader.Start + 1] == '.';
                nameWords += initial || NameParticles.Joiners.Contains(word) ? 0 : 1;
                continue;
            }

            // The job's words are roles, capitalised as the name's are: "Staff Writer", "Reporter".
            if (!char.IsUpper(word[0]) || !LexiconTables.BylineRoles.Contains(word) || ++jobWords > MaxTrailingJobWords)
            {
                return null;
            }
        }

        return jobStart > 0 && nameWords == NameBeforeJobWords ? ReadBareName(Whitespace.Trim(line.Slice(0, jobStart))) : null;
    }
}
