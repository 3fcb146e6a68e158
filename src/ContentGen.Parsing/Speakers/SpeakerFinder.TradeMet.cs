using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// The other ways an article gives a named person a trade, which a later "sagt der Landwirt", "zegt de
// boer", "dijo el ingeniero", "said the farmer" means (SpeakerFinder.ProfessionHolders.cs):
// - set off after the name with no article, capitalised where every noun is: "Florian Wagenhuber,
//   Landwirt im Ortsteil Oberhaid, hat …";
// - as the next sentence's subject, pointing back at the person that sentence before made its
//   subject and named alone: "Sepp Attenberger steht in der Halle. Der Landwirt bewirtschaftet …",
//   "Tom Hale runs the farm. The farmer says …".
internal sealed partial class SpeakerFinder
{
    // "X, Landwirt im Ortsteil …": a capitalised trade right after a comma (NamedBeforeProfession
    // checks that a full name opens the sentence before that comma).
    private static bool IsSetOffTrade(IReadOnlyList<Token> sentence, int i)
        => i >= 3 && sentence[i - 1].Kind == TokenKind.Comma;

    // "Der Landwirt bewirtschaftet …": a definite article opening the sentence, the trade, then a
    // lower-case word (no name after the trade: that one is NamedAfterProfession's); the person is
    // the subject of the sentence just before, named in full and alone there, no organisation.
    private string? SubjectCalledByTrade(IReadOnlyList<Token> sentence, int noun)
    {
        if (noun != 1 || sentence.Count < 3 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite)
            || !sentence[2].IsWord || !sentence[2].IsLower
            || _state.LastSubjectSentence != _state.Sentence - 1 || !_lastSubjectAlone || _state.LastSubject is not { } person)
        {
            return null;
        }

        // "Die Architektin Katrin Vogel hat … geplant. Der Landwirt …": someone given another trade is not this one;
        // "El alcalde Pedro Gil visitó las obras. El ingeniero añadió: «…»": nor someone the article gave a role,
        // unless the trade is one a holder is called by ("La sindicalista", SpeechWords.HolderEpithets).
        return person.IndexOf(' ') > 0 && IsPersonNamed(person) && !_descriptions.Contains(person) && !_bodies.Contains(person)
            && !ProfessionGivenOther(person) && (!_roles.HoldsAnyRole(person, _complete) || IsHolderEpithet(sentence[noun].Text))
            ? person
            : null;
    }
}
