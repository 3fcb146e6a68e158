using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A writer's name printed in capitals ("By JANE ROE", "Par JEANNE ROUX", "SANNE DE VRIES" over the
/// dateline). An agency signs in capitals too ("AFP", "DPA"), so a name in capitals is two words or more,
/// one of them long for an acronym, and none an agency's, a publication's, a job's or the calendar's.
/// </summary>
internal static class CapitalsNames
{
    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;

    // Agencies' acronyms run to four letters ("AFP", "ANSA"); a name has a word longer than three.
    private const int MinLongWord = 4;

    /// <summary>
    /// The name <paramref name="line"/> is alone, beside a dateline: as <see cref="AuthorReader.ReadBareName(ReadOnlySpan{char})"/>,
    /// or a name in capitals whose words <paramref name="document"/>'s prose does not use (<see cref="IsProseWords"/>);
    /// never a desk's name (<see cref="AuthorReader.NamesADesk"/>).
    /// </summary>
    public static string? ReadBesideDateline(ReadOnlySpan<char> line, string document)
    {
        // "Agencia Norte" over the dateline: an agency or an office issued the text; it is nobody's name.
        if (AuthorReader.NamesADesk(line))
        {
            return null;
        }

        var name = AuthorReader.ReadBareName(line, capitals: true);
        return name is not null && IsCapitals(name.AsSpan(0, name.IndexOf(' ') < 0 ? name.Length : name.IndexOf(' '))) && IsProseWords(name, document) ? null : name;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a name in capitals and nothing else ("MARÍA LÓPEZ", "SANNE DE VRIES"): a writer's
    /// signature as a template prints it, no desk's name.
    /// </summary>
    public static bool IsNameAlone(ReadOnlySpan<char> line)
        => StartsName(line) && !AuthorReader.NamesADesk(line) && AuthorReader.ReadBareName(line, capitals: true) is not null;

    /// <summary>Whether <paramref name="text"/> opens with a name of two to four words in capitals.</summary>
    public static bool StartsName(ReadOnlySpan<char> text) => OpensWithName(text, needsLongWord: true);

    /// <summary>
    /// Whether <paramref name="text"/> opens with a name of two to four words in capitals; after another writer's name
    /// (<paramref name="needsLongWord"/> false: "By JANE ROE and TOM FOX") its words may all be short, since no acronym
    /// the lexicons list (<c>Agencies</c>) is read as one.
    /// </summary>
    public static bool OpensWithName(ReadOnlySpan<char> text, bool needsLongWord)
    {
        var words = 0;
        var longWord = false;
        var end = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            var gap = text.Slice(end, reader.Start - end);
            end = reader.Start + reader.Length;
            if (words > 0 && !Whitespace.IsBlank(gap))
            {
                break;
            }

            if (!IsCapitals(word))
            {
                break;
            }

            // "JANE ROE AND TOM POE", "ANA GIL Y LUIS MORA": the first of two names ends at the word that joins them.
            if (words >= MinNameWords && AuthorReader.IsNameJoiningWord(word))
            {
                break;
            }

            // "SANNE DE VRIES": a particle inside the name.
            if (words > 0 && NameParticles.Joiners.Contains(word))
            {
                continue;
            }

            if ((words == 0 && LexiconTables.Stopwords.Contains(word)) || AuthorReader.IsListedAgency(word) || LexiconTables.PublicationWords.Contains(word)
                || LexiconTables.BylineRoles.Contains(word) || LexiconTables.Calendar.Contains(word) || ++words > MaxNameWords)
            {
                return false;
            }

            longWord |= word.Length >= MinLongWord;
        }

        return words >= MinNameWords && (longWord || !needsLongWord);
    }

    /// <summary>
    /// Whether a word of <paramref name="name"/>, a name in capitals, stands in <paramref name="document"/> in lower case or
    /// with only its first letter a capital (German capitalises nouns): then the line is a section's label in capitals
    /// ("LOCAL NEWS", "LANDKREIS WERRA"), whose words prose uses too. A writer's name seldom recurs in the article.
    /// </summary>
    public static bool IsProseWords(string name, string document)
    {
        var reader = new WordReader(name.AsSpan());
        while (reader.Read())
        {
            if (reader.Length < MinLongWord)
            {
                continue;
            }

            // Rare: only a name in capitals beside a dateline comes here.
            var lower = reader.Word.ToString().ToLowerInvariant();
            var title = char.ToUpperInvariant(lower[0]) + lower.Substring(1);
            if (StandsIn(lower, document) || StandsIn(title, document))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a long word of <paramref name="name"/>, in capitals, stands in <paramref name="document"/> in lower case:
    /// a label's words ("LOCAL POLITICS") do, a writer's name does not. A name printed again in title case, in a photo's
    /// credit or an author's box, is still a name.
    /// </summary>
    public static bool HasLowerCaseProseWord(string name, string document)
    {
        var reader = new WordReader(name.AsSpan());
        while (reader.Read())
        {
            if (reader.Length >= MinLongWord && StandsIn(reader.Word.ToString().ToLowerInvariant(), document))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `word` stands as a whole word in `document`.
    private static bool StandsIn(string word, string document)
    {
        for (var at = document.IndexOf(word, StringComparison.Ordinal); at >= 0; at = document.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var after = at + word.Length;
            if ((at == 0 || !char.IsLetter(document[at - 1])) && (after == document.Length || !char.IsLetter(document[after])))
            {
                return true;
            }
        }

        return false;
    }

    // Letters in capitals, a hyphen or an apostrophe between them ("JEAN-PAUL", "O'NEILL").
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) ? !char.IsUpper(c) : c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return word.Length > 1;
    }
}
