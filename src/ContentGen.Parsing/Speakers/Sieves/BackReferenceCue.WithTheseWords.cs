using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "«…». Con estas palabras se defendió ayer el exalcalde, X", "„…“ Mit diesen Worten begann X seine
// Verteidigung", "With these words, X opened …": the phrase makes the next verb, whatever it is, a
// way of saying the quote before, so its subject is the speaker, before the verb (English, French)
// or after it and the few words a reflexive, an auxiliary, an adverb or an object put between.
internal sealed partial class BackReferenceCue
{
    // How many lower-case words the verb and what follows it may take before the subject: "se
    // defendió ayer", "si è congedato ieri sera", "abrió su declaración".
    private const int MaxWordsBeforeSubject = 5;

    private Subject SubjectAfterTheseWords(IReadOnlyList<Token> next, int phrase)
    {
        var at = phrase < next.Count && next[phrase].Kind == TokenKind.Comma ? phrase + 1 : phrase;
        if (at >= next.Count || !next[at].IsWord)
        {
            return Subject.None;
        }

        if (Reported(_cues.Phrase.ReadForward(next, at)) is { IsFound: true } before)
        {
            return before;
        }

        for (var read = 0; read < MaxWordsBeforeSubject && at < next.Count && next[at].IsLower; read++)
        {
            at++;
            if (Reported(_cues.ReadInverted(next, at)) is { IsFound: true } after)
            {
                return after;
            }
        }

        return Subject.None;
    }
}
