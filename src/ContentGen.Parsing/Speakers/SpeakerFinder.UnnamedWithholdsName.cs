using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Un saisonnier du camping a requis l'anonymat.", "A waitress at the café asked not to be named.",
// "Eine Kellnerin aus dem Ort will nicht genannt werden.": the sentence that brings someone unnamed
// in (SpeakerFinder.UnnamedBroughtIn.cs) says, with no relative clause, that they keep their name
// back. That is the writer bringing them in as the one quoted next, as "who asked not to be named"
// is; before, with no relative clause, the sentence brought no one in and the quote after it went to
// the person named before. Read: a word that says so by itself (SpeechWords.AnonymityWords) or one
// that says so after a negation near it (SpeechWords.WithheldNameWords: "not … named", "nicht …
// genannt", "niet met naam"), among the sentence's last words, so that the sentence ends on it and
// is about this, not a clause of something else ("A man named in the report was charged."). The rest
// of the introduction's reading (no quote, no one named) is UnnamedBroughtIn's.
internal sealed partial class SpeakerFinder
{
    // "… asked not to be named", "… niet met naam in de krant": the word is at most this many words
    // from the sentence's end, and a negation at most this many words from the word.
    private const int MaxWordsAfterWithheldName = 3;
    private const int MaxWordsToNegation = 4;

    // Whether the sentence in which the unnamed person's noun ends before `end` ends by saying they
    // keep their name back.
    private bool WithholdsName(IReadOnlyList<Token> sentence, int end)
    {
        var words = _cues.Words;
        var after = 0;
        for (var k = sentence.Count - 1; k >= end && after <= MaxWordsAfterWithheldName; k--)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                continue;
            }

            // Where every noun is capitalised, "ihren Namen nicht nennen" is the word too.
            if ((token.IsLower || words.CapitalisesNouns) && (words.AnonymityWords.Contains(token.Span)
                || (words.WithheldNameWords.Contains(token.Span) && NegationNear(sentence, end, k))))
            {
                return true;
            }

            after++;
        }

        return false;
    }

    // A negation among the few words either side of `k`, after the noun: "not to be named", "ihren
    // Namen nicht nennen", "non essere citato", "no dar su nombre".
    private bool NegationNear(IReadOnlyList<Token> sentence, int end, int k)
    {
        for (var j = Math.Max(end, k - MaxWordsToNegation); j < sentence.Count && j <= k + MaxWordsToNegation; j++)
        {
            if (j != k && sentence[j].IsWord && sentence[j].IsLower && _cues.Words.Negations.Contains(sentence[j].Span))
            {
                return true;
            }
        }

        return false;
    }
}
