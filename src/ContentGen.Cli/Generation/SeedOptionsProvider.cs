using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ContentGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Cli.Generation;

/// <summary>
/// The MSBuild settings the generator reads, as the compiler would pass them: every file the
/// tool was given is marked as a seed (so an explicitly named <c>.md</c> file is read too, as
/// ContentGen's build files would mark it), the namespace, when given, is the root namespace, and
/// the project folder is the one seed paths are told relative to.
/// </summary>
internal sealed class SeedOptionsProvider(string? rootNamespace, string projectDirectory) : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_seed = new(ImmutableDictionary<string, string>.Empty.Add(OptionsReader.SeedMetadata, "true"));

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace is null
        ? ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", projectDirectory)
        : ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", projectDirectory).Add("build_property.RootNamespace", rootNamespace));

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_seed;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options None { get; } = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
