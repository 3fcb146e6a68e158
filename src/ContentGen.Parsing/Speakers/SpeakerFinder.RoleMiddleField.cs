using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "„…“, räumte die Präfektin gleich zu Beginn ein.", "„…“, sagte die Landrätin am Dienstag.",
// "„…“, zei de burgemeester dinsdag.": where the finite verb stands second, what follows an
// inverted subject up to the clause's end is its middle field, which says when (a day, a month,
// "zu Beginn", "gestern") and closes on the verb's particle ("ein", "an", "toe"). Neither names
// another holder, as a complement ("der Nachbarstadt", "von Neudorf") or a capitalised name may.
internal sealed partial class SpeakerFinder
{
    private const int MaxMiddleFieldWords = 5;

    // Whether the words from `from` to the clause's end are a verb-second clause's time words and
    // particle alone: lower-case words and capitalised words of time only, with a time word or a
    // closing separable particle among them.
    private bool IsMiddleFieldToClauseEnd(IReadOnlyList<Token> sentence, int from)
    {
        if (!_cues.Words.VerbSecond)
        {
            return false;
        }

        var timed = false;
        var k = from;
        for (; k < sentence.Count && sentence[k].IsWord; k++)
        {
            var token = sentence[k];
            if (k >= from + MaxMiddleFieldWords || _cues.IsReportingVerb(token))
            {
                return false;
            }

            if (IsTimeWord(token))
            {
                timed = true;
            }
            else if (!token.IsLower)
            {
                return false;
            }
        }

        return k > from
            && (timed || sentence[k - 1].IsLower && Lexicons.LexiconTables.SeparableParticles.Contains(sentence[k - 1].Span));
    }

    // "Freitag", "Montagabend", "März", "Beginn", "gestern", "dinsdag": a day, a month, a time of the
    // day or of an event, or an adverb of time a clause fills its middle with.
    private bool IsTimeWord(Token token)
    {
        var word = token.Span;
        if (Phrase.IsWeekday(word) || Lexicons.LexiconTables.Months.Contains(word))
        {
            return true;
        }

        return token.IsLower
            ? _cues.Words.Fillers.Contains(word) && !_cues.Words.PerfectAuxiliaries.Contains(word) && !_cues.Words.Reflexives.Contains(word)
            : _cues.Words.TimeNouns.Contains(word) || _cues.Words.NotNames.Contains(word) && !_cues.Is(token, WordClass.Article);
    }

    // "gab", "voegde": the stem of a split reporting verb ("gab … zu", "voegde … toe"), which reports
    // only with its particle closing the clause (Cues.SplitReportEnd).
    private bool IsSplitStem(Token token) => token.IsLower && _cues.Words.SplitStems.Contains(token.Span);
}
