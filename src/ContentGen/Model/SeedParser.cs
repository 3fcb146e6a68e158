using System;
using System.Collections.Generic;
using System.Threading;
using ContentGen.Diagnostics;
using ContentGen.Naming;
using ContentGen.Parsing;

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
            var article = ArticleParser.Parse(seed.Text);
            var diagnostics = new List<DiagnosticInfo>();
            var fatal = false;
            foreach (var problem in article.Problems)
            {
                diagnostics.Add(ProblemDiagnostics.From(problem, seed.Path, fileName));
                fatal |= ProblemDiagnostics.IsFatal(problem);
            }

            var requested = TypeNames.Request(seed.Path, article.Title, seed.TypeNameOverride);
            return new ParsedSeed(seed.Path, requested, fatal ? null : article, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A throw would drop every generated file (CS8785); one failed seed must not cost the others.
            var failure = DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedError,
                Model.LocationInfo.StartOf(seed.Path),
                fileName,
                exception.GetType().Name + ": " + exception.Message);
            return new ParsedSeed(seed.Path, TypeNames.Fallback, null, new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }
    }
}
