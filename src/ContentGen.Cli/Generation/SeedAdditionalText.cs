using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Generation;

/// <summary>A seed handed to the generator as an AdditionalFile, the way the compiler would.</summary>
internal sealed class SeedAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
