using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "According to her, the bridge is "…"", "De brug is volgens hem ‘…’", "Laut ihm ist die Brücke
// „…“", "Ihm zufolge …": English, Dutch and German put the pronoun after a preposition in its
// object form, where French and the other Romance languages use a stressed form that is also a
// subject ("selon lui", "según él"). The object form holds the view as its subject form would, and
// the cast resolves it so (the lexicons' ViewObjectPronouns pairs: "him he", "hem hij", "ihm er").
// "her", "haar" and "ihr" are possessives too: "according to her lawyer", "volgens haar moeder"
// give the lawyer's and the mother's view. The pronoun holds the view only when nothing follows
// it, a mark does, or a verb ("Volgens haar is de brug …").
internal sealed partial class AccordingTo
{
    private Subject ObjectPronounView(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsWord || !_cues.Words.ViewObjectPronouns.Contains(sentence[start].Span)
            || !StandsAlone(sentence, start + 1) || _cues.Words.SubjectFormOfViewPronoun(sentence[start].Span) is not { } pronoun)
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Pronoun, pronoun, start + 1);
    }

    // "ihm zufolge", "Ihr zufolge": the pronoun before a word that gives its source after it.
    private Subject ObjectPronounBefore(IReadOnlyList<Token> sentence, int i)
        => i > 0 && _cues.Words.AccordingToAfter.Contains(sentence[i].Span) && sentence[i].IsLower && ObjectPronounView(sentence, i - 1) is { IsFound: true } pronoun
            ? pronoun
            : Subject.None;

    private bool StandsAlone(IReadOnlyList<Token> sentence, int next)
        => next >= sentence.Count || !sentence[next].IsWord || _cues.Words.AccordingToAfter.Contains(sentence[next].Span) || IsVerbLike(sentence[next]);
}
