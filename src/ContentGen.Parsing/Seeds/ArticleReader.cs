using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Parsing.Markdown;
using ContentGen.Parsing.Yaml;

namespace ContentGen.Parsing.Seeds;

/// <summary>
/// Reads any seed: its front matter first, then the body, by <see cref="ArticleParser"/> for a
/// text seed or by Markdig for a <c>.md</c> seed; the front matter's known keys then override what
/// the reader found. Pure and deterministic, and no input makes it throw.
/// </summary>
public static class ArticleReader
{
    /// <summary>Whether the seed at <paramref name="path"/> is read as Markdown: <c>.md</c>, or <c>.markdown</c> as Jekyll names posts.</summary>
    public static bool IsMarkdown(string path)
        => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the seed at <paramref name="path"/> whose text is <paramref name="text"/>.</summary>
    public static Article Read(string path, string text)
    {
        // A text seed without front matter is read exactly as before, at no extra cost.
        var markdown = IsMarkdown(path);
        if (!markdown && !FrontMatterBlock.StartsWithFence(text))
        {
            return WithTitleAloneReported(ArticleParser.Parse(text));
        }

        var positions = new PositionMap(text);
        var split = FrontMatterParser.Parse(text, positions);
        var article = markdown
            ? ReadMarkdown(split, positions)
            : ArticleParser.Parse(split.Body, split["language"]);
        // Known keys alone ("author: …") or comments alone leave FrontMatter equal to None, yet a block still counts.
        article = split.Found ? Override(article, split, text, positions, markdown) : article;

        // A front matter title over no text at all is a page written so on purpose (a stub, an index entry).
        return split.FrontMatter.SetsTitle && string.IsNullOrWhiteSpace(split.Body) ? article : WithTitleAloneReported(article);
    }

    // "Only a headline", or a whole page saved as one line: an article of a title alone is
    // generated, and the author is told, at the title, since the text they meant is likely missing.
    private static Article WithTitleAloneReported(Article article)
    {
        if (article.Paragraphs.Count > 0 || article.Title.Length == 0
            || article.Problems.Any(p => p.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate))
        {
            return article;
        }

        var problems = new List<Problem>(article.Problems.Count + 1);
        problems.AddRange(article.Problems);
        var at = problems.FindIndex(p => p.Position.Offset > article.TitlePosition.Offset);
        problems.Insert(at < 0 ? problems.Count : at, new Problem(ProblemKind.NoParagraphs, string.Empty, article.TitlePosition, 0));
        return article with { Problems = EquatableArray.From(problems) };
    }

    // A Markdown seed nested deeper than Markdig is let follow is read as plain text, so that none of it is
    // lost, with a problem where it nests deepest.
    private static Article ReadMarkdown(SplitSeed split, PositionMap positions)
    {
        if (MarkdownReader.TryRead(split.Body, positions, split["title"], split["language"]) is { } article)
        {
            return article;
        }

        var plain = ArticleParser.Parse(split.Body, split["language"]);
        var problems = new List<Problem>(plain.Problems.Count + 1) { NestingProblem(split.Body, positions) };
        problems.AddRange(plain.Problems);
        return plain with { Problems = EquatableArray.From(problems) };
    }

    // The line with the most marks that nest ('>', '[', '(', '*', '_'), at its first mark: in a seed Markdig
    // refuses, that is where the nesting runs deep.
    private static Problem NestingProblem(string text, PositionMap positions)
    {
        var (bestStart, bestMarks, lineStart, marks, firstMark) = (0, -1, 0, 0, -1);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (marks > bestMarks)
                {
                    (bestStart, bestMarks) = (firstMark >= 0 ? firstMark : lineStart, marks);
                }

                (lineStart, marks, firstMark) = (i + 1, 0, -1);
                continue;
            }

            if (text[i] is '>' or '[' or '(' or '*' or '_')
            {
                marks++;
                firstMark = firstMark < 0 ? i : firstMark;
            }
        }

        var detail = MarkdownReader.MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Problem(ProblemKind.TooDeeplyNested, detail, positions.At(bestStart), 0);
    }

    private static Article Override(Article article, SplitSeed split, string text, PositionMap positions, bool markdown)
    {
        var problems = new List<Problem>(article.Problems);
        var boilerplate = new List<Boilerplate>(article.Boilerplate);

        // A front matter with a title is an article even when nothing else follows it.
        if (split.FrontMatter.SetsTitle)
        {
            problems.RemoveAll(p => p.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate or ProblemKind.NoTitle);
            if (!markdown && article.Title.Length > 0)
            {
                // The headline it replaces is kept aside, never lost.
                boilerplate.Add(new Boilerplate(article.Title, BoilerplateKind.Headline, article.TitlePosition));
                boilerplate.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
            }
        }

        // The front matter was blanked out before the body was read: bytes that were not UTF-8 in it are reported here.
        var bad = text.IndexOf('\uFFFD');
        if (bad >= 0 && split.Body[bad] != '\uFFFD')
        {
            problems.RemoveAll(p => p.Kind == ProblemKind.InvalidText);
            problems.Insert(0, new Problem(ProblemKind.InvalidText, "U+FFFD", positions.At(bad), 1));
        }

        var title = split.Known.TryGetValue("title", out var known) ? known : (article.Title, article.TitlePosition);
        return article with
        {
            Title = title.Item1,
            TitlePosition = title.Item2,
            Source = split["source"] ?? article.Source,
            Boilerplate = EquatableArray.From(boilerplate),
            Problems = EquatableArray.From(problems),
            // What the front matter says wins; what the page said stands where it says nothing.
            Author = split["author"] ?? article.Author,
            Published = split["published"] ?? article.Published,
            Language = split["language"] ?? article.Language,
            FrontMatter = split.FrontMatter,
        };
    }
}
