using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», lamenta el ingeniero, que calcula que …", "„…“, sagte die Ingenieurin, die seit Jahren …", "«…», ha
// detto l'ingegnere, che …", "« … », a expliqué l'ingénieure, qui …": a relative clause after an epithet at the cue
// describes the person the epithet means; the epithet still ends the phrase, as it does before a full stop.
internal sealed partial class Phrase
{
    // Whether a comma and a relative pronoun follow the noun at `noun`. Not when the clause closes
    // on a comma before a capital: "sagte die Ingenieurin, die die Arbeiten leitete, Eva Brandt" names
    // the epithet's holder after it (Phrase.RelativeInsideRole.cs).
    private bool IsRelativeClauseAfter(IReadOnlyList<Token> sentence, int noun)
        => noun + 2 < sentence.Count && sentence[noun + 1].Kind == TokenKind.Comma && sentence[noun + 2].IsLower && IsRelativePronoun(sentence[noun + 2])
        && !(RelativeInsideRoleEnd(sentence, noun + 1) is var end and > 0 && end + 1 < sentence.Count && sentence[end + 1].IsCapitalized);
}
