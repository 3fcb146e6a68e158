namespace ContentGen.Parsing;

/// <summary>Where in the article a quote stands.</summary>
public enum QuotePlace
{
    /// <summary>In a body paragraph; <see cref="Quote.Paragraph"/> is that paragraph's index.</summary>
    Body,

    /// <summary>In the title; <see cref="Quote.Paragraph"/> is -1.</summary>
    Title,

    /// <summary>
    /// In a section heading; <see cref="Quote.Paragraph"/> is the index of the first paragraph
    /// of the section the heading opens, which equals the paragraph count for a heading with no
    /// paragraph after it.
    /// </summary>
    Heading,
}
