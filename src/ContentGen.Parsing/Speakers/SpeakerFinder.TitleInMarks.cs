using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Titre 42", "Harbour Nights": a short quote of capitalised words names a work or a law; nobody
// says it. "Sul «Corriere della Valle», il critico …", "En las páginas de «La Gaceta de las Artes»",
// "Na «Gazeta do Litoral»", "In ‘Het Dagblad van het Noorden’": a newspaper's, a book's or a body's
// name in marks also joins its capitalised words with the language's articles, prepositions and
// conjunctions in lower case. Either is a name, not speech, however near the cue of the critic who
// wrote in it. Both shapes are read in one pass over the quote's words.
// A name with link words is read only where a name stands: after a preposition or a contracted
// article ("Sul «…»", "Dans « … »"), over an article after one ("in the "…""), or after a noun of
// title or name. Short speech is capitalised at both ends as often ("«Grazie a Dio e ai Vigili del
// Fuoco», ha detto la sindaca", "“Welcome to Hollinsby,” the mayor said"), and stands at the start
// of its sentence or after a colon, where no name in marks is governed.
// Not in a language that capitalises its nouns: German "„Sache der Polizei“" is a phrase of nouns.
internal sealed partial class SpeakerFinder
{
    // "Titre 42", "Harbour Nights": every word capitalised, two to five of them.
    private const int MaxTitleWords = 5;

    // A name in marks with link words holds a few more: "La Gaceta de las Artes", "Het Dagblad van het Noorden".
    private const int MaxLinkedTitleWords = 8;

    private enum TitleShape
    {
        None,

        /// <summary>Two to five words, each capitalised or a number.</summary>
        Capitalised,

        /// <summary>Capitalised words, the first and the last among them, joined by lower-case link words.</summary>
        Linked,
    }

    private bool IsTitleInMarks(IReadOnlyList<Token> sentence, int quote, ReadOnlySpan<char> inner)
        => TitleShapeOf(inner, allowLinkWords: !_cues.Words.CapitalisesNouns) switch
        {
            TitleShape.Capitalised => true,
            TitleShape.Linked => StandsWhereANameStands(sentence, quote),
            _ => false,
        };

    // One pass: counts the capitalised words and the link words, and stops at the first other word
    // in lower case or past the longest shape. No closing punctuation in either shape.
    private TitleShape TitleShapeOf(ReadOnlySpan<char> inner, bool allowLinkWords)
    {
        var text = Text.Whitespace.Trim(inner);
        if (text.Length == 0 || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return TitleShape.None;
        }

        var words = 0;
        var links = 0;
        var lastCapitalised = false;
        var reader = new Text.WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxLinkedTitleWords)
            {
                return TitleShape.None;
            }

            lastCapitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (!lastCapitalised)
            {
                if (!allowLinkWords || words == 1 || !IsTitleLinkWord(word))
                {
                    return TitleShape.None;
                }

                links++;
            }
        }

        var capitalised = words - links;
        if (links == 0)
        {
            return words >= 2 && words <= MaxTitleWords ? TitleShape.Capitalised : TitleShape.None;
        }

        return capitalised >= 2 && lastCapitalised ? TitleShape.Linked : TitleShape.None;
    }

    private bool IsTitleLinkWord(ReadOnlySpan<char> word)
    {
        var lists = _cues.Words;
        return lists.HeadLinks.Contains(word) || lists.ContractedArticles.Contains(word) || lists.Definites.Contains(word)
            || lists.Indefinites.Contains(word) || lists.Prepositions.Contains(word) || lists.Coordinators.Contains(word);
    }

    // Where a name is governed: right after a preposition or a contracted article ("Sul", "En", "No",
    // "Dans"), over a definite or indefinite article after one ("in the", "nel"), or right after a
    // noun of title or name ("the slogan", "il nome").
    private bool StandsWhereANameStands(IReadOnlyList<Token> sentence, int quote)
    {
        var at = quote - 1;
        if (at < 0 || !sentence[at].IsWord)
        {
            return false;
        }

        var lists = _cues.Words;
        if (lists.TitleNouns.Contains(sentence[at].Span) || lists.NameNouns.Contains(sentence[at].Span))
        {
            return true;
        }

        if (at >= 1 && sentence[at - 1].IsWord && _cues.Is(sentence[at], WordClass.Definite | WordClass.Indefinite))
        {
            at--;
        }

        return IsPrepositionBeforeName(sentence[at].Span);
    }

    // The lexicons hold no one list of every preposition: these are the lists of those that bring in a
    // noun phrase (an employer's, a medium's, a place's, a time's, a title's), with the contracted
    // articles, in the union of the languages as every table here is ("Sul", "En", "No", "In", "Dans").
    private bool IsPrepositionBeforeName(ReadOnlySpan<char> word)
    {
        var lists = _cues.Words;
        return lists.Prepositions.Contains(word) || lists.ContractedArticles.Contains(word) || lists.HeadLinks.Contains(word)
            || lists.Media.Contains(word) || lists.Locatives.Contains(word) || lists.EpithetTailPrepositions.Contains(word)
            || lists.OpeningPrepositions.Contains(word) || lists.TitlePrepositions.Contains(word);
    }
}
