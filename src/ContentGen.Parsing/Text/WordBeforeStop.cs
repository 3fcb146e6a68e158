using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The word that ends right before a full stop, read back over its letters, and whether the lexicons list it as an
/// abbreviation ("Dr.", "Mme.", "Sra.", "St."), whose stop ends no sentence. Asked alike by the title finder (a headline
/// naming "St. Margareta" is one sentence) and the author reader (names that end before "Prof." end no credit).
/// </summary>
internal static class WordBeforeStop
{
    /// <summary>
    /// Where the run of letters that ends right before <paramref name="text"/>[<paramref name="stop"/>] starts:
    /// <paramref name="stop"/> itself when no letter stands there.
    /// </summary>
    /// <remarks>Reads back over one word: no copy, no allocation.</remarks>
    public static int Start(ReadOnlySpan<char> text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// Whether the run of letters right before <paramref name="text"/>[<paramref name="stop"/>] is an abbreviation of the
    /// lexicons (<see cref="LexiconTables.Abbreviations"/>, capitalised exactly so); <paramref name="start"/> is where that
    /// run starts, as <see cref="Start"/> gives it.
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> text, int stop, out int start)
    {
        start = Start(text, stop);
        return start < stop && LexiconTables.Abbreviations.Contains(text.Slice(start, stop - start));
    }
}
