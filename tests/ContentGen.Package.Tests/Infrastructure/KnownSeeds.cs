namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>The seeds the consumers are built from, and what the generator must make of them.</summary>
internal static class KnownSeeds
{
    /// <summary>The repository's seed, an article scraped from RT in French.</summary>
    public const string RtFileName = "000_7f261bbe20e88e81.txt";

    /// <summary>Its title, and so the type name the generator derives from it.</summary>
    public const string RtTitle = "Russian representative takes stock of negotiations with NATO";

    /// <summary>How many quotes it holds.</summary>
    public const int RtQuotes = 4;

    /// <summary>A second, short article written for these tests, to sit beside the seed.</summary>
    public const string HarbourText = """
        Harbour town opens its new public library

        Residents of the harbour town gathered on Saturday morning for the opening of the new public library, built on the site of the old fish market.

        "We waited ten years for this building," the mayor told the crowd before cutting the ribbon.

        """;

    /// <summary>The title of <see cref="HarbourText"/>.</summary>
    public const string HarbourTitle = "Harbour town opens its new public library";
}
