using System.Collections.Generic;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Speakers;

// "„…“, sagte er. Man warte „auf die Untersuchung“.": German forms the mood of reported speech of
// any verb from its stem and "-e", and beside a third person's subject ("man", "er", "sie", "es")
// the indicative would end in "-t" ("man wartet"), so a verb in "-e" standing there, opening the
// sentence with it ("Man warte") or right before it ("Deshalb warte man"), reports speech as the
// listed forms do (SpeakerFinder.ReportedSpeech.cs). Words that end in "-e" and are no verb ("Sie
// alle", "Er gerne") are the language's stopwords; "ich warte" is the first person's.
internal sealed partial class SpeakerFinder
{
    // Shorter words in "-e" ("je", "ne") are no verb's stem and ending.
    private const int MinSubjunctiveLength = 4;

    private bool IsSubjunctiveBesideSubject(IReadOnlyList<Token> sentence, int k)
    {
        var subjects = _cues.Words.ReportedSpeechSubjects;
        var word = sentence[k].Span;
        if (subjects.Count == 0 || word.Length < MinSubjunctiveLength || word[word.Length - 1] != 'e' || Stopwords.IsStopword(word)
            || _cues.Is(sentence[k], WordClass.Article | WordClass.Preposition | WordClass.Coordinator))
        {
            return false;
        }

        // "Man warte": the subject opens the sentence and the verb follows it.
        if (k == 1 && sentence[0].IsWord && subjects.Contains(sentence[0].Span))
        {
            return true;
        }

        // "Deshalb warte man": the verb second, after one word, and its subject right after it.
        return k == 1 && k + 1 < sentence.Count && sentence[k + 1].IsWord && sentence[k + 1].IsLower && subjects.Contains(sentence[k + 1].Span);
    }
}
