using System;
using System.Collections;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A run of a paragraph's tokens (a sentence), read in place: index 0 is the run's first token.
/// Sentences share the paragraph's token list instead of copying their tokens out of it.
/// </summary>
/// <remarks>
/// A range is valid while its paragraph is read, as the token list is: the finder's ranges are
/// set again for the next paragraph's sentences (<see cref="Sentences.Split"/>), not made anew.
/// </remarks>
internal sealed partial class TokenRange : IReadOnlyList<Token>
{
    private List<Token> _tokens;
    private int _start;

    // The tokens read through this range since it was set: see TokenVisits.
    private long _visits;

    public TokenRange(List<Token> tokens, int start, int count)
    {
        _tokens = tokens;
        _start = start;
        Count = count;
    }

    public int Count { get; private set; }

    /// <summary>What the sentence's tokens hold between them, set by <see cref="Sentences.Split"/>; otherwise unknown, which turns no rule away.</summary>
    public SentenceSummary Summary { get; private set; } = SentenceSummary.Unknown;

    /// <summary>Gives the range its sentence's summary, once its tokens are read (<see cref="Sentences.Split"/>).</summary>
    public void Summarise(SentenceSummary summary) => Summary = summary;

    /// <summary>Makes this the range of another sentence.</summary>
    public void Reset(List<Token> tokens, int start, int count)
    {
        _tokens = tokens;
        _start = start;
        Count = count;
        Summary = SentenceSummary.Unknown;
        _visits = 0;
        ForgetSubjects();
    }

    /// <summary>Adds the tokens read through this range to <see cref="TokenVisits"/>, and counts again from zero.</summary>
    public void HandInVisits()
    {
        TokenVisits.Add(_visits);
        _visits = 0;
    }

    // Every reader asks for a sentence's tokens one by one: the throw stands in a method of its own,
    // so that this stays small enough for the compiler to inline at its call sites. The visit it
    // counts is the price of the linearity test (TokenVisitGrowthTests): one increment per read.
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowOutOfRange(index);
            }

            _visits++;
            return _tokens[_start + index];
        }
    }

    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            // Counted as the indexer counts, so that a reader walking the range with foreach is seen too.
            _visits++;
            yield return _tokens[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
