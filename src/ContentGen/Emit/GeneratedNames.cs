namespace ContentGen.Emit;

/// <summary>
/// The names the generated code declares: the emitters write them from here, and the naming
/// reads them from here, so that no article's type can take one of them unnoticed. They are the
/// types beside the articles (the catalog, the decoder and the shared types) and the members of
/// each article class.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The class that lists every article.</summary>
    public const string CatalogType = "Catalog";

    /// <summary>The catalog's list of every article.</summary>
    public const string All = "All";

    /// <summary>The catalog's lookup of an article by its seed's path.</summary>
    public const string FindBySeedPath = "FindBySeedPath";

    /// <summary>The shared type of an article.</summary>
    public const string ArticleType = "Article";

    /// <summary>The shared type of a section.</summary>
    public const string SectionType = "Section";

    /// <summary>The shared type of a quote.</summary>
    public const string QuoteType = "Quote";

    /// <summary>The shared type of a speaker.</summary>
    public const string SpeakerType = "Speaker";

    /// <summary>The internal class whose method decodes a UTF-8 literal; article classes name it unqualified.</summary>
    public const string DecoderType = "Utf8Text";

    /// <summary>The decoder's method.</summary>
    public const string Decoder = "Decode";

    /// <summary>An article class's title constant.</summary>
    public const string Title = "Title";

    /// <summary>An article class's source constant.</summary>
    public const string Source = "Source";

    /// <summary>An article class's author constant.</summary>
    public const string Author = "Author";

    /// <summary>An article class's publication date constant.</summary>
    public const string Published = "Published";

    /// <summary>An article class's language constant.</summary>
    public const string Language = "Language";

    /// <summary>A Markdown article class's body rendered to HTML.</summary>
    public const string Html = "Html";

    /// <summary>An article's front matter tags, on the shared article type.</summary>
    public const string Tags = "Tags";

    /// <summary>An article's other front matter values, on the shared article type.</summary>
    public const string Metadata = "Metadata";

    /// <summary>An article class's seed path, relative to the project.</summary>
    public const string SeedPath = "SeedPath";

    /// <summary>An article class's list of paragraphs.</summary>
    public const string Paragraphs = "Paragraphs";

    /// <summary>An article class's list of sections.</summary>
    public const string Sections = "Sections";

    /// <summary>An article class's list of quotes.</summary>
    public const string Quotes = "Quotes";

    /// <summary>An article class's list of speakers.</summary>
    public const string Speakers = "Speakers";

    /// <summary>An article class's value of the shared article type.</summary>
    public const string Article = "Article";

    /// <summary>The prefix of an article class's numbered heading constants.</summary>
    public const string Heading = "Heading";

    /// <summary>The prefix of an article class's numbered paragraph constants.</summary>
    public const string Paragraph = "Paragraph";

    /// <summary>The prefix of an article class's numbered quote constants.</summary>
    public const string Quote = "Quote";

    /// <summary>The names every article class declares, or its shared article type carries, as they are.</summary>
    public static readonly string[] ArticleMembers = { Title, Source, Author, Published, Language, Html, Tags, Metadata, Paragraphs, Sections, Quotes, Speakers, Article, SeedPath, DecoderType };

    /// <summary>Every name that is declared as it is: no article type may take one (a type cannot share its member's name either).</summary>
    public static readonly string[] Fixed = { CatalogType, ArticleType, SectionType, QuoteType, SpeakerType, DecoderType, Title, Source, Author, Published, Language, Html, Tags, Metadata, Paragraphs, Sections, Quotes, Speakers, Article, SeedPath };

    /// <summary>
    /// Root namespaces that code beside the articles names unqualified (<c>System.Console</c> in a partial
    /// article class): a type of that name in the articles' namespace would hide them.
    /// </summary>
    public static readonly string[] HiddenNamespaces = { "System", "Microsoft" };

    /// <summary>The prefixes of the members numbered from 1.</summary>
    public static readonly string[] NumberedPrefixes = { Heading, Paragraph, Quote };

    /// <summary>The numbered member <paramref name="prefix"/><paramref name="number"/>.</summary>
    public static string Numbered(string prefix, int number) => prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
