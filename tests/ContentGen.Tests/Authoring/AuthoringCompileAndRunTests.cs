using System.Runtime.Loader;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using static ContentGen.Tests.CompileAndRunTests;

namespace ContentGen.Tests.Authoring;

/// <summary>
/// Front matter values compile into constants usable in attributes and switches, at C# 7.3 and
/// at the latest version, and read back as exactly the values written in the YAML.
/// </summary>
public sealed class AuthoringCompileAndRunTests
{
    // Constants where only constants are allowed: an attribute argument and switch cases.
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Reader
            {
                [System.ComponentModel.Description(Articles.HarbourLibrary.Contact.Name)]
                internal static string Describe(long count, string author)
                {
                    switch (author)
                    {
                        case Articles.HarbourLibrary.Author:
                            return count == Articles.HarbourLibrary.WordCount ? "ours" : "theirs";
                        default:
                            return Articles.Lighthouse.Category;
                    }
                }
            }
        }
        """;

    public static TheoryData<LanguageVersion> Versions => new(LanguageVersion.CSharp7_3, LanguageVersion.Latest);

    [Theory]
    [MemberData(nameof(Versions))]
    public void AuthoredSeeds_CompileWithoutAnyWarning_InAStrictProject(LanguageVersion version)
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.FrontMatterText, AuthoredSeeds.Markdown], version, null, Consumer);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        using var documentation = new MemoryStream();
        var emit = outcome.Output.Emit(new MemoryStream(), xmlDocumentationStream: documentation, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void EveryTypedValue_ReadsBackAsWrittenInTheYaml(LanguageVersion version)
    {
        var context = new AssemblyLoadContext("authored", isCollectible: true);
        try
        {
            var assembly = Load(context, GeneratorHarness.Run([AuthoredSeeds.FrontMatterText, AuthoredSeeds.Markdown], version, null, Consumer));
            var harbour = assembly.GetType("Consumer.Articles.HarbourLibrary", throwOnError: true)!;

            // Known keys override the reader: the headline line said "Harbour town library opens - Gazette".
            Assert.Equal("Harbour town opens its new public library", Constant(harbour, "Title"));
            Assert.Equal("The Harbour Gazette", Constant(harbour, "Source"));
            Assert.Equal("Ana Lima", Constant(harbour, "Author"));
            Assert.Equal("2021-12-10", Constant(harbour, "Published"));
            Assert.Equal("en", Constant(harbour, "Language"));

            // Every other key, typed.
            Assert.Equal(4, Constant(harbour, "ReadingTime"));
            Assert.Equal(5000000000L, Constant(harbour, "WordCount"));
            Assert.Equal(4.5, Constant(harbour, "Rating"));
            Assert.Equal(true, Constant(harbour, "Featured"));
            Assert.Equal("2021-12-11T09:30:00+01:00", Constant(harbour, "Updated"));
            Assert.Equal(new[] { "libraries", "harbour", "2021" }, (IEnumerable<string>)Property(harbour, "Tags"));
            Assert.Equal(new[] { 1, 2, 3 }, (IEnumerable<int>)Property(harbour, "Scores"));
            Assert.Equal(new[] { 1.0, 2.5 }, (IEnumerable<double>)Property(harbour, "Weights"));
            var contact = harbour.GetNestedType("Contact")!;
            Assert.Equal("Press office", Constant(contact, "Name"));
            Assert.Equal("+44 1234", Constant(contact, "Phone"));
            Assert.Equal(9, Constant(contact.GetNestedType("Hours")!, "Open"));
            Assert.Equal(17, Constant(contact.GetNestedType("Hours")!, "Close"));

            // The shared shape: Tags, and Metadata with the same typed values, maps nested.
            var article = Property(harbour, "Article");
            Assert.Equal("Ana Lima", Property(article, "Author"));
            Assert.Equal("2021-12-10", Property(article, "Published"));
            Assert.Equal("en", Property(article, "Language"));
            Assert.Equal(new[] { "libraries", "harbour", "2021" }, (IEnumerable<string>)Property(article, "Tags")!);
            var metadata = (IReadOnlyDictionary<string, object>)Property(article, "Metadata")!;
            Assert.Equal(["reading_time", "word_count", "rating", "featured", "updated", "scores", "weights", "contact"], metadata.Keys);
            Assert.Equal(4, metadata["reading_time"]);
            Assert.Equal(5000000000L, metadata["word_count"]);
            Assert.Equal(4.5, metadata["rating"]);
            Assert.Equal(true, metadata["featured"]);
            Assert.Equal(new[] { 1, 2, 3 }, (IEnumerable<int>)metadata["scores"]);
            var hours = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)metadata["contact"])["hours"];
            Assert.Equal(17, hours["close"]);
            Assert.Throws<NotSupportedException>(() => ((IDictionary<string, object>)metadata).Add("x", 1));

            // The Markdown seed: its title from the first # heading, its HTML, and no front matter tags.
            var lighthouse = assembly.GetType("Consumer.Articles.Lighthouse", throwOnError: true)!;
            Assert.Equal("The lighthouse keeper's last winter", Constant(lighthouse, "Title"));
            Assert.StartsWith("<h1>The lighthouse keeper's last winter</h1>\n<p>After forty years, the keeper hands over the <strong>keys</strong>", (string)Constant(lighthouse, "Html")!, StringComparison.Ordinal);
            Assert.Equal("culture", Constant(lighthouse, "Category"));
            Assert.Null(Constant(lighthouse, "Author"));
            var shared = Property(lighthouse, "Article");
            Assert.Empty((IEnumerable<string>)Property(shared, "Tags")!);
            Assert.Equal(3, ((IReadOnlyDictionary<string, object>)Property(shared, "Metadata")!)["reading_time"]);
        }
        finally
        {
            context.Unload();
        }
    }
}
