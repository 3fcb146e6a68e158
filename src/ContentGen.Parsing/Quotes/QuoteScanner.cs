using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Finds the top-level quotes in a block of text in one linear pass. Nested quotes stay inside
/// the outer one; mismatched pairs (« … ”) and marks glued to the wrong word (of“ x ”on) still
/// pair up; apostrophes never open a quote.
/// </summary>
internal static partial class QuoteScanner
{
    // "voté», a lancé": a closing mark after fewer words ("late ”, more") ends no quote that lost its opening mark.
    private const int MinHeadlessWords = 3;

    // The lists a scan works in: one set per thread serves every paragraph read on it, and a scan
    // returns arrays of its exact size (most paragraphs that hold a mark hold only apostrophes, and
    // return none). A list holds at most an entry per character, so the set of a paragraph longer
    // than MaxKeptScratchText is left to the collector: a hostile one would keep its lists' size.
    [ThreadStatic]
    private static Scratch? t_scratch;
    private const int MaxKeptScratchText = 1 << 14;

    private sealed class Scratch
    {
        public List<QuoteSpan> Quotes { get; } = new();

        public List<int> Strays { get; } = new();

        public Stack<(char Mark, int Index)> Open { get; } = new();

        public List<int> Continuations { get; } = new();

        /// <summary>Quotes closed above apostrophes only, with how many entries stayed open beneath each.</summary>
        public List<(QuoteSpan Quote, int Beneath)> AboveApostrophes { get; } = new();

        /// <summary>Pairs closed right inside a mark still open, by that mark's index (QuoteScanner.Inner.cs).</summary>
        public List<(int Outer, int Open, int Close)> Inner { get; } = new();

        public void Clear()
        {
            Inner.Clear();
            Quotes.Clear();
            Strays.Clear();
            Open.Clear();
            Continuations.Clear();
            AboveApostrophes.Clear();
        }
    }

    /// <summary>The result of scanning one block.</summary>
    public readonly struct Result
    {
        public Result(IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<int> strayClosers, char carriedSingle = '\0', IReadOnlyList<InnerSpan>? inner = null)
        {
            Quotes = quotes;
            StrayClosers = strayClosers;
            CarriedSingle = carriedSingle;
            Inner = inner ?? Array.Empty<InnerSpan>();
        }

        /// <summary>The result of a text without a quotation mark.</summary>
        public static Result None => new(Array.Empty<QuoteSpan>(), Array.Empty<int>());

        /// <summary>The top-level quotes in order; only the last can be open.</summary>
        public IReadOnlyList<QuoteSpan> Quotes { get; }

        /// <summary>Indices of double closing marks that close nothing.</summary>
        public IReadOnlyList<int> StrayClosers { get; }

        /// <summary>
        /// The single mark left open at the bottom when it opens a quoted sentence to the block's last
        /// stop, which the next paragraph may carry on (QuoteScanner.CarriedSingle.cs); '\0' otherwise.
        /// </summary>
        public char CarriedSingle { get; }

        /// <summary>The quotes inside the top-level quotes, in order (QuoteScanner.Inner.cs).</summary>
        public IReadOnlyList<InnerSpan> Inner { get; }
    }

