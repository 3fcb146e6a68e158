using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Parsing.Tests.Pages.Matrix;

/// <summary>What an editor does with one piece of a page.</summary>
internal enum Fate
{
    /// <summary>The headline (with the site's name after it, which the reader splits off).</summary>
    Title,

    /// <summary>A paragraph of the article: kept whole and alone.</summary>
    Body,

    /// <summary>Page chrome or a stamp: set aside, never in a paragraph, a heading or the title.</summary>
    Chrome,
}

/// <summary>One line of an assembled page: its text, its class ("byline", "short", "share", …) and its fate.</summary>
internal sealed record PagePiece(string Text, string Class, Fate Fate);

/// <summary>An assembled page and what an editor reads in it.</summary>
internal sealed record BuiltPage(string Name, string Text, IReadOnlyList<PagePiece> Pieces, PageElements Elements, bool BlankLines)
{
    public IEnumerable<string> BodyParagraphs => Pieces.Where(x => x.Fate == Fate.Body).Select(x => x.Text);
}

/// <summary>
/// Assembles invented pages from <see cref="PageElements"/>: eight layouts (which chrome stands over and under the article,
/// in which order the byline and the dateline come, a standfirst long, short or none, which paragraph shape opens the
/// article, whether a "read also" box stands in it, and two pages of short paragraphs, every line under a dump's width),
/// each with and without blank lines between the lines, with a capitalised and a lower-case byline, and with and without
/// the site's name after the title; and three layouts wrapped by a dump at 76 characters: 76 pages a language. Bounded so
/// that the matrix runs in seconds.
/// </summary>
internal static class PageBuilder
{
    public const int Layouts = 8;

    public static IEnumerable<BuiltPage> All() => PageElements.Languages.SelectMany(ForLanguage);

    public static IEnumerable<BuiltPage> ForLanguage(string language)
    {
        for (var layout = 0; layout < Layouts; layout++)
        {
            // Each layout with one of three sites, writers and dates, in turn.
            var e = PageElements.Of(language, layout % 3);
            foreach (var blank in new[] { true, false })
            {
                foreach (var lower in new[] { false, true })
                {
                    foreach (var suffix in new[] { false, true })
                    {
                        yield return Build(e, layout, blank, lower, suffix);
                    }
                }
            }
        }

        // A dump that wraps every line at a fixed width, paragraphs apart by blank lines: three layouts.
        foreach (var layout in WrappedLayouts)
        {
            var e = PageElements.Of(language, (layout + 1) % 3);
            foreach (var lower in new[] { false, true })
            {
                foreach (var suffix in new[] { false, true })
                {
                    yield return Build(e, layout, blank: true, lower, suffix, WrapWidth);
                }
            }
        }
    }

    private static readonly int[] WrappedLayouts = { 0, 3, 6 };

    private const int WrapWidth = 76;

    public static BuiltPage Build(PageElements e, int layout, bool blank, bool lowerByline, bool suffix, int wrap = 0)
    {
        var pieces = new List<PagePiece>();
        void Chrome(string text, string kind) => pieces.Add(new PagePiece(text, kind, Fate.Chrome));

        foreach (var kind in Header(layout))
        {
            Chrome(Text(e, kind), kind);
        }

        var separator = layout % 2 == 0 ? " - " : " | ";
        pieces.Add(new PagePiece(suffix ? e.Title + separator + e.Site : e.Title, "title", Fate.Title));
        // A standfirst short enough that a dump's width holds it (with the title and the stamps in a group of their own
        // when a share bar under them is set aside), the long one, or none.
        if (layout is 0 or 2 or 6 or 7)
        {
            pieces.Add(new PagePiece(e.ShortStandfirst, "standfirst", Fate.Body));
        }
        else if (layout != 4)
        {
            pieces.Add(new PagePiece(e.Standfirst, "standfirst", Fate.Body));
        }

        var byline = (lowerByline ? e.BylineWord.ToLowerInvariant() : e.BylineWord) + " " + e.Author;
        // The date bare on odd layouts' other half, or after the stamp's word ("Published …", "Publié le …").
        var dateline = layout % 2 == 1 ? e.StampedDateline : e.Dateline;
        var bylineFirst = layout is not (2 or 5 or 7);
        Chrome(bylineFirst ? byline : dateline, bylineFirst ? "byline" : "dateline");
        Chrome(bylineFirst ? dateline : byline, bylineFirst ? "dateline" : "byline");
        foreach (var kind in UnderStamps(layout))
        {
            Chrome(Text(e, kind), kind);
        }

        var body = BodyOrder(layout);
        for (var i = 0; i < body.Length; i++)
        {
            if (i == 3 && layout is 0 or 2 or 4 or 7)
            {
                Chrome(e.ReadAlsoLabel, "readAlsoLabel");
                Chrome(e.ReadAlsoFirst, "readAlsoHeadline");
                Chrome(e.ReadAlsoSecond, "readAlsoSecondHeadline");
            }

            pieces.Add(new PagePiece(Text(e, body[i]), body[i], Fate.Body));

            // A picture's caption with its credit between the first paragraphs.
            if (i == 0 && layout is 3 or 6)
            {
                Chrome(e.Caption, "caption");
            }
        }

        foreach (var kind in Footer(layout))
        {
            Chrome(Text(e, kind), kind);
        }

        var name = $"{e.Language} layout {layout}, {(blank ? "blank lines" : "no blank lines")}, {(lowerByline ? "lower-case" : "capitalised")} byline, {(suffix ? "site after the title" : "title alone")}"
            + (wrap > 0 ? $", wrapped at {wrap}" : "");
        var lines = pieces.Select(x => wrap > 0 ? HardWrap.Lines(x.Text, wrap) : x.Text);
        return new BuiltPage(name, string.Join(blank ? "\n\n" : "\n", lines) + "\n", pieces, e, blank);
    }

