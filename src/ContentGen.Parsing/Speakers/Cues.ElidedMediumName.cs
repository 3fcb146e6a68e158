using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "a déclaré à l'Agence Méridienne la présidente …", "ha dichiarato all'Agenzia Meridiana la
// presidente …": a medium brought in by an elided article whose name goes on in capitalised words
// up to the subject's article. Its name's last word is no subject; the subject starts at the article.
internal sealed partial class Cues
{
    /// <summary>
    /// Where the subject may start after a medium whose name opens with the elided token at
    /// <paramref name="elided"/> ("l'Agence", "all'Agenzia"): past the capitalised words and links
    /// that go on with the name ("Méridienne", "du Plateau") when an article (the subject's) follows
    /// them; otherwise right after the elided token, the name being that one word.
    /// </summary>
    private int PastElidedMedium(IReadOnlyList<Token> sentence, int elided)
    {
        if (!Elision.TrySplit(sentence[elided].Span, out _, out var tail) || !char.IsUpper(tail[0]))
        {
            return elided + 1;
        }

        var k = elided + 1;
        var named = false;
        while (k < sentence.Count && sentence[k].IsWord)
        {
            if (sentence[k].IsCapitalized)
            {
                named = true;
                k++;
            }
            else if (named && Words.OrganisationLinks.Contains(sentence[k].Span) && k + 1 < sentence.Count && sentence[k + 1].IsCapitalized)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return named && k + 1 < sentence.Count && sentence[k].IsLower && sentence[k + 1].IsWord
            && Is(sentence[k], WordClass.Article)
            ? k
            : elided + 1;
    }
}
