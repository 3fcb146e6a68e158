using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Nach seinen Worten kam die Warnung „vier Stunden zu spät“", "nach ihrer Einschätzung": a phrase
// of giving word ("nach Worten", "nach Einschätzung") with a possessive between its preposition and
// its noun gives the possessive's owner as the source, as "selon lui" does: a pronoun the cast
// then resolves. "sein…" is a man's; "ihr…" a woman's or a group's, which the pronoun's reading decides.
internal sealed partial class AccordingTo
{
    private const int MaxPhraseChars = 48;

    private Subject PossessiveView(IReadOnlyList<Token> sentence, int i)
    {
        // Asked at every word within reach of each sentence tracked: the word's class comes first,
        // since hardly any word can open such a phrase. No IsWord test is needed before it: Cues.Is
        // is false for punctuation.
        if (i + 2 >= sentence.Count || !_cues.Is(sentence[i], WordClass.AccordingToStart) || !sentence[i + 1].IsLower || !sentence[i + 2].IsWord)
        {
            return Subject.None;
        }

        var owner = sentence[i + 1].Span;
        var pronoun = KinAndOwnerGender.OwnerPronoun(owner, _cues.Words.MalePossessiveOwners) ?? KinAndOwnerGender.OwnerPronoun(owner, _cues.Words.FemalePossessiveOwners);
        if (pronoun is null)
        {
            return Subject.None;
        }

        var preposition = sentence[i].Span;
        var noun = sentence[i + 2].Span;
        if (preposition.Length + 1 + noun.Length > MaxPhraseChars)
        {
            return Subject.None;
        }

        Span<char> phrase = stackalloc char[MaxPhraseChars];
        preposition.CopyTo(phrase);
        phrase[preposition.Length] = ' ';
        noun.CopyTo(phrase.Slice(preposition.Length + 1));
        if (!_cues.Words.AccordingTo.Contains(phrase.Slice(0, preposition.Length + 1 + noun.Length)))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Pronoun, pronoun, i + 3);
    }
}
