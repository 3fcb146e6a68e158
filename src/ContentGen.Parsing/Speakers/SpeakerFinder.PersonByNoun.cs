using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A sentence whose subject is someone's relative or fellow, given by a possessive and a person's
// noun the cast cannot name: "His daughter stood beside him.", "Zijn dochter Marieke stond naast
// hem.", "Après l'audience, sa fille a pris la parole." A possessive says the person is someone
// other than the one it points back to, and a pronoun or dropped subject after the sentence most
// likely means that newcomer: the one named before is no safe guess, so no one is given
// (precision first), and a quote with no cue no longer goes on with the last speaker. A definite
// article is left alone: "The chancellor …", "la jeune femme …" are mostly epithets of the person
// in focus. Italian and Portuguese put an article before the possessive ("la sua figlia", "a sua
// filha") and keep no list of these, so they are not read here.
internal sealed partial class SpeakerFinder
{
    // "la jeune femme", "his elder daughter": describing words between the determiner and the noun.
    private const int MaxWordsBeforePersonsNoun = 2;

    // "Zijn dochter Marieke": a first name, or two, set after the noun with no comma.
    private const int MaxNameWordsAfterPersonsNoun = 2;

    // Only right before a sentence that may quote: "Zijn vrouw Ineke deed de keuken. Maar niemand wil
    // het café overnemen. ‘…,’ zegt hij" goes back, past a sentence about no one, to the person the
    // paragraph is about.
    private void EndTurnAtPersonByNoun(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool nextMayQuote)
    {
        if (nextMayQuote && sentenceSpeaker is null && named is null && OpensWithPersonByNoun(sentence))
        {
            _state.Mentioned(null);
            _state.OtherSubjectSinceQuoted = true;
        }
    }

    // A possessive, at most two describing words, a person's noun (a role,
    // a profession, someone ordinary: the lexicons' PeopleNouns), at most two capitalised words
    // (a first name), then a lower-case word that is no link, article, conjunction or relative
    // pronoun: the verb of the person's sentence. "La directrice du projet, …" is a role and its
    // complement, which the rules for roles read.
    private bool OpensWithPersonByNoun(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3)
        {
            return false;
        }

        var start = AfterOpeningPhrases(sentence, WordClass.None);
        if (start < 0 || start + 2 >= sentence.Count || !sentence[start].IsWord || !_cues.Words.Possessives.Contains(sentence[start].Span))
        {
            return false;
        }

        var noun = start + 1;
        while (noun < sentence.Count && noun <= start + MaxWordsBeforePersonsNoun && sentence[noun].IsWord
            && !IsUnnamedPersonsNoun(sentence[noun]) && IsDescribingWord(sentence, noun))
        {
            noun++;
        }

        if (noun >= sentence.Count || !sentence[noun].IsWord || !IsUnnamedPersonsNoun(sentence[noun]))
        {
            return false;
        }

        var verb = noun + 1;
        while (verb < sentence.Count && verb <= noun + MaxNameWordsAfterPersonsNoun && sentence[verb].IsCapitalized)
        {
            verb++;
        }

        if (verb >= sentence.Count)
        {
            return false;
        }

        var word = sentence[verb];
        return word.IsWord && word.IsLower && !IsComplementLink(word) && !_cues.Words.Prepositions.Contains(word.Span)
            && !_cues.Words.RelativePronouns.Contains(word.Span) && !_cues.Words.Pronouns.Contains(word.Span)
            && !_cues.Is(word, WordClass.Definite | WordClass.Indefinite | WordClass.Coordinator | WordClass.Preposition);
    }
}
