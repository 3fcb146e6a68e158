using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Une habitante, Claire Dumas, a lu le message du maire : « … »", "Resident Jane Price read out
// the mayor's letter: "…"", "leyó la carta del alcalde: «…»": the quote after a colon is the text
// being read out, the words of whoever wrote it; the colon reading gave them to the reader. No one
// (the writer is often no one the cast holds, and a wrong speaker is worse than none). Only a verb
// of reading out (ReadAloudVerbs) with a text after it (ReadAloudTexts, DocumentNouns) and nothing
// but the text's words between it and the colon. Another clause stops the rule: a comma or a
// conjunction ("a lu le rapport et conclut :"), a verb of saying ("After she read the letter Jane
// Price told reporters:") or a subject pronoun ("nachdem sie las, sagte er") is the speaker's own
// clause; only a pronoun right after the reading verb is its inverted subject ("verlas sie den
// Brief:"). A verb of saying that is also a text ("das Schreiben") counts as the text only in
// capitals, as German writes its nouns; a participle that is also a noun (ReadAloudParticiples,
// Italian "letto", a bed) reads only after its auxiliary ("ha letto", not "dal suo letto
// d'ospedale"). Returns at once unless a colon stands before the quote.
internal sealed partial class SpeakerFinder
{
    // How many words may stand between the colon and the reading verb: "read out the Harbour
    // Trust's open letter".
    private const int MaxReadAloudWords = 8;

    private bool IsReadAloud(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || sentence[quote - 1].Kind != TokenKind.Colon || (_cues.Words.ReadAloudVerbs.Count == 0 && _cues.Words.ReadAloudParticiples.Count == 0))
        {
            return false;
        }

        var words = _cues.Words;
        var text = false;
        for (var at = quote - 2; at >= 0 && at >= quote - 1 - MaxReadAloudWords; at--)
        {
            var token = sentence[at];
            // A conjunction, but not an article of the same spelling (Portuguese "o").
            if (!token.IsWord || (words.Coordinators.Contains(token.Span) && !_cues.Is(token, WordClass.Article)))
            {
                return false;
            }

            if (IsReadingOutAt(sentence, at))
            {
                return text;
            }

            // "schreiben" is a verb of writing; "das Schreiben" is the letter.
            var isText = words.ReadAloudTexts.Contains(Elision.Tail(token.Span)) && !(token.IsLower && words.ReportingLemmas.Contains(token.Span));
            if (_cues.IsReportingVerb(token) && !isText)
            {
                return false;
            }

            if (token.IsLower && IsSubjectPronoun(token) && !(at > 0 && IsReadingOutAt(sentence, at - 1)))
            {
                return false;
            }

            text |= isText;
        }

        return false;
    }

    // A verb of reading out; a participle that is also a noun ("letto", a bed) only after its auxiliary ("ha letto").
    private bool IsReadingOutAt(IReadOnlyList<Token> sentence, int at)
    {
        var token = sentence[at];
        return token.IsLower && (_cues.Words.ReadAloudVerbs.Contains(token.Span)
            || (_cues.Words.ReadAloudParticiples.Contains(token.Span) && at > 0 && _cues.Words.PerfectAuxiliaries.Contains(sentence[at - 1].Span)));
    }

    private bool IsSubjectPronoun(Token token)
        => _cues.IsPronounOfOne(token) || _cues.Words.PluralPronouns.Contains(token.Span);
}
