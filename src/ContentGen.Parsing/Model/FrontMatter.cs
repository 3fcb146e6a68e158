namespace ContentGen.Parsing;

/// <summary>
/// The YAML front matter at the top of a seed: the keys the user wrote, typed, with where each
/// stands, and what could not be read. Immutable and structurally equatable.
/// </summary>
/// <param name="Entries">Every key other than the known ones (<c>title</c>, <c>source</c>, <c>author</c>, <c>published</c>, <c>language</c>, <c>type</c>), in order; <c>tags</c> among them.</param>
/// <param name="Tags">The <c>tags</c> key's values as text; empty when there is none.</param>
/// <param name="TypeName">The <c>type</c> key: the class name the seed asks for, or <see langword="null"/>.</param>
/// <param name="Problems">What could not be read, each at its place in the seed.</param>
public sealed record FrontMatter(
    EquatableArray<FrontMatterEntry> Entries,
    EquatableArray<string> Tags,
    string? TypeName,
    EquatableArray<FrontMatterProblem> Problems)
{
    /// <summary>The key whose values become <c>Article.Tags</c>.</summary>
    public const string TagsKey = "tags";

    /// <summary>No front matter.</summary>
    public static FrontMatter None { get; } = new(default, default, null, default);

    /// <summary>Whether the <c>title</c> key set the title.</summary>
    public bool SetsTitle { get; init; }

    /// <summary>Whether the <c>source</c> key set the source.</summary>
    public bool SetsSource { get; init; }

    /// <summary>Where the <c>type</c> key's value stands, for a diagnostic about the name it asks for.</summary>
    public TextPosition TypeNamePosition { get; init; }

    /// <summary>The length of the <c>type</c> key's value in the seed.</summary>
    public int TypeNameLength { get; init; }
}

/// <summary>One key of a front matter or of a map in it, with its typed value. Immutable and equatable.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Value">The value.</param>
/// <param name="Position">Where the key stands in the seed.</param>
/// <param name="Length">The key's length in the seed.</param>
public sealed record FrontMatterEntry(string Key, FrontMatterValue Value, TextPosition Position, int Length)
{
    /// <summary>Where the value stands in the seed: a problem with the value points there.</summary>
    public TextPosition ValuePosition { get; init; }

    /// <summary>The value's length in the seed.</summary>
    public int ValueLength { get; init; }
}

/// <summary>
/// A typed front matter value: a scalar (<see cref="Text"/> holds it in invariant form), a list
/// of scalars, or a map of further entries. Immutable and equatable.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Text">
/// A scalar's value: the string; the integer or number in invariant culture; <c>true</c> or
/// <c>false</c>; a date in ISO 8601. Empty for lists and maps.
/// </param>
/// <param name="Items">A list's items, all scalars of <see cref="ItemKind"/>.</param>
/// <param name="Entries">A map's entries, in order.</param>
/// <param name="ItemKind">The kind every item of a list has (<see cref="FrontMatterKind.String"/> for an empty or mixed list).</param>
public sealed record FrontMatterValue(
    FrontMatterKind Kind,
    string Text,
    EquatableArray<FrontMatterValue> Items = default,
    EquatableArray<FrontMatterEntry> Entries = default,
    FrontMatterKind ItemKind = FrontMatterKind.String);

/// <summary>The kinds of front matter values, each with its C# type.</summary>
public enum FrontMatterKind
{
    /// <summary>Text: <c>const string</c>.</summary>
    String,

    /// <summary>A whole number that fits <c>int</c>.</summary>
    Int,

    /// <summary>A whole number that needs <c>long</c>.</summary>
    Long,

    /// <summary>A number with a fraction or exponent, or .inf/.nan: <c>const double</c>.</summary>
    Double,

    /// <summary><c>true</c> or <c>false</c>: <c>const bool</c>.</summary>
    Bool,

    /// <summary>A date or timestamp: <c>const string</c> in ISO 8601.</summary>
    Date,

    /// <summary>A list of scalars: <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    List,

    /// <summary>A map: a nested static class.</summary>
    Map,
}

/// <summary>Something in a front matter that could not be read. Immutable and equatable.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Key">The key concerned, or the YAML error's text for <see cref="FrontMatterProblemKind.Malformed"/>.</param>
/// <param name="Detail">Why, for the message.</param>
/// <param name="Position">Where it is.</param>
/// <param name="Length">How many characters it covers.</param>
public sealed record FrontMatterProblem(FrontMatterProblemKind Kind, string Key, string Detail, TextPosition Position, int Length);

/// <summary>The kinds of <see cref="FrontMatterProblem"/>.</summary>
public enum FrontMatterProblemKind
{
    /// <summary>The opening <c>---</c> has no closing line; the front matter is taken to end at the first blank line.</summary>
    Unclosed,

    /// <summary>The YAML does not parse, or is not a map of keys; the keys read before the error are kept.</summary>
    Malformed,

    /// <summary>A key appears twice in one map; the first value is kept.</summary>
    DuplicateKey,

    /// <summary>A value C# cannot hold as a constant or a list: too large a number, an impossible date, a nested list, an alias, a null.</summary>
    Unsupported,
}
