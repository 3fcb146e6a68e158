using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests;

/// <summary>
/// XML documentation shows a preview of a long text, a couple of IntelliSense lines, while the
/// constant keeps the whole text: the text is not written into the source a third time.
/// </summary>
public sealed class XmlDocPreviewTests
{
    // 30 words of 4 to 6 letters: about 170 characters, past the preview's length.
    private const string LongParagraph =
        "Boats came back to the harbour early on Monday after three weeks away, and the crews said "
        + "that the water was calm, the fish were many, and the nets held well all along the coast.";

    [Fact]
    public void ShortText_IsShownWhole()
        => Assert.Equal("Ferries return in April.", XmlDoc.Preview("Ferries return in April."));

    [Fact]
    public void TextOfExactlyThePreviewLength_IsShownWhole()
    {
        var text = new string('a', XmlDoc.PreviewLength);
        Assert.Equal(text, XmlDoc.Preview(text));
    }

    [Fact]
    public void LongText_IsCutAfterAWholeWord_AndEndsWithAnEllipsis()
    {
        var preview = XmlDoc.Preview(LongParagraph);

        Assert.EndsWith("…", preview, StringComparison.Ordinal);
        var shown = preview[..^1];
        Assert.True(shown.Length <= XmlDoc.PreviewLength, $"{shown.Length} characters shown");
        Assert.True(shown.Length >= XmlDoc.PreviewLength / 2, $"only {shown.Length} characters shown");
        Assert.StartsWith(shown, LongParagraph, StringComparison.Ordinal);

        // The cut falls between words: the next character of the text is a space, and the shown
        // text does not end with one.
        Assert.Equal(' ', LongParagraph[shown.Length]);
        Assert.NotEqual(' ', shown[^1]);
    }

    [Fact]
    public void LongTextWithoutSpaces_IsCutAtThePreviewLength()
    {
        var text = new string('x', XmlDoc.PreviewLength * 3);
        Assert.Equal(new string('x', XmlDoc.PreviewLength) + "…", XmlDoc.Preview(text));
    }

    [Fact]
    public void Cut_NeverSplitsASurrogatePair()
    {
        // An emoji (two UTF-16 units) straddles the preview length.
        var text = new string('x', XmlDoc.PreviewLength - 1) + "\U0001F600" + new string('x', 50);

        var shown = XmlDoc.Preview(text)[..^1];

        Assert.False(char.IsHighSurrogate(shown[^1]), "the preview ends with half a pair");
        Assert.Equal(text[..shown.Length], shown);
    }

    [Fact]
    public void EmittedParagraph_HasAPreviewSummary_AndTheWholeTextAsItsConstant()
    {
        var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", true, true);
        var article = new Article(
            "Boats are back",
            null,
            default,
            EquatableArray.From(new[] { new Section(null, default, 0, 1) }),
            EquatableArray.From(new[] { new Paragraph(LongParagraph, default) }),
            EquatableArray.From(new[] { new Quote(LongParagraph, "The harbour master", 0, default) }),
            default,
            default);

        var source = ArticleEmitter.Emit(new ArticleSpec("seeds/boats.txt", "Boats", "boats.txt", article, options), TestContext.Current.CancellationToken);

        var lines = source.Split('\n').Select(line => line.Trim()).ToArray();
        Assert.Contains("/// <summary>" + XmlDoc.Preview("Paragraph 1: " + LongParagraph) + "</summary>", lines);
        Assert.Contains("/// <summary>" + XmlDoc.Preview("Quote 1, by The harbour master: " + LongParagraph) + "</summary>", lines);
        Assert.Contains("public const string Paragraph1 = \"" + LongParagraph + "\";", lines);

        // The whole text appears twice (the constant and its UTF-8 copy) per member, never in a comment.
        Assert.DoesNotContain(lines, line => line.StartsWith("///", StringComparison.Ordinal) && line.Contains(LongParagraph, StringComparison.Ordinal));
    }
}
