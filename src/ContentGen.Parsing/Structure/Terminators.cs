using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises the line that ends an article on a web page: a comments section, a newsletter
/// box, a list of related stories. Everything after it is trailer, however well written,
/// since reader comments are prose too.
/// </summary>
internal static class Terminators
{
    private const int MaxWords = 12;
    private const int MaxCommentCountWords = 3;

    // "Réagissez à cet article.", "Have your say.": a call of a few words ends as a sentence too.
    private const int MinSentenceWords = 6;

    /// <summary>Whether <paramref name="text"/> opens the part of a page that follows the article.</summary>
    public static bool IsTerminator(ReadOnlySpan<char> text) => IsTerminator(text, Words.Count(text, MaxWords));

    /// <summary>
    /// Whether <paramref name="text"/>, of <paramref name="words"/> words (a count past
    /// <see cref="MaxWords"/> may stop there), opens the part of a page that follows the article.
    /// </summary>
    public static bool IsTerminator(ReadOnlySpan<char> text, int words)
    {
        if (words == 0 || words > MaxWords)
        {
            return false;
        }

        if (LexiconTables.TerminatorPrefixes.StartsAny(text))
        {
            // The signals are labels ("Comments", "Mehr aus Hamm") or calls to the reader ("Leave a
            // comment and tell us what you think."); a sentence of the article that opens with their
            // words ("Comments from residents were mostly positive.") ends nothing.
            return words < MinSentenceWords || !Punctuation.EndsSentence(text) || SignUpSentences.SpeaksToTheReader(text);
        }

        // "24 réponses", "3 Comments", "0 Commentaire(s)"
        if (words < 2 || words > MaxCommentCountWords)
        {
            return false;
        }

        var reader = new WordReader(text);
        reader.Read();
        // "3. Comment venir ?": a number with a full stop numbers a section's heading or a list's item; a count
        // ("3 Comments") stands apart from its word.
        var afterNumber = reader.Start + reader.Length;
        if (!char.IsDigit(reader.Word[0]) || (afterNumber < text.Length && !char.IsWhiteSpace(text[afterNumber])))
        {
            return false;
        }

        reader.Read();
        return LexiconTables.CommentCountWords.StartsAny(reader.Word);
    }
}
