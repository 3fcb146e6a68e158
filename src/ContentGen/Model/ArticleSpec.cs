using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// Everything needed to emit one article's source file, and nothing more. Immutable and
/// structurally equatable, so that an article is emitted again only when what it emits changes:
/// its texts, its name or the settings.
/// </summary>
/// <param name="Path">The seed's path: for diagnostics, and for tools that map articles back to files.</param>
/// <param name="TypeName">The article's class name, unique in the compilation.</param>
/// <param name="SeedPath">The seed's path relative to the project, with forward slashes (<see cref="SeedPaths"/>).</param>
/// <param name="Article">
/// The parsed article as it is emitted (<see cref="ArticleContent"/>): no positions, boilerplate
/// or problems, which diagnostics carry apart.
/// </param>
/// <param name="Options">The generator's settings.</param>
internal sealed record ArticleSpec(string Path, string TypeName, string SeedPath, Article Article, GeneratorOptions Options)
{
    /// <summary>The seed's file name, for messages.</summary>
    public string FileName => Naming.TypeNames.FileName(Path);
}
