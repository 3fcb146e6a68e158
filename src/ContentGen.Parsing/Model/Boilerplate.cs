namespace ContentGen.Parsing;

/// <summary>Text removed from the body but kept, so that nothing is silently lost. Immutable and equatable.</summary>
/// <param name="Text">The removed text, its lines joined by single spaces.</param>
/// <param name="Kind">Why it was removed.</param>
/// <param name="Position">Where it starts.</param>
public sealed record Boilerplate(string Text, BoilerplateKind Kind, TextPosition Position);

/// <summary>Why a piece of text is boilerplate rather than body.</summary>
public enum BoilerplateKind
{
    /// <summary>Navigation, sharing, advertising or sign-up chrome.</summary>
    Navigation,

    /// <summary>A copyright or rights notice.</summary>
    Copyright,

    /// <summary>A closing block in another language than the body, such as a translation disclaimer.</summary>
    Disclaimer,

    /// <summary>A line that repeats one seen before, such as a doubled photo caption.</summary>
    Repeated,

    /// <summary>A block that ends the article, such as a comments section, and everything after it.</summary>
    Trailer,

    /// <summary>A dateline or byline: when the article was published and who wrote it.</summary>
    Byline,

    /// <summary>A photo caption or credit.</summary>
    Caption,

    /// <summary>Raw HTML or a link definition in a Markdown seed: markup, kept as written.</summary>
    Markup,

    /// <summary>The headline a text seed's reader found, replaced by the front matter's <c>title</c>.</summary>
    Headline,

    /// <summary>
    /// The newsroom's note about the article itself: that it ran in print, a correction of an earlier version, or
    /// that the views are the writer's own.
    /// </summary>
    Notice,
}
