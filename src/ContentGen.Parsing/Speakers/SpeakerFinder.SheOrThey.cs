using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "‘…’, zegt ze.": Dutch "ze" is she and they (SpeechWords.SheOrTheyPronouns), so the pronoun's own
// gender says nothing, and the person the cue gave the quote stayed of no known gender: a later "zegt
// hij" could reach her, where German "sagt sie" had already told the reader she is a woman. Beside a
// reporting verb in the singular right after the quote the pronoun is she, and the cue's link is
// recorded as SpeakerFinder.PronounGender.cs records "she": it only ever excludes. Stops: a verb in
// the plural ("zeggen ze": they), no reporting verb after the quote, any other pronoun.
internal sealed partial class SpeakerFinder
{
    // The gender a she-or-they pronoun beside the quote at `quote` gives: female with a singular
    // reporting verb between the quote and the pronoun, unknown otherwise.
    private Gender SheOrTheyGender(Subject subject, IReadOnlyList<Token> sentence, int quote)
    {
        const int MaxCueWords = 3;
        if (subject.Kind != SubjectKind.Pronoun || !_cues.Words.SheOrTheyPronouns.Contains(subject.Text.AsSpan())
            || quote + 2 >= sentence.Count || sentence[quote + 1].Kind != TokenKind.Comma)
        {
            return Gender.Unknown;
        }

        for (var k = quote + 2; k < sentence.Count && k <= quote + 1 + MaxCueWords && sentence[k].IsWord; k++)
        {
            if (_cues.IsReportingVerb(sentence[k]) || (sentence[k].IsLower && _cues.Words.BesideQuoteVerbs.Contains(sentence[k].Span)))
            {
                // "zegt ze": the verb stands right before the pronoun.
                return k + 1 < sentence.Count && sentence[k + 1].IsWord && _cues.Words.SheOrTheyPronouns.Contains(sentence[k + 1].Span)
                    && !_cues.HasPluralEnding(sentence[k].Span) ? Gender.Female : Gender.Unknown;
            }
        }

        return Gender.Unknown;
    }
}
