using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// A corpus far past the user-string heap's 2^24 bytes builds and runs: the collections are made
/// from UTF-8 data, so the texts are not user strings (CS8103 would stop the build otherwise).
/// </summary>
public sealed class LargeCorpusTests
{
    // 2,600 documents of 20 paragraphs: about 26 MB of text, 5× the BBC corpus, 13 million UTF-16
    // characters where 8 million in the user-string heap already fail.
    private const int DocumentCount = 2_600;
    private const int ParagraphsPerDocument = 20;

    [Fact]
    public void CorpusOf25MB_Builds_AndTheCollectionsGiveBackTheTexts()
    {
        var documents = SyntheticCorpus.Documents(DocumentCount, ParagraphsPerDocument);
        var characters = documents.Sum(document => (long)document.Text.Length);
        Assert.True(characters >= 25_000_000, $"The corpus has only {characters} characters.");

        var clock = Stopwatch.StartNew();
        var outcome = GeneratorHarness.Run(documents);
        Assert.Empty(outcome.Diagnostics);
        using var image = new MemoryStream();
        var emit = outcome.Output.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        TestContext.Current.SendDiagnosticMessage($"{characters:N0} characters generated and compiled in {clock.Elapsed.TotalSeconds:F1} s");

        // Only type names remain user strings: a small fraction of the 2^24-byte limit.
        image.Position = 0;
        using (var pe = new PEReader(image, PEStreamOptions.LeaveOpen))
        {
            var userStrings = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
            Assert.True(userStrings < 1 << 20, $"The user-string heap holds {userStrings} bytes.");
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("large-corpus", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var all = ((System.Collections.IEnumerable)StaticProperty(assembly.GetType("Consumer.Articles.Catalog", throwOnError: true)!, "All")).Cast<object>().ToArray();
            Assert.Equal(DocumentCount, all.Length);

            var byTitle = all.ToDictionary(article => (string)Property(article, "Title")!, StringComparer.Ordinal);
            for (var index = 0; index < DocumentCount; index += 37)
            {
                AssertTexts(index, byTitle, assembly);
            }

            AssertTexts(DocumentCount - 1, byTitle, assembly);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void AssertTexts(int index, Dictionary<string, object> byTitle, Assembly assembly)
    {
        var title = SyntheticCorpus.Document(index, 1).Split('\n')[0];
        var article = byTitle[title];
        var expected = Enumerable.Range(0, ParagraphsPerDocument).Select(p => SyntheticCorpus.ParagraphText(index, p)).ToArray();
        Assert.Equal(expected, (IEnumerable<string>)Property(article, "Paragraphs")!);

        var sections = ((System.Collections.IEnumerable)Property(article, "Sections")!).Cast<object>();
        Assert.Equal(expected, sections.SelectMany(section => (IEnumerable<string>)Property(section, "Paragraphs")!));

        // The decoded texts equal the constants, which the compiler wrote as metadata.
        var type = assembly.GetType("Consumer.Articles." + Property(article, "Name"), throwOnError: true)!;
        Assert.Equal(title, type.GetField("Title")!.GetRawConstantValue());
        Assert.Equal(expected[^1], type.GetField("Paragraph" + ParagraphsPerDocument)!.GetRawConstantValue());

        // Each quote with its speaker, as the document was written.
        var quotes = ((System.Collections.IEnumerable)Property(article, "Quotes")!).Cast<object>().ToArray();
        var expectedQuotes = SyntheticCorpus.Quotes(index, ParagraphsPerDocument);
        Assert.Equal(expectedQuotes, quotes.Select(quote => ((string)Property(quote, "Text")!, (string)Property(quote, "Speaker")!)));
        for (var i = 0; i < quotes.Length; i++)
        {
            Assert.Equal(expectedQuotes[i].Text, type.GetField("Quote" + (i + 1))!.GetRawConstantValue());
        }
    }

    private static object StaticProperty(Type type, string name)
        => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static object? Property(object instance, string name)
        => instance.GetType().GetProperty(name)!.GetValue(instance);
}
