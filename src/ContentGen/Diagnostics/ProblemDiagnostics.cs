using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Diagnostics;

/// <summary>Turns the parser's problems into diagnostics at their place in the seed file.</summary>
internal static class ProblemDiagnostics
{
    /// <summary>The diagnostic for <paramref name="problem"/>, reported at <paramref name="location"/>.</summary>
    public static DiagnosticInfo From(Problem problem, LocationInfo location, string fileName)
    {
        return problem.Kind switch
        {
            ProblemKind.Empty => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, location, fileName),
            ProblemKind.OnlyBoilerplate => DiagnosticInfo.Create(DiagnosticDescriptors.OnlyBoilerplate, location, fileName),
            ProblemKind.NoTitle => DiagnosticInfo.Create(DiagnosticDescriptors.NoTitle, location, fileName),
            ProblemKind.UnclosedQuote => DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedQuote, location, Printable(problem.Detail)),
            ProblemKind.UnmatchedQuote => DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedQuote, location, Printable(problem.Detail)),
            ProblemKind.InvalidText => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidText, location, fileName),
            _ => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, location, fileName, "unknown problem " + problem.Kind),
        };
    }

    /// <summary>
    /// The seed's text as it may appear in a message: line breaks, bidirectional controls and lone
    /// surrogates shown as <c>\uXXXX</c>, so that the error list shows what the file holds.
    /// </summary>
    public static string Printable(string text) => CodePoints.Rewrite(text, CSharpLiteral.UnicodeEscape);

    /// <summary>Whether the problem means no article can be generated from the file.</summary>
    public static bool IsFatal(Problem problem)
        => problem.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate;
}
