using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Il biologo incaricato dalla Regione di Valmora, Carlo Neri, ha …", "El biólogo contratado por la
// Diputación de Valmora, Carlos Neira, visitó …": a description headed by a profession (a trade or
// an expert's field, which the lexicons keep apart from offices) right after its article, then a
// participle or an adjective or two and a complement opened by a link or a passive agent. The
// profession says the description is a person's, as a role does, though the link comes after a
// participle, which a description with no role is not read past. Only when the profession is the
// description's head, the first word after its article, and no auxiliary, article or verb of saying
// stands before the link: "Il biologo ha ringraziato la Regione di Valmora, Carlo Neri, …" is a
// clause whose object the name is. Without a complement the profession is not read: the
// description's other readings (Phrase.DescribedSubject.cs) decide.
internal sealed partial class Phrase
{
    // "incaricato", "contratado", "mandaté": the words between the profession and its complement's link.
    private const int MaxWordsBeforeComplement = 2;

    private bool IsProfessionHeadedDescription(IReadOnlyList<Token> sentence, int start, int comma)
    {
        // "L'ingegnere …": the article elided into the head; "Il biologo …": the head after its article.
        var elided = !ElidedArticleNoun(sentence[start]).IsEmpty;
        if (!elided && !Is(sentence[start], WordClass.Article))
        {
            return false;
        }

        var head = elided ? start : start + 1;
        if (head >= comma || !sentence[head].IsWord || !(elided || sentence[head].IsLower)
            || !_words.ProfessionEpithets.Contains(Elision.Tail(sentence[head].Span)))
        {
            return false;
        }

        var k = head + 1;
        while (k < comma && !IsProfessionComplementLink(sentence[k]))
        {
            if (!sentence[k].IsWord || !sentence[k].IsLower || k - head > MaxWordsBeforeComplement || !IsPlainModifier(sentence[k]))
            {
                return false;
            }

            k++;
        }

        if (k == comma)
        {
            return false;
        }

        // The complement: words only, and no verb of saying, conjunction or auxiliary, which would make it a clause.
        for (var j = k + 1; j < comma; j++)
        {
            var token = sentence[j];
            if (!token.IsWord || Is(token, WordClass.Reporting | WordClass.Coordinator) || _words.PerfectAuxiliaries.Contains(token.Span))
            {
                return false;
            }
        }

        return true;
    }

    // "dalla", "por", "by", "de": what opens the profession's complement.
    private bool IsProfessionComplementLink(Token token)
        => token.IsWord && token.IsLower && (IsDescriptionLink(token) || _words.PassiveAgents.Contains(token.Span));

    // A participle or adjective: no article, auxiliary, verb of saying, conjunction or filler.
    private bool IsPlainModifier(Token token)
        => !Is(token, WordClass.Article | WordClass.Reporting | WordClass.Coordinator)
        && !Is(token, WordClass.Possessive) && !_words.PerfectAuxiliaries.Contains(token.Span) && !Is(token, WordClass.Filler)
        && !Is(token, WordClass.Copula);
}
