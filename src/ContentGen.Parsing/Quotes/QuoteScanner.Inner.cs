using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Quotes inside quotes: «Mi padre siempre decía: “No te rindas”», "She kept asking me, 'Is it
/// over?'", ‘Mijn moeder zei: “Kom terug.”’. An inner quote is a pair of marks that opens and closes
/// right inside a top-level quote, one level down: marks of another style than the outer quote's
/// (the scanner never nests a quote in its own style: the same mark again continues or ends it). A
/// single mark that never closes inside the quote was an apostrophe, and is none; a title or a word
/// set in marks inside a quote is an inner quote all the same, whose speaker the reader leaves to no
/// one. Quotes two levels down stay in their inner quote's words. The outer quote keeps its words whole.
/// </summary>
internal static partial class QuoteScanner
{
    // The pairs closed one level inside a top-level quote, each with the quote's index in `quotes`;
    // pairs inside a mark that never became a quote (an apostrophe at the bottom) are dropped. Both
    // lists run in the order of their opening marks, so one pass pairs them. The list is the result's
    // own, made for it: no copy is needed.
    private static List<InnerSpan>? InnerOfTopLevel(List<(int Outer, int Open, int Close)> inner, List<QuoteSpan> quotes)
    {
        if (inner.Count == 0)
        {
            return null;
        }

        List<InnerSpan>? found = null;
        var q = 0;
        foreach (var (outer, open, close) in inner)
        {
            while (q < quotes.Count && (quotes[q].IsHeadless || quotes[q].Open < outer))
            {
                q++;
            }

            if (q < quotes.Count && quotes[q].Open == outer)
            {
                (found ??= new List<InnerSpan>()).Add(new InnerSpan(q, open, close));
            }
        }

        return found;
    }
}

/// <summary>A quote inside a top-level quote of the same block, by character indices into the block.</summary>
internal readonly struct InnerSpan
{
    public InnerSpan(int outer, int open, int close)
    {
        Outer = outer;
        Open = open;
        Close = close;
    }

    /// <summary>The index, among the block's top-level quotes, of the quote this one sits in.</summary>
    public int Outer { get; }

    /// <summary>The index of the opening mark.</summary>
    public int Open { get; }

    /// <summary>The index of the closing mark.</summary>
    public int Close { get; }

    /// <summary>The words between the marks, trimmed, in place.</summary>
    public ReadOnlySpan<char> TrimmedInnerSpan(string text)
        => Text.Whitespace.Trim(text.AsSpan(Open + 1, Close - Open - 1));
}
