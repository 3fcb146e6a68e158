using System.Globalization;
using ContentGen.Parsing;

namespace ContentGen.Evaluation.Pages;

/// <summary>
/// How the reader's author, date and language compare with the labels, over a set of pages.
/// An author is right when it equals the label ignoring case and runs of white space; a date
/// when it equals the label exactly, and its day when the first ten characters agree.
/// </summary>
internal sealed class MetadataTally
{
    public int Pages { get; private set; }

    public int AuthorsGiven { get; private set; }

    public int AuthorsFound { get; private set; }

    public int AuthorsRight { get; private set; }

    /// <summary>Pages that give no author where the reader names one anyway.</summary>
    public int AuthorsInvented { get; private set; }

    public int DatesGiven { get; private set; }

    public int DatesFound { get; private set; }

    public int DatesRight { get; private set; }

    public int DaysRight { get; private set; }

    public int DatesInvented { get; private set; }

    public int LanguagesFound { get; private set; }

    public int LanguagesRight { get; private set; }

    /// <summary>What went wrong per page, as "file: author 'x' for 'y'".</summary>
    public List<string> Misses { get; } = new();

    /// <summary>Counts one page.</summary>
    public void Add(PageMetadata expected, Article article)
    {
        Pages++;
        if (expected.Author is not null)
        {
            AuthorsGiven++;
            AuthorsFound += article.Author is not null ? 1 : 0;
            var right = article.Author is not null && SameName(article.Author, expected.Author);
            AuthorsRight += right ? 1 : 0;
            if (!right)
            {
                Misses.Add($"{expected.File}: author '{article.Author ?? "-"}', labelled '{expected.Author}'");
            }
        }
        else if (article.Author is not null)
        {
            AuthorsInvented++;
            Misses.Add($"{expected.File}: author '{article.Author}', labelled none");
        }

        if (expected.Published is not null)
        {
            DatesGiven++;
            DatesFound += article.Published is not null ? 1 : 0;
            DatesRight += string.Equals(article.Published, expected.Published, StringComparison.Ordinal) ? 1 : 0;
            var dayRight = article.Published is { Length: >= 10 } found && expected.Published.Length >= 10
                && string.CompareOrdinal(found, 0, expected.Published, 0, 10) == 0;
            DaysRight += dayRight ? 1 : 0;
            if (!string.Equals(article.Published, expected.Published, StringComparison.Ordinal))
            {
                Misses.Add($"{expected.File}: date '{article.Published ?? "-"}', labelled '{expected.Published}'");
            }
        }
        else if (article.Published is not null)
        {
            DatesInvented++;
            Misses.Add($"{expected.File}: date '{article.Published}', labelled none");
        }

        LanguagesFound += article.Language is not null ? 1 : 0;
        LanguagesRight += string.Equals(article.Language, expected.Language, StringComparison.Ordinal) ? 1 : 0;
        if (!string.Equals(article.Language, expected.Language, StringComparison.Ordinal))
        {
            Misses.Add($"{expected.File}: language '{article.Language ?? "-"}', labelled '{expected.Language}'");
        }
    }

    /// <summary>One line: "author 10/13 right (11 found, 1 invented), date …, language …".</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"author {AuthorsRight}/{AuthorsGiven} right ({AuthorsFound} found, {AuthorsInvented} where none is given); date {DatesRight}/{DatesGiven} right, day right {DaysRight} ({DatesFound} found, {DatesInvented} where none is given); language {LanguagesRight}/{Pages} right ({LanguagesFound} named)");

    private static bool SameName(string a, string b) => string.Equals(Flat(a), Flat(b), StringComparison.OrdinalIgnoreCase);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize();
}
