using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;
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
            // The types beside the articles, in the same namespace, and the article class's members.
            foreach (var type in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(ns => ns.Members).OfType<ClassDeclarationSyntax>())
            {
                if (type.Identifier.Text != "HarbourNews")
                {
                    declared.Add(type.Identifier.Text);
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
                    declared.Add(name);
                }
            }
        }

        Assert.Equal(
            ["Article", "Author", "Catalog", "Heading1", "Language", "Paragraph1", "Paragraph2", "Paragraphs", "Published", "Quote", "Quote1", "Quotes", "Section", "Sections", "SeedPath", "Source", "Speaker", "Speakers", "Title", "Utf8Text"],
            declared);
        foreach (var name in declared)
        {
            var table = NameTable.Resolve([new NameRequest("seeds/x.txt", name)], TestContext.Current.CancellationToken);
            Assert.Equal(name + "Article", table.Names.Single().TypeName);
            Assert.Equal("CG0009", table.Diagnostics.Single().Descriptor.Id);
        }
    }

    [Fact]
    public void ArticleWithNothingButATitle_HasEmptyCollections_AndCompiles()
    {
        var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", NullableAnnotations: true, Utf8Collections: true);
        var article = new Article("Only a title", null, TextPosition.Start, default, default, default, default, default);
        var spec = new ArticleSpec("seeds/bare.txt", "Bare", "seeds/bare.txt", article, options);

        var source = ArticleEmitter.Emit(spec, TestContext.Current.CancellationToken);
        var index = IndexEmitter.Emit(new IndexSpec(EquatableArray.From(new[] { new IndexedArticle("Bare", "seeds/bare.txt") }), options), TestContext.Current.CancellationToken);

        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<string> Paragraphs { get; } = global::System.Array.Empty<string>();\n", source, StringComparison.Ordinal);
        Assert.Contains("Sections { get; } = global::System.Array.Empty<global::Consumer.Articles.Section>();\n", source, StringComparison.Ordinal);
        Assert.Contains("Quotes { get; } = global::System.Array.Empty<global::Consumer.Articles.Quote>();\n", source, StringComparison.Ordinal);
        Assert.Contains("Speakers { get; } = global::System.Array.Empty<global::Consumer.Articles.Speaker>();\n", source, StringComparison.Ordinal);
        Assert.Contains("public const string? Source = null;\n", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>No source was named in the title.</summary>\n", source, StringComparison.Ordinal);
        Assert.Contains("public const string? Author = null;\n", source, StringComparison.Ordinal);
        Assert.Contains(
            "new global::Consumer.Articles.Article(\"Bare\", Utf8Text.Decode(\"Only a title\"u8), Source, Paragraphs, Sections, Quotes, Author, Published, Language, "
            + "global::System.Array.Empty<string>(), new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object>("
            + "new global::System.Collections.Generic.Dictionary<string, object>(global::System.StringComparer.Ordinal)), Speakers, SeedPath);\n",
            source,
            StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Compilation(LanguageVersion.Latest, source, index).GetDiagnostics(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void QuoteSummary_NamesTheSpeaker_OnlyWhenThereIsOne()
    {
        var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", true);
        var paragraphs = EquatableArray.From(new[] { new Paragraph("\"Yes.\" \"No.\"", TextPosition.Start) });
        var quotes = EquatableArray.From(new[] { new Quote("Yes.", "Ann Lee", 0, TextPosition.Start), new Quote("No.", null, 0, TextPosition.Start) });
        var article = new Article("A title", null, TextPosition.Start, default, paragraphs, quotes, default, default);

        var source = ArticleEmitter.Emit(new ArticleSpec("seeds/a.txt", "A", "a.txt", article, options), TestContext.Current.CancellationToken);

        Assert.Contains("/// <summary>Quote 1, by Ann Lee: Yes.</summary>\n", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Quote 2: No.</summary>\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteSummary_OfAQuoteInsideAQuote_NamesTheQuoteItSitsIn()
    {
        var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", true);
        var paragraphs = EquatableArray.From(new[] { new Paragraph("\"My father said: 'Stay.' I stayed,\" said Ann Lee.", TextPosition.Start) });
        var quotes = EquatableArray.From(new[]
        {
            new Quote("My father said: 'Stay.' I stayed", "Ann Lee", 0, TextPosition.Start),
            new Quote("Stay.", null, 0, TextPosition.Start) { Within = 0 },
        });
        var article = new Article("A title", null, TextPosition.Start, default, paragraphs, quotes, default, default);

        var source = ArticleEmitter.Emit(new ArticleSpec("seeds/a.txt", "A", "a.txt", article, options), TestContext.Current.CancellationToken);

        Assert.Contains("/// <summary>Quote 1, by Ann Lee: My father said: 'Stay.' I stayed</summary>\n", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Quote 2, inside quote 1: Stay.</summary>\n", source, StringComparison.Ordinal);
        Assert.Contains("public const string Quote2 = \"Stay.\";", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Emitters_StopWhenCancelled_AndTheGuardLetsCancellationThrough()
    {
        var options = new GeneratorOptions(GeneratorHarness.ArticlesNamespace, "public", true);
        var paragraphs = EquatableArray.From(new[] { new Paragraph("A paragraph.", TextPosition.Start) });
        var quotes = EquatableArray.From(new[] { new Quote("A quote.", null, 0, TextPosition.Start) });
        var spec = new ArticleSpec("seeds/a.txt", "A", "a.txt", new Article("A title", null, TextPosition.Start, default, paragraphs, default, default, default), options);
        var quoted = spec with { Article = spec.Article with { Paragraphs = default, Quotes = quotes } };
        var index = new IndexSpec(EquatableArray.From(new[] { new IndexedArticle("A", "seeds/a.txt") }), options);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ArticleEmitter.Emit(spec, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => ArticleEmitter.Emit(quoted, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => IndexEmitter.Emit(index, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => EmitGuard.Article(spec, ArticleEmitter.Emit, cancelled.Token, out _));
        Assert.Throws<OperationCanceledException>(() => EmitGuard.Index(index, cancelled.Token, out _));
    }

    [Fact]
    public void IndexEmitterFailure_IsCG9999NamingTheIndexFile_WithNoLocation()
    {
        var source = EmitGuard.Run(() => throw new InvalidOperationException("boom"), null, "Articles.g.cs", out var failure);

        Assert.Null(source);
        Assert.Null(failure!.Location);
        Assert.Equal("CG9999", failure.Descriptor.Id);
        Assert.Equal(["Articles.g.cs", "InvalidOperationException: boom"], failure.MessageArgs);
    }

    [Fact]
    public void SourceWriter_IndentsFourSpacesPerLevel_AndLeavesEmptyLinesEmpty()
    {
        var text = new SourceWriter().Line("a").Open().Line("b").Line().Open().Line("c").Close(";").Close().Summary("d").ToString();

        Assert.Equal("a\n{\n    b\n\n    {\n        c\n    };\n}\n/// <summary>d</summary>\n", text);
    }

    [Fact]
    public void Preview_CutsAtTheLastWordEnd_InItsSecondHalf_AndKeepsPairsWhole()
    {
        // Each expected value is read off the text: where the last word before character 120 ends.
        var cases = new (string Text, string Expected)[]
        {
            // Two spaces: the word ends before the first of them, at 99.
            (new string('a', 99) + "  " + new string('b', 100), new string('a', 99) + "…"),
            // A word end exactly at the half (60) is not in the second half: cut at 120.
            (new string('a', 60) + " " + new string('b', 100), new string('a', 60) + " " + new string('b', 59) + "…"),
            // An emoji across 120: cut before it, at 119.
            (new string('x', 119) + "\U0001F600" + new string('x', 50), new string('x', 119) + "…"),
            // A lone high surrogate at 119 is no pair: cut at 120, after it.
            (new string('x', 119) + "\uD83C" + new string('y', 50), new string('x', 119) + "\uD83C…"),
        };

        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, XmlDoc.Preview(text));
        }
    }

    [Fact]
    public void CodePoints_FindLoneSurrogates_AndRewriteKeepsPairs()
    {
        // Built here: lone surrogates do not survive test-case serialization.
        var cases = new (string Text, bool Lone)[]
        {
            ("plain", false),
            ("pair \uD83C\uDF89 kept", false),
            ("lone \uD800 high", true),
            ("lone \uDC00 low", true),
            ("\uDF89\uD83C reversed", true),
            ("ends high \uD83C", true),
        };

        foreach (var (text, lone) in cases)
        {
            Assert.Equal(lone, CodePoints.HasLoneSurrogate(text));
            Assert.Same(text, CodePoints.Rewrite(text, _ => null));
            var marked = CodePoints.Rewrite(text, c => char.IsSurrogate(c) ? "?" : null);
            Assert.Equal(lone, marked.Contains('?', StringComparison.Ordinal));
            Assert.Equal(text.Contains("\uD83C\uDF89", StringComparison.Ordinal), marked.Contains("\uD83C\uDF89", StringComparison.Ordinal));
        }
    }
}
