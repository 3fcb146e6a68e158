using ContentGen.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Cli.Generation;

/// <summary>What the generator made of one seed file.</summary>
/// <param name="Path">The file, as given on the command line.</param>
/// <param name="TypeName">The article's type name as C# code writes it, or <see langword="null"/> when nothing is generated.</param>
/// <param name="Article">
/// The article as the reader parsed it (positions, boilerplate and problems included), with the title
/// and source the generator emits; <see langword="null"/> when nothing is generated.
/// </param>
/// <param name="Source">The generated source of the article's class, or <see langword="null"/>.</param>
/// <param name="Diagnostics">The diagnostics about this file, in line and column order.</param>
internal sealed record SeedReport(string Path, string? TypeName, Article? Article, string? Source, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The text the generator read, to which every position in <see cref="Article"/> and <see cref="Diagnostics"/> points.</summary>
    public string Text { get; init; } = string.Empty;
}
