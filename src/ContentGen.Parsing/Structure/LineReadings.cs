using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// What the page's lines gave when each was judged alone as they were grouped (<see cref="BodyReader"/>), by the index of
/// its segment among the page's segments: whether it is no chrome, and the chrome phrases it holds. A one-line block over
/// that segment takes them (<see cref="BlockFacts.TakeLineReading"/>), where its own judgement read the line again.
/// </summary>
/// <remarks>
/// Lent with the page's buffers (<see cref="BodyBuffers"/>). Every segment the groups gather is noted as it is judged, so
/// that an entry is read only after this page wrote it: nothing is cleared between pages.
/// </remarks>
internal sealed class LineReadings
{
    // Per segment: 0 for a line not judged alone or judged chrome; else NoChrome, with the phrases plus one above it
    // (0 when they are not known).
    private const int NoChrome = 1;
    private const int PhrasesShift = 1;

    private int[] _readings = new int[256];

    /// <summary>Notes the reading of the segment at <paramref name="index"/>: <paramref name="noChrome"/> and its <paramref name="phrases"/> (-1 when not known).</summary>
    public void Note(int index, bool noChrome, int phrases)
    {
        if (index >= _readings.Length)
        {
            Array.Resize(ref _readings, Math.Max(index + 1, _readings.Length * 2));
        }

        _readings[index] = noChrome ? NoChrome | ((phrases + 1) << PhrasesShift) : 0;
    }

    /// <summary>Whether the segment at <paramref name="index"/> was judged alone and found no chrome, and its phrases then (-1 when not known).</summary>
    public bool IsNoChrome(int index, out int phrases)
    {
        var reading = index < _readings.Length ? _readings[index] : 0;
        phrases = (reading >> PhrasesShift) - 1;
        return (reading & NoChrome) != 0;
    }
}
