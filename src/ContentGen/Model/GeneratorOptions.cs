namespace ContentGen.Model;

/// <summary>
/// What shapes the emitted code, reduced to plain values so that an unrelated change to the
/// project never invalidates the pipeline. Immutable and structurally equatable.
/// </summary>
/// <param name="Namespace">
/// The namespace of the generated types: <c>Articles</c> under the project's root namespace by
/// default, so that code there writes <c>Articles.NatoTalks</c>.
/// </param>
/// <param name="Visibility">The accessibility of the generated types: <c>public</c> or <c>internal</c>.</param>
/// <param name="NullableAnnotations">Whether the consumer's language version has nullable reference types.</param>
/// <param name="Utf8Collections">
/// Whether the collections are built from UTF-8 literals (C# 11 and later, unless the project
/// sets <c>ContentGenUtf8Collections</c> to <c>false</c>) rather than from the constants, which
/// keeps the texts out of the user-string heap and its 2^24-byte limit (CS8103).
/// </param>
/// <param name="RejectedNamespace">The <c>ContentGenNamespace</c> asked for when it is no namespace, so that <see cref="Namespace"/> is the default; else <see langword="null"/>.</param>
internal sealed record GeneratorOptions(string Namespace, string Visibility, bool NullableAnnotations, bool Utf8Collections = false, string? RejectedNamespace = null)
{
    /// <summary>The <c>ContentGenVisibility</c> asked for when it is neither <c>public</c> nor <c>internal</c>; else <see langword="null"/>.</summary>
    public string? RejectedVisibility { get; init; }

    /// <summary>The <c>ContentGenMaxSeedSize</c> asked for when it is no positive whole number; else <see langword="null"/>.</summary>
    public string? RejectedMaxSeedSize { get; init; }

    /// <summary>The project's folder (<c>ProjectDir</c>), which seed paths are told relative to; <see langword="null"/> when the host gives none.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>The last part of the default namespace, and the whole of it without a root namespace.</summary>
    public const string DefaultGroup = "Articles";
}
