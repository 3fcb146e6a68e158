using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// Everything needed to emit one article's source file. Immutable and structurally equatable,
/// so that an article is emitted again only when its own text or the settings change.
/// </summary>
/// <param name="Path">The seed's path: for diagnostics, and for tools that map articles back to files.</param>
/// <param name="TypeName">The article's class name, unique in the compilation.</param>
/// <param name="FileName">The seed's file name, for documentation.</param>
/// <param name="Article">The parsed article.</param>
/// <param name="Options">The generator's settings.</param>
internal sealed record ArticleSpec(string Path, string TypeName, string FileName, Article Article, GeneratorOptions Options);
