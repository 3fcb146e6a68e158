using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La Asociación de Vecinos de Lomar (AVL) ha abierto …", "De Vereniging Bewoners Lomar (VBL) heeft
// …", "A Associação de Moradores de Lomar (AML) abriu …": an acronym alone in brackets right after a
// body's name that opens the sentence is the body's short name, an aside: the verb after the brackets
// is still the body's. Before, the bracket ended the opening subject, the body was never the
// sentence's subject, and a later "dijo la asociación" meant no one (a person's party in brackets is
// Phrase.BracketedAffiliation.cs's).
// Stops: only one word in capitals in the brackets ("(en funciones)", "(Lomar Norte)" are no short
// name), and the closing bracket right after it.
internal sealed partial class Phrase
{
    /// <summary>
    /// The token after the brackets when an acronym alone in brackets opens at <paramref name="open"/>
    /// (right after a body's name); <paramref name="open"/> itself otherwise.
    /// </summary>
    private static int AfterBracketedShortName(IReadOnlyList<Token> sentence, int open)
        => open + 2 < sentence.Count && IsOpeningBracket(sentence[open]) && IsAcronym(sentence[open + 1]) && IsClosingBracket(sentence[open + 2])
            ? open + 3
            : open;
}
