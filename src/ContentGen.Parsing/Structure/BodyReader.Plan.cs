using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Before the body is walked block by block, the page is read whole once: where the article's prose
// runs and ends, whether the text is a dumped web page, where the page's footer and its lists of other
// stories start, and which labels set aside as chrome head lists of links.
internal sealed partial class BodyReader
{
    // What the walk knows of the page before it reads a block. Fixed once planned.
    private readonly struct BodyPlan
    {
        // The first block under the title.
        public int Start { get; init; }

        // The first block of real prose under the title, or Start when there is none.
        public int Content { get; init; }

        // The heaviest run of prose from Content on, and where the article it opens ends.
        public (int Start, int End, int Words) Prose { get; init; }

        public int ArticleEnd { get; init; }

        // A dumped web page: its headline stood below page chrome, and only such a page lists related articles.
        public bool Dumped { get; init; }

        // Speakers' labels of a transcript ("MARC FAUVELLE"), in their printed form.
        public HashSet<string> Labels { get; init; }

        // The article's own lists: their items are its text, wherever they stand between prose.
        public HashSet<TextBlock> Lists { get; init; }

        // A dumped page's lists of other stories, and the first block of its footer.
        public HashSet<TextBlock>? Teasers { get; init; }

        public int Footer { get; init; }

        // Where a dumped page's article ends, parted by chrome as the page parts it, and the first footer chrome after it.
        public int PageArticleEnd { get; init; }

        public int FooterChrome { get; init; }

        // Where "read also" labels, and labels that head a list of links, were set aside.
        public List<int> ReadAlso { get; init; }

        public List<int>? LinkLists { get; init; }
    }

    private BodyPlan PlanBody(List<TextBlock> blocks, int start)
    {
        var content = start;
        while (content < blocks.Count && !blocks[content].Facts.IsGood)
        {
            content++;
        }

        if (content == blocks.Count)
        {
            content = start;
        }

        // A recipe's labelled lists ("Ingredients" / its items / "Method") carry the article's prose on across them.
        ArticleLists.FindLabelled(blocks, start, _buffers.LabelledListItems);
        // So do a letters page's signatures, from one letter to the next (Letters).
        if (Title is not null && Letters.IsLettersPage(Title.Text))
        {
            // Letters, two signatures at least: one name and a town under a story about letters may be a caption's.
            Letters.FindSignatures(blocks, start, _buffers.Signatures);
            if (_buffers.Signatures.Count < Letters.MinSignatures)
            {
                _buffers.Signatures.Clear();
            }

            _buffers.LabelledListItems.UnionWith(_buffers.Signatures);
        }

        var prose = ProseRuns.Heaviest(blocks, content, carried: _buffers.LabelledListItems);
        var articleEnd = ProseRuns.ArticleEnd(blocks, prose);
        var labels = SpeakerLabels.Find(blocks, start, _boilerplate);
        RestoreRepliesUnderLabels(blocks, start, labels);

        // The article's lists are read once a transcript's restored replies stand among the blocks.
        var dumped = SetAsideBefore(blocks[start - 1].Start.Offset);
        var lists = ArticleLists.Find(blocks, start, _buffers.ListItems, _buffers.ListLabels);
        // A round-up's lines in capitals over its items head them as the labels over the article's lists do.
        CapitalsHeadings.AddTo(blocks, start, _buffers.ListLabels);

        // A letter's signature is no footer's headline and no heading, as a line of the article's list is none; nor is a
        // line of a work's details under the review's last sentence (FactBoxes.AddDetails).
        lists.UnionWith(_buffers.Signatures);
        FactBoxes.AddDetails(blocks, start, _buffers.Details);
        lists.UnionWith(_buffers.Details);
        Summaries.AddTo(lists, blocks, start, content);
        var (teasers, footer, pageArticleEnd, footerChrome) = dumped
            ? PlanFooter(blocks, content, articleEnd, labels, lists)
            : (null, blocks.Count, articleEnd, int.MaxValue);
        var (readAlso, linkLists) = LinkLabels();
        return new BodyPlan
        {
            Start = start,
            Content = content,
            Prose = prose,
            ArticleEnd = articleEnd,
            Dumped = dumped,
            Labels = labels,
            Lists = lists,
            Teasers = teasers,
            Footer = footer,
            PageArticleEnd = pageArticleEnd,
            FooterChrome = footerChrome,
            ReadAlso = readAlso,
            LinkLists = linkLists,
        };
    }

