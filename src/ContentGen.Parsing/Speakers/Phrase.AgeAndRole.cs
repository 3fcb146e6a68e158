using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "the 47-year-old director said", "der 54-jährige Landwirt sagte": an age and a trade describe
// someone the article named, as the age alone does ("the 47-year-old said"). The trade is not
// matched against the person's roles: the age already says it is someone known.
internal sealed partial class Phrase
{
    // The index after a role noun at `next`, right after an age; `next` itself when none stands there.
    private int TradeAfterAge(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && sentence[next].IsWord && IsRoleNoun(sentence[next]) ? next + 1 : next;
}
