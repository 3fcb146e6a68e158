using System;
using System.Globalization;
using ContentGen.Parsing.Seeds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Model;

/// <summary>Reads the generator's settings from MSBuild properties made visible to the compiler.</summary>
internal static class OptionsReader
{
    /// <summary>The item metadata that marks an AdditionalFile as a seed.</summary>
    public const string SeedMetadata = "build_metadata.AdditionalFiles.ContentGen";

    /// <summary>The item metadata that sets a seed's type name.</summary>
    public const string TypeNameMetadata = "build_metadata.AdditionalFiles.TypeName";

    /// <summary>The MSBuild property that sets the largest seed, in characters.</summary>
    public const string MaxSeedSizeProperty = "ContentGenMaxSeedSize";

    /// <summary>
    /// The largest seed read by default, in UTF-16 characters: 4 Mi, some hundred times a long
    /// article, so that a log or a data dump listed by mistake never stalls a build.
    /// </summary>
    public const int DefaultMaxSeedSize = 4 * 1024 * 1024;

    /// <summary>Reduces the project's settings to <see cref="GeneratorOptions"/>.</summary>
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions)
    {
        var global = provider.GlobalOptions;
        var ns = Property(global, "ContentGenNamespace")
            ?? (Property(global, "RootNamespace") is { } root ? root + "." + GeneratorOptions.DefaultGroup : GeneratorOptions.DefaultGroup);
        var askedVisibility = Property(global, "ContentGenVisibility");
        var visibility = string.Equals(askedVisibility, "internal", StringComparison.OrdinalIgnoreCase)
            ? "internal"
            : "public";
        var askedSize = Property(global, MaxSeedSizeProperty);
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default;
        var nullable = version >= LanguageVersion.CSharp8;

        // UTF-8 literals need C# 11 and Encoding.GetString(ReadOnlySpan<byte>), which .NET Core 2.1
        // and later have; a C# 11 project on an older framework turns them off with the property.
        var utf8 = version >= LanguageVersion.CSharp11
            && !string.Equals(Property(global, "ContentGenUtf8Collections"), "false", StringComparison.OrdinalIgnoreCase);
        var valid = ValidNamespace(ns);
        return new GeneratorOptions(valid, visibility, nullable, utf8, valid == ns ? null : ns)
        {
            // A setting that cannot be what it says is reported, never silently replaced.
            RejectedVisibility = askedVisibility is null || string.Equals(askedVisibility, visibility, StringComparison.OrdinalIgnoreCase) ? null : askedVisibility,
            RejectedMaxSeedSize = askedSize is null || TryParseSize(askedSize, out _) ? null : askedSize,
            ProjectDirectory = Property(global, "ProjectDir"),
        };
    }

    /// <summary>
    /// The largest seed to read, in characters: the <c>ContentGenMaxSeedSize</c> property when it
    /// is a positive whole number, else <see cref="DefaultMaxSeedSize"/>.
    /// </summary>
    public static int MaxSeedSize(AnalyzerConfigOptions globalOptions)
        => Property(globalOptions, MaxSeedSizeProperty) is { } value && TryParseSize(value, out var size) ? size : DefaultMaxSeedSize;

    private static bool TryParseSize(string value, out int size)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size > 0;

    /// <summary>
    /// Whether an AdditionalFile is a seed: a <c>.txt</c>, <c>.md</c> or <c>.markdown</c> file not marked otherwise. When the
    /// ContentGen build files are in use they mark every seed, and unmarked files are left alone.
    /// </summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(SeedMetadata, out var marked))
        {
            return string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
        }

        return path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || ArticleReader.IsMarkdown(path);
    }

    /// <summary>The seed's TypeName metadata, or <see langword="null"/>.</summary>
    public static string? TypeNameOverride(AnalyzerConfigOptions fileOptions)
        => fileOptions.TryGetValue(TypeNameMetadata, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? Property(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    // A namespace that is not a dotted list of identifiers would break every generated file.
    private static string ValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return GeneratorOptions.DefaultGroup;
            }
        }

        return ns;
    }
}
