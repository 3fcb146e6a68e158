using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// The part of a parsed article that reaches the generated text. Positions serve diagnostics
/// only, and diagnostics travel apart, so an edit that merely moves the text (a blank line at the
/// top) leaves the article equal and nothing is emitted again; boilerplate and problems are not
/// emitted either, so an edit confined to them emits nothing.
/// </summary>
internal static class ArticleContent
{
    /// <summary><paramref name="article"/> with every position cleared and no boilerplate or problems.</summary>
    public static Article Of(Article article)
        => article with
        {
            TitlePosition = default,
            Sections = Map(article.Sections, static section => section with { HeadingPosition = default }),
            Paragraphs = Map(article.Paragraphs, static paragraph => paragraph with { Position = default }),
            Quotes = Map(article.Quotes, static quote => quote with { Position = default }),
            Boilerplate = EquatableArray<Boilerplate>.Empty,
            Problems = EquatableArray<Problem>.Empty,
        };

    private static EquatableArray<T> Map<T>(EquatableArray<T> items, System.Func<T, T> clear)
        where T : System.IEquatable<T>
    {
        var cleared = new T[items.Count];
        for (var i = 0; i < cleared.Length; i++)
        {
            cleared[i] = clear(items[i]);
        }

        return new EquatableArray<T>(cleared);
    }
}
