using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The newsroom's note under an article about the article itself: a correction ("Correction: an earlier version of
/// this article said …", "Rectificatif : une version précédente …") or an opinion page's word that the views are the
/// writer's own ("Les tribunes … n'engagent que leurs auteurs"). The caller reads only the article's last blocks:
/// the same words in a paragraph mid-article report what someone said.
/// </summary>
internal static class EditorsNotes
{
    // A note is a sentence or two.
    private const int MaxWords = 45;

    // "…, nicht die der Redaktion.": what may follow the views phrase in its note.
    private const int MaxWordsAfterViews = 5;

    private static readonly char[] s_quotes = { '"', '“', '”', '«', '»', '„' };

    /// <summary>Whether <paramref name="block"/> is a note about the article.</summary>
    public static bool IsNote(BlockFacts block)
    {
        if (block.Words > MaxWords)
        {
            return false;
        }

        var text = block.Text.AsSpan();
        return (LexiconTables.CorrectionLabels.StartsAny(text) && LexiconTables.EarlierVersionPhrases.FoundIn(text))
            || ClosesOnOwnViews(text);
    }

    // "… The views expressed are her own.", "Gastbeiträge geben die Meinung des Autors wieder, nicht die der Redaktion.":
    // the note ends a few words after its phrase, and quotes or reports no one. "Ces propos n'engagent que leur auteur, a répondu
    // le parti dans un communiqué" and "\"The views expressed are his own,\" the party said" report what someone said.
    private static bool ClosesOnOwnViews(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(s_quotes) >= 0 || AttributedSpeech.IsAttributed(text))
        {
            return false;
        }

        var reader = new WordReader(text);
        while (reader.Read())
        {
            var length = LexiconTables.OwnViewsPhrases.LongestStart(text.Slice(reader.Start));
            if (length > 0)
            {
                return !Words.MoreThan(text.Slice(reader.Start + length), MaxWordsAfterViews);
            }
        }

        return false;
    }
}
