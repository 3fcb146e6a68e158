using System;

namespace ContentGen.Parsing.Speakers;

// "Sul «Corriere della Valle», il critico …", "En las páginas de «La Gaceta de las Artes»", "Na
// «Gazeta do Litoral»", "In ‘Het Dagblad van het Noorden’": a newspaper's, a book's or a body's
// name in marks writes its own words capitalised and joins them with the language's articles,
// prepositions and conjunctions in lower case, as a title does. It is a name, not speech, and
// nobody says it, however near the cue of the critic who wrote in it. LooksLikeTitle reads the
// names whose every word is capitalised; this reads those with lower-case link words between.
// Not in a language that capitalises its nouns: German "„Sache der Polizei“" is a phrase of nouns.
internal sealed partial class SpeakerFinder
{
    // A name in marks holds few words: "La Gaceta de las Artes", "Het Dagblad van het Noorden".
    private const int MaxLinkedTitleWords = 8;

    // Two capitalised words or more, the first and the last among them, joined by link words only
    // (articles, prepositions, contracted articles, conjunctions), with no closing punctuation.
    private bool LooksLikeTitleWithLinks(ReadOnlySpan<char> inner)
    {
        var text = Text.Whitespace.Trim(inner);
        if (_cues.Words.CapitalisesNouns || text.Length == 0 || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        var links = 0;
        var lastCapitalised = false;
        var reader = new Text.WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxLinkedTitleWords)
            {
                return false;
            }

            lastCapitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (lastCapitalised)
            {
                capitalised++;
            }
            else if (words > 1 && IsTitleLinkWord(word))
            {
                links++;
            }
            else
            {
                return false;
            }
        }

        return capitalised >= 2 && links > 0 && lastCapitalised;
    }

    private bool IsTitleLinkWord(ReadOnlySpan<char> word)
    {
        var lists = _cues.Words;
        return lists.HeadLinks.Contains(word) || lists.ContractedArticles.Contains(word) || lists.Definites.Contains(word)
            || lists.Indefinites.Contains(word) || lists.Prepositions.Contains(word) || lists.Coordinators.Contains(word);
    }
}
