using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Speakers;

/// <summary>Splits a paragraph's tokens into sentences; quotes are single tokens, so their full stops never split.</summary>
internal static partial class Sentences
{
    // A paragraph of many sentences is rare: the spare ranges kept per thread are few.
    private const int MaxSpare = 256;

    private static readonly List<Token> s_noTokens = new(0);

    [ThreadStatic]
    private static List<TokenRange>? t_spare;

    /// <summary>
    /// The thread's list of spare ranges, for <see cref="Split"/> and <see cref="Recycle"/>: every
    /// article read on the thread reuses the ranges of the ones before, instead of making its own.
    /// </summary>
    public static List<TokenRange> SpareForThread => t_spare ??= new List<TokenRange>();

    /// <summary>The sentences of <paramref name="tokens"/>, in order, as ranges of it, into <paramref name="sentences"/> (emptied first).</summary>
    /// <remarks>
    /// With <paramref name="spare"/>, the ranges come from it and <see cref="Recycle"/> gives them
    /// back: a finder reads paragraph after paragraph, and made a range per sentence of each.
    /// </remarks>
    public static List<TokenRange> Split(List<Token> tokens, List<TokenRange> sentences, List<TokenRange>? spare = null)
    {
        Recycle(sentences, spare);
        var start = DatelineEnd(tokens);

        // Every token passes here once: the union of its sentence's classes is summed on the way (SentenceSummary).
        var classes = WordClass.None;
        for (var i = start; i < tokens.Count; i++)
        {
            classes |= SentenceSummary.ClassesOf(tokens[i]);
            if (EndsSentence(tokens, i))
            {
                sentences.Add(Range(tokens, start, i + 1 - start, spare, classes));
                start = i + 1;
                classes = WordClass.None;
            }
        }

        if (start < tokens.Count)
        {
            sentences.Add(Range(tokens, start, tokens.Count - start, spare, classes));
        }

        return sentences;
    }

    /// <summary>Empties <paramref name="sentences"/>, keeping its ranges in <paramref name="spare"/> for the next paragraph.</summary>
    public static void Recycle(List<TokenRange> sentences, List<TokenRange>? spare)
    {
        // The work done on the paragraph's sentences is counted as they are handed back (TokenVisits).
        foreach (var range in sentences)
        {
            range.HandInVisits();
        }

        if (spare is not null && spare.Count + sentences.Count <= MaxSpare)
        {
            // A spare range lets go of its tokens: the thread's list may be one dropped for its size.
            foreach (var range in sentences)
            {
                range.Reset(s_noTokens, 0, 0);
            }

            spare.AddRange(sentences);
        }

        sentences.Clear();
    }

    private static TokenRange Range(List<Token> tokens, int start, int count, List<TokenRange>? spare, WordClass classes)
    {
        TokenRange range;
        if (spare is null || spare.Count == 0)
        {
            range = new TokenRange(tokens, start, count);
        }
        else
        {
            range = spare[spare.Count - 1];
            spare.RemoveAt(spare.Count - 1);
            range.Reset(tokens, start, count);
        }

        range.Summarise(SentenceSummary.Of(classes));
        return range;
    }

    // Whether a reporting verb comes within a few words of `from`, before any quote, colon or
    // stop: ""What now?" A weary Tom Lake asked" is the question's own cue, which someone
    // described or unnamed may open.
    private static bool ReportsSoon(List<Token> tokens, int from)
    {
        const int MaxCueTokens = 8;
        for (var k = from; k < tokens.Count && k < from + MaxCueTokens; k++)
        {
            if (tokens[k].Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Terminal)
            {
                return false;
            }

            if ((tokens[k].Classes & WordClass.Reporting) != 0 && tokens[k].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word at `at` opens a description of someone new: an indefinite article, a
    // possessive, or an article before one ("La sua vicina", "A sua filha").
    private static bool OpensDescription(List<Token> tokens, int at)
        => (tokens[at].Classes & (WordClass.Indefinite | WordClass.Possessive)) != 0
        || ((tokens[at].Classes & WordClass.Definite) != 0 && at + 1 < tokens.Count && (tokens[at + 1].Classes & WordClass.Possessive) != 0);

    // Whether `next`, after a full stop, opens a sentence: a capital, a quote or a figure.
    private static bool OpensSentence(Token next)
        => next.IsCapitalized || next.Kind == TokenKind.Quote || (next.IsWord && char.IsDigit(next.First));

    private static bool EndsSentence(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[i + 1];

        // "… one day captain your country." Coach X says …: the quote's own full stop ends the
        // sentence, so the next sentence's verb is not read as the quote's attribution. Only a
        // full stop counts: "Why?" Mr X asked keeps the question with its speaker. Another quote
        // after it opens a sentence of its own ("…," he said. "A." "B," he said.), so the cue
        // after the second is not the first's, and the first goes on with the speaker. A figure
        // opens one as it does after a plain full stop: in ""…." 40 families wait" the figure's
        // verb is not the quote's either.
        if (tokens[i].IsQuoteEndingSentence)
        {
            return OpensSentence(next);
        }

        // "« … ? » Un gardien arrive …", ""… !" A nurse came in": after a question or an
        // exclamation, a capitalised indefinite article brings someone new into a sentence of its
        // own, whose verb is not the quote's. So does a possessive ("“… ?” Haar buurvrouw Annie
        // knikt.", "«… ?» La sua vicina Rosa scuote la testa."), whose description names the
        // newcomer. A name there ("Why?" Roe asked) may be its speaker, and a verb that reports
        // soon after ("Why?" his wife asked) keeps the quote with it.
        // Another quote opens a sentence of its own, as after a full stop: in ""Where?" "Here,"
        // he said" the cue is the answer's.
        if (tokens[i].IsQuoteEndingQuestion)
        {
            return next.Kind == TokenKind.Quote || (next.IsCapitalized && OpensDescription(tokens, i + 1) && !ReportsSoon(tokens, i + 2));
        }

        if (tokens[i].Kind != TokenKind.Terminal)
        {
            return false;
        }

        var startsNew = OpensSentence(next);
        var afterAbbreviation = i > 0 && tokens[i - 1].IsWord
            && (LexiconTables.Abbreviations.Contains(tokens[i - 1].Span) || (tokens[i - 1].Span.Length == 1 && char.IsUpper(tokens[i - 1].First)));
        return startsNew && !afterAbbreviation;
    }
}
