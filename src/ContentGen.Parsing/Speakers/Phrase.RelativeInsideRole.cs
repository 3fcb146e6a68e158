using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, sagte der Ingenieur, der die Arbeiten leitete, Helmut Brandt.", "said the engineer, who led the
// works, Peter Alsop", "a expliqué l'ingénieur, qui a dirigé les travaux, Paul Girard": a relative clause
// set off by commas between a role and its holder's name describes the holder, and the name after the
// clause's closing comma is the role's, as it is when no clause stands between them. German always sets
// the clause off so; the other languages may. The clause must close on a lower-case word that is no
// person's noun: "said the director, who met the minister, Anna Berg" gives the name to the minister
// (NameAfterRole then reads no one), and a capital closing the clause may be someone whose apposition
// the name is.
internal sealed partial class Phrase
{
    // The longest relative clause read between a role and its holder's name, in words.
    private const int MaxRelativeInsideRoleWords = 10;

    // The closing comma of a relative clause opened at the comma `comma` (a lower-case relative
    // pronoun right after it), when only words stand between and the last is no capital and no person's noun
    // ("since 2004," closes it); -1 otherwise.
    private int RelativeInsideRoleEnd(IReadOnlyList<Token> sentence, int comma)
    {
        var pronoun = comma + 1;
        if (pronoun >= sentence.Count || !sentence[pronoun].IsLower || !IsRelativePronoun(sentence[pronoun]))
        {
            return -1;
        }

        for (var k = pronoun + 1; k < sentence.Count && k <= pronoun + MaxRelativeInsideRoleWords; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                var last = sentence[k - 1];
                return k > pronoun + 1 && last.IsWord && !last.IsCapitalized && !IsPersonNoun(last) && !AgentNouns.Is(_words, Elision.Tail(last.Span), out _) ? k : -1;
            }

            if (!token.IsWord)
            {
                return -1;
            }
        }

        return -1;
    }
}