    // A dumped page's tail: its lists of other stories, where its footer starts, and the footer chrome after the article.
    private (HashSet<TextBlock>? Teasers, int Footer, int PageArticleEnd, int FooterChrome) PlanFooter(
        List<TextBlock> blocks, int content, int articleEnd, HashSet<string> labels, HashSet<TextBlock> lists)
    {
        var article = ProseRuns.Heaviest(blocks, content, ChromeBefore(blocks), _buffers.LabelledListItems);
        // A "read also" link is an insert inside the article: when the article goes on across one
        // (ProseRuns.ArticleEnd), what follows it is the article's, not a list of other stories.
        var after = articleEnd > article.End && LinkLineBetween(blocks, article.End, articleEnd) ? articleEnd : article.End;
        var teasers = TeaserLists.Find(blocks, after, labels);
        var footer = Math.Min(TeaserLists.HeadlineRunStart(blocks, after, article.Words, lists), TeaserCards.RunStart(blocks, content, article.Words));

        // A page's footer chrome after the article (a sign-up or appeal, a rights line, a rule drawn
        // under it): past it, what is not the article going on is the page's. The article here is
        // parted by chrome lines as a page parts it ("Une erreur technique est survenue." under a
        // newsletter box is no paragraph of it).
        var pageArticleEnd = Math.Max(article.End, ProseRuns.ArticleEnd(blocks, article));
        var footerChrome = pageArticleEnd > 0 && pageArticleEnd < blocks.Count ? FooterChromeAfter(blocks[pageArticleEnd - 1].Start.Offset) : int.MaxValue;

        // Items dated after the article (readers' comments, other stories), two or more: one date
        // may be a "read also" insert's, with the article going on under it. Stamps printed together
        // ("Aktualisiert: …" over "Erstellt: …", a live page's under its standfirst) date one item.
        var firstDated = -1;
        var lastDated = -1;
        for (var j = pageArticleEnd; j < blocks.Count; j++)
        {
            if (blocks[j].Facts.IsBylineOrDate && IsDatedItem(blocks[j].Text) && !IsEmbeddedPostDate(blocks[j]))
            {
                if (firstDated >= 0 && !GluedUnder(blocks[lastDated], blocks[j]))
                {
                    footerChrome = Math.Min(footerChrome, blocks[firstDated].Start.Offset);
                    break;
                }

                firstDated = firstDated < 0 ? j : firstDated;
                lastDated = j;
            }
        }

        return (teasers, footer, pageArticleEnd, footerChrome);
    }

    // Whether `lower` starts on the line right under `upper`'s last line: the two were printed as one group.
    private static bool GluedUnder(TextBlock upper, TextBlock lower) => lower.Start.Line == upper.Start.Line + upper.LineCount;

    // Where "read also" labels were set aside: the next headline under one, before any prose, is the link's.
    // A label whose headline stood right under it, set aside with it as its line was read, has taken
    // its headline: the next short line is the article's own.
    private (List<int> ReadAlso, List<int>? LinkLists) LinkLabels()
    {
        var readAlso = _buffers.ReadAlsoLabels;

        // Only a line right under a label can be its headline: most of a page's chrome stands under none,
        // and is not read as a headline at all.
        var underLabels = _buffers.LinesUnderLabels;
        foreach (var item in _boilerplate)
        {
            if (ReadAlsoLinks.IsLabel(item.Text) || IsLinkListLabel(item))
            {
                underLabels.Add(item.Position.Line + 1);
            }
        }

        if (underLabels.Count == 0)
        {
            return (readAlso, null);
        }

        var linkedHeadlineLines = _buffers.LinkedHeadlineLines;
        foreach (var item in _boilerplate)
        {
            // A caption or the other story's date under the label is not its headline, which comes further down.
            if (underLabels.Contains(item.Position.Line) && ReadAlsoLinks.IsLinkedHeadline(item.Text)
                && !PageLines.IsCaption(item.Text) && !PageLines.IsBylineOrDate(item.Text))
            {
                linkedHeadlineLines.Add(item.Position.Line);
            }
        }

        // A label that would end the article, alone on its line mid-article and so set aside as chrome ("Noticias
        // relacionadas", "Most read"), heads a list of links as "read also" does, when a list follows it.
        List<int>? linkLists = null;
        foreach (var item in _boilerplate)
        {
            if (ReadAlsoLinks.IsLabel(item.Text) && !linkedHeadlineLines.Contains(item.Position.Line + 1))
            {
                readAlso.Add(item.Position.Offset);
            }
            else if (IsLinkListLabel(item) && !linkedHeadlineLines.Contains(item.Position.Line + 1))
            {
                (linkLists ??= new List<int>()).Add(item.Position.Offset);
            }
        }

        return (readAlso, linkLists);
    }
}
