using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "L'avocate juge la décision « … »", "L'assessora definisce la decisione «…»": a definite article
// elided into a role makes one token of them, and opening the sentence it is capitalised. Read back
// from the verb as a run of capitals, it was a name of one word no one bears, and the quote went to
// no one; "Lundi, l'avocate juge …" was the role's. Capitalised at the sentence's start only, the
// token is the article and its role, as the forward reading takes "L'ingegnere della Provincia".
// A name the article opens ("L'Aquila") keeps its capital after the apostrophe, and is no role.
internal sealed partial class Phrase
{
    // The role at `at`, the sentence's first word, as `RoleBefore` reads it written in lower case;
    // None when the word is no elided definite article and lower-case role noun.
    private Subject ElidedOpeningRole(IReadOnlyList<Token> sentence, int at, int verb)
    {
        var word = sentence[at];
        if (at != 0 || !word.IsCapitalized || !Elision.TrySplit(word.Span, out var head, out var noun)
            || noun.Length == 0 || !char.IsLower(noun[0]) || !_words.Definites.Contains(head) || !IsRoleNoun(word.Span))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Role, word.Text.ToLowerInvariant(), verb, complement: ComplementOf(sentence, at));
    }
}
