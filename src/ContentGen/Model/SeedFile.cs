using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>
/// One seed document as the pipeline sees it: strings only, never the <c>AdditionalText</c>,
/// so that it is immutable and structurally equatable.
/// </summary>
/// <param name="Path">The file's path, as the compiler was given it.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="TypeNameOverride">A type name set in the project for this file, or <see langword="null"/>.</param>
/// <param name="TooLarge">Set, with an empty <paramref name="Text"/>, when the file is over the size limit.</param>
/// <param name="Undecodable">Set, with an empty <paramref name="Text"/>, when the compiler could not read the file as text.</param>
internal sealed record SeedFile(string Path, string Text, string? TypeNameOverride, SeedTooLarge? TooLarge = null, bool Undecodable = false)
{
    /// <summary>
    /// The seed for <paramref name="source"/>, the text the compiler gave for the file at
    /// <paramref name="path"/>: <see langword="null"/> when it could not decode the file (it
    /// reports that itself, and the file is binary for ContentGen), and not copied when it is
    /// longer than <paramref name="limit"/>, so that a huge file listed by mistake is never parsed.
    /// </summary>
    public static SeedFile From(string path, SourceText? source, string? typeNameOverride, int limit)
        => source is null ? new SeedFile(path, string.Empty, typeNameOverride, Undecodable: true)
            : source.Length > limit ? new SeedFile(path, string.Empty, typeNameOverride, new SeedTooLarge(source.Length, limit))
            : new SeedFile(path, source.ToString(), typeNameOverride);
}
