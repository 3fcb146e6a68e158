using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A byline whose writers share one job after the names' comma: "Por Ana Ruiz y Luis Soto, enviados especiales", "By Jane
/// Roe and Tom Poe, special correspondents", "Par Léa Roux et Paul Vidal, envoyés spéciaux à Calais". Several people hold
/// the job, so it is said in the plural (or in a word both numbers share); it is no word of the names.
/// </summary>
internal static class SharedJobBylines
{
    // A job is a few words ("enviados especiales", "inviati a Porto Alba", "special correspondents in Brussels").
    private const int MaxJobWords = 5;

    // The job's plural word opens it or follows one word ("special correspondents", "envoyés spéciaux").
    private const int MaxRoleReach = 2;

    /// <summary>
    /// <paramref name="line"/> without the job its writers share ("Por Ana Ruiz y Luis Soto"), when it opens with a byline's
    /// word, lists two writers or more before its last comma and a job in the plural follows; else <see langword="null"/>.
    /// </summary>
    public static string? WithoutJob(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        var prefix = LexiconTables.BylinePrefixes.LongestStart(line);
        var comma = line.LastIndexOf(',');
        if (prefix == 0 || comma <= prefix || Structure.Punctuation.EndsSentence(line) || !IsSharedJob(line.Slice(comma + 1)))
        {
            return null;
        }

        // "Por Ana Ruiz, enviados especiales" names one writer: the plural job is someone else's.
        var names = AuthorReader.ReadNameList(Whitespace.Trim(line.Slice(prefix, comma - prefix)));
        return names is null || names.IndexOf(';') < 0 ? null : line.Slice(0, comma).TrimEnd().ToString();
    }

    // "enviados especiales", "special correspondents", "inviati a Porto Alba", "Korrespondenten": a few words, no digit, a
    // newsroom job among the first two, opened in lower case unless by that job (German nouns are capitalised). The job is
    // read in the plural lists, and in the singular ones for a word both numbers share ("Korrespondenten").
    private static bool IsSharedJob(ReadOnlySpan<char> tail)
    {
        var words = 0;
        var job = false;
        var reader = new WordReader(tail);
        while (reader.Read())
        {
            var word = reader.Word;
            var role = LexiconTables.BylineRolePlurals.Contains(word) || LexiconTables.BylineRoles.Contains(word);
            if (++words > MaxJobWords || (words == 1 && !role && !char.IsLower(word[0])))
            {
                return false;
            }

            job |= role && words <= MaxRoleReach;
        }

        return job && !Digits.Any(tail);
    }
}
