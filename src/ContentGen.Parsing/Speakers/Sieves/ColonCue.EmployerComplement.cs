using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "… la biologa Chiara Neri, della Stazione di biologia marina di Y: «…»", "… Marta Ríos, de la Estación
// de …:", "… Rui Matos, da Estação de …:", "… Jane Holt, of the Station for Coastal Ecology in Kelby, put it
// simply:": after a comma, a link to an employer (SpeechWords.EmployerLinks: "of", "della", "de", "da",
// "van", "von") opens the complement that says where the name before works. It opens no clause and has no
// subject: the clause reading took its capitalised head for a described name ("Stazione", "Estación",
// "Station for Coastal Ecology"), a body's word no lexicon lists, and gave it the quote and every pronoun
// after (issue 10, session 64). A clause's subject never opens on such a link, so the reading passes over
// this start and goes on to the clause before the comma, as after an appositive closed by a comma.
internal sealed partial class ColonCue
{
    private bool OpensOnEmployerComplement(IReadOnlyList<Token> sentence, int start)
        => start > 0 && sentence[start - 1].Kind == TokenKind.Comma
        && sentence[start].IsWord && sentence[start].IsLower && _cues.Is(sentence[start], WordClass.EmployerLink);
}
