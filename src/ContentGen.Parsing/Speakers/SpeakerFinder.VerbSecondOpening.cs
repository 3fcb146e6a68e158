using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// The subject of a verb of saying after an opening phrase, where the finite verb stands second
// (German, Dutch): asked by the opening subject's sieve (SpeakerFinder.OpeningSubjectGoverns.cs).
internal sealed partial class SpeakerFinder
{
    // "In einem Brief an die Mitglieder schrieb er, die Stadt stehe „…“", "In een brief aan de raad
    // schrijft het college dat …": where the finite verb stands second, a phrase opened by a
    // preposition puts the subject right after the verb. Reading back from the verb would give the
    // phrase's last words. The verb must report and govern the quote (EndsPredicate).
    private Subject SubjectAfterOpeningPhrase(IReadOnlyList<Token> sentence, int quote)
    {
        var verb = 1;
        while (verb < quote && sentence[verb].IsWord && !_cues.IsReportingVerb(sentence[verb]))
        {
            verb++;
        }

        if (verb >= quote || !_cues.VerbAfterOpeningPhrase(sentence, verb))
        {
            return Subject.None;
        }

        var subject = _cues.ReadInverted(sentence, verb + 1);
        if (subject.Kind is not (SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Role or SubjectKind.Organisation) || subject.End > quote)
        {
            return Subject.None;
        }

        for (var k = subject.End; k < quote; k++)
        {
            if (EndsPredicate(sentence, k))
            {
                return Subject.None;
            }
        }

        return subject;
    }
}
