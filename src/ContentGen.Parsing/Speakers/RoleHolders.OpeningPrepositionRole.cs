using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Para a presidente da câmara, Filomena Rebordão, «…»", "Per la sindaca, Carla Ferri, …": a
// preposition that opens the sentence frames the phrase whose head is the role; the role is no
// one's complement there, as it is in "O marido da prefeita, Rui Pestana," where a link before
// the article makes the role another person's. So a gendered role after a sentence-opening
// preposition and its article shows the gender of the name set off after it, as it does at a
// phrase's opening. A linking preposition ("de", "of") is still read as a link.
internal sealed partial class RoleHolders
{
    private bool OpeningPrepositionFrames(IReadOnlyList<Token> sentence, int role)
        => role == 2 && sentence[0].IsWord && _cues.Is(sentence[0], WordClass.Preposition)
            && !_cues.Is(sentence[0], WordClass.EmployerLink | WordClass.NameJoiner);
}
