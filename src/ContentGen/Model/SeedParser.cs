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

            var article = ArticleReader.Read(seed.Path, seed.Text);
            var places = new Places(seed);
            var diagnostics = new List<DiagnosticInfo>();
            var fatal = false;
            foreach (var problem in article.Problems)
            {
                cancellationToken.ThrowIfCancellationRequested();
                diagnostics.Add(ProblemDiagnostics.From(problem, places.At(problem.Position, problem.Length), fileName));
                fatal |= ProblemDiagnostics.IsFatal(problem);
            }

            foreach (var problem in article.FrontMatter.Problems)
            {
                diagnostics.Add(FrontMatterDiagnostics.From(problem, places.At(problem.Position, problem.Length), fileName));
            }

            // The project's TypeName metadata wins over the front matter's type key.
            var typeNameOverride = seed.TypeNameOverride ?? article.FrontMatter.TypeName;
            var requested = TypeNames.Request(seed.Path, article.Title, typeNameOverride);
            if (!fatal
                && TitleDiagnostics.Check(article.Title, places.At(article.TitlePosition, article.Title.Length), seed.Path, typeNameOverride, requested) is { } title)
            {
                diagnostics.Add(title);
            }

            return new ParsedSeed(seed.Path, requested, fatal ? null : article, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), typeNameOverride);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A throw would drop every generated file (CS8785); one failed seed must not cost the others.
            return Skipped(seed, Failure(seed.Path, exception));
        }
    }

    /// <summary>The CG9999 diagnostic for <paramref name="exception"/>, at the start of the seed.</summary>
    public static DiagnosticInfo Failure(string path, Exception exception)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.UnexpectedError,
            LocationInfo.StartOf(path),
            TypeNames.FileName(path),
            exception.GetType().Name + ": " + exception.Message);

    private static ParsedSeed Skipped(SeedFile seed, DiagnosticInfo diagnostic)
        => new(seed.Path, TypeNames.Fallback, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));

    // Line positions as the compiler counts them, worked out only when a diagnostic needs one.
    private sealed class Places(SeedFile seed)
    {
        private SourceText? _text;

        public LocationInfo At(TextPosition position, int length)
            => LocationInfo.In(seed.Path, _text ??= SourceText.From(seed.Text), position.Offset, length);
    }
}
