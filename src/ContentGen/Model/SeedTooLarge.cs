namespace ContentGen.Model;

/// <summary>
/// Why a seed's text was not read: it is longer than the limit. Kept instead of the text, so that
/// a huge file is neither parsed nor held in the pipeline's cache. Immutable and equatable.
/// </summary>
/// <param name="Length">The file's length, in characters.</param>
/// <param name="Limit">The largest length read, in characters.</param>
internal sealed record SeedTooLarge(int Length, int Limit);
