using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds the headline among a page's leading blocks. A plain article starts with it; a dumped
/// web page hides it among menus, so the headline that a dateline or byline follows, or that
/// the page repeats (in a breadcrumb, a banner or twice over), wins over the first line.
/// </summary>
internal static partial class TitleFinder
{
    private const int MinStrongWords = 3;
    private const int MinWords = 1;
    private const int MaxWords = 30;
    private const int MaxLength = 300;
    private const int MaxLines = 4;

    // Two column gaps or more: a line printed in columns.
    private const int MinColumnGaps = 2;
    private const int DatelineReach = 4;
    private const int RecurrenceScore = 2;
    private const int FirstLineScore = 2;
    private const int LongHeadlineWords = 20;
    private const int FullHeadlineWords = 5;
    private const int RunReach = 3;
    private const int MaxRecurrences = 3;

    // Each recurrence check scans the document once; a bound keeps the whole search linear.
    private const int MaxRecurrenceChecks = 40;

    private static readonly char[] s_apostrophes = { '\'', '’' };
    private static readonly char[] s_lineBreaks = { '\n', '\r' };

    // The page's own <title>, which lynx prints in its "#… » Flux …" header line, names the headline.
    private const int HeaderScore = 4;

    // The headline stands right above the article's first paragraph, with at most a byline between.
    private const int AdjacencyScore = 2;

    private const int AuthorReach = 2;
    // A plain article may open with a few short lines (venue, date, kick-off time) under its
    // headline; a page's chrome above its headline runs longer.
    private const int MinChromeBlocks = 6;

    // "Article rédigé par", "Par": an author line that only announces the names on the next line.
    private const int MaxBylineLeadWords = 3;

    // Past this many lines each followed by a date, the dates belong to a list of teasers.
    private const int MaxDatedCandidates = 2;

    // A prose block this close after a form's fields is the form's notice, not the article.
    private const int FormReach = 3;

    /// <summary>The index in <paramref name="blocks"/> of the title, or -1 when there are no blocks.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, string document)
    {
        if (blocks.Count == 0)
        {
            return -1;
        }

        var header = LynxHeader(document);
        var content = ContentStart(blocks);
        content = ContentUnderDateAndKicker(blocks, content, document);
        var title = FindAbove(blocks, document, header, content);

        // An article printed one sentence a paragraph has no two long paragraphs near its top to bound the search, and a
        // line further down (a subheading, a comments section's label) may win it: the article's sentences under the
        // byline and dateline above that line set its text aside. A line with its own stamps and sentences under it heads
        // its own article, and stays (a teaser's blurb above it is no article begun). The headline stands right above those stamps (a headline the
        // strict rules refuse, "… zum 1. April" read as two sentences, included), or else among the blocks above them.
        if (title > 0 && !ShortParagraphs.BegunUnder(blocks, title) && ShortParagraphs.UnderStamps(blocks, title) is { Start: > 0 } begun)
        {
            title = HeadlineOverStamps(blocks, begun.Stamps) is var over and >= 0 ? over : FindAbove(blocks, document, header, begun.Start);
        }

        return title;
    }

    // The headline over a byline and a dateline: the block set apart right above them, past a caption or a standfirst.
    // The lines printed with the dateline ("Marta Ruiz" / "Villalba del Monte" / the date) are the byline's.
    private const int StampsReach = 3;

    private static int HeadlineOverStamps(IReadOnlyList<TextBlock> blocks, int stamps)
    {
        // A sentence of prose glued over them is the standfirst's, never the byline's: the stack stops under it, as on a page
        // printed with no blank line, where every line is glued to the next (HeadlineOverStandfirst reads its stack so).
        var stack = stamps;
        while (stack > 0 && Glued(blocks[stack - 1], blocks[stack]) && !LooseProse.IsProse(blocks[stack - 1].Facts))
        {
            stack--;
        }

        for (var k = stack - 1; k >= 0 && k >= stack - StampsReach; k--)
        {
            // A standfirst's sentence is read loosely: a news lede has few function words ("Bis 2028 sollen 42 Kilometer
            // neue Radwege entstehen.").
            if (blocks[k].Facts.IsCaption || blocks[k].Facts.IsBylineOrDate || LooseProse.IsProse(blocks[k].Facts))
            {
                continue;
            }

            // A writer's box stands over the stamps ("Jane Roe" / her job / a note on her): the headline is read above it.
            if ((!IsCandidate(blocks, k) && !LooseProse.IsHeadline(blocks[k])) || AuthorBoxes.IsLineBetweenNameAndNote(blocks, k))
            {
                return -1;
            }

            // A deck printed without its full stop stands between: the headline is the shorter candidate right over it.
            if (k == 0)
            {
                return k;
            }

            var above = blocks[k - 1].Facts;
            return above.Words >= MinHeadlineOverDeckWords && above.Words < blocks[k].Facts.Words && above.StopwordHits > 0
                && above.Phrases == 0 && IsCandidate(blocks, k - 1) && !IsSiteName(blocks[k - 1].Text)
                ? k - 1
                : k;
        }

        return -1;
    }

