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

            if (!token.IsLower || !OpensReportedClause(sentence, link))
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

            // "que o seu avô dizia:": the article before a possessive adds nothing; the possessive opens the phrase.
            var opens = link + 2 < quote && _cues.Is(first, WordClass.Definite) && sentence[link + 2].IsLower && _cues.Is(sentence[link + 2], WordClass.Possessive) ? link + 2 : link + 1;
            var subject = _cues.Phrase.ReadForward(sentence, opens);
            if (subject.Kind is not (SubjectKind.Name or SubjectKind.Role))
            {
                return Subject.None;
            }

            var verb = _cues.Phrase.SkipFillers(sentence, subject.End);
            return (verb < quote - 1 && _cues.IsReportingVerb(sentence[verb])) || EndsOnReportingVerb(sentence, subject.End, quote) ? subject : Subject.None;
        }

        return Subject.None;
    }

    // A complementiser, or in Spanish and Portuguese, whose "que" the lexicon keeps among the
    // relative pronouns, the relative word right after a verb of saying: "recuerda que su abuelo
    // decía:", "conta que o encarregado garantiu:" ("la casa que su abuelo construyó" follows no such
    // verb). A relative that is also an article ("sagte der Bürgermeister") opens the verb's subject.
    private bool OpensReportedClause(IReadOnlyList<Token> sentence, int link)
        => _cues.Is(sentence[link], WordClass.Complementiser)
        || (_cues.IsReportingVerb(sentence[link - 1]) && _cues.Words.RelativePronouns.Contains(sentence[link].Span)
            && !_cues.Words.PersonRelativePronouns.Contains(sentence[link].Span) && !_cues.Is(sentence[link], WordClass.Definite));

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
