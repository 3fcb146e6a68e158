using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A sentence whose subject is a person given by a noun the cast cannot name: "His daughter
// stood beside him.", "Zijn dochter Marieke stond naast hem.", "Installée depuis dix ans, la jeune
// femme loue deux hectares." A pronoun or a dropped subject after it most likely means that person,
// so the one named before is no safe guess: no one is given (precision first), and a quote with no
// cue no longer goes on with the last speaker. A noun the cast resolves ("the minister" whose
// holder the article named, an epithet of the person in focus) is read as before.
internal sealed partial class SpeakerFinder
{
    // "la jeune femme", "his elder daughter": describing words between the determiner and the noun.
    private const int MaxWordsBeforePersonsNoun = 2;

    // "Zijn dochter Marieke": a first name, or two, set after the noun with no comma.
    private const int MaxNameWordsAfterPersonsNoun = 2;

    private void EndTurnAtPersonByNoun(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named)
    {
        if (sentenceSpeaker is null && named is null && OpensWithPersonByNoun(sentence))
        {
            _state.Mentioned(null);
            _state.OtherSubjectSinceQuoted = true;
        }
    }

    // A definite article or a possessive, at most two describing words, a person's noun (a role,
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

        var start = IsPersonsDeterminer(sentence[0]) ? 0 : AfterOpeningPhrases(sentence, WordClass.Definite);
        if (start < 0 || start + 2 >= sentence.Count || !IsPersonsDeterminer(sentence[start]))
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

    private bool IsPersonsDeterminer(Token token)
        => token.IsWord && (_cues.Is(token, WordClass.Definite) || _cues.Words.Possessives.Contains(token.Span));
}
