using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ContentGen.Diagnostics;
using ContentGen.Naming;
using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>Parses one seed into a <see cref="ParsedSeed"/>, turning any failure into a diagnostic.</summary>
internal static class SeedParser
{
    /// <summary>Parses <paramref name="seed"/>. Never throws, except on cancellation.</summary>
    public static ParsedSeed Parse(SeedFile seed, CancellationToken cancellationToken)
    {
        var fileName = TypeNames.FileName(seed.Path);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seed.TooLarge is { } tooLarge)
            {
                return Skipped(seed, DiagnosticInfo.Create(
                    DiagnosticDescriptors.SeedTooLarge,
                    LocationInfo.StartOf(seed.Path),
                    fileName,
                    tooLarge.Length.ToString(CultureInfo.InvariantCulture),
                    tooLarge.Limit.ToString(CultureInfo.InvariantCulture)));
            }

            if (seed.Undecodable)
            {
                return Skipped(seed, Binary(seed.Path, LocationInfo.StartOf(seed.Path), "the compiler cannot decode it"));
            }

            if (BinaryText.Reason(seed.Text, out var binaryAt) is { } reason)
            {
                return Skipped(seed, Binary(seed.Path, new Places(seed, default).At(binaryAt), reason));
            }

            // Stray control characters are removed before parsing; places in the stripped text
            // are mapped back, so that every diagnostic points into the file as it is.
            var stripped = ControlCharacters.Remove(seed.Text);
            var places = new Places(seed, stripped);
            var diagnostics = new List<DiagnosticInfo>();
            if (stripped.RemovedCount > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ControlCharacters,
                    places.At(stripped.FirstRemoved),
                    fileName,
                    stripped.RemovedCount.ToString(CultureInfo.InvariantCulture),
                    "U+" + ((int)seed.Text[stripped.FirstRemoved]).ToString("X4", CultureInfo.InvariantCulture)));
            }

            var article = ArticleReader.Read(seed.Path, stripped.Text);
            var fatal = false;
            // Counted by diagnostic: an abandoned quote and one never closed are both CG0004.
            var listed = new Dictionary<string, int>(StringComparer.Ordinal);
            var unlisted = new Dictionary<string, (Problem First, int Count)>(StringComparer.Ordinal);
            foreach (var problem in article.Problems)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fatal |= ProblemDiagnostics.IsFatal(problem);
                var id = ProblemDiagnostics.DescriptorOf(problem.Kind).Id;
                listed.TryGetValue(id, out var count);
                if (count < MaxListedOfAKind)
                {
                    listed[id] = count + 1;
                    diagnostics.Add(ProblemDiagnostics.From(problem, places.At(problem.Position, problem.Length), fileName));
                }
                else
                {
                    unlisted[id] = unlisted.TryGetValue(id, out var more) ? (more.First, more.Count + 1) : (problem, 1);
                }
            }

            foreach (var more in unlisted)
            {
                var (first, count) = more.Value;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MoreNotListed, places.At(first.Position, first.Length), fileName, count.ToString(CultureInfo.InvariantCulture), more.Key));
            }

            foreach (var problem in article.FrontMatter.Problems)
            {
                diagnostics.Add(FrontMatterDiagnostics.From(problem, places.At(problem.Position, problem.Length), fileName));
            }

            // The project's TypeName metadata wins over the front matter's type key.
            var typeNameOverride = seed.TypeNameOverride ?? article.FrontMatter.TypeName;
            var requested = TypeNames.Request(seed.Path, article.Title, typeNameOverride);

            // The project's TypeName metadata and a file name have no place in the seed; a front matter
            // type has its line, and so has a title that gives the name.
            var titlePlace = places.At(article.TitlePosition, article.Title.Length);
            var typePlace = seed.TypeNameOverride is null && article.FrontMatter.TypeName is not null
                ? places.At(article.FrontMatter.TypeNamePosition, article.FrontMatter.TypeNameLength)
                : null;
            var namePlace = TypeNames.IsExplicit(typeNameOverride) ? typePlace
                : TypeNames.NamedFromTitle(seed.Path, typeNameOverride) ? titlePlace
                : null;
            if (typeNameOverride is { Length: > 0 } && Identifier.MakeValid(typeNameOverride).Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidRequestedTypeName, typePlace ?? LocationInfo.StartOf(seed.Path), fileName, typeNameOverride, requested));
            }

            if (!fatal && TitleDiagnostics.Check(article.Title, titlePlace, seed.Path, typeNameOverride, requested) is { } title)
            {
                diagnostics.Add(title);
            }

            return new ParsedSeed(seed.Path, requested, fatal ? null : article, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), typeNameOverride, namePlace);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A throw would drop every generated file (CS8785); one failed seed must not cost the others.
            return Skipped(seed, Failure(seed.Path, exception));
        }
    }

    // A seed with thousands of unclosed quotes is a file of another kind, not an article to fix mark by
    // mark: so many warnings would flood the error list and cost the build memory and minutes.
    private const int MaxListedOfAKind = 20;

    /// <summary>The CG9999 diagnostic for <paramref name="exception"/>, at the start of the seed.</summary>
    public static DiagnosticInfo Failure(string path, Exception exception)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.UnexpectedError,
            LocationInfo.StartOf(path),
            TypeNames.FileName(path),
            exception.GetType().Name + ": " + exception.Message);

    private static DiagnosticInfo Binary(string path, LocationInfo location, string reason)
        => DiagnosticInfo.Create(DiagnosticDescriptors.BinaryFile, location, TypeNames.FileName(path), reason);

    private static ParsedSeed Skipped(SeedFile seed, DiagnosticInfo diagnostic)
        => new(seed.Path, TypeNames.Fallback, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));

    // Line positions as the compiler counts them in the file, worked out only when a diagnostic
    // needs one. Offsets into the stripped text are mapped back to the file's.
    private sealed class Places(SeedFile seed, StrippedText stripped)
    {
        private SourceText? _text;

        // A character of the file, by its offset in the file.
        public LocationInfo At(int offset)
            => LocationInfo.In(seed.Path, _text ??= SourceText.From(seed.Text), offset, 1);

        // A span of the stripped text, which may have lost characters inside it.
        public LocationInfo At(TextPosition position, int length)
        {
            var start = stripped.OriginalOffset(position.Offset);
            var end = length <= 0 ? start : stripped.OriginalOffset(position.Offset + length - 1) + 1;
            return LocationInfo.In(seed.Path, _text ??= SourceText.From(seed.Text), start, end - start);
        }
    }
}
