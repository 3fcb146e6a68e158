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

    /// <summary>Whether <paramref name="block"/> is a note about the article.</summary>
    public static bool IsNote(BlockFacts block)
    {
        if (block.Words > MaxWords)
        {
            return false;
        }

        // "Ces propos n'engagent que leur auteur, a répondu le parti" and "\"The views expressed are his own,\" the party
        // said" report what someone said. A wire prints its note in brackets ("(This story has been corrected …)"): the
        // note inside is read as one without them.
        var text = Unbracketed(block.Text.AsSpan());
        if (text.IndexOfAny(Punctuation.DoubleQuoteMarks) >= 0 || AttributedSpeech.IsAttributed(text))
        {
            return false;
        }

        // "This article was amended on 6 May to correct …": the piece itself is what the note says was changed.
        return IsCorrection(text) || LexiconTables.AmendmentOpeners.StartsAny(text) || ClosesOnOwnViews(text);
    }

    /// <summary>
    /// Whether <paramref name="block"/> is a correction about the article ("Korrektur: In einer früheren Version dieses
    /// Artikels …"): a newsroom prints one under the article or over it, right under the standfirst.
    /// </summary>
    public static bool IsCorrectionNote(BlockFacts block)
    {
        var text = Unbracketed(block.Text.AsSpan());
        return block.Words <= MaxWords && text.IndexOfAny(Punctuation.DoubleQuoteMarks) < 0 && !AttributedSpeech.IsAttributed(text)
            && IsCorrection(text);
    }

    /// <summary>
    /// Whether <paramref name="block"/> is an editor's notice that the text under it is a press release printed as sent
    /// ("Le contenu ci-dessous est un communiqué transmis par l'organisme concerné.": the lexicons' <c>ReleaseNotices</c>
    /// opening a short block, unquoted, with no reported speech). The caller reads only the body's first blocks.
    /// </summary>
    public static bool IsReleaseNotice(BlockFacts block)
    {
        var text = block.Text.AsSpan();
        return block.Words <= MaxReleaseNoticeWords && LexiconTables.ReleaseNotices.StartsAny(text)
            && text.IndexOfAny(Punctuation.DoubleQuoteMarks) < 0 && !AttributedSpeech.IsAttributed(text);
    }

    // The note inside the brackets that hold the whole block, or the block as it stands.
    private static ReadOnlySpan<char> Unbracketed(ReadOnlySpan<char> text)
        => WireCredits.Inside(text) is { Length: > 0 } inside ? inside : text;

    // A release's notice is a sentence or two.
    private const int MaxReleaseNoticeWords = 40;

    // "Correction: an earlier version of this article …": the label, and the earlier version of this piece; "an earlier
    // version of the paper" is the article's own subject.
    private static bool IsCorrection(ReadOnlySpan<char> text)
        => LexiconTables.CorrectionLabels.StartsAny(text) && LexiconTables.EarlierVersionPhrases.FoundIn(text)
        && LexiconTables.ThisPiecePhrases.FoundIn(text);

    // "… The views expressed are her own.", "Gastbeiträge geben die Meinung des Autors wieder, nicht die der Redaktion.":
    // the note ends a few words after its phrase, and the phrase's sentence opens with what the note speaks of ("The
    // views", "Les tribunes"): "The thorns, she likes to say, are her own" closes an article's own paragraph.
    private static bool ClosesOnOwnViews(ReadOnlySpan<char> text)
    {

        var reader = new WordReader(text);
        while (reader.Read())
        {
            var length = LexiconTables.OwnViewsPhrases.LongestStart(text.Slice(reader.Start));
            if (length > 0)
            {
                return !Words.MoreThan(text.Slice(reader.Start + length), MaxWordsAfterViews)
                    && OpensOnTheNotesSubject(text.Slice(SentenceStart(text, reader.Start)));
            }
        }

        return false;
    }

    // "The views expressed …", "Gastbeiträge …", or the piece itself: "Cette tribune n'engage que son autrice."
    private static bool OpensOnTheNotesSubject(ReadOnlySpan<char> sentence)
        => LexiconTables.NoteSubjects.StartsAny(sentence) || LexiconTables.ThisPiecePhrases.StartsAny(sentence);

    // Where the sentence holding `index` opens: after the last ". ", "! " or "? " before it.
    private static int SentenceStart(ReadOnlySpan<char> text, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?')
            {
                return i + 1;
            }
        }

        return 0;
    }
}
