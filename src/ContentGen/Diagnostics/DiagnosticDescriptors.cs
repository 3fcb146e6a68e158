using Microsoft.CodeAnalysis;

namespace ContentGen.Diagnostics;

/// <summary>Every diagnostic ContentGen reports. IDs are stable: never reuse or renumber one.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ContentGen";

    /// <summary>CG0001: the seed is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyDocument = Warning(
        "CG0001",
        "Seed file is empty",
        "'{0}' holds no text (it is empty, white space, or a front matter alone), so no article is generated; add text or remove the file from the seeds");

    /// <summary>CG0002: the seed holds only boilerplate.</summary>
    public static readonly DiagnosticDescriptor OnlyBoilerplate = Warning(
        "CG0002",
        "Seed file holds only boilerplate",
        "'{0}' holds only navigation or notices, so no article is generated; check that the file holds the article's text");

    /// <summary>CG0003: no title could be found.</summary>
    public static readonly DiagnosticDescriptor NoTitle = Warning(
        "CG0003",
        "Seed file has no title",
        "The title line of '{0}' holds only punctuation, so it cannot serve as a title; put the headline on the first line");

    /// <summary>CG0004: an opening quotation mark never closes.</summary>
    public static readonly DiagnosticDescriptor UnclosedQuote = Warning(
        "CG0004",
        "Quotation is never closed",
        "The quotation starting '{0}' is never closed, so {1}; add the closing mark");

    /// <summary>CG0005: a closing quotation mark closes nothing.</summary>
    public static readonly DiagnosticDescriptor UnmatchedQuote = Warning(
        "CG0005",
        "Closing quotation mark without an opening one",
        "The closing mark '{0}' closes no quotation; add the opening mark or remove this one");

    /// <summary>CG0006: the file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidText = Warning(
        "CG0006",
        "Seed file is not valid UTF-8",
        "'{0}' holds bytes that are not valid UTF-8, first here; they read as U+FFFD. Save the file as UTF-8.");

    /// <summary>CG0007: the file is binary.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = Error(
        "CG0007",
        "Seed file is binary",
        "'{0}' is not text ({1}), so it is skipped; remove it from the seeds");

    /// <summary>CG0008: two seeds ask for the same type name.</summary>
    public static readonly DiagnosticDescriptor DuplicateTypeName = Warning(
        "CG0008",
        "Two seeds map to the same type name",
        "'{0}' maps to the type name '{1}', already taken by '{2}', so it is named '{3}'; rename the file, or name the type with a 'type:' line in its front matter or its TypeName metadata");

    /// <summary>CG0009: a name clashes with a generated type or member, or would hide a root namespace.</summary>
    public static readonly DiagnosticDescriptor ReservedTypeName = Warning(
        "CG0009",
        "Type name clashes with a generated name",
        "'{0}' maps to the type name '{1}', which {3}, so it is named '{2}'; rename the file, or name the type with a 'type:' line in its front matter or its TypeName metadata");

    /// <summary>CG0010: the title gives no type name.</summary>
    public static readonly DiagnosticDescriptor TitleWithoutName = Warning(
        "CG0010",
        "Title gives no type name",
        "The title of '{0}' holds no letter or digit to make a type name from, so the type is named '{1}'; rename the file, or name the type with a 'type:' line in its front matter or its TypeName metadata");

    /// <summary>CG0014: the type name asked for by metadata or front matter is no C# identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidRequestedTypeName = Warning(
        "CG0014",
        "Requested type name is not a C# identifier",
        "'{0}' asks for the type name '{1}', which is not a C# identifier, so it is named '{2}'; give a name of letters, digits and underscores");

    /// <summary>CG0011: the file is larger than the limit.</summary>
    public static readonly DiagnosticDescriptor SeedTooLarge = Warning(
        "CG0011",
        "Seed file is too large",
        "'{0}' holds {1} characters, more than the limit of {2}, so it is skipped; split the file or raise the ContentGenMaxSeedSize property");

    /// <summary>CG0012: stray control characters were removed from the text.</summary>
    public static readonly DiagnosticDescriptor ControlCharacters = Warning(
        "CG0012",
        "Seed file holds control characters",
        "'{0}' holds {1} control character(s) that are not text, the first here ({2}); they are removed from the article. Remove them from the file.");

    /// <summary>CG0013: a Markdown seed nests too deeply to read as Markdown.</summary>
    public static readonly DiagnosticDescriptor TooDeeplyNested = Warning(
        "CG0013",
        "Markdown nests too deeply",
        "'{0}' nests block quotes, lists, links or emphasis deeper than {1} levels, or packs tens of thousands of them into one paragraph, most of all here, so it is read as plain text with its marks; flatten the nesting or split the paragraph");

    /// <summary>CG0015: more problems of one kind than are listed one by one.</summary>
    public static readonly DiagnosticDescriptor MoreNotListed = Warning(
        "CG0015",
        "More problems of the same kind",
        "'{0}' has {1} more {2} warnings from here on, not listed one by one; fix the ones listed and build again");

    /// <summary>CG0016: the seed gives a title but no paragraphs.</summary>
    public static readonly DiagnosticDescriptor TitleAlone = Warning(
        "CG0016",
        "Seed has a title but no paragraphs",
        "'{0}' gives no paragraphs after its title, so its article holds the title alone; put the article's text below the title line, or check that the file was saved whole");
    // CG0017–CG0019 are left free for diagnostics about the seed and its name.

    /// <summary>CG0020: the front matter's opening <c>---</c> is never closed.</summary>
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Warning(
        "CG0020",
        "Front matter is never closed",
        "The front matter of '{0}' opens with '---' but has no closing '---' line, so it is taken to end at the first blank line; add the closing line");

    /// <summary>CG0021: the front matter is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedFrontMatter = Warning(
        "CG0021",
        "Front matter is not valid YAML",
        "The front matter of '{0}' is not valid YAML: {1}. Any keys before this point are kept; fix the YAML.");

    /// <summary>CG0022: a key appears twice in one map of the front matter.</summary>
    public static readonly DiagnosticDescriptor DuplicateFrontMatterKey = Warning(
        "CG0022",
        "Front matter key is repeated",
        "The front matter key '{0}' appears twice in the same map, so this value is ignored and the first one kept; remove one of them");

    /// <summary>CG0023: a front matter value C# cannot hold.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFrontMatterValue = Warning(
        "CG0023",
        "Front matter value cannot be held in C#",
        "The front matter key '{0}' is left out: {1}");

    /// <summary>CG0024: a front matter key has different types in different seeds.</summary>
    public static readonly DiagnosticDescriptor FrontMatterTypeMismatch = Warning(
        "CG0024",
        "Front matter key has different types in different seeds",
        "The front matter key '{0}' is {1} here but {2} in '{3}' at line {4}, column {5}, so code that reads it from Article.Metadata must handle both; give it the same type everywhere");

    /// <summary>CG0025: a front matter key's member name clashes with a generated name.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNameClash = Warning(
        "CG0025",
        "Front matter key clashes with a generated name",
        "The front matter key '{0}' would be the member '{1}', which {3}, so it is named '{2}'; rename the key");

    /// <summary>CG0030: the project's <c>ContentGenNamespace</c> is no namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Warning(
        "CG0030",
        "ContentGenNamespace is not a valid namespace",
        "ContentGenNamespace '{0}' is not a dotted list of C# identifiers, so the types are in '{1}'; fix the property");

    /// <summary>CG0031: a project setting holds a value it cannot take.</summary>
    public static readonly DiagnosticDescriptor InvalidSetting = Warning(
        "CG0031",
        "ContentGen setting is not valid",
        "{0} '{1}' is not {2}, so {3} is used; fix the property");

    /// <summary>CG9999: the generator failed on a file.</summary>
    public static readonly DiagnosticDescriptor UnexpectedError = Error(
        "CG9999",
        "ContentGen failed on a seed file",
        "ContentGen failed on '{0}' and generated nothing for it: {1}. The other seeds were generated. Please report this with the file.");

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    // No help link: the documentation has no public address that works wherever the package is
    // used, and a dead link in the error list is worse than none. The package's README and
    // docs/diagnostics.md explain every ID.
    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true);
}
