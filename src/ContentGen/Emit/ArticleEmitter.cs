using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ContentGen.Model;
using ContentGen.Parsing;

namespace ContentGen.Emit;

/// <summary>
/// Emits one article's class: a <c>const string</c> for the title, the source and every heading,
/// paragraph and quote, then collections over them and the article as a shared shape.
/// </summary>
internal static class ArticleEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>The hint name of the article's source file.</summary>
    public static string HintName(ArticleSpec spec) => HintNames.ForType(GeneratorOptions.DefaultGroup, spec.TypeName);

    /// <summary>The source of the article's class.</summary>
    public static string Emit(ArticleSpec spec, CancellationToken cancellationToken = default)
    {
        var options = spec.Options;
        var article = spec.Article;
        var writer = GeneratedFile.Begin(options);

        writer.Summary(XmlDoc.Escape(XmlDoc.Preview(article.Title)));
        writer.Line("/// <remarks>Generated from <c>" + XmlDoc.Escape(spec.SeedPath) + "</c>.</remarks>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line(options.Visibility + " static partial class " + spec.TypeName).Open();

        Constant(writer, "string", GeneratedNames.Title, article.Title, "The title: " + article.Title);
        Constant(writer, GeneratedFile.NullableString(options), GeneratedNames.Source, article.Source, article.Source is null ? "No source was named in the title." : "The source: " + article.Source);
        Constant(writer, "string", GeneratedNames.SeedPath, spec.SeedPath, "The seed it was generated from, relative to the project: " + spec.SeedPath);
        FrontMatterEmitter.Fields(writer, options, article);

        var headings = 0;
        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                headings++;
                Constant(writer, "string", GeneratedNames.Numbered(GeneratedNames.Heading, headings), section.Heading, "Heading " + Number(headings) + ": " + section.Heading);
            }
        }

        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Constant(writer, "string", ParagraphName(i), article.Paragraphs[i].Text, "Paragraph " + Number(i + 1) + ": " + article.Paragraphs[i].Text);
        }

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = article.Quotes[i];
            var by = quote.Speaker is null ? string.Empty : ", by " + quote.Speaker;

            // A quote inside a quote is also in the words of the quote it sits in, which the summary names.
            var within = quote.Within is { } outer ? ", inside quote " + Number(outer + 1) : string.Empty;
            Constant(writer, "string", GeneratedNames.Numbered(GeneratedNames.Quote, i + 1), quote.Text, "Quote " + Number(i + 1) + within + by + ": " + quote.Text);
        }

        // Before the collections: the shared shape, initialized last, reads the lists and Metadata.
        var frontMatter = FrontMatterEmitter.Members(writer, spec);
        Paragraphs(writer, options, article);
        Sections(writer, options, article);
        Quotes(writer, options, article);
        Speakers(writer, options, article);
        SharedShape(writer, spec, frontMatter);

        writer.Close();
        return GeneratedFile.End(writer);
    }

    // The summary shows a preview: the constant already holds the whole text.
    private static void Constant(SourceWriter writer, string type, string name, string? value, string summary)
    {
        writer.Summary(XmlDoc.Escape(XmlDoc.Preview(summary)));
        writer.Line("public const " + type + " " + name + " = " + GeneratedFile.Literal(value) + ";");
        writer.Line();
    }

    private static void Paragraphs(SourceWriter writer, GeneratorOptions options, Article article)
    {
        var items = new List<string>();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            items.Add(TextReference.To(options, ParagraphName(i), article.Paragraphs[i].Text));
        }

        if (options.Utf8Collections)
        {
            writer.Line("// The collections decode UTF-8 copies of the constants: used as strings, every text would");
            writer.Line("// count against the compiler's 16 MB limit on user strings (CS8103).");
        }

        writer.Summary("The paragraphs, in order.");
        ListProperty(writer, "string", GeneratedNames.Paragraphs, items);
    }

    private static void Sections(SourceWriter writer, GeneratorOptions options, Article article)
    {
        var type = GeneratedFile.Qualified(options, GeneratedNames.SectionType);
        var items = new List<string>();
        var headings = 0;
        foreach (var section in article.Sections)
        {
            var heading = section.Heading is null ? "null" : TextReference.To(options, GeneratedNames.Numbered(GeneratedNames.Heading, ++headings), section.Heading);
            var paragraphs = new List<string>();
            for (var i = section.FirstParagraph; i < section.FirstParagraph + section.ParagraphCount; i++)
            {
                // Decoded texts are shared with Paragraphs (initialized first), not decoded twice.
                paragraphs.Add(options.Utf8Collections ? GeneratedNames.Paragraphs + "[" + Number(i) + "]" : ParagraphName(i));
            }

            items.Add("new " + type + "(" + heading + ", " + ArrayOf("string", paragraphs) + ")");
        }

        writer.Summary("The sections, in order: each heading with the paragraphs under it.");
        ListProperty(writer, type, GeneratedNames.Sections, items);
    }

    private static void Quotes(SourceWriter writer, GeneratorOptions options, Article article)
    {
        var type = GeneratedFile.Qualified(options, GeneratedNames.QuoteType);
        var items = new List<string>();
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            var text = TextReference.To(options, GeneratedNames.Numbered(GeneratedNames.Quote, i + 1), quote.Text);
            items.Add("new " + type + "(" + text + ", " + TextReference.ToLiteral(options, quote.Speaker) + ", " + Number(quote.Paragraph) + ", "
                + GeneratedFile.Literal(KindName(quote.SpeakerKind)) + PlaceArgument(quote.Place) + ")");
        }

        writer.Summary("The quotes, in order, with their speakers and paragraphs.");
        ListProperty(writer, type, GeneratedNames.Quotes, items);
    }

    private static void Speakers(SourceWriter writer, GeneratorOptions options, Article article)
    {
        var type = GeneratedFile.Qualified(options, GeneratedNames.SpeakerType);
        var items = new List<string>();
        foreach (var speaker in article.Speakers)
        {
            items.Add("new " + type + "(" + TextReference.ToLiteral(options, speaker.Name) + ", " + GeneratedFile.Literal(KindName(speaker.Kind)) + ")");
        }

        writer.Summary("Each distinct speaker of the quotes, in order of first quote, with whether a person or an organisation speaks.");
        ListProperty(writer, type, GeneratedNames.Speakers, items);
    }

    // The body is the parameter's default, left out so that body quotes read as they always have.
    private static string PlaceArgument(QuotePlace place) => place switch
    {
        QuotePlace.Title => ", " + GeneratedFile.Literal("Title"),
        QuotePlace.Heading => ", " + GeneratedFile.Literal("Heading"),
        _ => string.Empty,
    };

    private static string? KindName(SpeakerKind? kind) => kind switch
    {
        SpeakerKind.Person => "Person",
        SpeakerKind.Organisation => "Organisation",
        SpeakerKind.Description => "Description",
        _ => null,
    };

    private static void SharedShape(SourceWriter writer, ArticleSpec spec, IReadOnlyList<Naming.NamedEntry> frontMatter)
    {
        var type = GeneratedFile.Qualified(spec.Options, GeneratedNames.ArticleType);
        writer.Summary("This article in the shape every article shares, for code that handles any of them.");
        var title = TextReference.To(spec.Options, GeneratedNames.Title, spec.Article.Title);
        var source = TextReference.To(spec.Options, GeneratedNames.Source, spec.Article.Source);
        writer.Line("public static " + type + " " + GeneratedNames.Article + " { get; } = new " + type + "("
            + CSharpLiteral.Format(spec.TypeName.TrimStart('@')) + ", " + title + ", " + source + ", "
            + GeneratedNames.Paragraphs + ", " + GeneratedNames.Sections + ", " + GeneratedNames.Quotes + ", "
            + TextReference.To(spec.Options, GeneratedNames.Author, spec.Article.Author) + ", "
            + TextReference.To(spec.Options, GeneratedNames.Published, spec.Article.Published) + ", "
            + TextReference.To(spec.Options, GeneratedNames.Language, spec.Article.Language) + ", "
            + FrontMatterEmitter.TagsExpression(frontMatter) + ", "
            + FrontMatterEmitter.MetadataExpression(frontMatter) + ", "
            + GeneratedNames.Speakers + ", "
            + GeneratedNames.SeedPath + ");");
    }

    private static void ListProperty(SourceWriter writer, string elementType, string name, List<string> items)
    {
        var declaration = "public static " + ReadOnlyList + "<" + elementType + "> " + name + " { get; } = ";
        if (items.Count == 0)
        {
            writer.Line(declaration + ArrayOf(elementType, items) + ";").Line();
            return;
        }

        writer.Line(declaration + "new " + elementType + "[]").Open();
        foreach (var item in items)
        {
            writer.Line(item + ",");
        }

        writer.Close(";").Line();
    }

    private static string ArrayOf(string elementType, List<string> items)
        => items.Count == 0
            ? "global::System.Array.Empty<" + elementType + ">()"
            : "new " + elementType + "[] { " + string.Join(", ", items) + " }";

    private static string ParagraphName(int index) => GeneratedNames.Numbered(GeneratedNames.Paragraph, index + 1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
