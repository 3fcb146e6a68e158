using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

internal sealed partial class ColonCue
{
    // "The Sunday Courier reports that Vale told a magazine:", "Le journal rapporte que Morel a
    // déclaré :", "informa que Vale dijo a una revista:", "berichtet, dass Vale einer Zeitschrift
    // sagte:", "She recalls that her grandfather always said:": a source passing words on is not their
    // speaker. The nearest clause a complementiser opens, with a subject of its own and a verb of
    // saying, names who spoke the quote after the colon. An inner clause that does not report
    // ("warned that Britain faced a crisis:") leaves the outer subject the speaker.
    private Subject ReportedTellerSubject(IReadOnlyList<Token> sentence, int quote)
    {
        for (var link = quote - 3; link >= 1 && link >= quote - 2 - MaxClauseTokens; link--)
        {
            // "Reminded that Ferguson called him a disgrace, Wenger added:": a clause closed by a
            // comma is an opening phrase; the main clause after it names the speaker.
            var token = sentence[link];
            if (token.Kind == TokenKind.Comma)
            {
                return Subject.None;
            }

            if (!token.IsLower || !_cues.Is(token, WordClass.Complementiser))
            {
                continue;
            }

            // "that her grandfather always said:", "que son père répétait :": someone the teller's
            // possessive ties to her, whose words she recalls, opens the clause as a name does.
            var first = sentence[link + 1];
            if (!first.IsWord || !(first.IsCapitalized || _cues.Is(first, WordClass.Definite) || (first.IsLower && _cues.Is(first, WordClass.Possessive))))
            {
                return Subject.None;
            }

            var subject = _cues.Phrase.ReadForward(sentence, link + 1);
            if (subject.Kind is not (SubjectKind.Name or SubjectKind.Role))
            {
                return Subject.None;
            }

            var verb = _cues.Phrase.SkipFillers(sentence, subject.End);
            return (verb < quote - 1 && _cues.IsReportingVerb(sentence[verb])) || EndsOnReportingVerb(sentence, subject.End, quote) ? subject : Subject.None;
        }

        return Subject.None;
    }

    // "dass Vale einer Zeitschrift sagte:", "dat Vale tegen een tijdschrift heeft gezegd:": German
    // and Dutch put a subordinate clause's verb last, after its objects; the verb of saying stands
    // before the colon, or before the perfect's auxiliary that closes the clause ("gesagt hat").
    private bool EndsOnReportingVerb(IReadOnlyList<Token> sentence, int subjectEnd, int quote)
    {
        if (!_cues.Words.VerbSecond)
        {
            return false;
        }

        var last = quote - 2;
        if (last > subjectEnd && sentence[last].IsLower && _cues.Words.PerfectAuxiliaries.Contains(sentence[last].Span))
        {
            last--;
        }

        return last >= subjectEnd && _cues.IsReportingVerb(sentence[last]);
    }
}
