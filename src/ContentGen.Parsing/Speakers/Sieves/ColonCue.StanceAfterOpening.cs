using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Beim Hinausgehen gab sich X trotzdem zuversichtlich: „…“", "Na afloop toonde Y zich tevreden:
// '…'": a reflexive verb of stance after an opening phrase, its verb second, its subject right
// after the verb and its reflexive. The phrase's nouns ("Hinausgehen") are no subject, though the
// clause reading would take the capitalised noun before the verb for one.
internal sealed partial class ColonCue
{
    private Subject StanceAfterOpeningConstituent(IReadOnlyList<Token> sentence, int quote)
    {
        if (!_cues.Words.VerbSecond)
        {
            return Subject.None;
        }

        for (var verb = 1; verb < quote - 2; verb++)
        {
            if (sentence[verb].IsLower && _cues.Words.StanceVerbs.Contains(sentence[verb].Span))
            {
                return _cues.OpensBeforeSecondVerb(sentence, verb) && _cues.ReflexiveStanceSubject(sentence, verb, verb, mayDrop: false) is { IsFound: true } subject
                    && subject.End < quote
                    ? subject
                    : Subject.None;
            }
        }

        return Subject.None;
    }
}
