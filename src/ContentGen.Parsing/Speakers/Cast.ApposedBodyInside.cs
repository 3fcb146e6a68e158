using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "nel magazzino della Plastivalle, l'azienda di imballaggi, …", "non piace ai Lavoratori Uniti
// della Chimica, il sindacato più rappresentato.", "uma carta à Fábrica Marés, a maior empresa da
// vila.", "op het terrein van het Koelhuis Noord, het bedrijf dat …": a name inside the sentence,
// after its article (or a preposition written with one), set off by an appositive whose head is a
// body's noun, names a body of that kind as a name opening the sentence does (Cast.ApposedBody.cs).
// A bare preposition may bring in a place ("a Valprato, il comune vicino"), so an article is asked
// for; and the appositive must close within a few words: "Sollicitée par L'Écho des Landes, la
// préfecture indique …" makes the noun the sentence's own subject, no appositive.
internal sealed partial class Cast
{
    // "il sindacato più rappresentato nello stabilimento.": the words an appositive holds after its noun.
    private const int MaxApposedTailWords = 6;

    // The word before the name is an article, or a preposition and article written as one.
    private bool AfterArticle(IReadOnlyList<Token> sentence, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var before = sentence[start - 1];
        return before.IsWord && before.IsLower
            && (_cues.Is(before, WordClass.Definite) || _cues.Words.ContractedArticles.Contains(before.Span)
                || _cues.Words.BriefLinks.Contains(before.Span) || _cues.Words.LocativeArticles.Contains(before.Span));
    }

    // Whether the appositive's noun heads it: inside the sentence, only when the appositive closes.
    private bool Heads(IReadOnlyList<Token> sentence, int noun, bool inside)
        => inside ? ClosesAsAppositive(sentence, noun) : HeadsPhrase(sentence, noun);

    // The appositive after a name inside the sentence goes on past its noun over a preposition (as
    // one opening the sentence may), or ends at a comma or the sentence's end within a few words
    // that hold no reporting verb.
    private bool ClosesAsAppositive(IReadOnlyList<Token> sentence, int noun)
    {
        if (HeadsPhrase(sentence, noun))
        {
            return true;
        }

        for (var k = noun + 1; k <= noun + MaxApposedTailWords + 1; k++)
        {
            if (k >= sentence.Count || sentence[k].Kind is TokenKind.Comma or TokenKind.Terminal)
            {
                return true;
            }

            if (!sentence[k].IsWord || _cues.IsReportingVerb(sentence[k]))
            {
                return false;
            }
        }

        return false;
    }
}
