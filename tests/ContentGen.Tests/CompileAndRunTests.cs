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

                internal static string FindTitle(string name)
                {
                    var article = Articles.Catalog.Find(name);
                    return article == null ? "none" : article.Title;
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

            // Found by name, so that a seed added to seeds/ (which may sort first) changes nothing here.
            var catalog = assembly.GetType("Consumer.Articles.Catalog")!;
            var all = ((System.Collections.IEnumerable)Property(catalog, "All")).Cast<object>().ToArray();
            var found = catalog.GetMethod("Find")!.Invoke(null, ["RussianRepresentativeTakesStockOfNegotiationsWithNato"])!;
            Assert.Equal(Seeds.FileNames.Count, all.Length);
            Assert.Contains(found, all);
            Assert.Equal(expected.Title, Property(found, "Title"));
            Assert.Equal(expected.Title, found.ToString());
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void QuotesInTheTitleAndAHeading_CarryTheirPlace_AndBodyQuotesTheDefault(LanguageVersion version)
    {
        var text = "Jane Roe: \"We will not give up on the harbour\"\n\n"
            + "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
            + "Costs\n\n"
            + "The opposition says the bill will cost far more than the budget allows this year.\n\n"
            + "Next steps: \"a long road\"\n\n"
            + "\"We will build homes for every family on the waiting list,\" said Jane Roe after the vote.\n";
        var context = new AssemblyLoadContext("generated-places", isCollectible: true);
        try
        {
            var assembly = Load(context, GeneratorHarness.Run([("seeds/harbour.txt", text)], version));
            var article = assembly.GetTypes().Single(type => type.GetProperty("Quotes", BindingFlags.Public | BindingFlags.Static) is not null && type.GetField("Title") is not null);
            var quotes = ((System.Collections.IEnumerable)Property(article, "Quotes")).Cast<object>()
                .Select(q => (Property(q, "Place"), Property(q, "ParagraphIndex"), Property(q, "Speaker")));

            Assert.Equal(new (object?, object?, object?)[] { ("Title", -1, "Jane Roe"), ("Heading", 2, null), ("Body", 2, "Jane Roe") }, quotes);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void SomeoneUnnamed_IsGeneratedAsADescription()
    {
        var text = "Harbour prices climb again\n\n"
            + "Fish prices at the harbour market rose for the third week in a row on Friday.\n\n"
            + "\"Prices will keep rising until the boats can go out again,\" said one trader.\n";
        var context = new AssemblyLoadContext("generated-descriptions", isCollectible: true);
        try
        {
            var assembly = Load(context, GeneratorHarness.Run([("seeds/prices.txt", text)]));
            var article = assembly.GetTypes().Single(type => type.GetProperty("Quotes", BindingFlags.Public | BindingFlags.Static) is not null && type.GetField("Title") is not null);
            var quote = ((System.Collections.IEnumerable)Property(article, "Quotes")).Cast<object>().Single();
            var speaker = ((System.Collections.IEnumerable)Property(article, "Speakers")).Cast<object>().Single();

            Assert.Equal<(object?, object?)>(("trader", "Description"), (Property(quote, "Speaker"), Property(quote, "SpeakerKind")));
            Assert.Equal<(object?, object?)>(("trader", "Description"), (Property(speaker, "Name"), Property(speaker, "Kind")));
        }
        finally
        {
            context.Unload();
        }
    }

    private const string Story = "\n\nThe harbour reopened to ferries on Monday.\n";

    [Fact]
    public void Catalog_FindsAnArticleByItsClassName_Ordinally()
        => WithCatalog(GeneratorHarness.Run([("seeds/ferries.txt", "Ferries are back" + Story), ("seeds/harbour.txt", "Harbour news" + Story)]), (all, find) =>
        {
            object? Find(string? name) => find("Find", name);

            Assert.Same(all[0], Find("Ferries"));
            Assert.Same(all[1], Find("Harbour"));
            Assert.Null(Find("harbour"));
            Assert.Null(Find("Harbour "));
            Assert.Null(Find(""));
            Assert.Null(Find(null));
        });

    [Fact]
    public void Catalog_FindsAnArticleByItsSeedPath_WithEitherSlash()
    {
        var outcome = GeneratorHarness.Run(
            [("/repo/app/seeds/ferries.txt", "Ferries are back" + Story), ("/repo/app/seeds/fr/port.txt", "Harbour news" + Story)],
            options: GeneratorHarness.DefaultOptions.WithProperty("ProjectDir", "/repo/app/"));

        WithCatalog(outcome, (all, find) =>
        {
            object? Find(string? seedPath) => find("FindBySeedPath", seedPath);

            Assert.Same(all[0], Find("seeds/ferries.txt"));
            Assert.Same(all[1], Find("seeds/fr/port.txt"));
            Assert.Same(all[1], Find(@"seeds\fr\port.txt"));
            Assert.Null(Find("Seeds/fr/port.txt"));
            Assert.Null(Find("port.txt"));
            Assert.Null(Find("/repo/app/seeds/fr/port.txt"));
            Assert.Null(Find(""));
            Assert.Null(Find(null));
        });
    }

    [Fact]
    public void Catalog_FindsBySeedPath_WhenTwoLinkedSeedsShareAFileName()
    {
        // Seeds linked from outside the project are known by their file name alone: two of the same
        // name must still build, and the lookup gives the first by class name.
        var outcome = GeneratorHarness.Run(
            [("/shared/a/story.txt", "Ferries are back" + Story), ("/shared/b/story.txt", "Harbour news" + Story)],
            options: GeneratorHarness.DefaultOptions.WithProperty("ProjectDir", "/repo/app/"));

        Assert.Empty(outcome.CompilationDiagnostics);
        WithCatalog(outcome, (all, find) => Assert.Same(all[0], find("FindBySeedPath", "story.txt")));
    }

    // Loads the generated code, and hands `check` the catalog's articles and a call of one of its lookups by name.
    private static void WithCatalog(GeneratorOutcome outcome, Action<object[], Func<string, string?, object?>> check)
    {
        var context = new AssemblyLoadContext("generated-catalog", isCollectible: true);
        try
        {
            var catalog = Load(context, outcome).GetType("Consumer.Articles.Catalog", throwOnError: true)!;
            var all = ((System.Collections.IEnumerable)Property(catalog, "All")).Cast<object>().ToArray();
            check(all, (method, argument) => catalog.GetMethod(method)!.Invoke(null, [argument]));
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
