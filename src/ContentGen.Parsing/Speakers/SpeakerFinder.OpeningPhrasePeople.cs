using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Zum Antrag von Stadtrat X, die Steuer zu senken, sagte sie: „…“": a name inside the phrase that
// opens a verb-second clause before its verb of saying is that phrase's object, no opening subject;
// the pronoun after the verb means the person before, not X.
internal sealed partial class SpeakerFinder
{
    private bool IsInVerbSecondOpeningPhrase(IReadOnlyList<Token> sentence, int first)
    {
        if (!_cues.Words.VerbSecond)
        {
            return false;
        }

        for (var verb = first + 1; verb < sentence.Count && verb <= Cues.MaxReach; verb++)
        {
            if (_cues.IsReportingVerb(sentence[verb]))
            {
                // "Im Rat lobte man Bürgermeister X": a verb whose object is a person is read as before.
                return !_cues.Words.PersonObjectVerbs.Contains(sentence[verb].Span) && _cues.OpensBeforeSecondVerb(sentence, verb);
            }
        }

        return false;
    }
}
