using System.Collections.Immutable;
using ContentGen.Naming;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.Tests.Robustness;

/// <summary>The emitters' output read back as C#: what the generated code declares.</summary>
public sealed class EmitterTests
{
    private static readonly (string Path, string Text)[] s_seed =
    {
        ("seeds/harbour-news.txt", "Harbour reopens to ferries this spring | Coast News\n\nThe ferries return in April, officials said.\n\nTimetable\n\n\"We sail at dawn,\" said captain Ann Lee.\n"),
    };

    [Fact]
    public void EveryNameTheGeneratedCodeDeclares_IsReservedFromArticleTypes()
    {
        // Read from the emitted source, not from a list: a member added to an emitter and not
        // to the reserved names would let an article's type collide with it.
        var declared = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in GeneratorHarness.Run(s_seed).Sources)
        {
            var root = CSharpSyntaxTree.ParseText(source.SourceText, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
            foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                var inArticleClass = type.Identifier.Text == "HarbourNews";
                var isContainingClass = type.Identifier.Text == "Articles";
                if (!inArticleClass && !isContainingClass)
                {
                    continue;
                }

                foreach (var member in type.Members)
                {
                    var name = member switch
                    {
                        ClassDeclarationSyntax nested => nested.Identifier.Text,
                        PropertyDeclarationSyntax property => property.Identifier.Text,
                        MethodDeclarationSyntax method => method.Identifier.Text,
                        FieldDeclarationSyntax field => field.Declaration.Variables.Single().Identifier.Text,
                        _ => throw new InvalidOperationException("unexpected member " + member.Kind()),
                    };
                    if (name != "HarbourNews")
                    {
                        declared.Add(name);
                    }
                }
            }
        }

        Assert.Equal(
            ["All", "Article", "FromUtf8", "Heading1", "Paragraph1", "Paragraph2", "Paragraphs", "Quote", "Quote1", "Quotes", "Section", "Sections", "Source", "Title"],
            declared);
        foreach (var name in declared)
        {
            var table = NameTable.Resolve([new NameRequest("seeds/x.txt", name)], "Articles", TestContext.Current.CancellationToken);
            Assert.Equal(name + "Article", table.Names.Single().TypeName);
            Assert.Equal("CG0009", table.Diagnostics.Single().Descriptor.Id);
        }
    }
}
