using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A plural cue that means the group the sentence before opened on: "Los monitores del comedor
// aseguran que … «…», denuncian.", "I pescatori della riserva ribadiscono … «…», insistono.",
// "Les riverains dénoncent … « … », insistent-ils.", "Die Angler sehen … „…“, betonen sie.". The
// group speaks when nothing else in the plural, and no second subject, stands between.
internal sealed partial class SpeakerFinder
{
    // The sentence before the one being read, in the same paragraph; null at a paragraph's opening.
    private TokenRange? _sentenceBefore;

    private const int MaxPluralCueWords = 3;

    // The group the sentence before opened on, when the quote opens its own sentence and the cue
    // after it, ending the sentence, is plural.
    private string? GroupMeantByPluralCue(IReadOnlyList<Token> sentence, int quote)
        => quote == 0 && _sentenceBefore is { } before && IsPluralCueAfter(sentence, quote)
            ? _cues.Phrase.OpeningGroup(before)
            : null;

    // ", insistono.", ", betonen sie.", ", insistent-ils.", ", they insist.": after the quote and
    // its comma, up to three words to the sentence's end, each a reporting verb, its auxiliary, a
    // pronoun or a filler; a verb with a plural ending, or a plural pronoun, says the number.
    private bool IsPluralCueAfter(IReadOnlyList<Token> sentence, int quote)
    {
        // English keeps the comma inside the marks: "'…,' they insist."
        var from = quote + 1 < sentence.Count && sentence[quote + 1].Kind == TokenKind.Comma ? quote + 2 : quote + 1;
        if (from >= sentence.Count)
        {
            return false;
        }

        var reports = false;
        var plural = false;
        var words = 0;
        for (var k = from; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                if (token.Kind is TokenKind.Quote or TokenKind.Comma)
                {
                    return false;
                }

                continue;
            }

            if (++words > MaxPluralCueWords || !token.IsLower)
            {
                return false;
            }

            var hyphen = token.Span.LastIndexOf('-');
            var verb = hyphen > 0 ? token.Span.Slice(0, hyphen) : token.Span;
            var tail = hyphen > 0 ? token.Span.Slice(hyphen + 1) : token.Span;
            // German, Dutch and English say the present plural with the lemma: "betonen sie", "they insist".
            var lemma = hyphen < 0 && _cues.Words.ReportingLemmas.Contains(verb);
            var isReporting = _cues.Words.ReportingVerbs.Contains(verb) || lemma;
            var isVerb = isReporting || _cues.Words.PerfectAuxiliaries.Contains(verb);
            if (_cues.Words.PluralPronouns.Contains(tail) || (isVerb && hyphen < 0 && _cues.HasPluralEnding(verb)))
            {
                plural = true;
            }
            else if (!isVerb && !_cues.Words.Pronouns.Contains(tail) && !_cues.Is(token, WordClass.Filler))
            {
                return false;
            }

            reports |= isReporting;
        }

        return reports && plural;
    }
}
