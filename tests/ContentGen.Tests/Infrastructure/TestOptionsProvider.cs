using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Tests.Infrastructure;

/// <summary>MSBuild properties and item metadata as the compiler would see them through .editorconfig.</summary>
internal sealed class TestOptionsProvider(
    ImmutableDictionary<string, string> globalOptions,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> fileOptions) : AnalyzerConfigOptionsProvider
{
    public static TestOptionsProvider Empty { get; } = new(
        ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => new Options(fileOptions.TryGetValue(textFile.Path, out var options) ? options : ImmutableDictionary<string, string>.Empty);

    /// <summary>A copy with one more global property, as <c>build_property.NAME</c>.</summary>
    public TestOptionsProvider WithProperty(string name, string value)
        => new(globalOptions.SetItem("build_property." + name, value), fileOptions);

    /// <summary>A copy with one more item metadata value for a file, as <c>build_metadata.AdditionalFiles.NAME</c>.</summary>
    public TestOptionsProvider WithMetadata(string path, string name, string value)
    {
        var current = fileOptions.TryGetValue(path, out var options) ? options : ImmutableDictionary<string, string>.Empty;
        return new(globalOptions, fileOptions.SetItem(path, current.SetItem("build_metadata.AdditionalFiles." + name, value)));
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
