using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// Everything needed to emit one article's source file, and nothing more. Immutable and
/// structurally equatable, so that an article is emitted again only when what it emits changes:
/// its texts, its name or the settings.
/// </summary>
/// <param name="Path">The seed's path: for diagnostics, and for tools that map articles back to files.</param>
/// <param name="TypeName">The article's class name, unique in the compilation.</param>
/// <param name="FileName">The seed's file name, for documentation.</param>
/// <param name="Article">
/// The parsed article as it is emitted (<see cref="ArticleContent"/>): no positions, boilerplate
/// or problems, which diagnostics carry apart.
/// </param>
/// <param name="Options">The generator's settings.</param>
internal sealed record ArticleSpec(string Path, string TypeName, string FileName, Article Article, GeneratorOptions Options);
