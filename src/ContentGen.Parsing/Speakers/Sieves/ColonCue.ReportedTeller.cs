using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

internal sealed partial class ColonCue
{
    // "The Sunday Courier reports that Vale told a magazine:", "Le journal rapporte que Morel a
    // déclaré :", "informa que Vale dijo a una revista:": a source passing words on is not their
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

            var first = sentence[link + 1];
            if (!first.IsWord || !(first.IsCapitalized || _cues.Is(first, WordClass.Definite)))
            {
                return Subject.None;
            }

            var subject = _cues.Phrase.ReadForward(sentence, link + 1);
            if (subject.Kind is not (SubjectKind.Name or SubjectKind.Role))
            {
                return Subject.None;
            }

            var verb = _cues.Phrase.SkipFillers(sentence, subject.End);
            return verb < quote - 1 && _cues.IsReportingVerb(sentence[verb]) ? subject : Subject.None;
        }

        return Subject.None;
    }
}
