using System.Collections.Generic;
using ContentGen.Model;
using ContentGen.Naming;
using ContentGen.Parsing;

namespace ContentGen.Emit;

/// <summary>
/// Emits what a seed's front matter and Markdown add to its article class: <c>Author</c>,
/// <c>Published</c> and <c>Language</c>, <c>Html</c> for a Markdown seed, a typed member for
/// each other key (a constant, a list, or a nested class for a map), and <c>Metadata</c>.
/// </summary>
internal static class FrontMatterEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    private const string ReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary<string, object>";

    // Read-only, so that no code can change one article's metadata for all others.
    private const string DictionaryStart = "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object>(new global::System.Collections.Generic.Dictionary<string, object>(global::System.StringComparer.Ordinal)";

    /// <summary>The nullable fields set from the front matter only, and the Markdown seed's HTML.</summary>
    public static void Fields(SourceWriter writer, GeneratorOptions options, Article article)
    {
        var nullable = GeneratedFile.NullableString(options);
        Constant(writer, nullable, GeneratedNames.Author, GeneratedFile.Literal(article.Author), article.Author is null ? "No author: no byline was found, and the front matter sets none." : "The author: " + article.Author);
        writer.Line();
        Constant(writer, nullable, GeneratedNames.Published, GeneratedFile.Literal(article.Published), article.Published is null ? "No publication date: no dateline was found, and the front matter sets none." : "Published: " + article.Published);
        writer.Line();
        Constant(writer, nullable, GeneratedNames.Language, GeneratedFile.Literal(article.Language), article.Language is null ? "No language: the paragraphs do not tell it surely, and the front matter sets none." : "The language: " + article.Language);
        writer.Line();
        if (article.Html is not null)
        {
            Constant(writer, "string", GeneratedNames.Html, GeneratedFile.Literal(article.Html), "The body rendered to HTML by Markdig.");
            writer.Line();
        }
    }

    /// <summary>Emits a member for each front matter key, and <c>Metadata</c> when there are any besides <c>tags</c>.</summary>
    public static IReadOnlyList<NamedEntry> Members(SourceWriter writer, ArticleSpec spec)
    {
        var names = FrontMatterNames.Resolve(spec.Article.FrontMatter, spec.TypeName);
        foreach (var named in names)
        {
            Member(writer, named);
            writer.Line();
        }

        if (HasMetadata(names))
        {
            writer.Summary("The front matter's keys, other than the known ones and <c>tags</c>, with their typed values.");
            writer.Line("public static " + ReadOnlyDictionary + " Metadata { get; } = " + DictionaryStart).Open();
            Dictionary(writer, names, string.Empty, topLevel: true);
            writer.Close(");").Line();
        }

        return names;
    }

    /// <summary>The expression for <c>Article.Tags</c>.</summary>
    public static string TagsExpression(IReadOnlyList<NamedEntry> names)
    {
        foreach (var named in names)
        {
            if (named.Name == FrontMatterNames.Tags && named.Entry.Key == FrontMatter.TagsKey)
            {
                return FrontMatterNames.Tags;
            }
        }

        return "global::System.Array.Empty<string>()";
    }

    /// <summary>The expression for <c>Article.Metadata</c>.</summary>
    public static string MetadataExpression(IReadOnlyList<NamedEntry> names)
        => HasMetadata(names) ? GeneratedNames.Metadata : DictionaryStart + ")";

    private static bool HasMetadata(IReadOnlyList<NamedEntry> names)
    {
        foreach (var named in names)
        {
            if (!IsTags(named, topLevel: true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTags(NamedEntry named, bool topLevel) => topLevel && named.Entry.Key == FrontMatter.TagsKey;

    private static void Member(SourceWriter writer, NamedEntry named)
    {
        var entry = named.Entry;
        var value = entry.Value;
        var summary = "Front matter <c>" + XmlDoc.Escape(entry.Key) + "</c>";
        switch (value.Kind)
        {
            case FrontMatterKind.Map:
                writer.Summary(summary + ".").Line("public static class " + named.Name).Open();
                for (var i = 0; i < named.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Line();
                    }

                    Member(writer, named.Children[i]);
                }

                writer.Close();
                break;
            case FrontMatterKind.List:
                var type = TypeOf(value.ItemKind);
                var items = new List<string>(value.Items.Count);
                foreach (var item in value.Items)
                {
                    items.Add(Literal(item));
                }

                var array = items.Count == 0
                    ? "global::System.Array.Empty<" + type + ">()"
                    : "new " + type + "[] { " + string.Join(", ", items) + " }";
                writer.Summary(summary + ": " + XmlDoc.Escape(string.Join(", ", TextsOf(value))));
                writer.Line("public static " + ReadOnlyList + "<" + type + "> " + named.Name + " { get; } = " + array + ";");
                break;
            default:
                Constant(writer, TypeOf(value.Kind), named.Name, Literal(value), null, summary + ": " + XmlDoc.Escape(value.Text));
                break;
        }
    }

    private static IEnumerable<string> TextsOf(FrontMatterValue list)
    {
        foreach (var item in list.Items)
        {
            yield return item.Text;
        }
    }

    // The values of the entries: constants and lists by name, maps as nested dictionaries.
    private static void Dictionary(SourceWriter writer, IReadOnlyList<NamedEntry> names, string prefix, bool topLevel)
    {
        foreach (var named in names)
        {
            if (IsTags(named, topLevel))
            {
                continue;
            }

            var key = "[" + CSharpLiteral.Format(named.Entry.Key) + "] = ";
            if (named.Entry.Value.Kind == FrontMatterKind.Map)
            {
                writer.Line(key + DictionaryStart).Open();
                Dictionary(writer, named.Children, prefix + named.Name + ".", topLevel: false);
                writer.Close("),");
            }
            else
            {
                writer.Line(key + prefix + named.Name + ",");
            }
        }
    }

    /// <summary>The C# type of a scalar of <paramref name="kind"/>.</summary>
    public static string TypeOf(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.Int => "int",
        FrontMatterKind.Long => "long",
        FrontMatterKind.Double => "double",
        FrontMatterKind.Bool => "bool",
        _ => "string",
    };

    private static string Literal(FrontMatterValue value) => value.Kind switch
    {
        FrontMatterKind.Int or FrontMatterKind.Bool => value.Text,
        FrontMatterKind.Long => value.Text + "L",
        FrontMatterKind.Double => DoubleLiteral(value.Text),
        _ => CSharpLiteral.Format(value.Text),
    };

    // The reader keeps numbers in their shortest round-trip form; a literal also needs a dot or an exponent.
    private static string DoubleLiteral(string text) => text switch
    {
        "Infinity" => "double.PositiveInfinity",
        "-Infinity" => "double.NegativeInfinity",
        "NaN" => "double.NaN",
        _ => text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0",
    };

    private static void Constant(SourceWriter writer, string type, string name, string literal, string? summary, string? escapedSummary = null)
    {
        writer.Summary(escapedSummary ?? XmlDoc.Escape(summary!));
        writer.Line("public const " + type + " " + name + " = " + literal + ";");
    }
}
