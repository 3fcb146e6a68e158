namespace ContentGen.Cli.Report;

/// <summary>How many seeds fall in each tenth of a share from 0 to 1 (the last bin holds 1 itself).</summary>
/// <param name="Counts">Ten counts: [0, 0.1), [0.1, 0.2), … [0.9, 1].</param>
/// <param name="Left">How many seeds have no share (no quotes, or an empty file) and are not counted.</param>
internal sealed record Histogram(IReadOnlyList<int> Counts, int Left)
{
    /// <summary>The number of bins.</summary>
    public const int Bins = 10;

    /// <summary>Counts <paramref name="shares"/> into the bins.</summary>
    public static Histogram Of(IEnumerable<double?> shares)
    {
        var counts = new int[Bins];
        var left = 0;
        foreach (var share in shares)
        {
            if (share is not { } value)
            {
                left++;
                continue;
            }

            counts[Math.Clamp((int)(value * Bins), 0, Bins - 1)]++;
        }

        return new Histogram(counts, left);
    }
}
