using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "‘…’, zegt ze.": Dutch "ze" is she and they (SpeechWords.SheOrTheyPronouns), so the pronoun's own
// gender says nothing, and the person the cue gave the quote stayed of no known gender: a later "zegt
// hij" could reach her, where German "sagt sie" had already told the reader she is a woman. Beside a
// reporting verb in the singular right after the quote the pronoun is she, and the cue's link is
// recorded as SpeakerFinder.PronounGender.cs records "she": it only ever excludes. Stops: a verb in
// the plural ("zeggen ze": they), no reporting verb after the quote, any other pronoun.
//
// The same reading asks the pronoun's gender when it is resolved (SheOrTheyAsked): "zei Kees Mulder.
// ‘…’, zegt hij." then "‘…’, vertelt ze." had asked no gender, so "ze" reached the man the article had
// just shown to be one, where German "erzählt sie" reaches no one; and a newcomer of the other gender
// brought in since still counted as someone "ze" could mean.
internal sealed partial class SpeakerFinder
{
    // The words of a she-or-they cue between the quote's comma and the pronoun, at most: the verb
    // and a word or two before it ("schrijft ze", "voegde ze toe"). One bound for both readings.
    private const int MaxSheOrTheyCueWords = 3;

    // The gender a she-or-they pronoun beside the quote at `quote` gives: female with a singular
    // reporting verb between the quote and the pronoun, unknown otherwise.
    private Gender SheOrTheyGender(Subject subject, IReadOnlyList<Token> sentence, int quote)
    {
        if (subject.Kind != SubjectKind.Pronoun || !_cues.Words.SheOrTheyPronouns.Contains(subject.Text.AsSpan())
            || quote + 2 >= sentence.Count || sentence[quote + 1].Kind != TokenKind.Comma)
        {
            return Gender.Unknown;
        }

        for (var k = quote + 2; k < sentence.Count && k <= quote + 1 + MaxSheOrTheyCueWords && sentence[k].IsWord; k++)
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

    // The gender a she-or-they pronoun asks for where it is the subject `subject` of a cue beside a
    // quote in `sentence` ("‘…’, schrijft ze"): see SheOrTheyGender; unknown for any other pronoun.
    private Gender SheOrTheyAsked(Subject subject, IReadOnlyList<Token>? sentence)
    {
        if (sentence is null || subject.Kind != SubjectKind.Pronoun || subject.End < 3 || subject.End > sentence.Count
            || !_cues.Words.SheOrTheyPronouns.Contains(subject.Text.AsSpan()))
        {
            return Gender.Unknown;
        }

        // The quote is a few tokens before the pronoun (at `subject.End - 1`): its comma, then at most
        // MaxSheOrTheyCueWords words, the last of them the verb SheOrTheyGender reads.
        for (var q = subject.End - 3; q >= 0 && q >= subject.End - 3 - MaxSheOrTheyCueWords; q--)
        {
            if (sentence[q].Kind == TokenKind.Quote)
            {
                return SheOrTheyGender(subject, sentence, q);
            }
        }

        return Gender.Unknown;
    }
}
