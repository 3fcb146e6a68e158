using ContentGen.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Model;

/// <summary>A diagnostic to report, as plain values. Immutable and structurally equatable.</summary>
/// <param name="Descriptor">What is reported.</param>
/// <param name="Location">Where, or <see langword="null"/> for the project as a whole.</param>
/// <param name="MessageArgs">The arguments of the descriptor's message format.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Creates a diagnostic.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>The Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return Diagnostic.Create(Descriptor, Location?.ToLocation(), args);
    }
}