    private static string[] Header(int layout) => layout switch
    {
        0 => new[] { "skip", "site", "menuBars", "section" },
        1 => new[] { "site", "section" },
        2 => new[] { "skip", "menuWords" },
        3 => new[] { "site", "menuBars", "section" },
        4 => new[] { "site" },
        5 => new[] { "menuBars", "section" },
        6 => new[] { "site", "menuBars", "section" },
        _ => new[] { "skip", "site" },
    };

    private static string[] UnderStamps(int layout) => layout switch
    {
        0 => new[] { "share" },
        1 => new[] { "photoCredit" },
        2 => new[] { "share", "photoCredit" },
        3 => System.Array.Empty<string>(),
        4 => new[] { "share" },
        5 => new[] { "photoCredit", "share" },
        6 => new[] { "share" },
        _ => new[] { "photoCredit" },
    };

    // Layouts 6 and 7 are pages of short paragraphs: every line of the page is under a dump's width.
    private static string[] BodyOrder(int layout) => (layout > 5 ? layout - 3 : layout % 3) switch
    {
        0 => new[] { "long", "oneSentence", "short", "question", "numbers", "namesTheSite", "saysShareOrRead", "longLast" },
        1 => new[] { "oneSentence", "long", "numbers", "short", "saysShareOrRead", "question", "namesTheSite", "longLast" },
        2 => new[] { "short", "long", "question", "oneSentence", "namesTheSite", "numbers", "saysShareOrRead", "longLast" },
        3 => new[] { "brief", "short", "numbers", "question", "namesTheSite", "briefLast" },
        _ => new[] { "short", "brief", "question", "numbers", "namesTheSite", "briefLast" },
    };

    private static string[] Footer(int layout) => layout switch
    {
        0 => new[] { "tags", "previous", "next", "newsletter", "copyright" },
        1 => new[] { "tags", "copyright" },
        2 => new[] { "newsletter", "copyright" },
        3 => new[] { "share", "previous", "next", "copyright" },
        4 => new[] { "tags", "newsletter" },
        5 => new[] { "previous", "next", "newsletter", "copyright" },
        6 => new[] { "tags", "copyright" },
        _ => new[] { "newsletter", "previous", "next" },
    };

    private static string Text(PageElements e, string kind) => kind switch
    {
        "skip" => e.Skip,
        "site" => e.Site,
        "menuBars" => e.MenuWithBars,
        "menuWords" => e.MenuWords,
        "section" => e.Section,
        "share" => e.Share,
        "photoCredit" => e.PhotoCredit,
        "long" => e.Long,
        "longLast" => e.LongLast,
        "oneSentence" => e.OneSentence,
        "short" => e.Short,
        "question" => e.Question,
        "numbers" => e.Numbers,
        "brief" => e.Brief,
        "briefLast" => e.BriefLast,
        "namesTheSite" => e.NamesTheSite,
        "saysShareOrRead" => e.SaysShareOrRead,
        "tags" => e.Tags,
        "copyright" => e.Copyright,
        "newsletter" => e.Newsletter,
        "previous" => e.Previous,
        _ => e.Next,
    };
}
