using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Among the swimmers was a retired fisherman who … '…,' he said.", "Entre los participantes caminaba un
// viudo de 71 años con … «…», cuenta.", "Parmi les marcheurs figurait une mère qui … « … », dit-elle.": the
// writer brings someone unnamed in as one of a group, the group first and the person after the verb. The
// indefinite is the subject, inverted after the phrase of being among, so it is the introduction
// SpeakerFinder.UnnamedBroughtIn.cs reads ("A fisherman who …"), with its guards (a people noun, no quote, no
// one named after the article); this file only says that the article stands where the subject does. Before,
// English had no such presentative and gave the quote after to the person quoted before; Spanish, French and
// Italian read it only after the few presentatives (estaba, se trouvait, c'era), and not with a people noun
// that no relative clause follows. German and Dutch put the verb second, where SpeakerFinder.UnnamedAfterOpeningPhrase.cs
// reads it already. Not read: a comma after the opening phrase ("Among the swimmers, the coxswain saw a …": the
// phrase is set off and a subject of its own follows), a pronoun or a capital before the verb other than the
// preposition's own object ("Among them he was a …", "Among the swimmers Tom was a …"), a verb not in the
// lexicons' short list of being, standing and walking (after a transitive verb the indefinite is an object:
// "Entre ellos saludó a un vecino", "Tra i clienti ha incontrato un vicino").
internal sealed partial class SpeakerFinder
{
    // The index of the first indefinite article in the sentence's first words when it is the subject inverted
    // after a phrase of being among a group, or -1 (SpeakerFinder.UnnamedWitness.cs: a role's noun too ends the
    // turn of the one quoted before, as "A retired fisherman who …" does).
    private int ArticleAfterAmongPhrase(IReadOnlyList<Token> sentence)
    {
        if (!_cues.Words.AmongPrepositions.Contains(sentence[0].Span))
        {
            return -1;
        }

        var limit = Math.Min(sentence.Count - 2, MaxWordsBeforePresentedArticle);
        for (var k = 2; k <= limit; k++)
        {
            if (sentence[k].IsWord && sentence[k].IsLower && _cues.Is(sentence[k], WordClass.Indefinite))
            {
                return OpensSubjectAfterAmongPhrase(sentence, k) ? k : -1;
            }
        }

        return -1;
    }

    // Whether the indefinite at `article` is the subject inverted after a sentence-opening phrase of being among
    // a group and one of the verbs that present it.
    private bool OpensSubjectAfterAmongPhrase(IReadOnlyList<Token> sentence, int article)
    {
        var words = _cues.Words;
        var verb = article - 1;
        if (verb < 2 || !sentence[0].IsWord || !words.AmongPrepositions.Contains(sentence[0].Span)
            || !sentence[verb].IsWord || !sentence[verb].IsLower || !words.AmongVerbs.Contains(sentence[verb].Span))
        {
            return false;
        }

        // The phrase's own words: lower case, no comma, and a pronoun only as the preposition's object ("Among them").
        for (var k = 1; k < verb; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || !token.IsLower || (k > 1 && _cues.Is(token, WordClass.Pronoun)))
            {
                return false;
            }
        }

        return true;
    }
}
