using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.Cli.Report;

/// <summary>
/// The public members of a generated article class, read from the source the generator emitted,
/// so that the page lists exactly what code can use.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The member names of the innermost class in <paramref name="source"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Of(string? source)
    {
        if (source is null)
        {
            return [];
        }

        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        // The article's class is nested in the container class (Articles) and holds no type itself.
        var article = root.DescendantNodes().OfType<ClassDeclarationSyntax>().LastOrDefault(c => !c.Members.OfType<BaseTypeDeclarationSyntax>().Any());
        if (article is null)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var member in article.Members)
        {
            if (!member.Modifiers.Any(SyntaxKind.PublicKeyword) && !member.Modifiers.Any(SyntaxKind.InternalKeyword))
            {
                continue;
            }

            switch (member)
            {
                case FieldDeclarationSyntax field:
                    names.AddRange(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                    break;
                case PropertyDeclarationSyntax property:
                    names.Add(property.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax method:
                    names.Add(method.Identifier.ValueText + "()");
                    break;
            }
        }

        return names;
    }
}
