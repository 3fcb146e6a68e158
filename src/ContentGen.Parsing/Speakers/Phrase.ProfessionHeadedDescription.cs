using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Il biologo incaricato dalla Regione di Valmora, Carlo Neri, ha …": a description headed by a
// profession (a trade or an expert's field, which the lexicons keep apart from offices) right after
// its article, then a complement whose link names a body. The profession says the description is a
// person's, as a role does, though the link comes after a participle ("incaricato dalla"), which a
// description with no role is not read past. Only when the profession is the description's head,
// the first word after its article: a profession further on may be an object's.
internal sealed partial class Phrase
{
    private bool IsProfessionHeadedDescription(IReadOnlyList<Token> sentence, int start, int comma)
    {
        // "L'ingegnere …": the article elided into the head; "Il biologo …": the head after its article.
        var elided = !ElidedArticleNoun(sentence[start]).IsEmpty;
        if (!elided && !Is(sentence[start], WordClass.Definite | WordClass.Indefinite))
        {
            return false;
        }

        var head = elided ? start : start + 1;
        return head < comma && sentence[head].IsWord && (elided || sentence[head].IsLower)
            && _words.ProfessionEpithets.Contains(Elision.Tail(sentence[head].Span))
            && IsDescription(sentence, start, comma, headFirst: false, out _);
    }
}
