using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Diagnostics;

/// <summary>Turns the parser's problems into diagnostics at their place in the seed file.</summary>
internal static class ProblemDiagnostics
{
    /// <summary>The diagnostic for <paramref name="problem"/> in the seed at <paramref name="path"/>.</summary>
    public static DiagnosticInfo From(Problem problem, string path, string fileName)
        => From(problem, LocationInfo.At(path, problem.Position, problem.Length), fileName);

    /// <summary>The diagnostic for <paramref name="problem"/>, reported at <paramref name="location"/>.</summary>
    public static DiagnosticInfo From(Problem problem, LocationInfo location, string fileName)
    {
        return problem.Kind switch
        {
            ProblemKind.Empty => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, location, fileName),
            ProblemKind.OnlyBoilerplate => DiagnosticInfo.Create(DiagnosticDescriptors.OnlyBoilerplate, location, fileName),
            ProblemKind.NoTitle => DiagnosticInfo.Create(DiagnosticDescriptors.NoTitle, location, fileName),
            ProblemKind.UnclosedQuote => DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedQuote, location, problem.Detail),
            ProblemKind.UnmatchedQuote => DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedQuote, location, problem.Detail),
            ProblemKind.InvalidText => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidText, location, fileName),
            ProblemKind.Binary => DiagnosticInfo.Create(DiagnosticDescriptors.BinaryFile, location, fileName),
            _ => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, location, fileName, "unknown problem " + problem.Kind),
        };
    }

    /// <summary>Whether the problem means no article can be generated from the file.</summary>
    public static bool IsFatal(Problem problem)
        => problem.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate or ProblemKind.Binary;
}
