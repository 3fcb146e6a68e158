using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A notice that the article was first published elsewhere, opening its block ("This article first appeared in …",
/// "Republicado com autorização do jornal …"): the page's note on where its copy came from, set aside as a notice, never
/// the article's text. <c>OutletNames.FirstPublished.cs</c> reads the outlet it names. The words inside a sentence
/// ("… which first appeared in …") open no block and stay.
/// </summary>
internal static class FirstPublishedNotices
{
    // A notice is a sentence or two; a paragraph longer than this is the article's, whatever it opens with.
    private const int MaxWords = 60;

    public static bool IsNotice(ReadOnlySpan<char> text, int words)
        => words <= MaxWords && LexiconTables.FirstPublishedLeads.StartsAny(text);
}
