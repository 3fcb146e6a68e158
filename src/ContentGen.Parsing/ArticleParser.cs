using System;
using System.Collections.Generic;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing;

/// <summary>
/// Reads one plain-text document as an article: title and source, sections of paragraphs,
/// quotes with their speakers, and the boilerplate set aside. Pure and deterministic: the same
/// text always gives an equal <see cref="Article"/>, and no input makes it throw.
/// </summary>
public static class ArticleParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The document, as decoded text.</param>
    /// <param name="language">
    /// The document's ISO 639-1 language when its author gave it (in front matter); otherwise the
    /// reader identifies it. Quotes are attributed with that language's words alone, or with
    /// every lexicon's when the language is unknown.
    /// </param>
    /// <remarks>
    /// A site name that recurs across documents is split off by the generator, which sees them
    /// all (<see cref="Structure.SiteNames"/>, <see cref="Structure.TitleSplitter"/>).
    /// </remarks>
    public static Article Parse(string text, string? language = null)
    {
        var buffers = PageBuffers.Rent();
        try
        {
            return ReadPage(text, language, buffers);
        }
        finally
        {
            buffers.Return();
        }
    }

    // Everything read from the buffers is made into the model's strings before they are handed back.
    private static Article ReadPage(string text, string? language, PageBuffers buffers)
    {
        var problems = buffers.Problems;
        var lines = buffers.Lines;
        SourceLine.Split(text, lines);
        ReportInvalidText(text, lines, problems);

        var body = BodyReader.Read(lines, text, buffers);
        if (body.Title is not { } titleBlock)
        {
            var kind = body.Boilerplate.Count > 0 ? ProblemKind.OnlyBoilerplate : ProblemKind.Empty;
            problems.Add(new Problem(kind, string.Empty, TextPosition.Start, 0));
            return Empty(problems) with { Boilerplate = EquatableArray.From(body.Boilerplate) };
        }

        var (title, source) = TitleSplitter.Split(titleBlock.Text);

        // "POL-WDB: Radlader gestohlen – Zeugen gesucht": a short clause after the dash, which no masthead names, is the headline's.
        if (source is not null && TitleSplitter.IsClauseTail(titleBlock.Text, source, lines, text, titleBlock.Start.Offset))
        {
            (title, source) = (titleBlock.Text, null);
        }

        var boilerplate = body.Boilerplate;
        if (SectionLabels.Split(titleBlock.Text) is { } labelled)
        {
            (title, source) = (labelled.Headline, labelled.Source);
            boilerplate = WithLabel(boilerplate, new Boilerplate(
                titleBlock.Text.Substring(labelled.LabelStart, labelled.LabelLength), BoilerplateKind.Navigation, titleBlock.PositionAt(labelled.LabelStart)));
        }

        if (source is null && TitleSplitter.SplitOwnName(title, lines, text, titleBlock.Start.Offset) is { } own)
        {
            (title, source) = own;
        }

        if (source is null && TitleSplitter.SplitOwnNameFirst(title, lines, text, titleBlock.Start.Offset) is { } first)
        {
            (title, source) = first;
        }

        // "Accueil › Vie locale › Le marché couvert rouvrira ses portes en mars": the trail is the page's chrome, its last crumb the headline.
        var titlePosition = titleBlock.Start;
        if (source is null && Breadcrumbs.HeadlineCrumbStart(titleBlock) is var crumb and > 0)
        {
            title = Whitespace.Trim(titleBlock.Text.Substring(crumb));
            titlePosition = titleBlock.PositionAt(crumb);
            boilerplate = WithLabel(boilerplate, new Boilerplate(Whitespace.Trim(titleBlock.Text.Substring(0, crumb)), BoilerplateKind.Navigation, titleBlock.Start));
        }

        // "VIDÉO. À Montaudry, …": a tag for the page's form, printed before the headline, is the page's chrome (HeadlineKickers).
        if (HeadlineKickers.HeadlineStart(title) is var kicked and > 0 && titleBlock.Text.IndexOf(title, StringComparison.Ordinal) is var at and >= 0)
        {
            boilerplate = WithLabel(boilerplate, new Boilerplate(Whitespace.Trim(title.Substring(0, kicked)), BoilerplateKind.Navigation, titleBlock.PositionAt(at)));
            title = title.Substring(kicked);
            titlePosition = titleBlock.PositionAt(at + kicked);
        }

        source ??= TitleSplitter.SourceFromCopyAbove(title, lines, text, titleBlock.Start.Offset);
        source ??= OutletNames.Read(lines, text, title, titleBlock, body.Blocks);
        var (sections, paragraphs, headings) = (buffers.Body.Sections, buffers.Body.Paragraphs, buffers.Body.Headings);
        SectionBuilder.Build(body.Blocks, body.NotHeadings, sections, paragraphs, headings, body.ListLabels, body.Signatures);
        var quotes = QuoteReader.Read(paragraphs, problems, language ?? body.Language, title, out var names, buffers.Names, headings);
        quotes = OutsideQuotes.Merge(quotes, titleBlock, title, headings, paragraphs, language ?? body.Language, problems, names);
        var (author, published) = PageMetadata.Read(lines, text, titleBlock, body.Blocks, body.HeaderCopy);

        return new Article(
            title,
            source,
            titlePosition,
            EquatableArray.From(sections),
            ModelParagraphs(paragraphs),
            EquatableArray.From(quotes),
            EquatableArray.From(boilerplate),
            EquatableArray.From(problems))
        {
            Author = author,
            Published = published,
            Language = body.Language,
        };
    }

    // The title line's section label among what was set aside, in document order.
    private static IReadOnlyList<Boilerplate> WithLabel(IReadOnlyList<Boilerplate> boilerplate, Boilerplate label)
    {
        var all = new List<Boilerplate>(boilerplate.Count + 1);
        all.AddRange(boilerplate);
        var at = 0;
        while (at < all.Count && all[at].Position.Offset < label.Position.Offset)
        {
            at++;
        }

        all.Insert(at, label);
        return all;
    }

    private static EquatableArray<Paragraph> ModelParagraphs(List<TextBlock> blocks)
    {
        var paragraphs = blocks.Count == 0 ? Array.Empty<Paragraph>() : new Paragraph[blocks.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(blocks[i].Text, blocks[i].Start);
        }

        return new EquatableArray<Paragraph>(paragraphs);
    }

    private static Article Empty(List<Problem> problems)
        => new(string.Empty, null, TextPosition.Start, default, default, default, default, EquatableArray.From(problems));

    // Decoders turn bytes that are not UTF-8 into U+FFFD; one report, at the first, is enough.
    private static void ReportInvalidText(string text, List<SourceLine> lines, List<Problem> problems)
    {
        var bad = text.IndexOf('\uFFFD');
        if (bad >= 0)
        {
            problems.Add(new Problem(ProblemKind.InvalidText, "U+FFFD", PositionOf(lines, bad), 1));
        }
    }

    private static TextPosition PositionOf(List<SourceLine> lines, int offset)
    {
        foreach (var line in lines)
        {
            if (offset >= line.Offset && offset <= line.Offset + line.Length)
            {
                return line.PositionAt(offset - line.Offset);
            }
        }

        return TextPosition.Start;
    }
}
