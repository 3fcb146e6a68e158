using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Whatever the text, the emitted source parses, compiles warning-free, and each constant holds
/// the text char for char (after LoggerMessage's <c>EmittedMessageIsWellFormed</c>).
/// </summary>
public sealed class EscapingTests
{
    [Theory]
    [MemberData(nameof(NastyStrings.Names), MemberType = typeof(NastyStrings))]
    public void EmittedConstants_CompileCleanlyAndHoldTheTextExactly(string name)
    {
        var text = NastyStrings.Get(name);
        foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.Latest })
        {
            var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", version != LanguageVersion.CSharp7_3);
            var spec = new ArticleSpec("seeds/nasty.txt", "Nasty", text, ArticleAround(text), options);
            var article = ArticleEmitter.Emit(spec, TestContext.Current.CancellationToken);
            var index = IndexEmitter.Emit(new IndexSpec(EquatableArray.From(new[] { new IndexedArticle("Nasty", text) }), options), TestContext.Current.CancellationToken);

            var compilation = GeneratorHarness.Compilation(version, article, index);

            Assert.Empty(compilation.SyntaxTrees.SelectMany(tree => tree.GetDiagnostics()));
            Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
            var constants = GeneratedConstants.Read(compilation);
            foreach (var member in new[] { "Title", "Source", "Heading1", "Paragraph1", "Quote1" })
            {
                AssertSameChars(text, (string?)constants["Nasty." + member]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(NastyStrings.Names), MemberType = typeof(NastyStrings))]
    public void EmittedSource_NeverHoldsLineBreaksOrBidiControlsRaw_NorLoneSurrogates(string name)
    {
        var text = NastyStrings.Get(name);
        var options = new GeneratorOptions(GeneratorOptions.DefaultGroup, "public", true);
        var source = ArticleEmitter.Emit(new ArticleSpec("seeds/nasty.txt", "Nasty", text, ArticleAround(text), options), TestContext.Current.CancellationToken);

        foreach (var c in NastyStrings.NeverRaw)
        {
            Assert.DoesNotContain(c, source);
        }

        for (var i = 0; i < source.Length; i++)
        {
            if (char.IsHighSurrogate(source[i]))
            {
                Assert.True(i + 1 < source.Length && char.IsLowSurrogate(source[++i]), $"lone high surrogate at {i}");
            }
            else
            {
                Assert.False(char.IsLowSurrogate(source[i]), $"lone low surrogate at {i}");
            }
        }
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("\"\\", "\"\\\"\\\\\"")]
    [InlineData("\0\r\n\t", "\"\\0\\r\\n\\t\"")]
    [InlineData("\a\b\f\v", "\"\\a\\b\\f\\v\"")]
    [InlineData("\uE000\u0378\u200B\u2029", "\"\\uE000\\u0378\\u200B\\u2029\"")]
    [InlineData("\u2028\u0085\u202E\u2066", "\"\\u2028\\u0085\\u202E\\u2066\"")]
    [InlineData("é\U0001F600", "\"é\U0001F600\"")]
    public void Literal_EscapesOnlyWhatMustBeEscaped(string value, string expected)
        => Assert.Equal(expected, CSharpLiteral.Format(value));

    // Not InlineData: attribute arguments are stored as UTF-8, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void Literal_EscapesLoneSurrogates()
        => Assert.Equal("\"\\uD800x\\uDC00\"", CSharpLiteral.Format("\uD800x\uDC00"));

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("*/ --> </summary>", "*/ --&gt; &lt;/summary&gt;")]
    [InlineData("x\ny\u2028z\u202Ew", "x y z w")]
    [InlineData("pair \U0001F600 kept", "pair \U0001F600 kept")]
    // Joiners shape what they join (an emoji family, a Persian word) and steer no text direction: kept.
    [InlineData("family \U0001F468\u200D\U0001F469\u200D\U0001F467", "family \U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    [InlineData("zero\u200Bwidth \u2066isolate", "zero width  isolate")]
    public void XmlDoc_EscapesMarkupAndBlanksWhatWouldBreakTheCommentLine(string value, string expected)
        => Assert.Equal(expected, XmlDoc.Escape(value));

    // Every member that holds text holds the nasty one, so each kind of constant is checked.
    private static Article ArticleAround(string text)
        => new(
            text,
            text,
            TextPosition.Start,
            EquatableArray.From(new[] { new Section(text, TextPosition.Start, 0, 1) }),
            EquatableArray.From(new[] { new Paragraph(text, TextPosition.Start) }),
            EquatableArray.From(new[] { new Quote(text, text, 0, TextPosition.Start) }),
            default,
            default);

    private static void AssertSameChars(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.True(
            string.Equals(expected, actual, StringComparison.Ordinal),
            $"expected {Dump(expected)}, got {Dump(actual)}");
    }

    private static string Dump(string text)
        => string.Join(" ", text.Take(40).Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
