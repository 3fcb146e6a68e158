using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Words a reader steps over between a verb and its subject: fillers (`de son côté`), incises (`, however,`) and dashes.
internal sealed partial class Phrase
{
    /// <summary>The index of the first token after <paramref name="start"/> that is not a filler word.</summary>
    public int SkipFillers(IReadOnlyList<Token> sentence, int start)
    {
        var i = start;
        while (i < sentence.Count && sentence[i].IsLower)
        {
            // The longest filler first: "si è" before "si" alone.
            if (FillerPhraseEnd(sentence, i) is var end && end > i)
            {
                i = end;
            }
            else if (Is(sentence[i], WordClass.Filler) || IsAdverbAfterAuxiliary(sentence, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // "a simplement évoqué", "ha duramente criticato", "has strongly criticised": a word with an
    // adverb's ending right after a perfect auxiliary, long enough that the ending is one ("ment"
    // alone is a verb).
    private bool IsAdverbAfterAuxiliary(IReadOnlyList<Token> sentence, int i)
    {
        const int MinAdverbLength = 6;
        return i > 0 && sentence[i].Span.Length >= MinAdverbLength && sentence[i - 1].IsLower
            && _words.PerfectAuxiliaries.Contains(sentence[i - 1].Span) && _words.AdverbSuffixes.EndsAny(sentence[i].Span);
    }

    // The first index of a filler of several words that ends at `last` ("a de son côté estimé"), or `last`.
    private int FillerPhraseStart(IReadOnlyList<Token> sentence, int last)
    {
        const int MaxFillerPhraseWords = 3;
        for (var first = last - 1; first >= 0 && first > last - MaxFillerPhraseWords && sentence[first].IsLower; first--)
        {
            if (_words.Fillers.Contains(sentence[first].Through(sentence[last])))
            {
                return first;
            }
        }

        return last;
    }

    /// <summary>
    /// The index after a filler of several words that starts at <paramref name="start"/> ("de son
    /// côté", "pour sa part"), or <paramref name="start"/> when none does.
    /// </summary>
    public int FillerPhraseEnd(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxFillerPhraseWords = 3;
        for (var last = start + 1; last < sentence.Count && last < start + MaxFillerPhraseWords && sentence[last].IsLower; last++)
        {
            if (_words.Fillers.Contains(sentence[start].Through(sentence[last])))
            {
                return last + 1;
            }
        }

        return start;
    }

    // The opening comma of a short adverbial incise that ends with the comma at `comma`
    // (", par ailleurs,", ", however,"), or -1: lower-case words only, none of them a verb or a role.
    private int Incise(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxInciseWords = 3;
        for (var j = comma - 1; j > 0 && j >= comma - 1 - MaxInciseWords; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return j < comma - 1 ? j : -1;
            }

            if (!sentence[j].IsLower || _words.ReportingVerbs.Contains(sentence[j].Span) || IsTitleOrRole(sentence[j])
                || _words.RelativePronouns.Contains(sentence[j].Span))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Il consorzio, in una nota, ha assicurato", "The council, in a statement, said", "A câmara,
    // em nota, garantiu": the statement a body speaks through, set off by commas; the opening comma,
    // or -1. Lower-case words only, opening on neither an article (", a statement," is an appositive)
    // nor the document's noun, which comes after the first word; no verb of saying. The first word is
    // not required to be a preposition: the lexicons' prepositions do not list every one ("in").
    private int StatementInsert(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxStatementWords = 4;
        var document = false;
        for (var j = comma - 1; j > 0 && j >= comma - 1 - MaxStatementWords; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return document && j < comma - 2 && !IsArticle(sentence[j + 1]) && !_words.DocumentNouns.Contains(sentence[j + 1].Span) ? j : -1;
            }

            // "nota" is also "notes": a document's noun is read as one here.
            var isDocument = sentence[j].IsLower && _words.DocumentNouns.Contains(sentence[j].Span);
            if (!isDocument && (!sentence[j].IsLower || _words.ReportingVerbs.Contains(sentence[j].Span) || _words.RelativePronouns.Contains(sentence[j].Span)))
            {
                return -1;
            }

            document |= isDocument;
        }

        return -1;
    }

    // "Roe, after her best match of the year, said": a phrase that a preposition of time or
    // circumstance opens, set off by commas right after a name; the opening comma, or -1. No
    // reporting verb, relative pronoun, quote or title stands in it (it would be a clause or an
    // appositive of its own).
    private int PrepositionalInsert(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxInsertTokens = 9;
        for (var j = comma - 1; j > 0 && j >= comma - 1 - MaxInsertTokens; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return j < comma - 2 && sentence[j + 1].IsLower && _words.InsertOpeners.Contains(sentence[j + 1].Span) && sentence[j - 1].IsCapitalized ? j : -1;
            }

            if (!sentence[j].IsWord || _words.ReportingVerbs.Contains(sentence[j].Span) || _words.RelativePronouns.Contains(sentence[j].Span)
                || Is(sentence[j], WordClass.Title))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="token"/> is a dash standing alone: a hyphen, an en dash or an em dash.</summary>
    public static bool IsDash(Token token) => token.Kind == TokenKind.Other && token.First is '-' or '–' or '—';

    // The dash that opens the clause closed by the dash at `closing`, or -1.
    private static int OpeningDash(IReadOnlyList<Token> sentence, int closing)
    {
        for (var j = closing - 1; j > 0 && j >= closing - MaxClauseTokens; j--)
        {
            if (IsDash(sentence[j]))
            {
                return j;
            }

            if (sentence[j].Kind is TokenKind.Terminal or TokenKind.Quote or TokenKind.Colon)
            {
                return -1;
            }
        }

        return -1;
    }
}
