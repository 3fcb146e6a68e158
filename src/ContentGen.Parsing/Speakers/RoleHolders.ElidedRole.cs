using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "l'avocate Marie Vernet", "L'assessora allo sport, Maria Neri,": a definite article elided into
// the role makes one token of them, which no word list holds. The holder after it went unrecorded,
// and "l'avocate" later meant whoever was in focus, not the one the article gave the role to.
// The token is read as its role noun, in lower case, or capitalised when it opens the sentence.
internal sealed partial class RoleHolders
{
    // Whether the token at `i` is a definite article elided into a lower-case role noun.
    private bool IsElidedRole(IReadOnlyList<Token> sentence, int i)
    {
        var token = sentence[i];
        return (token.IsLower || (i == 0 && token.IsCapitalized)) && Elision.TrySplit(token.Span, out var head, out var noun)
            && noun.Length > 0 && char.IsLower(noun[0]) && _cues.Words.Definites.Contains(head) && _cues.Words.RoleNouns.Contains(noun);
    }
}
