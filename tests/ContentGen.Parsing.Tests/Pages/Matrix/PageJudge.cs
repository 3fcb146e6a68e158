using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ContentGen.Parsing.Tests.Pages.Matrix;

/// <summary>One element of a page as the reader read it: its class, whether it came out as an editor would have it, and how not.</summary>
internal sealed record Verdict(string Class, bool Right, string Detail);

/// <summary>
/// Says what an editor would about a built page read by <see cref="ArticleParser"/>: the title without the site, the
/// byline's name, the dateline's date, the language, every body paragraph kept whole and alone (not glued to a stamp or a
/// credit, not read as a heading), every chrome line set aside.
/// </summary>
internal static class PageJudge
{
    public static IReadOnlyList<Verdict> Judge(BuiltPage page, Article article)
    {
        var e = page.Elements;
        var verdicts = new List<Verdict>
        {
            new("title", article.Title == e.Title, $"title '{article.Title}'"),
            new("author", article.Author == e.Author, $"author '{article.Author}'"),
            new("date", article.Published == e.Published, $"published '{article.Published}'"),
            new("language", article.Language == e.Language, $"language '{article.Language}'"),
        };

        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        var headings = article.Sections.Select(x => x.Heading).Where(x => x is not null).Select(x => x!).ToList();
        var expected = new HashSet<string>(page.BodyParagraphs, StringComparer.Ordinal);
        // What the reader kept that is no body paragraph, with the body's sentences glued into it taken out: a chrome line
        // is kept when it is in there (the site's name in a sentence that names the site is no chrome kept).
        var strays = paragraphs.Where(x => !expected.Contains(x)).Concat(headings)
            .Select(x => expected.Aggregate(x, (left, body) => left.Replace(body, "", StringComparison.Ordinal))).ToList();
        foreach (var piece in page.Pieces)
        {
            switch (piece.Fate)
            {
                case Fate.Body:
                    var kept = paragraphs.Contains(piece.Text);
                    verdicts.Add(new(piece.Class, kept, kept ? "" : BodyLoss(piece.Text, paragraphs, headings, article)));
                    break;
                case Fate.Chrome:
                    var stray = strays.FirstOrDefault(x => x.Contains(piece.Text, StringComparison.Ordinal));
                    verdicts.Add(new(piece.Class, stray is null, stray is null ? "" : $"kept in '{Cut(stray)}'"));
                    break;
            }
        }

        return verdicts;
    }

    /// <summary>Every verdict that is wrong, one a line, for a failing test's message.</summary>
    public static string Describe(BuiltPage page, IEnumerable<Verdict> verdicts)
    {
        var text = new StringBuilder();
        text.Append(page.Name).Append(':');
        foreach (var v in verdicts.Where(x => !x.Right))
        {
            text.Append("\n    ").Append(v.Class).Append(": ").Append(v.Detail);
        }

        return text.ToString();
    }

    /// <summary>A table of the classes: how many of each were read right, over how many.</summary>
    public static string Table(IEnumerable<Verdict> verdicts)
    {
        var text = new StringBuilder();
        foreach (var group in verdicts.GroupBy(x => x.Class).OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            text.Append(group.Key.PadRight(18)).Append(group.Count(x => x.Right).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4))
                .Append(" / ").Append(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static string BodyLoss(string text, List<string> paragraphs, List<string> headings, Article article)
    {
        var glued = paragraphs.FirstOrDefault(x => x.Contains(text, StringComparison.Ordinal));
        if (glued is not null)
        {
            return $"glued: '{Cut(glued)}'";
        }

        if (headings.Contains(text))
        {
            return "read as a heading";
        }

        if (article.Title.Contains(text, StringComparison.Ordinal))
        {
            return "read as the title";
        }

        var aside = article.Boilerplate.FirstOrDefault(x => x.Text.Contains(text, StringComparison.Ordinal));
        return aside is null ? "not found" : $"set aside as {aside.Kind}";
    }

    private static string Cut(string text) => text.Length <= 90 ? text : text.Substring(0, 90) + "…";
}
