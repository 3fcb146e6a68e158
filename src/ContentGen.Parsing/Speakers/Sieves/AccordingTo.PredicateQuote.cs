using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Pour la maire, Sylvie Aubertin, la commune « n'a plus les moyens » de l'entretenir.", "Para la
// alcaldesa, Carmen Vidal, el municipio «no puede pagarlo»", "Per la sindaca, Anna Neri, la scuola
// «non chiuderà»", "Para a autarca, Rita Sousa, a câmara “não tem dinheiro”": after a view's role
// and its holder between commas, a clause whose subject is an article and its noun and whose verb
// is the quote's own first word gives the holder's words. The quote opens in lower case, as the
// rest of a clause does; a verb before it ("la società ha preparato «…»", "la afición preparó
// «una fiesta»": whom a thing was done for), an article opening it (a noun phrase, some verb's
// object) or a capital at its start ("le projet « Habiter Valmont » devra …": the noun's name)
// gives none.
internal sealed partial class AccordingTo
{
    private const int MaxSubjectWords = 1;

    private bool QuoteIsClausePredicate(IReadOnlyList<Token> sentence, int from)
    {
        if (from >= sentence.Count || !sentence[from].IsLower
            || !(_cues.Is(sentence[from], WordClass.Article) || _cues.Words.PluralDefinites.Contains(sentence[from].Span)
                || _cues.Is(sentence[from], WordClass.Possessive) || _cues.Words.Demonstratives.Contains(sentence[from].Span)))
        {
            return false;
        }

        for (var k = from + 1; k < sentence.Count && k <= from + MaxSubjectWords + 1; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return k > from + 1 && OpensLower(sentence, k) && !OpensWithArticle(sentence, k);
            }

            if (!token.IsLower || IsVerbLike(token))
            {
                return false;
            }
        }

        return false;
    }

    // Whether a word may be the clause's verb, so that the quote after it is its object.
    private bool IsVerbLike(Token word)
        => _cues.IsReportingVerb(word) || _cues.Is(word, WordClass.Copula) || _cues.Words.PerfectAuxiliaries.Contains(word.Span)
        || _cues.Words.PassiveAuxiliaries.Contains(word.Span) || _cues.Is(word, WordClass.Complementiser | WordClass.Preposition);

    // Whether the quote at `quote` opens with a lower-case letter (its words go on a clause begun before it).
    private static bool OpensLower(IReadOnlyList<Token> sentence, int quote)
        => quote > 0 && sentence[quote - 1].NextWord() is var first && first.Length > 0 && char.IsLower(first[0]);

    // "la afición preparó «una fiesta sorpresa»": a quote that opens with an article is a noun
    // phrase, some verb's object, not the clause's verb.
    private bool OpensWithArticle(IReadOnlyList<Token> sentence, int quote)
        => sentence[quote - 1].NextWord() is var first
        && (_cues.Words.Definites.Contains(first) || _cues.Words.Indefinites.Contains(first) || _cues.Words.PluralDefinites.Contains(first));

    // Whether the words after a quote, to the sentence's end, bring in no one else's words: no
    // comma, colon or quote that a cue may follow, no verb of saying, no according-to phrase. Words
    // that only finish the clause may follow ("les frais de la roue et du bief", "les travaux que
    // coûtera le chantier").
    private bool NoCueAfter(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = quote + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Comma || _cues.IsReportingVerb(token)
                || (token.IsWord && PhraseLength(sentence, k) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
