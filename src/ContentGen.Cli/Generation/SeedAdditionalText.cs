using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Generation;

/// <summary>
/// A seed handed to the generator as an AdditionalFile, the way the compiler would: its text as
/// the compiler decoded it, or <see langword="null"/> for a file it could not read as text.
/// </summary>
internal sealed class SeedAdditionalText(string path, SourceText? text) : AdditionalText
{
    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
