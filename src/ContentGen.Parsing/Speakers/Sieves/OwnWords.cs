using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S6: a phrase of one's own words before the quote gives the subject opening the sentence:
/// <c>X hat nach eigenen Worten „…“ erfahren</c>, <c>in his own words, "…"</c> (Cues.OwnWords.cs).
/// </summary>
internal sealed class OwnWords : ISieve
{
    private readonly Cues _cues;

    public OwnWords(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.OwnWordsSubject(sentence, quote);
}