    /// <summary>Scans <paramref name="text"/> for quotes.</summary>
    /// <param name="text">The block.</param>
    /// <param name="carriedOn">
    /// Whether the next paragraph opens again with the single mark <see cref="Result.CarriedSingle"/>
    /// of a first scan, so that the mark opens a quote rather than an elided word.
    /// </param>
    public static Result Scan(string text, bool carriedOn = false)
    {
        var first = text.AsSpan().IndexOfAny(QuoteMarks.All);
        if (first < 0)
        {
            return Result.None;
        }

        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        scratch.Clear();
        var (quotes, strays, open, continuations) = (scratch.Quotes, scratch.Strays, scratch.Open, scratch.Continuations);
        var aboveApostrophes = scratch.AboveApostrophes;
        var inner = scratch.Inner;

        // From mark to mark: a paragraph has a few, and the search between them is the runtime's vectorised one.
        for (var i = first; i >= 0; i = NextMark(text, i + 1))
        {
            var c = text[i];
            if (QuoteMarks.IsDouble(c))
            {
                ScanDouble(text, i, open, quotes, strays, continuations, aboveApostrophes, inner);
            }
            else
            {
                ScanSingle(text, i, open, quotes, aboveApostrophes, inner);
            }
        }

        // Only a double quote left open is a real quote; a lone single mark was an apostrophe, unless
        // the next paragraph carries it on (QuoteScanner.CarriedSingle.cs).
        var bottom = default((char Mark, int Index));
        var hasOpen = false;
        foreach (var entry in open)
        {
            bottom = entry;
            hasOpen = true;
        }

        var carried = '\0';
        if (hasOpen && QuoteMarks.IsDouble(bottom.Mark))
        {
            quotes.Add(new QuoteSpan(bottom.Index, -1, continuations: Take(continuations)));
        }
        else if (hasOpen)
        {
            carried = CarriedSingleMark(text, bottom.Mark, bottom.Index);
            if (carriedOn && carried != '\0')
            {
                AddQuoteCarriedOn(bottom.Index, quotes, aboveApostrophes);
            }
            else
            {
                AddQuotesAboveApostrophes(open, quotes, aboveApostrophes);
            }
        }

        var result = new Result(
            quotes.Count == 0 ? Array.Empty<QuoteSpan>() : quotes.ToArray(),
            strays.Count == 0 ? Array.Empty<int>() : strays.ToArray(),
            carried,
            InnerOfTopLevel(inner, quotes));
        if (text.Length <= MaxKeptScratchText)
        {
            t_scratch = scratch;
        }

        return result;
    }

    private static int NextMark(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(QuoteMarks.All);
        return next < 0 ? -1 : from + next;
    }

    private static void ScanDouble(
        string text, int i, Stack<(char Mark, int Index)> open, List<QuoteSpan> quotes, List<int> strays, List<int> continuations,
        List<(QuoteSpan Quote, int Beneath)> aboveApostrophes, List<(int Outer, int Open, int Close)> inner)
    {
        var c = text[i];
        var opensByContext = SpaceBefore(text, i) && !SpaceAfter(text, i);
        if (open.Count == 0)
        {
            // At the top level a mark that can open does, wherever it is glued.
            if (!QuoteMarks.OnlyCloses(c) || opensByContext)
            {
                open.Push((c, i));
            }
            else
            {
                // "… une fois ce texte voté», a lancé le ministre": the block's first mark closes
                // before an attribution, so the text lost the opening mark of words that start the
                // block. The mark still closes nothing written, so it is reported all the same.
                if (quotes.Count == 0 && strays.Count == 0 && IsBeforeAttribution(text, i) && Words.Count(text.AsSpan(0, i), MinHeadlessWords) >= MinHeadlessWords)
                {
                    quotes.Add(QuoteSpan.Headless(i));
                }

                strays.Add(i);
            }

            return;
        }

        var top = open.Peek();

        // Quotes never nest in their own style, so the same mark opening again while one is open
        // is either the writer's mark for a new paragraph of the same quote, after a full stop
        // ("A. "B." in flattened text), or a sign that the open quote lost its closing mark. A mark
        // that opens by context has a word right after it, so it never also closes by context.
        if (c == top.Mark && !QuoteMarks.OnlyCloses(c) && open.Count == 1 && opensByContext)
        {
            if (EndsSentenceBefore(text, i))
            {
                continuations.Add(i);
                return;
            }

            open.Pop();
            quotes.Add(new QuoteSpan(top.Index, i, abandoned: true, continuations: Take(continuations)));
            open.Push((c, i));
            return;
        }

        // « … : “ Fermez les volets ” » (QuoteScanner.SpacedInner.cs).
        var closes = !(open.Count == 1 && OpensSpacedInner(text, i, top.Mark))
            && (QuoteMarks.Pairs(top.Mark, c) || (!QuoteMarks.OnlyOpens(c) && !(opensByContext && !QuoteMarks.OnlyCloses(c))));
        if (closes)
        {
            CloseDown(open, i, quotes, c, continuations, aboveApostrophes, inner);
        }
        else
        {
            open.Push((c, i));
        }
    }

