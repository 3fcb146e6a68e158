using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The line a page prints by an advertisement's slot between two paragraphs to say the article goes on past it ("Lees
/// verder onder de advertentie", "L'article continue sous la publicité", "Sigue leyendo debajo del anuncio", "Continua a
/// leggere sotto la pubblicità", "Continue a ler depois do anúncio"), in other words than the navigation lines list. Kept,
/// it was read as a subheading, and the article's own subheading under it lost as a menu's line. The line is made of
/// function words (stopwords and the language words), a jump line's going-on words, reading verbs, read-on links and
/// <see cref="Lexicon.ResumeWords"/> only, with an advert's noun and one of the others: a subheading that names
/// advertising names something else too ("Le débat sur la publicité", "Streit um die Werbung"), and a sentence ends on a
/// stop ("La publicité continue.").
/// </summary>
internal static class AdvertResumeLines
{
    // "Het artikel gaat verder onder de advertentie" is seven words; "La suite de l'article après cette publicité" eight.
    private const int MaxWords = 9;

    /// <summary>
    /// Whether <paramref name="text"/> (a line with its trailing marks trimmed; <paramref name="line"/> as printed) says the
    /// article resumes past an advert.
    /// </summary>
    /// <remarks>Cheap: one pass over at most nine words, a table lookup for each; a stop inside or a tenth word ends it.</remarks>
    public static bool IsAdvertResumeLine(ReadOnlySpan<char> text, ReadOnlySpan<char> line)
    {
        // The caller trims a closing stop: a stop anywhere in the line as printed is a sentence's.
        if (line.IndexOfAny('.', '?', '!') >= 0)
        {
            return false;
        }

        var adverts = 0;
        var resumes = 0;
        var words = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (++words > MaxWords)
            {
                return false;
            }

            var word = WithoutElision(reader.Word);
            if (LexiconTables.AdvertWords.Contains(word))
            {
                adverts++;
            }
            else if (LexiconTables.ResumeLineWords.Contains(word))
            {
                resumes++;
            }
            else if (!LexiconTables.LanguageWords.Contains(word))
            {
                return false;
            }
        }

        return adverts > 0 && resumes > 0;
    }

    // "l'article", "dell'annuncio": the word after an elided article.
    private static ReadOnlySpan<char> WithoutElision(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && apostrophe <= 4 && apostrophe < word.Length - 1 && Stopwords.IsStopword(word.Slice(0, apostrophe))
            ? word.Slice(apostrophe + 1)
            : word;
    }
}
