using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// A seed after parsing: the article (or none, when the file could not be read as one), the
/// type name it asks for, and what went wrong. Immutable and structurally equatable.
/// </summary>
/// <param name="Path">The seed's path.</param>
/// <param name="RequestedName">The type name the file asks for, before collisions are resolved.</param>
/// <param name="Article">The article, or <see langword="null"/> when nothing can be generated.</param>
/// <param name="Diagnostics">The diagnostics about this file.</param>
/// <param name="TypeNameOverride">The type name set in the project for this file, or <see langword="null"/>.</param>
/// <param name="NamePlace">
/// Where the requested name comes from in the file, the title or the front matter's <c>type</c>, for
/// a warning about the name; <see langword="null"/> when it comes from the file name or the project.
/// </param>
internal sealed record ParsedSeed(string Path, string RequestedName, Article? Article, EquatableArray<DiagnosticInfo> Diagnostics, string? TypeNameOverride = null, LocationInfo? NamePlace = null);
