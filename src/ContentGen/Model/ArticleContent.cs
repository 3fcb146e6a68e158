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
            FrontMatter = article.FrontMatter == FrontMatter.None
                ? FrontMatter.None
                : article.FrontMatter with { Entries = Entries(article.FrontMatter.Entries), Problems = EquatableArray<FrontMatterProblem>.Empty },
        };

    // A map's entries hold positions too, at every level.
    private static EquatableArray<FrontMatterEntry> Entries(EquatableArray<FrontMatterEntry> entries)
        => Map(entries, static entry => entry with
        {
            Position = default,
            Length = 0,
            ValuePosition = default,
            ValueLength = 0,
            Value = entry.Value.Kind == FrontMatterKind.Map ? entry.Value with { Entries = Entries(entry.Value.Entries) } : entry.Value,
        });

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
