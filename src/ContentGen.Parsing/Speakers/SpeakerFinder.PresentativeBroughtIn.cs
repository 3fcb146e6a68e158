using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Outside the library there was a student who had queued since dawn. '…,' she said.",
// "En la puerta había una cajera que llevaba años en la tienda. «…», dice.",
// "Vor dem Rathaus stand eine Kassiererin, die seit dem Morgen wartete. „…“, sagt sie.":
// the writer brings in someone unnamed after a presentative or existential verb rather than as
// the sentence's first words. It is the same introduction as "A cashier who …"
// (SpeakerFinder.UnnamedBroughtIn.cs), the indefinite standing after a place phrase and the verb
// that presents it, so the same reading takes it: this file only finds where its article stands.
// Before, no one was given in en, de and nl, and the person named before (wrong) in fr, es, it, pt.
// Not read: an indefinite after any other verb ("he met a student who …": an object).
internal sealed partial class SpeakerFinder
{
    // A place phrase before the verb is short ("Devant la mairie, il y avait", "Junto a la verja estaba").
    private const int MaxWordsBeforePresentedArticle = 10;

    // The index of the indefinite article that brings in the sentence's unnamed person: its first
    // word, capitalised, the article right after a presentative phrase (SpeechWords.PresentativePhrases)
    // within the sentence's first words, or the subject's article after an opening phrase of place or
    // time (SpeakerFinder.UnnamedAfterOpeningPhrase.cs) or of being among a group (SpeakerFinder.UnnamedAmongGroup.cs);
    // -1 when there is none.
    private int ArticleBringingIn(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 5)
        {
            return -1;
        }

        if (sentence[0].IsWord && sentence[0].IsCapitalized && _cues.Is(sentence[0], WordClass.Indefinite))
        {
            return 0;
        }

        var limit = Math.Min(sentence.Count - 2, MaxWordsBeforePresentedArticle);
        for (var k = 1; k <= limit; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return -1;
            }

            if (token.IsWord && token.IsLower && _cues.Is(token, WordClass.Indefinite))
            {
                return PresentativeEndsAt(sentence, k - 1) || OpensSubjectAfterOpeningPhrase(sentence, k) || OpensSubjectAfterAmongPhrase(sentence, k) ? k : -1;
            }
        }

        return -1;
    }

    // Whether a presentative phrase ends with the word at `last` ("there was", "il y avait": "y avait").
    private bool PresentativeEndsAt(IReadOnlyList<Token> sentence, int last)
    {
        if (last < 0 || !sentence[last].IsWord || !_cues.Words.PresentativeEnds.Contains(sentence[last].Span))
        {
            return false;
        }

        foreach (var phrase in _cues.Words.PresentativePhrases)
        {
            var first = last - phrase.Length + 1;
            if (first < 0)
            {
                continue;
            }

            var matches = true;
            for (var w = 0; w < phrase.Length && matches; w++)
            {
                var token = sentence[first + w];
                matches = token.IsWord && token.Span.Equals(phrase[w].AsSpan(), StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
