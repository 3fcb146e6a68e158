using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A su lado, su padre, Eladio Sotillo, corta cuñas. … «…», bromeó el padre.", "« … », a confié la
// veuve.", "\"…,\" joked the father.": a family tie after a definite article, ending the cue, is how
// reporters call a relative they named with that tie; it means that person, as "his son said"
// does (the lexicons make every tie a role only the person the article gave it holds: see
// Phrase.KinTie.cs and RoleHolders.Read). Read as a role that is no epithet, so a tie the article
// gave no one names no one, never the person in focus (most often the relative the tie is counted
// from). Stops: a tie that is also the everyday word for anyone ("dijo la mujer", "a dit la
// femme": LooseKinNouns); a name, a complement or a verb after the noun ("el padre de Irene",
// "el padre Ángel") leaves the phrase to the other readings; nouns capitalised as every German
// noun is are not read here.
internal sealed partial class Phrase
{
    // Where a definite article and a family tie end the phrase, as after an inverted cue; else -1.
    private int KinEpithetEnd(IReadOnlyList<Token> sentence, int start)
    {
        var word = sentence[start];
        if (!word.IsWord || !word.IsLower)
        {
            return -1;
        }

        int noun;
        if (Elision.TrySplit(word.Span, out var head, out var tail))
        {
            if (!_words.Definites.Contains(head) || !IsCueTie(tail))
            {
                return -1;
            }

            noun = start;
        }
        else if (start + 1 < sentence.Count && sentence[start + 1].IsWord && sentence[start + 1].IsLower && IsCueTie(sentence[start + 1].Span)
            && (IsDefinite(word) || (Is(word, WordClass.Definite) && _words.FemaleKinNouns.Contains(sentence[start + 1].Span))))
        {
            // "a mãe": the Portuguese article is indefinite in English, read where the language is unknown.
            noun = start + 1;
        }
        else
        {
            return -1;
        }

        return EpithetEnd(sentence, noun);
    }

    private bool IsCueTie(ReadOnlySpan<char> noun)
        => (_words.MaleKinNouns.Contains(noun) || _words.FemaleKinNouns.Contains(noun)) && !_words.LooseKinNouns.Contains(noun);
}
