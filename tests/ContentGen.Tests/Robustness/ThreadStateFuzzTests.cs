using ContentGen.Parsing;
using CsCheck;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// The parser keeps buffers and caches per thread (a page's lines and segments, its tokens and
/// sentence ranges, the strings of names read again): whatever a thread read before, a document
/// must read exactly as it reads on a thread that has read nothing.
/// </summary>
public sealed class ThreadStateFuzzTests
{
    [Fact]
    public void ADocumentReadAfterOthers_ReadsAsOnAFreshThread()
    {
        var pairs = Gen.Select(SeedDocuments.Document.Array[1, 4], SeedDocuments.Document);
        FuzzTests.Check(pairs, ReadsAsOnAFreshThread, FuzzTests.Iterations(200), pair => string.Join("\n----\n", pair.Item1.Append(pair.Item2)));
    }

    private static void ReadsAsOnAFreshThread((string[] Before, string Document) pair)
    {
        Article? fresh = null;
        var thread = new Thread(() => fresh = ArticleParser.Parse(pair.Document));
        thread.Start();
        thread.Join();

        foreach (var before in pair.Before)
        {
            ArticleParser.Parse(before);
        }

        Assert.Equal(fresh, ArticleParser.Parse(pair.Document));
    }
}
