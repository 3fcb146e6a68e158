using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// One block's stopword hits per lexicon (in the order of <see cref="Lexicons.Lexicon.All"/>), held
/// inside the block's facts: a page of many short blocks paid an array for each, which cost
/// more than the facts themselves.
/// </summary>
internal readonly struct LanguageCounts
{
    /// <summary>How many lexicons a count has room for.</summary>
    public const int Capacity = 8;

    private readonly int _c0, _c1, _c2, _c3, _c4, _c5, _c6, _c7;

    /// <summary>The counts of <paramref name="hits"/>, at most <see cref="Capacity"/> of them.</summary>
    public LanguageCounts(ReadOnlySpan<int> hits)
    {
        _c0 = At(hits, 0);
        _c1 = At(hits, 1);
        _c2 = At(hits, 2);
        _c3 = At(hits, 3);
        _c4 = At(hits, 4);
        _c5 = At(hits, 5);
        _c6 = At(hits, 6);
        _c7 = At(hits, 7);
    }

    /// <summary>How many lexicons are counted.</summary>
    public int Length => LanguageGuesser.Languages;

    /// <summary>The hits of the lexicon at <paramref name="language"/>.</summary>
    public int this[int language] => language switch
    {
        0 => _c0,
        1 => _c1,
        2 => _c2,
        3 => _c3,
        4 => _c4,
        5 => _c5,
        6 => _c6,
        7 => _c7,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>
    /// The lexicons with the most hits, as bits in the order of <see cref="Lexicons.Lexicon.All"/> (the languages a line's
    /// function words lean to; a tie leans to each); 0 when the line has no hit in any.
    /// </summary>
    public int Leading
    {
        get
        {
            var most = 0;
            for (var i = 0; i < Length; i++)
            {
                most = Math.Max(most, this[i]);
            }

            var leading = 0;
            for (var i = 0; i < Length && most > 0; i++)
            {
                leading |= this[i] == most ? 1 << i : 0;
            }

            return leading;
        }
    }

    /// <summary>Adds these counts to <paramref name="hits"/>, lexicon by lexicon.</summary>
    public void AddTo(Span<int> hits)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] += this[i];
        }
    }

    /// <summary>The counts as an array, one per lexicon.</summary>
    public int[] ToArray()
    {
        var counts = new int[Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = this[i];
        }

        return counts;
    }

    private static int At(ReadOnlySpan<int> hits, int index) => index < hits.Length ? hits[index] : 0;
}
