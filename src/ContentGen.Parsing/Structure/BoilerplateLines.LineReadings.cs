using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    /// <summary>
    /// <see cref="ClassifyLine(ReadOnlySpan{char})"/>, and the chrome phrases it found in the whole line (as
    /// <see cref="PhrasesIn"/> would), or -1 when it did not search the whole line or stopped on a rights phrase.
    /// </summary>
    /// <remarks>
    /// A line judged alone as the page's lines are grouped is, as often as not, a block of its own next: the block is
    /// judged by the same rules (<see cref="Classify"/>) and searched for the same phrases, and what the line gave answers
    /// for it (<see cref="BlockFacts.TakeLineReading"/>).
    /// </remarks>
    public static BoilerplateKind? ClassifyLine(ReadOnlySpan<char> line, out int phrases)
        => ClassifyLine(line, Words.Count(line, MaxWordsForPhraseMatch), null, out phrases);
}
