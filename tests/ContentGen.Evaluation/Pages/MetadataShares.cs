using ContentGen.Parsing;

namespace ContentGen.Evaluation.Pages;

/// <summary>
/// The metadata the reader finds across whole corpora, labelled or not: the share of documents given an author, a
/// date and a language, as <see cref="ArticleParser.Parse"/> reads every <c>.txt</c> file of a corpus folder. It says
/// how often the reader names something, not whether it is right (the labelled pages say that); no document's
/// reading is printed, so it shows nothing of the blind half.
/// </summary>
public static class MetadataShares
{
    // The corpus folders reported, each read whole (its sub-folders too): the BBC articles and the French pages.
    private static readonly string[] s_corpora = { "bbc", "fr-immigration" };

    /// <summary>Prints one line per corpus folder beside the repository; nothing where the corpus is absent.</summary>
    public static void Print()
    {
        if (RepositoryPaths.Corpus is null)
        {
            return;
        }

        Console.WriteLine("Metadata across the corpora (every document, read as the generator reads it; found, not checked):");
        foreach (var corpus in s_corpora)
        {
            var folder = Path.Combine(RepositoryPaths.Corpus, corpus);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            int authors = 0, dates = 0, languages = 0;
            foreach (var file in files)
            {
                var article = ArticleParser.Parse(PageText.Read(file).Text);
                authors += article.Author is null ? 0 : 1;
                dates += article.Published is null ? 0 : 1;
                languages += article.Language is null ? 0 : 1;
            }

            Console.WriteLine(
                $"  {corpus,-15} {files.Length,5} documents: author {Share(authors, files.Length)}, date {Share(dates, files.Length)}, language {Share(languages, files.Length)}");
        }
    }

    private static string Share(int count, int total)
        => total == 0 ? $"{count}" : $"{count} ({(100.0 * count / total).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}%)";
}
