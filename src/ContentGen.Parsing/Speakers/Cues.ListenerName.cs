using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Cues
{
    // "», ha detto a Luca Neri.", "», dijo a Radio Norte el alcalde", "», disse à Rádio Sul.":
    // after an inverted verb, a listener's preposition in lower case and the capitalised run after
    // it are the words' listener: a preposition never opens a subject. Returns where the run ends,
    // or -1 when `at` opens no such run. The run's own words decide nothing.
    // Stops:
    // - a preposition that is also an article (Portuguese "a": "informou a APLN" is the subject),
    //   but before a man's given name ("disse a Rui Lemos"), which the feminine article never opens;
    // - a run of three capitalised words or more, which may be a medium running into the subject's
    //   name ("dijo a Efe Manuel Otero"; NameAfterMedium reads it);
    // - a run a comma follows, which may be a medium and the subject before its apposition
    //   ("declaró a EFE Carol Jessop, responsable del sindicato"): only a run that ends the
    //   sentence, or that a lower-case word (the subject's article) follows, is read.
    private const int MaxListenerNameWords = 2;

    private int ListenerNameEnd(IReadOnlyList<Token> sentence, int at)
    {
        if (at + 1 >= sentence.Count || !sentence[at].IsLower || !Words.ListenerPrepositions.Contains(sentence[at].Span)
            || (Words.Definites.Contains(sentence[at].Span) && !OpensMansName(sentence, at + 1)) || !sentence[at + 1].IsCapitalized)
        {
            return -1;
        }

        var end = at + 1;
        while (end < sentence.Count && sentence[end].IsCapitalized)
        {
            end++;
        }

        return end - at - 1 <= MaxListenerNameWords && (!HasWordFrom(sentence, end) || sentence[end].IsLower) ? end : -1;
    }

    // Whether the feminine article before `at` stands before a man's given name and a surname: then
    // it is the listener's preposition ("disse a Rui Lemos"), as the article would be "o".
    private bool OpensMansName(IReadOnlyList<Token> sentence, int at)
        => at + 1 < sentence.Count && sentence[at + 1].IsCapitalized && Words.EpithetFeminineArticles.Contains(sentence[at - 1].Span)
        && Words.MaleGivenNames.Contains(sentence[at].Span) && !Words.FemaleGivenNames.Contains(sentence[at].Span);

    // Whether a word stands at or after `from` (a quote's closing mark and the full stop are none).
    internal static bool HasWordFrom(IReadOnlyList<Token> sentence, int from)
    {
        for (var k = from; k < sentence.Count; k++)
        {
            if (sentence[k].IsWord)
            {
                return true;
            }
        }

        return false;
    }
}
