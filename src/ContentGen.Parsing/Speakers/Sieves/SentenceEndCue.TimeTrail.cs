using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Some clubs "cannot train" without the pool, added Paul Marsh, on Monday.", "…, a ajouté Paul
// Marchand, ce lundi.", "…, dijo Ana Ruiz, el martes.": a phrase of when the words were said may
// follow the closing cue's subject after a comma, as a name or a relative clause may; the cue
// before it is read as without it. (A quote right before the cue is read by the adjacent cue.)
internal sealed partial class SentenceEndCue
{
    // A few words, as in "on Monday", "ce mercredi soir", "la semana pasada".
    private const int MaxTimeTrailWords = 3;

    // The words from `from` up to `to` (the next comma or the sentence's end) are a time: at most
    // three, each a day's name, a word of time (SpeechWords.CueTrailTimes) or another lower-case
    // word, with a day or a word of time among them. What stops it: a fourth word ("…, Lee said,
    // this week in a letter to the board"), a capitalised word that is no day ("on Monday in Leeds"),
    // a conjunction (", and on Monday": a clause of its own), a quote or other mark, no word of time.
    private bool IsTimeTrail(IReadOnlyList<Token> sentence, int from, int to)
    {
        var words = 0;
        var time = false;
        for (var k = from; k < to; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || ++words > MaxTimeTrailWords || _cues.Is(token, WordClass.Coordinator))
            {
                return false;
            }

            var isTime = Phrase.IsWeekday(token.Span) || _cues.Words.CueTrailTimes.Contains(token.Span);
            if (!isTime && !token.IsLower)
            {
                return false;
            }

            time |= isTime;
        }

        return time;
    }
}
