using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Titre 42", "Harbour Nights": a short quote of capitalised words names a work or a law; nobody
// says it. "Sul «Corriere della Valle», il critico …", "En las páginas de «La Gaceta de las Artes»",
// "Na «Gazeta do Litoral»", "In ‘Het Dagblad van het Noorden’": a newspaper's, a book's or a body's
// name in marks also joins its capitalised words with the language's articles, prepositions and
// conjunctions in lower case. Either is a name, not speech, however near the cue of the critic who
// wrote in it. Both shapes are read in one pass over the quote's words.
// A name with link words is read as one only inside its sentence: short speech is capitalised at
// both ends as often ("«Grazie a Dio e ai Vigili del Fuoco», ha detto la sindaca", "«Bienvenidos a
// Tormesina», dijo …") and opens its sentence before the cue, where no name in marks stands
// governed. (A test of the word before the quote, a preposition or a title noun, was tried: names
// after a copula and an article, "she is the "…"", or after a noun and a comma, "the slogan, "…",",
// then went to the speaker at the cue.)
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
            TitleShape.Linked => !NoWordBefore(sentence, quote),
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

    // Whether no word stands before the quote in its sentence: speech opening its sentence before
    // the cue. A name in marks stands inside its sentence, governed by a preposition ("Sul «…»"), an
    // article ("she is the "…""), a copula or a noun in apposition ("the slogan, "…",").
    private static bool NoWordBefore(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = 0; k < quote; k++)
        {
            if (sentence[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
