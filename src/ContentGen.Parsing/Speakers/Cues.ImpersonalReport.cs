using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Se asegura que «…»", "Si spiega che «…»", "Garante-se que «…»", "on assure que « … »": a verb
// of saying whose subject is an impersonal pronoun reports words that no one in the sentence
// owns. Read as a dropped subject, they went to whoever spoke before.
internal sealed partial class Cues
{
    /// <summary>
    /// Whether the reporting verb at <paramref name="verb"/> has an impersonal subject: the clitic
    /// or pronoun right before it ("se asegura", "si spiega", "on assure"), or one joined after it
    /// ("garante-se", "explique-t-on"), with the clause it governs opening right after it. A verb
    /// whose pronoun is its object ("se queja de que", "si è detto «…»") governs no clause there.
    /// </summary>
    public bool IsImpersonalReport(IReadOnlyList<Token> sentence, int verb)
    {
        if (verb >= sentence.Count || !sentence[verb].IsWord || !Is(sentence[verb], WordClass.Reporting))
        {
            return false;
        }

        var before = verb > 0 && sentence[verb - 1].IsWord
            && (Words.ReadingClitics.Contains(sentence[verb - 1].Span) || Words.ImpersonalPronouns.Contains(sentence[verb - 1].Span));
        return (before || HasImpersonalClitic(sentence[verb].Span)) && verb + 1 < sentence.Count && IsThatWord(sentence[verb + 1]);
    }

    // "garante-se", "diz-se", "explique-t-on": the impersonal pronoun joined after the verb.
    private bool HasImpersonalClitic(ReadOnlySpan<char> word)
        => HasImpersonalPronoun(word) || Words.ReadingClitics.Contains(JoinedAfterDash(word));
}
