using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Die Präfektur veröffentlichte eine Stellungnahme. Darin heißt es: „…“", "Anna Berg schrieb dem
// Bürgermeister einen Brief. Darin hieß es, sie wolle „…“", "De bond stuurde de raad een brief. Daarin
// staat dat de bond „…“ is": German and Dutch point back to a text by a pronominal adverb ("darin",
// "daarin": in it) opening the sentence, then read it impersonally ("heißt es", "staat"). The text is
// the one the sentence just before gave its subject to write or send, so its words are that
// subject's, a person's or a body's; ColonCue.OpeningDocument.cs reads a text named by its noun
// instead. So the sentence before must hold a verb of writing, sending or publishing (SpeechWords.
// TextSendingVerbs): "Die Polizei fand bei dem Mann einen Brief" gives the finder no words. Stops: no
// text's noun in the sentence before, or one whose owner is named after it ("einen Brief des
// Vereins"); a text inside a clause reported by a verb of saying ("Anna Berg sagte, der Verein habe
// einen Brief geschickt", "… zei dat de club een brief had gestuurd"), whose writer is the clause's
// subject, not the reporter; a subject that received or read the text ("erhielt", "ontving"); anything but
// the impersonal reading between the adverb and the colon, comma or "dat"; a verb of saying, a quote
// or a colon inside the reported clause, which then says whose words they are.
internal sealed partial class SpeakerFinder
{
    // The reported clause's words before its quote and after it: a clause, not a paragraph.
    private const int MaxPointedBackClauseTokens = 24;

    // "heißt es", "hieß es nun weiter", "staat": the reading's words after the adverb.
    private const int MaxPointedBackReadingTokens = 4;

    private string? TextPointedBack(IReadOnlyList<Token> sentence, int quote)
    {
        // Every quote without a speaker passes here: the sentence's first word is asked first, one lookup.
        if (quote < 3 || !sentence[0].IsWord || !_cues.Words.DocumentBackAdverbs.Contains(sentence[0].Span)
            || _sentenceBefore is not { } before || !ReadsImpersonallyUpTo(sentence, quote) || !WritesText(before))
        {
            return null;
        }

        // A person or body reported or made the subject just before; or a body opening that sentence
        // as its subject, which the discourse state keeps only when it reports.
        return (_state.ReporterJustBefore ? _state.LastReporter : _state.SubjectJustBefore ? _state.LastSubject : null) ?? SubjectOrganisation(before);
    }

    // "Darin heißt es:", "Darin hieß es, man sei „…“", "Daarin staat dat het plan „…“ is".
    private bool ReadsImpersonallyUpTo(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        var k = 1;
        var verbs = 0;
        while (k < quote && k <= MaxPointedBackReadingTokens && sentence[k].IsWord && sentence[k].IsLower && !_cues.IsThatWord(sentence[k]))
        {
            var token = sentence[k];
            if (words.ImpersonalReadings.Contains(token.Span) || _cues.IsReportingVerb(token))
            {
                verbs++;
            }
            else if (!(_cues.IsImpersonalSubjectAt(sentence, k) || words.ReadingGoingOnAdverbs.Contains(token.Span) || _cues.Is(token, WordClass.Filler)))
            {
                return false;
            }

            k++;
        }

        if (verbs != 1 || k >= quote)
        {
            return false;
        }

        if (k == quote - 1)
        {
            return sentence[k].Kind == TokenKind.Colon;
        }

        // A comma (German), or "dat" (Dutch), then the reported clause up to the quote.
        if (!(sentence[k].Kind == TokenKind.Comma || (sentence[k].IsWord && sentence[k].IsLower && _cues.IsThatWord(sentence[k])))
            || quote - k > MaxPointedBackClauseTokens)
        {
            return false;
        }

        // The clause around the quote: a verb of saying in it ("habe von „…“ gesprochen") says whose words they are.
        var end = System.Math.Min(sentence.Count, quote + 1 + MaxPointedBackClauseTokens);
        for (var j = k + 1; j < end; j++)
        {
            var token = sentence[j];
            if ((j < quote && token.Kind is TokenKind.Quote or TokenKind.Colon) || (token.IsWord && token.IsLower && _cues.IsReportingVerb(token)))
            {
                return false;
            }
        }

        return true;
    }

    // The sentence before names a text with no owner of its own that its subject wrote or sent, outside
    // a reported clause, and its subject received none.
    private bool WritesText(TokenRange before)
    {
        var words = _cues.Words;
        var text = false;
        var sends = false;
        var reporting = false;
        var reported = false;
        for (var k = 0; k < before.Count; k++)
        {
            var token = before[k];
            if (!token.IsWord)
            {
                // "sagte, der Verein habe …": a comma after a verb of saying opens the reported clause.
                reported |= reporting && token.Kind == TokenKind.Comma;
                continue;
            }

            if (token.IsLower && words.TextSendingVerbs.Contains(token.Span))
            {
                sends = true;
            }
            else if (token.IsLower && _cues.IsReportingVerb(token))
            {
                reporting = true;
            }
            else if (reporting && token.IsLower && _cues.IsThatWord(token))
            {
                reported = true;
            }

            // "erhielt", "ontving", or a text read out ("las … voor"): the subject did not write it.
            if (token.IsLower && (words.TextReceivingVerbs.Contains(token.Span) || words.ReadAloudVerbs.Contains(token.Span)))
            {
                return false;
            }

            if (words.DocumentNouns.Contains(token.Span) && k > 0 && before[k - 1].IsWord && _cues.Is(before[k - 1], WordClass.Article))
            {
                if (reported || _cues.Phrase.DocumentIssuer(before, k).Kind is SubjectKind.Name or SubjectKind.Organisation)
                {
                    return false;
                }

                text = true;
            }
        }

        return text && sends;
    }
}
