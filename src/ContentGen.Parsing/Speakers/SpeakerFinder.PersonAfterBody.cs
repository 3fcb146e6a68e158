using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A Conservas X, a última fábrica da vila, … “…”, lê-se no documento. ¶ À porta da fábrica, ao
// fim da tarde, Fernanda Lopes, 52 anos, … não queria acreditar. “Entrei aqui …”": a sentence with
// no quote that names a person in full, after an organisation's words, ends the organisation's turn,
// wherever in the sentence the person stands (past an opening phrase, or set off by an age). A
// body's words do not go on in a person's mouth: the quote after is the person's or no one's. Only
// a body the article names as one (an organisation's word in or before its name): a person the
// cast took for an organisation keeps their turn.
internal sealed partial class SpeakerFinder
{
    private void EndBodysTurnAtPerson(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || _state.OtherSubjectSinceQuoted || _state.LastQuoted is not { } body || !_cast.IsNamedAsBody(body))
        {
            return;
        }

        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (sentence[i].IsCapitalized && (i == 0 || !sentence[i - 1].IsCapitalized) && sentence[i + 1].IsCapitalized
                && FullPersonNamedAt(sentence, i) is { } person && !_cast.IsOrganisation(person)
                && !string.Equals(person, body, StringComparison.Ordinal))
            {
                _state.OtherSubjectSinceQuoted = true;
                return;
            }
        }
    }
}
