using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Ob das Werk wieder öffnet, wollte Kranz nicht sagen.", "Of de fabriek weer opengaat, wilde Kranz
// niet zeggen.": where the finite verb stands second, a dependent clause can fill the first place, and
// the verb then stands right after the clause's comma, with the subject right after it. That subject
// is whom a quote with no cue after the sentence means, and it ends the last speaker's turn; before,
// the clause hid it and the quote went on with whoever was quoted before, someone else.
// Stops: a clause that opens on no word of its kind ("ob", "wie", "of", "hoe", "nachdem", ...), a
// clause holding anything but words (a quote, a second comma: an appositive), a word after the comma
// that opens a noun (an article, a pronoun, a preposition, "dass"), and a subject that is not the
// article's person named in full or by that person's surname. A clause that reports ("Wie die Polizei
// sagte, soll Berg …", "Zoals Kranz zei, …") gives its source, who speaks next as likely as the
// subject: no one (a separable verb joined in the clause, "mitteilte", is no verb of saying the
// lexicons know yet). A passive auxiliary after the comma ("…, wurde Berg verletzt", "…, werd Kranz gewond")
// makes the subject one the act befell, no speaker: no one.
internal sealed partial class SpeakerFinder
{
    // "Ob die Taten mit einer ähnlichen Serie im benachbarten Ort zusammenhängen,": a longer run is
    // rarely one clause.
    private const int MaxOpeningClauseTokens = 16;

    // The subject after the clause is whom a later pronoun means too ("…“, sagte sie."), as a subject
    // opening its sentence is; a sentence with a quote of its own has its speaker.
    private void TrackSubjectAfterOpeningClause(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is null && AfterOpeningClauseAndVerb(sentence) is { IsFound: true } subject)
        {
            _state.Mentioned(subject.Text);
        }
    }

    private Subject AfterOpeningClauseAndVerb(IReadOnlyList<Token> sentence)
    {
        // The cheap look first: most sentences open on no subordinating word.
        if (!_cues.Words.VerbSecond || sentence.Count < 6 || !sentence[0].IsCapitalized
            || !(_cues.Words.DependentClauseOpeners.Contains(sentence[0].Span) || _cues.Words.Subordinators.Contains(sentence[0].Span)))
        {
            return Subject.None;
        }

        var comma = 1;
        while (comma < sentence.Count && comma <= MaxOpeningClauseTokens && sentence[comma].IsWord)
        {
            comma++;
        }

        var verb = comma + 1;
        if (comma < 3 || verb + 1 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || !sentence[verb].IsLower
            || _cues.Is(sentence[verb], WordClass.Article | WordClass.Pronoun | WordClass.Possessive | WordClass.Preposition | WordClass.Coordinator)
            || _cues.Words.DependentClauseOpeners.Contains(sentence[verb].Span) || _cues.Words.Subordinators.Contains(sentence[verb].Span))
        {
            return Subject.None;
        }

        if (_cues.Words.ClausePassiveAuxiliaries.Contains(sentence[verb].Span) || ClauseReports(sentence, comma))
        {
            return Subject.None;
        }

        var start = _cues.Phrase.SkipFillers(sentence, verb + 1);
        if (start >= sentence.Count || !sentence[start].IsCapitalized)
        {
            return Subject.None;
        }

        var subject = _cues.Phrase.ReadForward(sentence, start);
        return subject.Kind == SubjectKind.Name && !subject.IsOrganisation && _names.Complete(subject.Text) is { } name
            && name.IndexOf(' ') > 0 && IsPersonNamed(name) && !_cast.IsOrganisation(name)
            ? new Subject(SubjectKind.Name, name, subject.End)
            : Subject.None;
    }

    // Whether a word of the opening clause (at most MaxOpeningClauseTokens) is a verb of saying: "Wie die Polizei mitteilte".
    private bool ClauseReports(IReadOnlyList<Token> sentence, int comma)
    {
        for (var k = 1; k < comma; k++)
        {
            if (_cues.IsReportingVerb(sentence[k]))
            {
                return true;
            }
        }

        return false;
    }
}
