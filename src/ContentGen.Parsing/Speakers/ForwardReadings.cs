using System;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The subjects <see cref="Phrase.ReadForward"/> read in one sentence, by start, for the first
/// <see cref="MaxStart"/> tokens: one thread's, for one reader and one sentence at a time.
/// </summary>
/// <remarks>
/// About a quarter of a BBC pass's forward readings repeat one made before in the same sentence,
/// from another rule. A sentence is named by its range and the range's generation (a range is
/// reused for sentence after sentence), and the reader by itself (each language has its own
/// tables). Readings past the first tokens are rare and not kept, so the store stays small on a
/// sentence of a million tokens.
/// </remarks>
internal sealed class ForwardReadings
{
    public const int MaxStart = 64;

    [ThreadStatic]
    private static ForwardReadings? t_readings;

    private readonly Subject[] _subjects = new Subject[MaxStart];
    private Phrase? _reader;
    private TokenRange? _range;
    private int _generation;

    // Bit i says the subject at start i was read.
    private ulong _known;

    /// <summary>The thread's store, emptied first unless it holds <paramref name="range"/>'s present sentence as <paramref name="reader"/> read it.</summary>
    public static ForwardReadings Of(Phrase reader, TokenRange range)
    {
        var readings = t_readings ??= new ForwardReadings();
        if (!ReferenceEquals(readings._range, range) || readings._generation != range.Generation || !ReferenceEquals(readings._reader, reader))
        {
            readings._reader = reader;
            readings._range = range;
            readings._generation = range.Generation;
            readings._known = 0;
        }

        return readings;
    }

    public bool TryGet(int start, out Subject subject)
    {
        subject = _subjects[start];
        return (_known & (1UL << start)) != 0;
    }

    public void Keep(int start, Subject subject)
    {
        _subjects[start] = subject;
        _known |= 1UL << start;
    }
}
