using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Na primeira fila estava Custódia, antiga colega das salinas.", "En la primera fila estaba
// Custodia, una vieja compañera de las salinas.", "In prima fila c'era Concetta, vecchia collega
// delle saline.": the apposition that says a first name alone is a person's may put a describing
// word (former, old, young) before its noun for a person, as it may put an article. Without this
// the name was no newcomer, and the next quote with no cue went back to the speaker before.
internal sealed partial class SpeakerFinder
{
    // The noun for a person at `at + 1` past one lower-case describing word at `at`: no function
    // word (article, preposition, conjunction, pronoun, relative pronoun), copula or reporting verb.
    // Not in a language that capitalises its nouns, whose describing words are the lower-case ones
    // before a capitalised noun and read as such by the rules for names.
    private bool IsPersonNounPastDescribingWord(IReadOnlyList<Token> sentence, int at)
    {
        if (_cues.Words.CapitalisesNouns || at + 1 >= sentence.Count || !sentence[at].IsWord || !sentence[at].IsLower
            || !sentence[at + 1].IsWord || !sentence[at + 1].IsLower)
        {
            return false;
        }

        var word = sentence[at];
        return !_cues.Is(word, WordClass.Preposition | WordClass.Article | WordClass.Coordinator | WordClass.Pronoun
                | WordClass.Possessive | WordClass.Copula | WordClass.Reporting | WordClass.Complementiser)
            && !_cues.Words.RelativePronouns.Contains(word.Span)
            && IsNounForAPerson(sentence[at + 1]);
    }
}
