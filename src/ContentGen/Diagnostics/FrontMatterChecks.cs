using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;

namespace ContentGen.Diagnostics;

/// <summary>
/// The front matter warnings that need more than the seed's own text: a key renamed because it
/// clashes with a generated name (known once the seed's type name is), and a key whose type
/// differs between seeds, which code reading <c>Article.Metadata</c> must know of.
/// </summary>
internal static class FrontMatterChecks
{
    /// <summary><paramref name="diagnostics"/> with a CG0025 for each key of <paramref name="article"/> renamed in the class <paramref name="typeName"/>.</summary>
    public static EquatableArray<DiagnosticInfo> WithNameClashes(EquatableArray<DiagnosticInfo> diagnostics, Article article, string typeName, string path)
    {
        if (article.FrontMatter.Entries.IsEmpty)
        {
            return diagnostics;
        }

        var clashes = new List<NameClash>();
        FrontMatterNames.Resolve(article.FrontMatter, typeName, clashes);
        if (clashes.Count == 0)
        {
            return diagnostics;
        }

        var all = new List<DiagnosticInfo>(diagnostics);
        foreach (var clash in clashes)
        {
            all.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.FrontMatterNameClash,
                LocationInfo.At(path, clash.Entry.Position, clash.Entry.Length),
                ProblemDiagnostics.Printable(clash.Entry.Key),
                clash.Requested,
                clash.Given,
                clash.Reason));
        }

        return new EquatableArray<DiagnosticInfo>(all.ToArray());
    }

    /// <summary>A CG0024 for each key whose type differs from the type it has in the first seed, in path order, that holds it.</summary>
    public static EquatableArray<DiagnosticInfo> TypeMismatches(ImmutableArray<FrontMatterShape> shapes, CancellationToken cancellationToken)
    {
        var sorted = new List<FrontMatterShape>(shapes);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var firstSeen = new Dictionary<string, (FrontMatterKey Key, string Path)>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        string? previous = null;
        foreach (var shape in sorted)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The same file listed twice is one seed.
            if (shape.Path == previous)
            {
                continue;
            }

            previous = shape.Path;
            foreach (var key in shape.Keys)
            {
                if (!firstSeen.TryGetValue(key.Name, out var first))
                {
                    firstSeen.Add(key.Name, (key, shape.Path));
                }
                else if (first.Key.Type != key.Type)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.FrontMatterTypeMismatch,
                        LocationInfo.At(shape.Path, key.Position, key.Length),
                        ProblemDiagnostics.Printable(key.Name),
                        key.Type,
                        first.Key.Type,
                        first.Path,
                        first.Key.Position.Line.ToString(CultureInfo.InvariantCulture),
                        first.Key.Position.Column.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
    }
}

/// <summary>
/// What the cross-seed type check needs from one seed: each front matter key (maps' keys as
/// dotted paths) with its C# type and place, and nothing else, so that editing a body leaves it
/// equal. Immutable and structurally equatable.
/// </summary>
/// <param name="Path">The seed's path.</param>
/// <param name="Keys">The keys, in order.</param>
internal sealed record FrontMatterShape(string Path, EquatableArray<FrontMatterKey> Keys)
{
    /// <summary>The shape of <paramref name="seed"/>'s front matter; no keys when nothing is generated for it.</summary>
    public static FrontMatterShape Of(ParsedSeed seed)
    {
        var keys = new List<FrontMatterKey>();
        if (seed.Article is { } article)
        {
            Add(article.FrontMatter.Entries, string.Empty, keys);
        }

        return new FrontMatterShape(seed.Path, new EquatableArray<FrontMatterKey>(keys.ToArray()));
    }

    private static void Add(EquatableArray<FrontMatterEntry> entries, string prefix, List<FrontMatterKey> keys)
    {
        foreach (var entry in entries)
        {
            keys.Add(new FrontMatterKey(prefix + entry.Key, TypeOf(entry.Value), entry.Position, entry.Length));
            if (entry.Value.Kind == FrontMatterKind.Map)
            {
                Add(entry.Value.Entries, prefix + entry.Key + ".", keys);
            }
        }
    }

    // As code sees it in Article.Metadata: a date is a string there.
    private static string TypeOf(FrontMatterValue value) => value.Kind switch
    {
        FrontMatterKind.List => "IReadOnlyList<" + FrontMatterEmitter.TypeOf(value.ItemKind) + ">",
        FrontMatterKind.Map => "a map",
        _ => FrontMatterEmitter.TypeOf(value.Kind),
    };
}

/// <summary>One front matter key of a <see cref="FrontMatterShape"/>. Immutable and equatable.</summary>
/// <param name="Name">The key, as a dotted path inside maps.</param>
/// <param name="Type">Its C# type, as a message names it.</param>
/// <param name="Position">Where the key stands.</param>
/// <param name="Length">The key's length.</param>
internal sealed record FrontMatterKey(string Name, string Type, TextPosition Position, int Length);
