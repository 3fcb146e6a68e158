using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 69, pages: the lines a readers' poll prints in the middle of an article, read by their parts as
/// <see cref="PostCounts"/> reads a post's counts: its question after its label ("Sondaggio: sei d'accordo …?"), an answer
/// with its share of the votes ("Sì 62%", "Non 46 %", "Ja 40 %") and the count of the votes ("Hanno votato 1.214 lettori",
/// "1 214 lecteurs ont voté", "1,214 votes"). They were kept as the article's lines. An article's sentence that gives a
/// share or a count of voters names more than the answer or the count's words ("Sì al 62% dei votanti", "Hanno votato
/// 1.214 lettori su 3.000") or ends on its stop; one that names a poll asks no question after the label's colon.
/// </summary>
internal static class PollLines
{
    // "1,214 readers have voted", "1.214 Leser haben abgestimmt": the count and four words at most.
    private const int MaxCountLineWords = 4;

    /// <summary>
    /// Whether <paramref name="text"/> (a line with its trailing marks trimmed; <paramref name="line"/> as printed) is a
    /// poll's answer with its share or its count of votes.
    /// </summary>
    /// <remarks>Cheap: a line with no digit is left at once; else one pass over its words, each a table lookup.</remarks>
    public static bool IsPollLine(ReadOnlySpan<char> text, ReadOnlySpan<char> line)
        => IsPollQuestion(line) || (Digits.Any(text) && (IsAnswerShare(text) || (!EndsOnStop(line) && IsVoteCount(text))));

    // "Sondaggio: sei d'accordo con …?", "Umfrage: Soll …?": the poll's label, its colon, and a question that ends the line.
    private static bool IsPollQuestion(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (line.Length == 0 || line[line.Length - 1] != '?')
        {
            return false;
        }

        var colon = line.IndexOf(':');
        return colon > 0 && LexiconTables.PollLabels.Contains(Whitespace.Trim(line.Slice(0, colon)));
    }

    private static bool EndsOnStop(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        return line.Length > 0 && Punctuation.IsTerminal(line[line.Length - 1]);
    }

    // "Sì 62%", "Oui 54 %", "Nein 37,5 %": an answer alone, then its share. The answer is the yes or the no of a poll's
    // question (AnswerWords): a results table's "Labour 34%" names a party, and stays the article's.
    private static bool IsAnswerShare(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        if (text.Length < 3 || text[text.Length - 1] != '%')
        {
            return false;
        }

        var end = text.Length - 1;
        while (end > 0 && Whitespace.IsSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsDigit(text[start - 1]) || (text[start - 1] is ',' or '.' && start - 1 > 0 && char.IsDigit(text[start - 2]))))
        {
            start--;
        }

        if (start == end || start == 0 || !Whitespace.IsSpace(text[start - 1]))
        {
            return false;
        }

        var answer = Whitespace.Trim(text.Slice(0, start));
        return answer.Length > 0 && LexiconTables.AnswerWords.Contains(answer);
    }

    // "Hanno votato 1.214 lettori", "1,214 readers voted", "1 214 votes": a count and, around it, the words of a poll's
    // count only (PollCountWords, PollVoteWords), one of them the vote's own ("votes", "votato", "abgestimmt"). A
    // sentence's stop, or any other word, keeps the line.
    private static bool IsVoteCount(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        var countStart = 0;
        while (countStart < text.Length && !char.IsDigit(text[countStart]))
        {
            countStart++;
        }

        var countLength = PostCounts.CountLength(text.Slice(countStart));
        if (countLength == 0)
        {
            return false;
        }

        var after = text.Slice(countStart + countLength);
        if (after.Length > 0 && !Whitespace.IsSpace(after[0]))
        {
            return false;
        }

        var words = 0;
        var voteWords = 0;
        return CountWords(text.Slice(0, countStart), ref words, ref voteWords)
            && CountWords(after, ref words, ref voteWords)
            && words <= MaxCountLineWords && voteWords > 0;
    }

    // Whether every word of `part` is a poll count's word; `words` and `voteWords` count them.
    private static bool CountWords(ReadOnlySpan<char> part, ref int words, ref int voteWords)
    {
        var reader = new WordReader(part);
        while (reader.Read())
        {
            var word = reader.Word;
            var isVoteWord = LexiconTables.PollVoteWords.Contains(word);
            if (!isVoteWord && !LexiconTables.PollCountWords.Contains(word))
            {
                return false;
            }

            words++;
            if (isVoteWord)
            {
                voteWords++;
            }

            if (words > MaxCountLineWords)
            {
                return false;
            }
        }

        return true;
    }
}
