namespace ContentGen.Model;

/// <summary>
/// What shapes the emitted code, reduced to plain values so that an unrelated change to the
/// project never invalidates the pipeline. Immutable and structurally equatable.
/// </summary>
/// <param name="Namespace">The namespace of the generated classes; empty for the global namespace.</param>
/// <param name="ClassName">The name of the containing static class.</param>
/// <param name="Visibility">The accessibility of the generated types: <c>public</c> or <c>internal</c>.</param>
/// <param name="NullableAnnotations">Whether the consumer's language version has nullable reference types.</param>
internal sealed record GeneratorOptions(string Namespace, string ClassName, string Visibility, bool NullableAnnotations)
{
    /// <summary>The default containing class name.</summary>
    public const string DefaultClassName = "Articles";
}
