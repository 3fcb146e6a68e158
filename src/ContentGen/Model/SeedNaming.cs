namespace ContentGen.Model;

/// <summary>
/// What naming needs from one parsed seed, and nothing else: the whole-set step that resolves
/// names runs over these small values, so that editing a seed's body leaves its input equal.
/// Immutable and structurally equatable.
/// </summary>
/// <param name="Path">The seed's path.</param>
/// <param name="RequestedName">The type name the file asks for, before site names and collisions.</param>
/// <param name="TypeNameOverride">The type name set in the project for this file, or <see langword="null"/>.</param>
/// <param name="Title">The article's title, or <see langword="null"/> when nothing is generated for the seed.</param>
/// <param name="Source">The site name the parser split off the title, or <see langword="null"/>.</param>
/// <param name="TitleFromFrontMatter">Whether the front matter set the title, which is then never split at a site name.</param>
internal sealed record SeedNaming(string Path, string RequestedName, string? TypeNameOverride, string? Title, string? Source, bool TitleFromFrontMatter = false)
{
    /// <summary>The naming input of <paramref name="seed"/>.</summary>
    public static SeedNaming Of(ParsedSeed seed)
        => new(seed.Path, seed.RequestedName, seed.TypeNameOverride, seed.Article?.Title, seed.Article?.Source, seed.Article?.FrontMatter.SetsTitle ?? false);
}
