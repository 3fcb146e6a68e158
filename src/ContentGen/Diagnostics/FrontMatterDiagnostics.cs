using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Diagnostics;

/// <summary>Turns what the front matter reader could not read into diagnostics at their place in the seed.</summary>
internal static class FrontMatterDiagnostics
{
    /// <summary>The diagnostic for <paramref name="problem"/>, reported at <paramref name="location"/>.</summary>
    public static DiagnosticInfo From(FrontMatterProblem problem, LocationInfo location, string fileName)
        => problem.Kind switch
        {
            FrontMatterProblemKind.Unclosed => DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedFrontMatter, location, fileName),
            FrontMatterProblemKind.Malformed => DiagnosticInfo.Create(DiagnosticDescriptors.MalformedFrontMatter, location, fileName, ProblemDiagnostics.Printable(problem.Key)),
            FrontMatterProblemKind.DuplicateKey => DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateFrontMatterKey, location, ProblemDiagnostics.Printable(problem.Key)),
            _ => DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFrontMatterValue, location, ProblemDiagnostics.Printable(problem.Key), ProblemDiagnostics.Printable(problem.Detail)),
        };
}
