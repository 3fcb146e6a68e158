using System;
using System.Threading;
using ContentGen.Diagnostics;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Runs an emitter so that a bug in it costs one file, not the build: an exception would make
/// the compiler drop every generated file (CS8785), so it becomes a CG9999 diagnostic instead.
/// </summary>
internal static class EmitGuard
{
    /// <summary>
    /// The source <paramref name="emit"/> returns, or <see langword="null"/> and a
    /// <paramref name="failure"/> when it throws: at the start of the seed at <paramref name="path"/>,
    /// or, without a path, naming <paramref name="name"/> with no location. Cancellation still throws.
    /// </summary>
    public static string? Run(Func<string> emit, string? path, string name, out DiagnosticInfo? failure)
    {
        try
        {
            failure = null;
            return emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failure = path is not null
                ? SeedParser.Failure(path, exception)
                : DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, null, name, exception.GetType().Name + ": " + exception.Message);
            return null;
        }
    }

    /// <summary>Emits one article's source with <paramref name="emit"/>, guarded.</summary>
    public static string? Article(ArticleSpec spec, Func<ArticleSpec, CancellationToken, string> emit, CancellationToken cancellationToken, out DiagnosticInfo? failure)
        => Run(() => emit(spec, cancellationToken), spec.Path, spec.FileName, out failure);

    /// <summary>Emits the index file, guarded; a failure names the index file, which has no seed.</summary>
    public static string? Index(IndexSpec spec, CancellationToken cancellationToken, out DiagnosticInfo? failure)
        => Run(() => IndexEmitter.Emit(spec, cancellationToken), null, IndexEmitter.HintName, out failure);
}
