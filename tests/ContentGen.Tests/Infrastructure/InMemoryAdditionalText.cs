using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// An AdditionalFile held in memory, as the compiler would pass a seed; a <see langword="null"/>
/// text stands for a file the compiler could not decode.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