    // The title among the blocks above `content`, the article's first paragraph.
    private static int FindAbove(IReadOnlyList<TextBlock> blocks, string document, string? header, int content)
    {
        var teasers = IsTeaserList(blocks, content);
        // Only on a page with chrome above the headline, and real prose under it: a plain
        // article's first line is its headline, whatever short lines follow it.
        var adjacent = -1;

        var underChrome = content < blocks.Count && content - 1 >= MinChromeBlocks && HasChromeAbove(blocks, content - 1);
        for (var i = content - 1; underChrome && i >= MinChromeBlocks && i >= content - 1 - DatelineReach; i--)
        {
            // A full headline: "Il y a 6 jours" or "Partage sur Facebook" also stand there. A deck glued under the headline
            // stands there as well, with no byline under it (DecksOverText): the headline is the line over it.
            if (IsCandidate(blocks, i) && !UnderTimeStamp(document, blocks[i]))
            {
                var line = IsDeckOverText(blocks, i) ? i - 1 : i;
                adjacent = blocks[line].Facts.Words >= FullHeadlineWords ? line : -1;
                break;
            }
        }

        // A date and a kicker printed over a headline are its own: they date no line above them.
        var stacked = underChrome ? HeadlineUnderDateAndKicker(blocks, content, document) : -1;
        var stack = stacked >= 0 ? DateAndKickerOver(blocks, stacked, document) : -1;

        var best = -1;
        var bestScore = 0;
        var checks = 0;
        var siteNames = SiteNamesAbove(blocks, content);
        var masthead = IsMasthead(blocks, content, document);

        // How far down the page's top runs with no blank line, read once for the rules of unbroken pages.
        var lastUnbroken = LastUnbrokenBlock(blocks, document);

        // A live page's entries each open on a time alone on its line: such a time stamps the entry under it, and dates no line
        // above it (a pinned summary's heading, "What we know so far", over the first entry). Counted over the blocks at most
        // once, and only when a time stands under a candidate (IsLiveEntryTime): reading every block for a time costs a string each.
        bool? liveTimes = null;

        // Whether the first line is the browser's title, asked once: it searches the whole document.
        bool? browserTitle = null;

        // The headline stands before the article's first paragraphs, never among them.
        for (var i = 0; i < content; i++)
        {
            // A plain article starts with its headline, so the first line is a candidate even
            // when it is short; later lines must earn their place with a dateline or a repeat. An episode's credits on the
            // first line are no headline there either.
            var isFirst = i == 0 && header is null && blocks[i].Facts.IsHeadline(strict: false) && !CreditRows.IsCreditRow(blocks[i]);
            if ((header is not null && i == 0) || (i == 0 && masthead) || (!isFirst && (!IsCandidate(blocks, i, document) || UnderTimeStamp(document, blocks[i]))) || siteNames?.Contains(blocks[i].Text) == true)
            {
                continue;
            }

            var score = isFirst ? FirstLineScore : teasers ? 0 : DatelineScore(blocks, i, stack >= 0 && i < stack ? stack : blocks.Count, ref liveTimes);
            if (i == adjacent && !isFirst)
            {
                score += AdjacencyScore;
            }

            if (i == stacked && !teasers)
            {
                score += DatelineReach;
            }

            if (header is not null && header.IndexOf(Flatten(blocks[i].Text), System.StringComparison.Ordinal) >= 0)
            {
                score += HeaderScore;
            }

            if (isFirst && (browserTitle = IsBrowserTitle(blocks[i], document)) == true)
            {
                score += HeaderScore;
            }

            if (checks++ < MaxRecurrenceChecks && blocks[i].Facts.StopwordHits > 0 && Recurs(document, Flatten(blocks[i].Text)))
            {
                score += RecurrenceScore;
            }

            var words = blocks[i].Facts.Words;
            if (score > 0 && words >= FullHeadlineWords && words <= LongHeadlineWords)
            {
                score++;
            }

            // On a tie the later line wins: pages print teasers and menus above the headline.
            if (score > 0 && score >= bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        // The browser's title with the site's name first on the page, and the headline printed differently over the
        // standfirst and the byline's stack: the printed one is the page's headline.
        if (best == 0 && !(browserTitle ?? IsBrowserTitle(blocks[0], document)) && PrintedUnderBrowserTitle(blocks, content) is var printed and > 0)
        {
            return printed;
        }

        // No line above the article earned a score but the page's first, for being first: the headline the strict rules
        // refuse may stand over its standfirst, under lines of chrome.
        if ((best < 0 || (best == 0 && bestScore <= FirstLineScore)) && HeadlineOverStandfirst(blocks, content, lastUnbroken) is var placed and >= MinChromeOverPlacedHeadline)
        {
            return placed;
        }

        if (best >= 0)
        {
            return HeadlineOverDeck(blocks, best, document);
        }

        // Under a masthead the headline is the first full candidate below it, not a menu's line. A line printed inside a
        // group of lines, with lines glued above and below it (a header's menu: "Startseite" / "Nachrichten Sport Finanzen
        // Auto" / "E-Mail Login"), is the header's when a line set apart comes later. A notice's sign-off over the article, on
        // a printed page that opens on the notice's tail, is the notice's (IsSignOffUnderNotice); an episode's credits are
        // its makers' (CreditRows).
        for (var pass = 0; pass < 2; pass++)
        {
            // No line set apart: on a page printed with no blank line, the last full candidate over the article (UnbrokenTop).
            if (pass == 1 && !masthead && LastFullCandidateOnUnbrokenTop(blocks, content, lastUnbroken) is var last and > 0)
            {
                return last;
            }

            for (var i = masthead ? 1 : 0; i < content; i++)
            {
                if ((masthead ? IsCandidate(blocks, i) : blocks[i].Facts.IsHeadline(strict: false) && !IsSignOffUnderNotice(blocks, i) && !CreditRows.IsCreditRow(blocks[i])) && (pass == 1 || !InsideLineGroup(document, blocks[i])))
                {
                    var first = HeadlineUnderKicker(blocks, i, content);
                    return masthead ? HeadlineOverDeck(blocks, first, document) : first;
                }
            }
        }

        return 0;
    }

    // "Ferry crews vote to strike | Coastal Gazette": a headline with the site's name after a bar, which no strict
    // candidate has.
    private static bool WithSiteName(TextBlock block) => TitleSplitter.Split(block.Text).Source is not null && block.Facts.IsHeadline(strict: false);

    // A line that is only a publication's name ("La Voz de la Ribera"), not a headline with the site's name after it.
    private static bool IsSiteName(string text) => TitleSplitter.Split(text).Source is null && TitleSplitter.ReadsAsPublication(text) && !RunsOnAsClause(text);

    // Whether `lower` starts on the line right under `upper`, with no blank line between.
    private static bool Glued(TextBlock upper, TextBlock lower) => upper.Start.Line + upper.LineCount == lower.Start.Line;

    // A line glued under block `i` and a dateline glued under that line: the place and the date a byline's stack prints.
    public static bool OverPlaceAndDateline(IReadOnlyList<TextBlock> blocks, int i)
        => i + 2 < blocks.Count && blocks[i + 1].LineCount == 1 && Glued(blocks[i], blocks[i + 1]) && Glued(blocks[i + 1], blocks[i + 2])
            && blocks[i + 2].Facts.IsBylineOrDate;

    // A page's masthead: its first block, under lines of chrome set aside above it ("Accéder au
    // contenu") or printed again further down as the page's name ("Logo Radio Vallée Info"), that reads
    // as a publication's name ("Info Centre Val de Loire"), with a headline below it before the article.
    // A plain article's first line, with nothing above it and said once, is its headline.
    private static bool IsMasthead(IReadOnlyList<TextBlock> blocks, int content, string document)
    {
        if (content < 2 || blocks[0].LineCount != 1 || !TitleSplitter.ReadsAsPublication(blocks[0].Text)
            || !(HasTextBefore(document, blocks[0].Start.Offset) || FindFlat(document, Flatten(blocks[0].Text), blocks[0].Start.Offset + blocks[0].Text.Length).Start >= 0))
        {
            return false;
        }

        for (var i = 1; i < content; i++)
        {
            if (IsCandidate(blocks, i, document))
            {
                return true;
            }
        }

        return false;
    }

    // Whether anything but white space stands in `document` before `offset`.
    private static bool HasTextBefore(string document, int offset)
    {
        for (var i = 0; i < offset && i < document.Length; i++)
        {
            if (!Whitespace.IsSpace(document[i]) && !char.IsWhiteSpace(document[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The site names that lines above the article carry after a separator ("… | El Correo de la Vega"):
    // a line that is only one of them is the site's masthead, never the headline, even as the page's
    // first line and printed again in its footer.
    private static HashSet<string>? SiteNamesAbove(IReadOnlyList<TextBlock> blocks, int content)
    {
        HashSet<string>? names = null;
        for (var i = 0; i < content && i < blocks.Count; i++)
        {
            if (blocks[i].LineCount == 1 && TitleSplitter.Split(blocks[i].Text).Source is { } source)
            {
                (names ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(source);
            }
        }

        return names;
    }

    // lynx prints a page's <link rel="alternate"> titles first, as "#Site » Flux … » Headline
    // Flux des commentaires alternate": the page's title is in there, so it is evidence, not a candidate.
    private static string? LynxHeader(string document)
    {
        if (document.Length == 0 || document[0] != '#')
        {
            return null;
        }

        var end = document.IndexOf("\n\n", System.StringComparison.Ordinal);
        // Flattened from the document itself: a copy of the header first would be thrown away.
        var header = end < 0 ? Flatten(document) : FlatCopy(document.AsSpan(0, end));
        return header.IndexOf('»') >= 0 || header.IndexOf("alternate", System.StringComparison.Ordinal) >= 0 ? header : null;
    }

    // A trail on one line that ends on a headline printed nowhere else on the page ("Accueil › Vie locale › Le marché couvert
    // rouvrira ses portes en mars") is a candidate as that headline: the title's text is its last crumb (ArticleParser).
    private static bool IsCandidate(IReadOnlyList<TextBlock> blocks, int i, string document)
    {
        if (IsCandidate(blocks, i))
        {
            return true;
        }

        var crumb = Breadcrumbs.HeadlineCrumbStart(blocks[i]);
        return crumb > 0 && FindFlat(document, Flatten(blocks[i].Text.Substring(crumb)), blocks[i].Start.Offset + blocks[i].Text.Length).Start < 0;
    }

    // A headline-like line that is not the author's name under "Article rédigé par"; a
    // byline just under it lets in a short headline without function words
    // ("Valmont Naufrage : trois pêcheurs secourus au large").
    private static bool IsCandidate(IReadOnlyList<TextBlock> blocks, int i)
    {
        // Every candidate could be a headline (a strict headline is one too): that answer, kept in the block's facts, turns a
        // page's paragraphs away before the exclusions below read the blocks around them.
        if (!blocks[i].Facts.IsHeadline(strict: false) || IsSignOffUnderNotice(blocks, i))
        {
            return false;
        }

        // A sponsor's banner: the partner's name under "En partenariat avec" names a firm, not the article (SponsorBanners).
        if (IsPartnerName(blocks, i))
        {
            return false;
        }

        // A rail's teasers, each with its age ("… · 2 hrs ago"), and a credit's line over a copy ("Forwarded from …",
        // "Provided by …") label other stories and the copy: the headline is neither.
        if (AgedTeasers.IsAgedTeaser(blocks[i]) || (blocks[i].LineCount == 1 && OutletNames.IsCreditLine(blocks[i].Line(0).Span)))
        {
            return false;
        }

        if (i > 0 && blocks[i - 1].Facts.IsAuthorLine && blocks[i - 1].Facts.Words <= MaxBylineLeadWords)
        {
            return false;
        }

        // "Jan de Vries" over "12 mrt 2024 om 18:05": a name alone right over the dateline is the byline.
        // So is an agency's or an office's name there ("Gabinete de Imprensa"), and a name over the place
        // the writer files from, printed with the dateline under it ("Eva de Rooij" / "Schoonwaard" / the date).
        if (blocks[i].LineCount == 1 && i + 1 < blocks.Count && (blocks[i + 1].Facts.IsBylineOrDate || OverPlaceAndDateline(blocks, i))
            && (Metadata.AuthorReader.ReadBareName(System.MemoryExtensions.AsSpan(blocks[i].Text)) is not null
                || Metadata.AuthorReader.NamesADesk(System.MemoryExtensions.AsSpan(blocks[i].Text))))
        {
            return false;
        }

        // "Scorers: Roe 34, Poe 88" / "Attendance: 4,812": a match report's fact box, right over the byline; a table's
        // row of figures ("Roads and bridges     3.1") under the article's first paragraphs.
        if (FactBoxes.IsBoxLine(blocks, i) || FigureTables.InTable(blocks, i))
        {
            return false;
        }

        // "Photographs by Jane Roe", "Fotos von Jana Kolb": a credit names who took the pictures, however near the dateline.
        if (blocks[i].LineCount == 1 && PhotoCredits.IsPictureCredit(blocks[i].Text.AsSpan()))
        {
            return false;
        }

        // "Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren": an episode's credits name its makers, not the
        // article, and the title splitter would cut their last part off as the outlet.
        if (CreditRows.IsCreditRow(blocks[i]))
        {
            return false;
        }

        // "Jane Roe" / "Hydrologist, research fellow at …" / "Jane Roe has worked …": the writer's job between the name and the note.
        if (AuthorBoxes.IsLineBetweenNameAndNote(blocks, i))
        {
            return false;
        }

        // "Jane Roe" / "Farmer and writer" / "See all articles": what a writer's box under the headline says of the writer.
        // "Jane Roe" / "Columnist" / "Follow Jane": the box's link is no headline either.
        if (AuthorBoxes.IsLinkUnderName(blocks, i))
        {
            return false;
        }

        // The link opens its own line, two lines under the name: "Why Walkers Now Follow Jane Roe" is a headline.
        if (i > 0 && i + 1 < blocks.Count && blocks[i - 1].LineCount == 1 && blocks[i + 1].LineCount == 1
            && AuthorBoxes.IsLinkLine(blocks[i + 1].Text.AsSpan()) && Metadata.AuthorReader.ReadBareName(blocks[i - 1].Text.AsSpan()) is not null)
        {
            return false;
        }

        return blocks[i].Facts.IsHeadline(strict: true)
            || (HasAuthorUnder(blocks, i) && blocks[i].Facts.Words >= MinStrongWords && blocks[i].Facts.IsHeadline(strict: false));
    }

    // Whether the blocks between the first and block `index` read as a page's chrome rather than as
    // an article's paragraphs: at least half of them are no sentence (menus, teasers' headlines,
    // labels). A plain article of short paragraphs, with a subheading or two among them, is no page
    // with its headline under chrome, whatever line stands right above its first long paragraphs; nor
    // is one whose every section is one sentence under its subheading (IsSubheadingBetweenSentences).
    private static bool HasChromeAbove(IReadOnlyList<TextBlock> blocks, int index)
    {
        var notSentences = 0;
        for (var i = 1; i < index; i++)
        {
            if (!BlockQuality.EndsLikeSentence(blocks[i].Text.AsSpan()) && !IsSubheadingBetweenSentences(blocks, i))
            {
                notSentences++;
            }
        }

        return notSentences * 2 >= index - 1;
    }

    // An author line within two blocks under a line (a standfirst may stand between).
    private static bool HasAuthorUnder(IReadOnlyList<TextBlock> blocks, int index)
    {
        for (var i = index + 1; i < blocks.Count && i <= index + AuthorReach; i++)
        {
            if (blocks[i].Facts.IsAuthorLine)
            {
                return true;
            }
        }

        return false;
    }

    // Headlines each followed by their own date ("Title / 7 janvier 2023 / Politique", over and
    // over) are a list of teasers: their dates say nothing about which line is the headline.
    private static bool IsTeaserList(IReadOnlyList<TextBlock> blocks, int content)
    {
        var dated = 0;
        for (var i = 1; i < content; i++)
        {
            if (blocks[i].Facts.IsBylineOrDate && blocks[i - 1].Facts.IsHeadline(strict: true) && ++dated > MaxDatedCandidates)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first block of real prose that another soon follows, where the article
    /// proper starts; a lone good block among menus is a blurb or a cookie notice. Short paragraphs
    /// of prose between two good blocks (a news article's one-sentence paragraphs) do not part them.
    /// </summary>
    public static int ContentStart(IReadOnlyList<TextBlock> blocks)
    {
        var first = -1;
        var previousGood = -1;
        var lastForm = -FormReach - 1;

        // Blocks since the last good one, its short paragraphs of prose aside.
        var apart = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            apart++;
            if (IsFormField(blocks[i].Text))
            {
                lastForm = i;
                continue;
            }

            // lynx's "#… » Flux …" header is long and wordy, but it is no paragraph.
            var isLynxHeader = i == 0 && blocks[i].Text.StartsWith("#", System.StringComparison.Ordinal);
            // A sponsor's disclosure under the partner's name is the banner's, not the article's first paragraph (SponsorBanners).
            if (isLynxHeader || !blocks[i].Facts.IsGood || i - lastForm <= FormReach || IsTimedHeadlines(blocks, i) || IsBannerDisclosure(blocks, i))
            {
                var facts = blocks[i].Facts;
                if (!isLynxHeader && i - lastForm > FormReach && BlockQuality.IsProse(facts) && !facts.IsCaption && !facts.IsBylineOrDate)
                {
                    apart--;
                }

                continue;
            }

            if (previousGood >= 0 && apart <= RunReach)
            {
                return previousGood;
            }

            first = first < 0 ? i : first;
            previousGood = i;
            apart = 0;
        }

        return first >= 0 ? first : blocks.Count;
    }

    // "Nom ____", "[ ] J'accepte", "( ) Madame": the fields of a sign-up or login form, as lynx draws them.
    private static bool IsFormField(string text)
        => text.IndexOf("____", System.StringComparison.Ordinal) >= 0
        || text.StartsWith("[ ]", System.StringComparison.Ordinal)
        || text.StartsWith("(*)", System.StringComparison.Ordinal)
        || text.StartsWith("( )", System.StringComparison.Ordinal);

    /// <summary>Whether <paramref name="block"/> could be a headline.</summary>
    public static bool IsHeadline(TextBlock block, bool strict)
        => CouldBeHeadline(block) && (!strict || IsStrictHeadline(block));

    /// <summary>
    /// Whether <paramref name="block"/>, which could be a headline (<see cref="IsHeadline(TextBlock, bool)"/>), could be
    /// strictly: three words or more, in lower case or in capitals, no link's shape, and a bar only before a site's name.
    /// </summary>
    /// <remarks>
    /// Apart, so that a block's facts read the checks both answers share once (<see cref="BlockFacts.IsHeadline"/>): the
    /// title rules ask both of the same blocks.
    /// </remarks>
    internal static bool IsStrictHeadline(TextBlock block)
    {
        var text = block.Text;
        return block.Facts.Words >= MinStrongWords && (HasLowerCase(text) || IsCapitalsHeadline(block.Facts)) && !BlockQuality.IsLinkLike(text)
            && (text.IndexOf('|') < 0 || IsHeadlineBeforeSite(text));
    }

    private static bool CouldBeHeadline(TextBlock block)
    {
        var text = block.Text;
        if (block.LineCount > MaxLines || text.Length > MaxLength || text.Length == 0)
        {
            return false;
        }

        var words = block.Facts.Words;
        if (words < MinWords || words > MaxWords || !StartsLikeHeadline(text))
        {
            return false;
        }

        // A line printed in columns ("Alle akzeptieren   Nur notwendige   Einstellungen", "Nieuws   Teelt   Techniek") is a
        // button bar or a menu, and a bar of labelled facts ("Serves: 4 | Prep: 20 min | Cook: 40 min") a recipe's: a headline
        // is one phrase. A header's menu printed with narrower gaps ("Startseite  Lokales  Politik  Sport") is no clause (MenuLines).
        if (EndsWithStop(text) || HasSentenceBreak(text) || block.Facts.IsBylineOrDate || block.Facts.IsCaption
            || PageLines.IsBreadcrumb(text) || block.Facts.IsTerminator || PageLines.HasClockTime(text) || ColumnGaps.Count(text) >= MinColumnGaps
            || FactBoxes.IsFactBar(text.AsSpan()) || MenuLines.IsMenu(block) || SectionMenus.IsMenu(block)
            || (block.LineCount == 1 && PlayerControls.IsControl(text.AsSpan())))
        {
            return false;
        }

        return true;
    }

    // "Teler oogst eerste paprika's onder ledlicht | Kas & Teelt": one bar before a site's name, the headline before it
    // no menu's links ("Startseite | Region | Kultur" has more bars; "Home | News" leaves no headline), or a section's
    // label between them.
    private static bool IsHeadlineBeforeSite(string text)
    {
        // "Waarom ik mijn auto heb verkocht | Column | Zuid-Hollands Nieuwsblad": a section's label between them (SectionLabels).
        if (SectionLabels.Split(text) is not null)
        {
            return true;
        }

        var (head, source) = TitleSplitter.Split(text);
        return (source is not null && head.IndexOf('|') < 0 && source.IndexOf('|') < 0 && HasLowerCase(head) && !BlockQuality.IsLinkLike(head))
            || IsSiteBeforeHeadline(text);
    }

    // "Westmarch Herald | Ferry fares to Cullen Isle rise": a site's name before one bar, as many sites print their browser
    // title, and a headline after it that runs on in lower case. A menu's links ("Home | News") leave no clause after the bar.
    private static bool IsSiteBeforeHeadline(string text)
    {
        var bar = text.IndexOf('|');
        if (bar <= 0 || text.IndexOf('|', bar + 1) >= 0)
        {
            return false;
        }

        var site = Whitespace.Trim(text.Substring(0, bar));
        var headline = Whitespace.Trim(text.Substring(bar + 1));
        return site.Length > 0 && headline.IndexOf(' ') > 0 && TitleSplitter.ReadsAsPublication(site)
            && HasLowerCase(headline) && !BlockQuality.IsLinkLike(headline);
    }

    // A dateline or byline right under a line marks it as the headline; the nearer, the surer.
    // Blocks from `end` on are another headline's stack, whose date is not this line's.
    private static int DatelineScore(IReadOnlyList<TextBlock> blocks, int index, int end, ref bool? liveTimes)
    {
        for (var i = index + 1; i < end && i < blocks.Count && i <= index + DatelineReach; i++)
        {
            if (blocks[i].Facts.IsBylineOrDate && !IsScheduleLine(blocks, i) && !IsLiveEntryTime(blocks, i, ref liveTimes))
            {
                return DatelineReach + 1 - (i - index);
            }
        }

        return 0;
    }

    // Whether the block at `index` is a live page's entry time; whether the page is live is asked only then, and once.
    private static bool IsLiveEntryTime(IReadOnlyList<TextBlock> blocks, int index, ref bool? liveTimes)
        => LiveEntries.IsTime(blocks[index]) && (liveTimes ??= LiveEntries.StampsSeveral(blocks)) == true;

    private static bool StartsLikeHeadline(string text)
    {
        var c = text[0];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '«' or '“' or '"' or '‘' or '\'' or '„' || OpensOnInvertedMark(text)))
        {
            return false;
        }

        // "1. Accueil", "2) Monde": a numbered list item, as breadcrumbs are dumped.
        var i = Digits.End(text, 0);

        return !(i > 0 && i < text.Length && (text[i] == '.' || text[i] == ')'));
    }

    private static bool EndsWithStop(string text)
    {
        var last = text[text.Length - 1];
        if (last is ',' or ';' or ':')
        {
            return true;
        }

        return last == '.' && !(text.Length > 1 && text[text.Length - 2] == '.');
    }

    // "Texte. Suite": a full stop after a lower-case word or a number, then a capital, is two
    // sentences, which a headline never is; "M. Girard" and "…" are not breaks.
    internal static bool HasSentenceBreak(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1]) || text[i - 1] == ')')
                && (char.IsUpper(text[i + 2]) || text[i + 2] is '(' or '[') && !IsAbbreviationStop(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

}

