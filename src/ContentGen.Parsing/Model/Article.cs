namespace ContentGen.Parsing;

/// <summary>
/// One document read as an article. Immutable and structurally equatable, so that an
/// incremental generator can cache it and compare it across runs.
/// </summary>
/// <param name="Title">The headline, without the site name; empty when none was found.</param>
/// <param name="Source">The site name split off the title, or <see langword="null"/>.</param>
/// <param name="TitlePosition">Where the title line starts.</param>
/// <param name="Sections">The body's sections, in order; together they cover every paragraph.</param>
/// <param name="Paragraphs">The body paragraphs, in order.</param>
/// <param name="Quotes">The top-level quotations, in order.</param>
/// <param name="Boilerplate">Text taken out of the body, kept so that nothing is lost.</param>
/// <param name="Problems">What the reader could not make sense of.</param>
public sealed record Article(
    string Title,
    string? Source,
    TextPosition TitlePosition,
    EquatableArray<Section> Sections,
    EquatableArray<Paragraph> Paragraphs,
    EquatableArray<Quote> Quotes,
    EquatableArray<Boilerplate> Boilerplate,
    EquatableArray<Problem> Problems)
{
    /// <summary>Who wrote the article (several names joined by "; "): the front matter's <c>author</c> key, else the page's byline, or <see langword="null"/>.</summary>
    public string? Author { get; init; }

    /// <summary>When it was published: the front matter's <c>published</c> key, else the page's dateline as ISO 8601 (with the time when given), or <see langword="null"/>.</summary>
    public string? Published { get; init; }

    /// <summary>Its language: the front matter's <c>language</c> key, else the body's ISO 639-1 code when its words tell it surely, or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>The seed's front matter; <see cref="Parsing.FrontMatter.None"/> when it has none.</summary>
    public FrontMatter FrontMatter { get; init; } = FrontMatter.None;

    /// <summary>Each distinct speaker of <see cref="Quotes"/>, with its kind, in order of first quote.</summary>
    /// <remarks>Read off the quotes, so it adds nothing to compare or cache.</remarks>
    public EquatableArray<Speaker> Speakers => Speaker.Of(Quotes);

    /// <summary>The body rendered to HTML, for a Markdown seed; <see langword="null"/> for a text seed.</summary>
    public string? Html { get; init; }
}
