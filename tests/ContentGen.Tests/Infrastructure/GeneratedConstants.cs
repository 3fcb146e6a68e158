using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.Tests.Infrastructure;

/// <summary>
/// Reads the value of every <c>const</c> field in a compilation through the semantic model, as
/// the compiler understands the emitted literal, so tests compare values, not source text.
/// </summary>
internal static class GeneratedConstants
{
    /// <summary>Every constant, keyed by <c>Type.Field</c> (the type's name without namespace or containers).</summary>
    public static IReadOnlyDictionary<string, object?> Read(Compilation compilation)
    {
        var constants = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declarator in tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (model.GetDeclaredSymbol(declarator) is IFieldSymbol { HasConstantValue: true } field)
                {
                    constants.Add(field.ContainingType.Name + "." + field.Name, field.ConstantValue);
                }
            }
        }

        return constants;
    }
}
