using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ContentGen.Cli.Output;

/// <summary>
/// Writes diagnostics in the canonical compiler format, <c>file(line,col): severity ID: message</c>,
/// which MSBuild, CI log parsers and IDE problem matchers recognise.
/// </summary>
internal static class DiagnosticFormat
{
    /// <summary>The 1-based line and column where <paramref name="diagnostic"/> starts.</summary>
    public static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    /// <summary><c>warning</c>, <c>error</c> or <c>info</c>, as the compiler writes it.</summary>
    public static string Severity(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The message, on one line, in the invariant culture.</summary>
    public static string Message(Diagnostic diagnostic)
        => diagnostic.GetMessage(CultureInfo.InvariantCulture).Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>The diagnostic as one line, without the line break.</summary>
    public static string Line(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.GetLineSpan().Path;
        var where = string.IsNullOrEmpty(path)
            ? "contentgen"
            : string.Create(CultureInfo.InvariantCulture, $"{path}({Start(diagnostic).Line},{Start(diagnostic).Column})");
        return where + ": " + Severity(diagnostic) + " " + diagnostic.Id + ": " + Message(diagnostic);
    }
}
