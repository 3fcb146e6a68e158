using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A phrase of one's own words inside a sentence points back to the subject of its clause:
/// <c>Bürgermeister X hat die Nachricht nach eigenen Worten „…“ erfahren</c>, <c>Scholier X had zich
/// naar eigen zeggen ‘…’</c>, <c>X took over the band when it had nine players and, in his own words,
/// "…"</c>, <c>X a appris la nouvelle, selon ses propres mots, « … »</c>. The quote the phrase brings
/// in is the words of the subject opening the sentence. Words from the lexicons' <c>OwnWordsPhrases</c>.
/// </summary>
internal sealed partial class Cues
{
    // "nas suas próprias palavras": the longest phrase of the lists.
    private const int MaxOwnWordsPhrase = 5;

    // ", in his own words, „…“": words and commas between the phrase and its quote.
    private const int MaxOwnWordsGap = 3;

    /// <summary>
    /// The subject opening the sentence when a phrase of one's own words stands just before the
    /// quote at <paramref name="quote"/>, or None. What stops it: someone else who may be the
    /// phrase's subject between the two (a capitalised word that is no noun after its article, a
    /// verb of saying, a clause's "that", someone brought in in lower case by an indefinite article,
    /// "hired a bandmaster who had, in his own words", or a relative pronoun after words that are
    /// not the subject's: "hired the bandmaster who had"; "X, who had" is still X), a quote
    /// between, and a thing as the subject.
    /// </summary>
    public Subject OwnWordsSubject(IReadOnlyList<Token> sentence, int quote)
    {
        var phrase = -1;
        var phraseEnd = -1;
        var from = Math.Max(1, quote - MaxOwnWordsGap - MaxOwnWordsPhrase);
        for (var k = quote - 1; k >= from && phrase < 0; k--)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                return Subject.None;
            }

            if (sentence[k].IsWord && LongestPhrase(sentence, k, Words.OwnWordsPhrases, MaxOwnWordsPhrase) is var words and > 0 && k + words <= quote)
            {
                phrase = k;
                phraseEnd = k + words;
            }
        }

        if (phrase < 0 || !OnlyShortGap(sentence, phraseEnd, quote))
        {
            return Subject.None;
        }

        var subject = OpeningHolder(sentence);
        // Within a cue's reach of the subject: a sentence of many quotes is not read again for each.
        if (subject.Kind == SubjectKind.None || subject.End > phrase
            || phrase - subject.End > MaxReach)
        {
            return Subject.None;
        }

        for (var k = subject.End; k < phrase; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon || IsReportingVerb(token) || Is(token, WordClass.Complementiser)
                || (token.IsCapitalized && !(k > 0 && sentence[k - 1].IsLower && Is(sentence[k - 1], WordClass.Article | WordClass.Possessive)))
                || (token.IsWord && token.IsLower && Is(token, WordClass.Indefinite) && k + 1 < phrase && sentence[k + 1].IsWord && sentence[k + 1].IsLower)
                || (token.IsWord && token.IsLower && (Words.PersonRelativePronouns.Contains(token.Span) || Words.SubjectRelatives.Contains(token.Span))
                    && WordBetween(sentence, subject.End, k)))
            {
                return Subject.None;
            }
        }

        return subject;
    }

    // Whether a word stands between `from` and `to`: a relative right after the subject (", who") is the subject's.
    private static bool WordBetween(IReadOnlyList<Token> sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence[k].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    // Whether only a few words and commas, none of saying, stand between the phrase and its quote.
    private bool OnlyShortGap(IReadOnlyList<Token> sentence, int from, int quote)
    {
        var words = 0;
        for (var k = from; k < quote; k++)
        {
            var token = sentence[k];
            if (token.IsWord && (++words > MaxOwnWordsGap || IsReportingVerb(token)))
            {
                return false;
            }

            if (!token.IsWord && token.Kind != TokenKind.Comma)
            {
                return false;
            }
        }

        return true;
    }
}