    private static void ScanSingle(
        string text, int i, Stack<(char Mark, int Index)> open, List<QuoteSpan> quotes, List<(QuoteSpan Quote, int Beneath)> aboveApostrophes,
        List<(int Outer, int Open, int Close)> inner)
    {
        var c = text[i];

        // Single guillemets are never apostrophes, and French sets them off with spaces.
        if (c == '‹')
        {
            open.Push((c, i));
            return;
        }

        if (c == '›')
        {
            if (open.Count > 0 && open.Peek().Mark == '‹')
            {
                CloseDown(open, i, quotes, c, null, aboveApostrophes, inner);
            }

            return;
        }

        var letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        var letterAfter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        if (letterBefore && letterAfter)
        {
            return; // an apostrophe inside a word: don't, Washington’s
        }

        if (open.Count > 0 && QuoteMarks.IsSingle(open.Peek().Mark) && !letterAfter && !SpaceBefore(text, i)
            && (QuoteMarks.Pairs(open.Peek().Mark, c) || c == '’'))
        {
            CloseDown(open, i, quotes, c, null, aboveApostrophes, inner);
        }
        else if (!letterBefore && letterAfter && c != '’' && c != '›' && !OpensElidedWord(text, i))
        {
            open.Push((c, i));
        }
    }

    // Closes the innermost quote; a top-level close yields a quote.
    private static void CloseDown(
        Stack<(char Mark, int Index)> open, int index, List<QuoteSpan> quotes, char closer, List<int>? continuations,
        List<(QuoteSpan Quote, int Beneath)> aboveApostrophes, List<(int Outer, int Open, int Close)> inner)
    {
        // Single quotes left open inside a closing double quote were apostrophes.
        while (open.Count > 1 && QuoteMarks.IsSingle(open.Peek().Mark) && QuoteMarks.IsDouble(closer))
        {
            open.Pop();
        }

        var (mark, start) = open.Pop();
        if (open.Count == 0)
        {
            quotes.Add(new QuoteSpan(start, index, continuations: continuations is null ? null : Take(continuations)));
        }
        else if (open.Count == 1)
        {
            inner.Add((open.Peek().Index, start, index));
        }

        NoteCloseAboveApostrophes(open, mark, new QuoteSpan(start, index), aboveApostrophes);
    }

    private static int[]? Take(List<int> continuations)
    {
        if (continuations.Count == 0)
        {
            return null;
        }

        var taken = continuations.ToArray();
        continuations.Clear();
        return taken;
    }

    // An attribution's comma (", a lancé", or inside the mark: ",” said") and a lower-case word after the mark.
    private static bool IsBeforeAttribution(string text, int i)
    {
        var comma = i + 1;
        while (comma < text.Length && Whitespace.IsSpace(text[comma]))
        {
            comma++;
        }

        int j;
        if (comma < text.Length && text[comma] == ',')
        {
            j = comma + 1;
        }
        else if (i > 0 && text[i - 1] is ',' or '!' or '?')
        {
            j = i + 1;
        }
        else
        {
            return false;
        }

        var word = j;
        while (word < text.Length && Whitespace.IsSpace(text[word]))
        {
            word++;
        }

        return word > j && word < text.Length && char.IsLower(text[word]);
    }

    private static bool EndsSentenceBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && Whitespace.IsSpace(text[j]))
        {
            j--;
        }

        return j >= 0 && Structure.Punctuation.IsTerminal(text[j]);
    }

    private static bool SpaceBefore(string text, int i)
        => i == 0 || Whitespace.IsSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/';

    private static bool SpaceAfter(string text, int i)
        => i + 1 >= text.Length || Whitespace.IsSpace(text[i + 1]) || text[i + 1] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']';
}
