using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Naming;

/// <summary>A seed's requested type name.</summary>
/// <param name="Path">The seed's path.</param>
/// <param name="RequestedName">The name it asks for.</param>
/// <param name="Explicit">Whether the project asked for it (TypeName metadata or a front matter <c>type</c>), rather than the file name or the title giving it.</param>
internal sealed record NameRequest(string Path, string RequestedName, bool Explicit = false);

/// <summary>A seed's final type name.</summary>
/// <param name="Path">The seed's path.</param>
/// <param name="TypeName">Its unique type name.</param>
internal sealed record NamedSeed(string Path, string TypeName);

/// <summary>
/// The final type name of every seed, unique across the compilation, with a warning for each
/// name that had to change. Names the project asks for come first, then seeds in ordinal path
/// order, so the result does not depend on the order in which the compiler lists the files. Immutable and structurally equatable.
/// </summary>
/// <param name="Names">The names, sorted by path.</param>
/// <param name="Diagnostics">A warning for each renamed seed, at the start of its file; <see cref="DiagnosticsFor"/> places it.</param>
internal sealed record NameTable(EquatableArray<NamedSeed> Names, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Gives every request a unique name.</summary>
    public static NameTable Resolve(ImmutableArray<NameRequest> requests, CancellationToken cancellationToken)
    {
        // Names asked for by the project are given first, so that a name made from another file
        // never takes one (and adding a seed never moves one); then in ordinal path order.
        var sorted = new List<NameRequest>(requests);
        sorted.Sort((a, b) => a.Explicit != b.Explicit ? (a.Explicit ? -1 : 1) : string.CompareOrdinal(a.Path, b.Path));

        // Case-insensitive, because hint names become file names on case-insensitive disks.
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<NamedSeed>(sorted.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var request in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = request.RequestedName;
            var fileName = TypeNames.FileName(request.Path);
            if (WhyReserved(name) is { } reason)
            {
                name = name.TrimStart('@') + "Article";
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ReservedTypeName, LocationInfo.StartOf(request.Path), fileName, request.RequestedName, name, reason));
            }

            var unique = name;
            for (var suffix = 2; owners.ContainsKey(unique); suffix++)
            {
                unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (unique != name)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateTypeName,
                    LocationInfo.StartOf(request.Path),
                    fileName,
                    name,
                    owners[name],
                    unique));
            }

            owners.Add(unique, request.Path);
            names.Add(new NamedSeed(request.Path, unique));
        }

        // Find reads the names by path.
        names.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new NameTable(new EquatableArray<NamedSeed>(names.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    /// <summary>
    /// The warnings about the name of the seed at <paramref name="path"/>, moved to
    /// <paramref name="namePlace"/>, where its name comes from, when it has one in the file.
    /// </summary>
    /// <remarks>The table holds no positions, so that a line added above a title never resolves the names again.</remarks>
    public IEnumerable<DiagnosticInfo> DiagnosticsFor(string path, LocationInfo? namePlace)
    {
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Location?.FilePath == path)
            {
                yield return namePlace is null ? diagnostic : diagnostic with { Location = namePlace };
            }
        }
    }

    /// <summary>The type name given to the seed at <paramref name="path"/>.</summary>
    public string? Find(string path)
    {
        int low = 0, high = Names.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(Names[middle].Path, path);
            if (comparison == 0)
            {
                return Names[middle].TypeName;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    // Why no article type may take `name`, for CG0009's message, or null when one may.
    private static string? WhyReserved(string name)
    {
        var bare = name.TrimStart('@');
        if (Array.IndexOf(GeneratedNames.HiddenNamespaces, bare) >= 0)
        {
            return "would hide the namespace " + bare + " from code beside the articles";
        }

        return Array.IndexOf(GeneratedNames.Fixed, bare) >= 0 || IsNumberedMember(bare) ? "the generated code already uses" : null;
    }

    /// <summary>Whether <paramref name="name"/> is one of the numbered members every article has (<c>Paragraph1</c>, <c>Heading2</c>, <c>Quote3</c>).</summary>
    internal static bool IsNumberedMember(string name)
    {
        foreach (var prefix in GeneratedNames.NumberedPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && IsDigits(name, prefix.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
