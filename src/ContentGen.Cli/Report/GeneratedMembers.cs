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
    // The XML docs repeat every text; read as plain comments they cost nothing to parse.
    private static readonly CSharpParseOptions s_options = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>The member names of the first top-level class in <paramref name="source"/>, in declaration order.</summary>
    /// <param name="source">The generated source, or <see langword="null"/>.</param>
    public static IReadOnlyList<string> Of(string? source)
    {
        if (source is null)
        {
            return [];
        }

        // The article's class is the namespace's only type; its own nested types (front matter
        // maps) are not walked. Nor are member bodies, which hold the whole article's text.
        var article = CSharpSyntaxTree.ParseText(source, s_options).GetRoot()
            .DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .FirstOrDefault();
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
