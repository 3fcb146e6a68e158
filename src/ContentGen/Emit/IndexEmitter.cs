using System;
using System.Collections.Generic;
using System.Threading;
using ContentGen.Model;

namespace ContentGen.Emit;

/// <summary>
/// Emits the index file: <c>Catalog.All</c>, listing every article, <c>Catalog.Find</c> and <c>Catalog.FindBySeedPath</c>, the shared types
/// (<c>Article</c>, <c>Section</c>, <c>Quote</c>, <c>Speaker</c>) that let code handle any
/// article, and the decoder of UTF-8 texts. Generated code needs nothing but the BCL, so these
/// types are emitted, not referenced.
/// </summary>
internal static class IndexEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    private const string SpeakerKindSummary = "<c>\"Person\"</c>, <c>\"Organisation\"</c> or <c>\"Description\"</c> (someone unnamed, by the text's description): who <see cref=\"Speaker\"/> is, or <see langword=\"null\"/> when there is no speaker.";

    /// <summary>The hint name of the index file.</summary>
    public const string HintName = GeneratorOptions.DefaultGroup + ".g.cs";

    /// <summary>The source of the index file.</summary>
    public static string Emit(IndexSpec spec, CancellationToken cancellationToken = default)
    {
        var options = spec.Options;
        var article = GeneratedFile.Qualified(options, GeneratedNames.ArticleType);
        var section = GeneratedFile.Qualified(options, GeneratedNames.SectionType);
        var quote = GeneratedFile.Qualified(options, GeneratedNames.QuoteType);
        var speaker = GeneratedFile.Qualified(options, GeneratedNames.SpeakerType);
        var nullableString = GeneratedFile.NullableString(options);
        var writer = GeneratedFile.Begin(options);

        // The list has a class of its own: on a type the articles use, its initializer could run
        // while an article's class is still being initialized, and list that article as null.
        writer.Summary("The articles that ContentGen generated from this project's seed files.")
            .Line(GeneratedFile.GeneratedCodeAttribute)
            .Line(options.Visibility + " static class " + GeneratedNames.CatalogType).Open();
        writer.Summary("Every article, ordered by type name.");
        writer.Line("public static " + ReadOnlyList + "<" + article + "> " + GeneratedNames.All + " { get; } = new " + article + "[]").Open();
        foreach (var indexed in spec.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Line(GeneratedFile.Qualified(options, indexed.TypeName) + "." + GeneratedNames.Article + ",");
        }

        writer.Close(";");
        var nullableArticle = article + (options.NullableAnnotations ? "?" : string.Empty);
        FindMethod(writer, spec, nullableArticle, cancellationToken);
        FindBySeedPathMethod(writer, spec, nullableArticle, nullableString, cancellationToken);
        writer.Close().Line();

        if (options.Utf8Collections)
        {
            writer.Summary("Decodes the texts that the collections keep as UTF-8 data, out of the user-string heap and its size limit (CS8103).")
                .Line("internal static class " + GeneratedNames.DecoderType).Open()
                .Line("internal static string " + GeneratedNames.Decoder + "(global::System.ReadOnlySpan<byte> text) => global::System.Text.Encoding.UTF8.GetString(text);")
                .Close().Line();
        }

        SharedType(writer, options, GeneratedNames.ArticleType, "An article generated from a seed file: what every article class also offers as values.", "Title", new[]
        {
            new Member("string", "Name", "The name of the article's generated class."),
            new Member("string", "Title", "The title, without the site name."),
            new Member(nullableString, "Source", "The site name split off the title, or <see langword=\"null\"/>."),
            new Member(ReadOnlyList + "<string>", "Paragraphs", "The paragraphs, in order."),
            new Member(ReadOnlyList + "<" + section + ">", "Sections", "The sections, in order."),
            new Member(ReadOnlyList + "<" + quote + ">", "Quotes", "The quotes, in order."),
            new Member(nullableString, "Author", "Who wrote it: the front matter's <c>author</c> key, else the byline the reader found, or <see langword=\"null\"/>."),
            new Member(nullableString, "Published", "When it was published, in ISO 8601: the front matter's <c>published</c> key, else the dateline the reader found, or <see langword=\"null\"/>."),
            new Member(nullableString, "Language", "Its language (ISO 639-1): the front matter's <c>language</c> key, else the language of its paragraphs when they tell it surely, or <see langword=\"null\"/>."),
            new Member(ReadOnlyList + "<string>", "Tags", "The front matter's <c>tags</c>; empty when it has none."),
            new Member("global::System.Collections.Generic.IReadOnlyDictionary<string, object>", "Metadata", "The front matter's other keys with their typed values: a list as <c>IReadOnlyList&lt;T&gt;</c>, a map as a nested dictionary; empty when there are none."),
            new Member(ReadOnlyList + "<" + speaker + ">", "Speakers", "Each distinct speaker of the quotes, in order of first quote."),
            new Member("string", GeneratedNames.SeedPath, "The seed it was generated from, relative to the project, with forward slashes: <c>seeds/harbour-news.txt</c>."),
        });
        writer.Line();
        SharedType(writer, options, GeneratedNames.SectionType, "A run of paragraphs under an optional heading.", null, new[]
        {
            new Member(nullableString, "Heading", "The heading, or <see langword=\"null\"/> for the text before the first heading."),
            new Member(ReadOnlyList + "<string>", "Paragraphs", "The paragraphs under the heading, in order."),
        });
        writer.Line();
        SharedType(writer, options, GeneratedNames.QuoteType, "A quotation, with who said it and where it stands.", "Text", new[]
        {
            new Member("string", "Text", "The words inside the quotation marks."),
            new Member(nullableString, "Speaker", "Who said it, or <see langword=\"null\"/> when it is not attributed speech."),
            new Member("int", "ParagraphIndex", "The 0-based index of the paragraph where the quote opens; -1 for a quote in the title, and for one in a heading the index of the first paragraph of the heading's section."),
            new Member(nullableString, "SpeakerKind", SpeakerKindSummary),
            new Member("string", "Place", "<c>\"Body\"</c>, <c>\"Title\"</c> or <c>\"Heading\"</c>: where the quote stands.", "\"Body\""),
        });
        writer.Line();
        SharedType(writer, options, GeneratedNames.SpeakerType, "Someone an article quotes: a person, or an organisation by its name.", "Name", new[]
        {
            new Member("string", "Name", "The name, without titles or role words."),
            new Member("string", "Kind", "<c>\"Person\"</c>, <c>\"Organisation\"</c> or <c>\"Description\"</c> (someone unnamed, by the text's description)."),
        });

        return GeneratedFile.End(writer);
    }

    // A switch on the names, which C# compiles to a hash lookup: finding one article initialises
    // that article's class alone, where searching All would initialise every one.
    private static void FindMethod(SourceWriter writer, IndexSpec spec, string nullableArticle, CancellationToken cancellationToken)
    {
        var options = spec.Options;
        writer.Line().Summary("The article whose <c>Name</c>, its class's name, is <paramref name=\"name\"/> (compared ordinally), or <see langword=\"null\"/>.")
            .Line("public static " + nullableArticle + " Find(string name)").Open()
            .Line("switch (name)").Open();
        foreach (var indexed in spec.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Line("case " + CSharpLiteral.Format(indexed.TypeName.TrimStart('@')) + ": return " + GeneratedFile.Qualified(options, indexed.TypeName) + "." + GeneratedNames.Article + ";");
        }

        writer.Line("default: return null;").Close().Close();
    }

    // Seeds linked from outside the project are known by their file name alone, so two may share
    // a seed path: the first by class name answers, as a repeated case label would not compile.
    private static void FindBySeedPathMethod(SourceWriter writer, IndexSpec spec, string nullableArticle, string nullableString, CancellationToken cancellationToken)
    {
        var options = spec.Options;
        writer.Line().Summary("The article generated from the seed at <paramref name=\"seedPath\"/>, relative to the project as <c>SeedPath</c> gives it (compared ordinally; <c>\\</c> may stand for <c>/</c>), or <see langword=\"null\"/>.")
            .Line("public static " + nullableArticle + " " + GeneratedNames.FindBySeedPath + "(" + nullableString + " seedPath)").Open()
            .Line("switch (seedPath == null ? null : seedPath.Replace('\\\\', '/'))").Open();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indexed in spec.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (listed.Add(indexed.SeedPath))
            {
                writer.Line("case " + CSharpLiteral.Format(indexed.SeedPath) + ": return " + GeneratedFile.Qualified(options, indexed.TypeName) + "." + GeneratedNames.Article + ";");
            }
        }

        writer.Line("default: return null;").Close().Close();
    }

    // A sealed class with a get-only property per member, set by an internal constructor:
    // only generated code creates them, and C# 7.3 consumers can use them too.
    private static void SharedType(SourceWriter writer, GeneratorOptions options, string name, string summary, string? shownAs, IReadOnlyList<Member> members)
    {
        writer.Summary(summary).Line(GeneratedFile.GeneratedCodeAttribute).Line(options.Visibility + " sealed class " + name).Open();
        var parameters = new List<string>();
        foreach (var member in members)
        {
            parameters.Add(member.Type + " " + member.Parameter + (member.Default is null ? string.Empty : " = " + member.Default));
        }

        writer.Line("internal " + name + "(" + string.Join(", ", parameters) + ")").Open();
        foreach (var member in members)
        {
            writer.Line(member.Name + " = " + member.Parameter + ";");
        }

        writer.Close();
        foreach (var member in members)
        {
            writer.Line().Summary(member.Summary).Line("public " + member.Type + " " + member.Name + " { get; }");
        }

        if (shownAs is not null)
        {
            writer.Line().Line("/// <inheritdoc/>").Line("public override string ToString() => " + shownAs + ";");
        }

        writer.Close();
    }

    private readonly struct Member
    {
        public Member(string type, string name, string summary, string? defaultValue = null)
        {
            Type = type;
            Name = name;
            Summary = summary;
            Default = defaultValue;
        }

        public string Type { get; }

        public string Name { get; }

        public string Summary { get; }

        // A constant for an optional last parameter: body quotes, most of them, leave it out, so
        // an article that quotes only in its body is generated as before the member existed.
        public string? Default { get; }

        public string Parameter => char.ToLowerInvariant(Name[0]) + Name.Substring(1);
    }
}
