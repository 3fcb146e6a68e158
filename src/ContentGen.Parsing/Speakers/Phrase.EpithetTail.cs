using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», dijo el técnico almadiense.", "«…», lamentó el ganadero, de 54 años.", "«…», ha detto il parroco ai
// fedeli.", "« … », a raconté le vainqueur au micro de l'organisation, encore essoufflé.": after an inverted
// verb the noun phrase is the cue's subject however it goes on, so an epithet there may carry the words a
// reporter hangs on it before the full stop: one adjective, an age (with or without its comma and link), a
// phrase of where, when or to whom it was said opened by one of the lexicon's EpithetTailPrepositions, and a
// last comma before lower-case words only. The epithet still ends the subject and means whom it meant before
// a full stop. Stops: the tail must reach the sentence's end; a capitalised word right after the noun or
// anywhere after a comma (a name in apposition: "la presidenta, la maestra Montserrat Vilaró"), a link of a
// complement ("el entrenador del Peñaserra", "il medico della squadra": someone else may be meant), a verb of
// saying, a quote or a colon leave the epithet unread, as before.
internal sealed partial class Phrase
{
    // At most this many tokens after the noun are read: a cue's tail is short, and the walk stays bounded.
    private const int MaxEpithetTail = 16;

    // Whether the tokens after the noun at `noun` are such a tail, up to the sentence's end.
    private bool IsTailAfterEpithet(IReadOnlyList<Token> sentence, int noun)
    {
        var k = noun + 1;

        // The common case first: the sentence ends at the noun (read by EpithetEnd) or goes on with a name.
        if (k >= sentence.Count || !(sentence[k].Kind == TokenKind.Comma || (sentence[k].IsWord && sentence[k].IsLower)))
        {
            return false;
        }

        var last = System.Math.Min(sentence.Count, noun + 1 + MaxEpithetTail);

        // One adjective: "el técnico almadiense", "il giocatore bergamasco".
        if (IsTailAdjective(sentence[k]))
        {
            k++;
        }

        // An age: "de 54 años", ", de 54 años", ", 67 anni".
        k = AfterTailAge(sentence, k);

        // Where, when or to whom: "ante los periodistas", "au micro de l'organisation".
        if (k < last && sentence[k].IsWord && sentence[k].IsLower && _words.EpithetTailPrepositions.Contains(sentence[k].Span))
        {
            k++;
            while (k < last && sentence[k].Kind == TokenKind.Word && !_words.ReportingVerbs.Contains(sentence[k].Span))
            {
                k++;
            }
        }

        if (k == noun + 1)
        {
            return false;
        }

        // A last comma before lower-case words only: "…, encore essoufflé.", "…, todavía nerviosa."
        if (k < last && sentence[k].Kind == TokenKind.Comma)
        {
            k++;
            var start = k;
            while (k < last && sentence[k].IsWord && sentence[k].IsLower && !_words.ReportingVerbs.Contains(sentence[k].Span))
            {
                k++;
            }

            if (k == start)
            {
                return false;
            }
        }

        return k >= sentence.Count || sentence[k].Kind == TokenKind.Terminal;
    }

    // A lower-case word after the noun that describes it: no article, preposition, pronoun, link,
    // conjunction, relative, verb of saying or number.
    private bool IsTailAdjective(Token token)
        => IsAgedNounWord(token) && char.IsLetter(token.First) && !IsRelativePronoun(token)
        && !Is(token, WordClass.Coordinator | WordClass.Complementiser | WordClass.Filler)
        && !_words.OrganisationLinks.Contains(token.Span) && !_words.EpithetTailPrepositions.Contains(token.Span);

    // The index after an age at `k` ("de 54 años", ", 54 años", ", de 54 años"), else `k`.
    public int AfterTailAge(IReadOnlyList<Token> sentence, int k)
    {
        var j = k;
        if (j < sentence.Count && sentence[j].Kind == TokenKind.Comma)
        {
            j++;
        }

        if (j < sentence.Count && sentence[j].IsLower && _words.OrganisationLinks.Contains(sentence[j].Span))
        {
            j++;
        }

        return j + 1 < sentence.Count && sentence[j].IsWord && char.IsDigit(sentence[j].First) && _words.AgeWords.Contains(sentence[j + 1].Span)
            ? j + 2
            : k;
    }
}
