using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>The generated code compiles cleanly in a strict project and gives back the exact texts.</summary>
public sealed class CompileAndRunTests
{
    // Uses the generated API the way the README shows, within what C# 7.3 allows.
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Reader
            {
                [System.ComponentModel.Description(Articles.RussianRepresentativeTakesStockOfNegotiationsWithNato.Title)]
                internal static string Describe(string text)
                {
                    switch (text)
                    {
                        case Articles.RussianRepresentativeTakesStockOfNegotiationsWithNato.Quote1:
                            return "a quote";
                        default:
                            return Articles.RussianRepresentativeTakesStockOfNegotiationsWithNato.Source ?? "none";
                    }
                }

                internal static int CountQuotes()
                {
                    var count = 0;
                    foreach (var article in Articles.Catalog.All)
                    {
                        count += article.Quotes.Count;
                    }

                    return count;
                }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void Seeds_CompileWithoutAnyWarning_InAStrictProject(LanguageVersion version)
    {
        var outcome = GeneratorHarness.RunSeeds(version, Consumer);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        using var documentation = new MemoryStream();
        var emit = outcome.Output.Emit(new MemoryStream(), xmlDocumentationStream: documentation, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(emit.Diagnostics);
    }

    [Fact]
    public void LoadedAssembly_GivesBackTheParsedTexts()
    {
        var expected = ArticleParser.Parse(File.ReadAllText(Seeds.Original));
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            var assembly = Load(context, GeneratorHarness.RunSeeds(LanguageVersion.Latest, Consumer));
            var article = assembly.GetType("Consumer.Articles.RussianRepresentativeTakesStockOfNegotiationsWithNato", throwOnError: true)!;

            Assert.Equal(expected.Title, Constant(article, "Title"));
            Assert.Equal(expected.Source, Constant(article, "Source"));
            Assert.Equal("Moscow advocates stopping NATO expansion", Constant(article, "Heading1"));
            for (var i = 0; i < expected.Paragraphs.Count; i++)
            {
                Assert.Equal(expected.Paragraphs[i].Text, Constant(article, "Paragraph" + (i + 1)));
            }

            Assert.Equal(expected.Paragraphs.Select(p => p.Text), (IEnumerable<string>)Property(article, "Paragraphs"));
            var quotes = ((System.Collections.IEnumerable)Property(article, "Quotes")).Cast<object>()
                .Select(q => (Property(q, "Text"), Property(q, "Speaker"), Property(q, "ParagraphIndex")));
            Assert.Equal(expected.Quotes.Select(q => ((object)q.Text, (object?)q.Speaker, (object)q.Paragraph)), quotes!);

            var all = ((System.Collections.IEnumerable)Property(assembly.GetType("Consumer.Articles.Catalog")!, "All")).Cast<object>().ToArray();
            Assert.Equal(Seeds.FileNames.Count, all.Length);
            Assert.Equal(expected.Title, Property(all[0], "Title"));
            Assert.Equal(expected.Title, all[0].ToString());
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Emits the consumer compilation and loads it into <paramref name="context"/>.</summary>
    internal static Assembly Load(AssemblyLoadContext context, GeneratorOutcome outcome)
    {
        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    /// <summary>The value of the constant <paramref name="name"/> of <paramref name="type"/>.</summary>
    internal static object? Constant(Type type, string name)
        => type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue();

    /// <summary>The value of the static property <paramref name="name"/> of <paramref name="type"/>.</summary>
    internal static object Property(Type type, string name)
        => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The value of the property <paramref name="name"/> of <paramref name="instance"/>.</summary>
    internal static object? Property(object instance, string name)
        => instance.GetType().GetProperty(name)!.GetValue(instance);
}
