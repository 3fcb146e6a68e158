using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 70 (pfresh): the line a page or a browser's reader view prints under an article's last paragraph to say that the
/// article ends there ("End of article", "Ende des Artikels", "Fin de l'article", "Fin del artículo", "Fine dell'articolo",
/// "Fim do artigo", "Einde van het artikel"). It is the page's mark, set aside as a notice, and it signs nothing: in German
/// its capitalised nouns joined by "des" have the shape of a name alone, the shape the signature's slot under the last
/// paragraph reads as the writer. Read as a whole line only (<see cref="Lexicon.ArticleEndMarks"/>), once the dashes,
/// stars or brackets around it and its closing stop are aside: a sentence that opens on the same words and goes on ("End
/// of story, the mayor said.") is the article's.
/// </summary>
internal static class ArticleEndMarks
{
    // The marks a template prints around the words ("— Fin de l'article —", "*** End of article ***", "[Einde artikel]").
    private const string Frame = " \t-–—*+[]()<>.…";

    /// <summary>Whether <paramref name="line"/> is nothing but a page's mark that the article ends.</summary>
    public static bool IsMark(ReadOnlySpan<char> line)
    {
        var inner = line.Trim(Frame.AsSpan());
        return inner.Length > 0 && LexiconTables.ArticleEndMarks.Contains(inner);
    }
}
