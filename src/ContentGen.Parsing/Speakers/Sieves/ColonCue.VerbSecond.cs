using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A colon after a German or Dutch main clause that a phrase opens before its finite verb: "Auf
/// Instagram schrieb X:", "Auf die Frage, ob …, antwortete X knapp:", "Met trillende stem zei hij:".
/// The subject stands right after the verb, and the clause goes on to the colon with adverbs and
/// objects only ("knapp", "der Zeitung", "noch etwas"): no comma, no second clause.
/// </summary>
internal sealed partial class ColonCue
{
    // "antwortete X ausweichend:", "sagte X den Reportern in Berlin:": the middle field after the subject.
    private const int MaxWordsAfterInvertedSubject = 5;

    private Subject SubjectAfterOpeningConstituent(IReadOnlyList<Token> sentence, int quote)
    {
        if (!_cues.Words.VerbSecond)
        {
            return Subject.None;
        }

        // The first verb of saying, after the opening phrase (one word when it is a day: "Maandag
        // zei X:"); a verb inside it (in its dependent clause) is passed by.
        var verb = 1;
        while (verb < quote - 2 && !(_cues.IsReportingVerb(sentence[verb]) && _cues.VerbAfterOpeningPhrase(sentence, verb)))
        {
            verb++;
        }

        // "lobte der Stadtrat X:" may praise X; whom "told" names after it listens.
        if (verb >= quote - 2 || _cues.IsListenerOnly(sentence[verb]) || _cues.Words.PersonObjectVerbs.Contains(sentence[verb].Span))
        {
            return Subject.None;
        }

        var subject = _cues.ReadInverted(sentence, verb + 1);
        if (subject.Kind is not (SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Role) || subject.End > quote - 1
            || quote - 1 - subject.End > MaxWordsAfterInvertedSubject)
        {
            return Subject.None;
        }

        for (var k = subject.End; k < quote - 1; k++)
        {
            if (!sentence[k].IsWord || _cues.IsReportingVerb(sentence[k]))
            {
                return Subject.None;
            }
        }

        return subject;
    }
}
