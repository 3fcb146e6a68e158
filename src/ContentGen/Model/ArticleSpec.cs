using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// Everything needed to emit one article's source file. Immutable and structurally equatable,
/// so that an article is emitted again only when its own text or the settings change.
/// </summary>
/// <param name="TypeName">The article's class name, unique in the compilation.</param>
/// <param name="FileName">The seed's file name, for documentation.</param>
/// <param name="Article">The parsed article.</param>
/// <param name="Options">The generator's settings.</param>
/// <param name="Path">The seed's path, for a diagnostic should emitting fail; <see langword="null"/> when unknown.</param>
internal sealed record ArticleSpec(string TypeName, string FileName, Article Article, GeneratorOptions Options, string? Path = null);
