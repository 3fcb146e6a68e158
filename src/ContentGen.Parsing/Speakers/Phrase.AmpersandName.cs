using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Der Patientenverband Lunge & Atmung mahnt …", "les analystes de la banque Nordahl & Vik", "het
// advocatenkantoor Brink & Voskuil": an ampersand between two capitalised words is written inside a
// firm's or a body's name, never between two people a sentence names apart (prose joins those with
// "and", "und", "et"). The run of a name stopped at the sign, which is no word, and gave the words on
// one side of it ("Lunge", "Vik"), a body the article never names, or a person's surname. The same
// sign in every language; a sign with a lower-case word or none on either side ("R & d", "& co.")
// stays outside the name.
internal sealed partial class Phrase
{
    // Whether the token at `i` is an ampersand with a capitalised word on each side.
    private static bool IsAmpersandInName(IReadOnlyList<Token> sentence, int i)
        => i > 0 && i + 1 < sentence.Count && sentence[i].IsMark('&')
        && sentence[i - 1].IsCapitalized && sentence[i + 1].IsCapitalized;
}
