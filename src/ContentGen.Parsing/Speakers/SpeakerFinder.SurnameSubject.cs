using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Hennig schließt nicht aus, dass die Gebühr sinkt. „…“, sagte er.": a sentence with no quote that
// opens on the surname alone of someone the article named in full makes that person its subject,
// and the one a later pronoun means, as a full name there would. Without this the surname set only
// the sentence's subject, and "er" went back past it to whoever was made salient last, the person
// quoted in the paragraph before, who may be someone else entirely. The person is the one full name
// the article gives with that surname (IntroducedBySurname); with none or several, no one is made
// salient, so the pronoun is left unread rather than given to the speaker before.
internal sealed partial class SpeakerFinder
{
    private void NoteSurnameSubject(IReadOnlyList<Token> sentence, string opening)
    {
        // Only the sentence's first word: a surname read after an opening phrase or a reporting clause
        // ("But he said Mr Blair had lost …") is no subject of the sentence's own.
        if (opening.IndexOf(' ') < 0 && sentence.Count > 1 && sentence[0].IsWord && sentence[0].Text == opening
            && IntroducedBySurname(sentence) is { } surname && surname == opening)
        {
            _state.Mentioned(_plausibility.FullNameOf(surname));
        }
    }
}
