using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "the 47-year-old director said", "der 54-jährige Landwirt sagte": an age and a trade describe
// someone the article named, as the age alone does ("the 47-year-old said"). The trade is not
// matched against the person's roles: the age already says it is someone known.
//
// After an indefinite article the age describes someone new ("said a 19-year-old student",
// "sagt ein 19-jähriger Besucher", "zegt een 19-jarige bezoeker"): the person's noun after the age
// is then the subject, given by that noun as any unnamed person is (docs/speakers.md, someone
// unnamed). An age alone ("said a 19-year-old") or a spokesman after it gives the age, as before.
internal sealed partial class Phrase
{
    // The index of the person's noun at `next`, right after an age an indefinite article brought
    // in, or -1: someone ordinary, a trade or a role, never a spokesman or an official.
    private int PersonNounAfterIndefiniteAge(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && sentence[next].IsWord && (sentence[next].IsLower || _words.CapitalisesNouns) && !IsSpokesNoun(sentence[next])
            && (_words.PeopleNouns.Contains(sentence[next].Span) || IsRoleNoun(sentence[next])) ? next : -1;

    // The index after a role noun at `next`, right after an age; `next` itself when none stands there.
    private int TradeAfterAge(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && sentence[next].IsWord && IsRoleNoun(sentence[next]) ? next + 1 : next;
}
