using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>What the index file lists. Immutable and structurally equatable.</summary>
/// <param name="TypeNames">The article type names, in ordinal order.</param>
/// <param name="Options">The generator's settings.</param>
internal sealed record IndexSpec(EquatableArray<string> TypeNames, GeneratorOptions Options);
