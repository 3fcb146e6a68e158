namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// Reads pages on threads of their own: a thread lends what one reading used to the next, so a
/// fresh thread reads a page as if nothing had been read before it.
/// </summary>
internal static class ReadingThreads
{
    /// <summary>Reads <paramref name="page"/> on a new thread, which has read nothing before.</summary>
    public static Article ReadAlone(string page) => ReadInOneRun([page])[0];

    /// <summary>Reads <paramref name="pages"/> one after another on one new thread.</summary>
    public static Article[] ReadInOneRun(IReadOnlyList<string> pages)
    {
        var articles = new Article[pages.Count];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                articles[i] = ArticleParser.Parse(pages[i]);
            }
        });
        thread.Start();
        thread.Join();
        return articles;
    }
}
