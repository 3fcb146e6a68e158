using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Zijn Duitse ambtgenote Friederike Lohmann koos …", "His German counterpart Anna Roe chose …", "Seine deutsche
// Amtskollegin Anna Roe wählte …": the noun for a person after an opening possessive may carry one describing word
// before it (a nationality, an age, a rank: "new", "jonge", "langjährige"). Dutch and English capitalise a nationality,
// so without this "Zijn Duitse" passed for a name and took the pronoun after it. The Romance languages put the
// describing word after the noun ("Son homologue allemande, Anne Roux,", "Su homóloga alemana, Ana Roca,"), read past
// in SpeakerFinder.PossessedSubject.cs as the noun's complement is when a comma sets the name off.
internal sealed partial class SpeakerFinder
{
    // The index of the noun for a person after an opening possessive and one describing word ("Zijn Duitse
    // ambtgenote"), or -1. A describing word is no function word, verb or noun for a person itself; it may be
    // capitalised only where nouns are not (a nationality: "Duitse", "German"), since German writes its noun so.
    private int PossessedNounPastDescribingWord(IReadOnlyList<Token> sentence)
    {
        var k = OpeningPossessive(sentence);
        if (k + 3 >= sentence.Count || !sentence[k].IsWord || !_cues.Is(sentence[k], WordClass.Possessive))
        {
            return -1;
        }

        var describing = sentence[k + 1];
        var noun = sentence[k + 2];
        if (!describing.IsWord || (describing.IsCapitalized && _cues.Words.CapitalisesNouns) || !IsDescribingWord(describing)
            || !noun.IsWord || !(noun.IsLower || _cues.Words.CapitalisesNouns) || !IsNounForAPerson(noun))
        {
            return -1;
        }

        return k + 2;
    }

    // Where the possessive opening the sentence stands: after an article ("La sua", "A sua") or first.
    private int OpeningPossessive(IReadOnlyList<Token> sentence)
        => sentence.Count > 1 && _cues.Is(sentence[0], WordClass.Definite) && _cues.Is(sentence[1], WordClass.Possessive) ? 1 : 0;

    // "allemande" in "Son homologue allemande, Anne Roux, a …": one describing word after the noun, where the language
    // puts its adjectives after it, before the name set off by a comma. Only so: a word between the noun and a name with
    // no comma may be the verb ("Son homologue salue Anne Roux", "His counterpart met Anna Roe"), whose object the name
    // is. Returns the comma's index, or `after` unchanged.
    private int PastDescribingWordBeforeName(IReadOnlyList<Token> sentence, int after)
    {
        return !_cues.Words.CapitalisesNouns && after + 2 < sentence.Count && sentence[after].IsWord && sentence[after].IsLower
            && sentence[after + 1].Kind == TokenKind.Comma && sentence[after + 2].IsCapitalized && IsDescribingWord(sentence[after])
                ? after + 1
                : after;
    }

    // No function word, copula, verb of saying or noun for a person: what may describe a person's noun. Nor a word with
    // an elided article or preposition ("Son maître d'apprentissage, X,"): the noun's complement, whose own noun the name
    // after it may not be.
    private bool IsDescribingWord(Token word)
        => !Elision.TrySplit(word.Span, out _, out _) && !_cues.Is(word, WordClass.Preposition | WordClass.Article | WordClass.Coordinator | WordClass.Pronoun
                | WordClass.Possessive | WordClass.Copula | WordClass.Reporting | WordClass.Complementiser)
            && !_cues.IsReportingVerb(word) && !_cues.Words.RelativePronouns.Contains(word.Span) && !IsNounForAPerson(word);
}
