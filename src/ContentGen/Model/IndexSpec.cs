using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>What the index file lists. Immutable and structurally equatable.</summary>
/// <param name="Articles">The articles, in ordinal order of type name.</param>
/// <param name="Options">The generator's settings.</param>
internal sealed record IndexSpec(EquatableArray<IndexedArticle> Articles, GeneratorOptions Options);

/// <summary>An article as the index lists it.</summary>
/// <param name="TypeName">Its class's name.</param>
/// <param name="SeedPath">Its seed's path relative to the project, with forward slashes.</param>
internal sealed record IndexedArticle(string TypeName, string SeedPath);
