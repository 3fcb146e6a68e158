using System;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// How many times the speaker reader has read a token of a paragraph's sentences on this thread:
/// a count of work that does not depend on the machine, so that a test can show the reading stays
/// linear in its input (twice the hostile input, about twice the visits) without timing anything.
/// </summary>
/// <remarks>
/// Each sentence's range counts its own reads in a field of its own (<see cref="TokenRange"/>), and
/// adds them here once, when its paragraph hands the ranges back (<see cref="Sentences.Recycle"/>):
/// the hot indexer touches no thread-local storage, and threads reading other articles count apart.
/// </remarks>
internal static class TokenVisits
{
    [ThreadStatic]
    private static long t_visits;

    /// <summary>The visits counted on this thread so far.</summary>
    public static long OnThisThread => t_visits;

    public static void Add(long visits) => t_visits += visits;
}
