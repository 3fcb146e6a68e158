using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;

namespace ContentGen.Diagnostics;

/// <summary>
/// The front matter warnings that need more than one seed's text: a key renamed because it
/// clashes with a generated name (the type name is known only once all seeds are named), and a
/// key whose type differs between seeds, which code reading <c>Article.Metadata</c> must know of.
/// </summary>
internal static class FrontMatterChecks
{
    /// <summary>The warnings for <paramref name="articles"/>, taken in path order.</summary>
    public static List<DiagnosticInfo> Check(IReadOnlyList<ArticleSpec> articles)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var firstSeen = new Dictionary<string, (string Type, string Path, TextPosition Position)>(StringComparer.Ordinal);
        foreach (var spec in articles)
        {
            if (spec.Article.FrontMatter.Entries.IsEmpty)
            {
                continue;
            }

            var clashes = new List<NameClash>();
            FrontMatterNames.Resolve(spec.Article.FrontMatter, spec.TypeName, clashes);
            foreach (var clash in clashes)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FrontMatterNameClash,
                    LocationInfo.At(spec.Path, clash.Entry.Position, clash.Entry.Length),
                    ProblemDiagnostics.Printable(clash.Entry.Key),
                    clash.Requested,
                    clash.Given));
            }

            CompareTypes(spec.Path, spec.Article.FrontMatter.Entries, string.Empty, firstSeen, diagnostics);
        }

        return diagnostics;
    }

    private static void CompareTypes(
        string path,
        EquatableArray<FrontMatterEntry> entries,
        string prefix,
        Dictionary<string, (string Type, string Path, TextPosition Position)> firstSeen,
        List<DiagnosticInfo> diagnostics)
    {
        foreach (var entry in entries)
        {
            var key = prefix + entry.Key;
            var type = TypeOf(entry.Value);
            if (!firstSeen.TryGetValue(key, out var first))
            {
                firstSeen.Add(key, (type, path, entry.Position));
            }
            else if (first.Type != type)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.FrontMatterTypeMismatch,
                    LocationInfo.At(path, entry.Position, entry.Length),
                    ProblemDiagnostics.Printable(key),
                    type,
                    first.Type,
                    first.Path,
                    first.Position.Line.ToString(CultureInfo.InvariantCulture),
                    first.Position.Column.ToString(CultureInfo.InvariantCulture)));
            }

            if (entry.Value.Kind == FrontMatterKind.Map)
            {
                CompareTypes(path, entry.Value.Entries, key + ".", firstSeen, diagnostics);
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
