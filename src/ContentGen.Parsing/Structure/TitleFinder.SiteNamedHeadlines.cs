using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Freguesia de Gondarém abre centro de dia na antiga escola primária – Jornal do Vale do Ovelha" / blank / "Obra custou 380
// mil euros e vai receber 25 idosos a partir de abril" / blank / the byline: the deck stands nearer the byline and outscores
// the headline, and counted with the site's name the headline is longer than its deck, which no headline over a deck is.
// A page prints its name beside its headline, never beside a deck, a kicker or another story's teaser: the site's name
// marks the line as the headline, as a kicker in capitals over it does. Its words are weighed without the name. A dump
// wrapped at a width prints it over two lines, read as the one line it was (WrappedAsOneLine).
internal static partial class TitleFinder
{
    // A dump wrapped at 60 to 80 columns breaks the headline with the site's name after it in two lines at most.
    private const int MaxSiteNamedHeadlineLines = 2;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], a deck over the byline (<see cref="Ledes.IsDeckOverByline"/>),
    /// stands under a one-line headline printed with the site's name after a separator, whose own words (seven or more, the
    /// name aside) are fewer than the deck's, below the page's first block: the headline's deck, not a headline printed under
    /// the browser's title.
    /// </summary>
    private static bool IsDeckUnderSiteNamedHeadline(IReadOnlyList<TextBlock> blocks, int deck)
    {
        // The page's first line with the site's name is its browser title, which may stand right over the printed headline.
        var upper = blocks[deck - 1];
        if (deck < 2 || upper.LineCount > MaxSiteNamedHeadlineLines || !WithSiteName(upper) || upper.Facts.StopwordHits == 0)
        {
            return false;
        }

        var headline = TitleSplitter.Split(upper.Text).Title;
        if (upper.LineCount == MaxSiteNamedHeadlineLines && !WrappedAsOneLine(upper))
        {
            return false;
        }

        var headlineWords = Words.Count(headline);
        return headlineWords >= MinHeadlineOverSetApartDeckWords && headlineWords < blocks[deck].Facts.Words;
    }

    // "… na antiga escola" / "primária – Jornal do Vale do Ovelha", "… na antiga escola –" / "Jornal do Alto Sabor": a width
    // broke the line inside the headline's clause (the second line goes on in lower case) or at the separator before the
    // site's name, or inside the name. A second line opening on a capital after words that are no publication's name
    // ("… | Trafic : …" / "Info > Économie") is another thing printed with the first.
    private static bool WrappedAsOneLine(TextBlock upper)
    {
        var first = upper.Line(0).Span.Trim();
        var second = upper.Line(1).Span.Trim();
        return first.Length > 0 && second.Length > 0
            && (char.IsLower(second[0]) || TitleSplitter.EndsOnSeparator(first) || TitleSplitter.OpensOnSeparator(second) || BrokenInsideName(upper, first.Length));
    }

    // "… escola primária – Jornal do" / "Vale do Ovelha": the separator on the first line, and the words after it, run on
    // over the second, a publication's name. A bar of several items ("Portvale 9°C | Saint Aubyn 8°C | Traffic: …") is none.
    private static bool BrokenInsideName(TextBlock upper, int firstLength)
    {
        var (title, source) = TitleSplitter.Split(upper.Text);
        return source is not null && title.Length < firstLength && title.IndexOf('|') < 0 && source.IndexOf(':') < 0
            && TitleSplitter.ReadsAsPublication(source);
    }
}
