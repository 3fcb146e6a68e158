namespace ContentGen.Model;

/// <summary>
/// One seed document as the pipeline sees it: strings only, never the <c>AdditionalText</c>,
/// so that it is immutable and structurally equatable.
/// </summary>
/// <param name="Path">The file's path, as the compiler was given it.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="TypeNameOverride">A type name set in the project for this file, or <see langword="null"/>.</param>
/// <param name="TooLarge">Set, with an empty <paramref name="Text"/>, when the file is over the size limit.</param>
internal sealed record SeedFile(string Path, string Text, string? TypeNameOverride, SeedTooLarge? TooLarge = null);
