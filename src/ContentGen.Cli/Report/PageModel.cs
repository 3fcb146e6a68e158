namespace ContentGen.Cli.Report;

/// <summary>Everything the report page shows: one <see cref="SeedPage"/> per seed and the two corpus charts.</summary>
/// <param name="Seeds">The seeds, in the order the generator ran them (ordinal path order).</param>
/// <param name="SpeakerShares">How the seeds' shares of quotes with a speaker spread; seeds without quotes are left out.</param>
/// <param name="BoilerplateShares">How the seeds' shares of lines set aside as boilerplate spread.</param>
internal sealed record ReportPage(IReadOnlyList<SeedPage> Seeds, Histogram SpeakerShares, Histogram BoilerplateShares);

/// <summary>One seed as the reader saw it.</summary>
/// <param name="Id">The HTML id of the seed's section, made by the tool (never from seed text).</param>
/// <param name="Path">The file, as given on the command line.</param>
/// <param name="TypeName">The generated type's name, or <see langword="null"/> when nothing is generated.</param>
/// <param name="Title">The article's title; empty when there is none.</param>
/// <param name="Fields">Title, source and any other value the article model carries (author, date, language…), by property name.</param>
/// <param name="Lines">Every line of the file, in order, with its fate.</param>
/// <param name="Quotes">The article's quotes with where they stand in the text.</param>
/// <param name="FileDiagnostics">Diagnostics that point at no line of the file (a file too large to read, say).</param>
/// <param name="Members">The public members of the generated class, in declaration order.</param>
/// <param name="Stats">The figures the index shows.</param>
internal sealed record SeedPage(
    string Id,
    string Path,
    string? TypeName,
    string Title,
    IReadOnlyList<ModelField> Fields,
    IReadOnlyList<PageLine> Lines,
    IReadOnlyList<PlacedQuote> Quotes,
    IReadOnlyList<PlacedDiagnostic> FileDiagnostics,
    IReadOnlyList<string> Members,
    SeedStats Stats);

/// <summary>A value of the article model, shown as a name and its text.</summary>
internal sealed record ModelField(string Name, string Value);

/// <summary>One line of the file.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Offset">The offset of its first character in the file's text.</param>
/// <param name="Text">The line, exactly as in the file, without its line break.</param>
/// <param name="Fate">What the reader made of it.</param>
/// <param name="Diagnostics">
/// The diagnostics that start on this line, in column order. They are placed by offset: the
/// compiler also breaks lines at NEL, LS and PS, so its line numbers can run ahead of the file's.
/// </param>
internal sealed record PageLine(int Number, int Offset, string Text, LineFate Fate, IReadOnlyList<PlacedDiagnostic> Diagnostics);

/// <summary>What the reader made of a line.</summary>
/// <param name="Kind">The kind of fate.</param>
/// <param name="Label">
/// The member or kind it became: <c>Title</c>, <c>Heading2</c>, <c>Paragraph3</c>, a boilerplate kind
/// (<c>Navigation</c>, <c>Byline</c>…), or empty for a blank line.
/// </param>
/// <param name="Continues">Whether the line continues the element the line above started (a hard-wrapped paragraph).</param>
internal sealed record LineFate(FateKind Kind, string Label, bool Continues)
{
    /// <summary>A blank line.</summary>
    public static LineFate Blank { get; } = new(FateKind.Blank, string.Empty, false);

    /// <summary>A line that no element of the model covers.</summary>
    public static LineFate Unread { get; } = new(FateKind.Unread, "not read", false);
}

/// <summary>The kinds of <see cref="LineFate"/>.</summary>
internal enum FateKind
{
    /// <summary>Nothing but white space.</summary>
    Blank,

    /// <summary>The title line (with the source, when one was split off it).</summary>
    Title,

    /// <summary>A section heading.</summary>
    Heading,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>Set aside as boilerplate.</summary>
    Boilerplate,

    /// <summary>A line of a value the model gained (an author or date line, say).</summary>
    Field,

    /// <summary>Text that no part of the model holds: the whole file when nothing was read, such as a binary file.</summary>
    Unread,
}

/// <summary>A quote and the stretch of the file it covers.</summary>
/// <param name="Number">The 1-based quote number, as in the member <c>Quote1</c>.</param>
/// <param name="Start">The offset of the opening mark.</param>
/// <param name="End">The offset just past the closing mark, or past the last character of the quote's text that could be found.</param>
/// <param name="Speaker">Who said it, or <see langword="null"/> when the reader found no speaker.</param>
internal sealed record PlacedQuote(int Number, int Start, int End, string? Speaker);

/// <summary>A diagnostic as the page shows it.</summary>
/// <param name="Line">The 1-based line as the compiler reports it, or 0 when it points at no line.</param>
/// <param name="Column">The 1-based column as the compiler reports it, or 0.</param>
/// <param name="Offset">The offset in the file's text where it starts, or -1 when it points at no place.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Id">The diagnostic ID (<c>CG0004</c>).</param>
/// <param name="Message">The message, on one line.</param>
internal sealed record PlacedDiagnostic(int Line, int Column, int Offset, string Severity, string Id, string Message);

/// <summary>The figures of one seed that the index shows and sorts by.</summary>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Quotes">Quotes.</param>
/// <param name="QuotesWithSpeaker">Quotes with a speaker.</param>
/// <param name="TextLines">Lines that are not blank.</param>
/// <param name="BoilerplateLines">Lines set aside as boilerplate.</param>
/// <param name="Warnings">Warning diagnostics.</param>
/// <param name="Errors">Error diagnostics.</param>
internal sealed record SeedStats(int Paragraphs, int Quotes, int QuotesWithSpeaker, int TextLines, int BoilerplateLines, int Warnings, int Errors)
{
    /// <summary>The share of quotes with a speaker, from 0 to 1, or <see langword="null"/> when there are no quotes.</summary>
    public double? SpeakerShare => Quotes == 0 ? null : (double)QuotesWithSpeaker / Quotes;

    /// <summary>The share of non-blank lines set aside as boilerplate, from 0 to 1, or <see langword="null"/> for an empty file.</summary>
    public double? BoilerplateShare => TextLines == 0 ? null : (double)BoilerplateLines / TextLines;
}
