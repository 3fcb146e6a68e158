using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A sentence of reported words whose cue ends it, the subject a pronoun after the verb or dropped:
// "Die Stadt müsse sparen, betonte er.", "La ciudad tiene que ahorrar, añadió.". The cue's subject
// is whom the sentence reports, as "…, he said." is, and a quote with no cue after it goes on with
// their words.
internal sealed partial class SpeakerFinder
{
    // The subject of a cue of a few words after the sentence's last comma, with a reporting verb
    // and no name: its pronoun, or a dropped subject (empty) in a language that drops them; None
    // when the verb says the subject is plural ("betonten sie", "dijeron"), or when a quote, a
    // conjunction ("…, and he said sorry") or a capitalised word (a name, read elsewhere) stands in it.
    private Subject EndingCueSubject(IReadOnlyList<Token> sentence)
    {
        // A cue needs its reporting verb: half the sentences have none (SentenceSummary).
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Reporting))
        {
            return Subject.None;
        }

        const int MaxCueWords = 4;
        var comma = sentence.Count - 1;
        while (comma > 0 && sentence.Count - comma <= MaxCueWords + 2 && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        if (comma <= 1 || sentence[comma].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        var verb = -1;
        var pronoun = -1;
        var plural = false;
        for (var k = comma + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote || (token.IsWord && (token.IsCapitalized || _cues.Is(token, WordClass.Coordinator))))
            {
                return Subject.None;
            }

            if (!token.IsWord)
            {
                continue;
            }

            var reports = _cues.IsReportingVerb(token);
            var hyphen = token.Span.LastIndexOf('-');
            var isPronoun = _cues.Is(token, WordClass.Pronoun) || (hyphen > 0 && _cues.Words.Pronouns.Contains(token.Span.Slice(hyphen + 1)));

            // ", dijo un portavoz": a noun after the verb is its subject, read elsewhere; only the
            // verb, its auxiliary, a pronoun and adverbs make the cue.
            if (!reports && !isPronoun && !_cues.Words.PerfectAuxiliaries.Contains(token.Span) && !_cues.Is(token, WordClass.Filler))
            {
                return Subject.None;
            }

            if (reports && verb < 0)
            {
                verb = k;
            }

            if (isPronoun)
            {
                pronoun = k;
            }

            // The verb, or the auxiliary before it ("han dicho", "hanno detto"), says the number.
            if ((reports || (verb < 0 && _cues.Words.PerfectAuxiliaries.Contains(token.Span))) && hyphen < 0 && _cues.HasPluralEnding(token.Span))
            {
                plural = true;
            }
        }

        if (verb < 0 || plural)
        {
            return Subject.None;
        }

        if (pronoun >= 0)
        {
            return new Subject(SubjectKind.Pronoun, sentence[pronoun].Text, pronoun + 1);
        }

        return _cues.Words.DropsSubjects ? new Subject(SubjectKind.Pronoun, string.Empty, sentence.Count) : Subject.None;
    }

    // "«…», dijeron.", "„…“, betonten sie.": the verb of the cue right after the quote (or its
    // auxiliary, "hanno detto") has a plural ending, so a dropped subject or a pronoun that is
    // also singular ("sie", "ze") means several people, no one speaker.
    private bool PluralCueAfter(IReadOnlyList<Token> sentence, int quote)
    {
        const int MaxCueWords = 3;
        if (quote + 2 >= sentence.Count || sentence[quote + 1].Kind != TokenKind.Comma)
        {
            return false;
        }

        for (var k = quote + 2; k < sentence.Count && k <= quote + 1 + MaxCueWords && sentence[k].IsWord; k++)
        {
            var token = sentence[k];
            var auxiliary = _cues.Words.PerfectAuxiliaries.Contains(token.Span);
            // "«…», continuaron.": a verb that reports only beside the quote counts too.
            if (auxiliary || _cues.IsReportingVerb(token) || (token.IsLower && _cues.Words.BesideQuoteVerbs.Contains(token.Span)))
            {
                return token.Span.IndexOf('-') < 0 && _cues.HasPluralEnding(token.Span);
            }
        }

        return false;
    }

    // "Según la abogada María Durán y Ana León, …": a source joined to a second name gives two
    // people, either of whom a later pronoun or dropped subject may mean; no one is.
    private bool IsJoinedSource(IReadOnlyList<Token> sentence, Subject source)
        => source.Kind == SubjectKind.Name && source.End + 1 < sentence.Count && sentence[source.End].IsWord
        && _cues.Is(sentence[source.End], WordClass.Coordinator) && sentence[source.End + 1].IsCapitalized;
}
