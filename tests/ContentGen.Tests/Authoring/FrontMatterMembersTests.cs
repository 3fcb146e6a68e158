using System.Runtime.Loader;
using ContentGen.Tests.Infrastructure;
using static ContentGen.Tests.CompileAndRunTests;

namespace ContentGen.Tests.Authoring;

/// <summary>
/// The front matter's members at their edges, compiled and read back: an empty list, the
/// infinities and not-a-number, a <c>tags</c> key inside a map (a value like any other there), and
/// a front matter of tags only, which has no <c>Metadata</c> member of its own.
/// </summary>
public sealed class FrontMatterMembersTests
{
    private const string Body = "Harbour reopens to ferries this spring\n\nThe ferries return in April, officials said.\n";

    private static readonly (string Path, string Text)[] s_seeds =
    {
        ("seeds/edges.txt", "---\ntype: Edges\nempty: []\nbig: .inf\nsmall: -.inf\nnothing: .nan\nplace:\n  tags: harbour\n  name: Quay\n---\n" + Body),
        ("seeds/tagged.txt", "---\ntype: Tagged\ntags: [ferries]\n---\n" + Body),
    };

    [Fact]
    public void EdgeValues_CompileAndReadBackAsWritten()
    {
        var outcome = GeneratorHarness.Run(s_seeds);
        Assert.Empty(outcome.Diagnostics);
        var edgesSource = outcome.Sources.Single(s => s.HintName.Contains("Edges", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("IReadOnlyList<string> Empty { get; } = global::System.Array.Empty<string>();\n", edgesSource, StringComparison.Ordinal);

        var context = new AssemblyLoadContext("front-matter-edges", isCollectible: true);
        try
        {
            var assembly = Load(context, outcome);
            var edges = assembly.GetType("Consumer.Articles.Edges", throwOnError: true)!;
            Assert.Empty((IEnumerable<string>)Property(edges, "Empty"));
            Assert.Equal(double.PositiveInfinity, Constant(edges, "Big"));
            Assert.Equal(double.NegativeInfinity, Constant(edges, "Small"));
            Assert.True(double.IsNaN((double)Constant(edges, "Nothing")!));

            var metadata = (IReadOnlyDictionary<string, object>)Property(edges, "Metadata");
            var place = (IReadOnlyDictionary<string, object>)metadata["place"];
            Assert.Equal(["name", "tags"], place.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("harbour", place["tags"]);
            Assert.Empty((IEnumerable<string>)Property(Property(edges, "Article"), "Tags")!);

            var tagged = assembly.GetType("Consumer.Articles.Tagged", throwOnError: true)!;
            Assert.Null(tagged.GetProperty("Metadata"));
            var article = Property(tagged, "Article");
            Assert.Equal(["ferries"], (IEnumerable<string>)Property(article, "Tags")!);
            Assert.Empty((IReadOnlyDictionary<string, object>)Property(article, "Metadata")!);
        }
        finally
        {
            context.Unload();
        }
    }
}
