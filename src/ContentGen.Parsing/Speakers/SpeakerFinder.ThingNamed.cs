using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Sein Hund heißt Bruno.", "Ihr Hof heißt Sonnenhof Lindenberg.", "Zijn kotter heet Greta Louise.": a sentence opened
// by a possessive or an article and a noun that is no person's (a boat, a dog, a farm, a shop), whose verb gives that
// thing's name. German "heißen" reports too ("Darin heißt es"), so the name after it read as the inverted subject of
// a reporting verb, and "Ihr Hof", capitalised as German writes nouns, as a name opening the sentence: the next "sagt
// er" went to the boat or the farm. The thing is no one: the sentence names no speaker, and the person quoted before
// stays whom the pronoun means. A noun for a person ("Seine Tochter heißt …", "Il figlio si chiama …") names someone,
// and is left to the readers of subjects; so is a name given with no opening noun ("Er heißt Lukas Tanner",
// SpeakerFinder.NamingVerbNewcomer.cs).
internal sealed partial class SpeakerFinder
{
    // "Der alte Kutter", "Il suo vecchio cavallo": the words of the opening noun phrase before the naming verb.
    private const int MaxThingPhraseWords = 4;

    // The index of the naming verb of a sentence that names a thing, or -1.
    private int ThingNamingVerb(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Possessive | WordClass.Definite))
        {
            return -1;
        }

        for (var k = 1; k < sentence.Count - 1 && k <= MaxThingPhraseWords; k++)
        {
            var word = sentence[k];
            if (!word.IsWord)
            {
                return -1;
            }

            // A noun for a person anywhere in the phrase ("Seine Tochter", "La sua vicina") names someone.
            if (IsNounForAPerson(word))
            {
                return -1;
            }

            // "heißt", "chama-se", "s'appelle", "si chiama": the naming verb after the noun phrase, its name capitalised.
            if (k >= 2 && word.IsLower && NameAfterNamingVerb(sentence, k, verbAlone: true) is var name and >= 0)
            {
                return name < sentence.Count && sentence[name].IsCapitalized ? name - 1 : -1;
            }
        }

        return -1;
    }
}
