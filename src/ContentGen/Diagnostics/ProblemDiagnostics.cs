using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Diagnostics;

/// <summary>Turns the parser's problems into diagnostics at their place in the seed file.</summary>
internal static class ProblemDiagnostics
{
    /// <summary>The diagnostic for <paramref name="problem"/>, reported at <paramref name="location"/>.</summary>
    public static DiagnosticInfo From(Problem problem, LocationInfo location, string fileName)
    {
        return problem.Kind switch
        {
            ProblemKind.UnclosedQuote => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, Printable(problem.Detail), "it is not listed among the quotes"),
            ProblemKind.AbandonedQuote => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, Printable(problem.Detail), "it is listed only up to the next opening mark"),
            ProblemKind.QuoteEndsWithParagraph => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, Printable(problem.Detail), "it is listed up to the end of its paragraph"),
            ProblemKind.UnmatchedQuote => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, Printable(problem.Detail)),
            ProblemKind.TooDeeplyNested => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, fileName, problem.Detail),
            ProblemKind.Empty or ProblemKind.OnlyBoilerplate or ProblemKind.NoTitle or ProblemKind.InvalidText or ProblemKind.NoParagraphs
                => DiagnosticInfo.Create(DescriptorOf(problem.Kind), location, fileName),
            _ => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, location, fileName, "unknown problem " + problem.Kind),
        };
    }

    /// <summary>What a problem of <paramref name="kind"/> is reported as.</summary>
    public static DiagnosticDescriptor DescriptorOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Empty => DiagnosticDescriptors.EmptyDocument,
        ProblemKind.OnlyBoilerplate => DiagnosticDescriptors.OnlyBoilerplate,
        ProblemKind.NoTitle => DiagnosticDescriptors.NoTitle,
        ProblemKind.UnclosedQuote or ProblemKind.AbandonedQuote or ProblemKind.QuoteEndsWithParagraph => DiagnosticDescriptors.UnclosedQuote,
        ProblemKind.UnmatchedQuote => DiagnosticDescriptors.UnmatchedQuote,
        ProblemKind.InvalidText => DiagnosticDescriptors.InvalidText,
        ProblemKind.TooDeeplyNested => DiagnosticDescriptors.TooDeeplyNested,
        ProblemKind.NoParagraphs => DiagnosticDescriptors.TitleAlone,
        _ => DiagnosticDescriptors.UnexpectedError,
    };

    /// <summary>
    /// The seed's text as it may appear in a message: line breaks, bidirectional controls and lone
    /// surrogates shown as <c>\uXXXX</c>, so that the error list shows what the file holds.
    /// </summary>
    public static string Printable(string text) => CodePoints.Rewrite(text, CSharpLiteral.UnicodeEscape);

    /// <summary>Whether the problem means no article can be generated from the file.</summary>
    public static bool IsFatal(Problem problem)
        => problem.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate;
}
