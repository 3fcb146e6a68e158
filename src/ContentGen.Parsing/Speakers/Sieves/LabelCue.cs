using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S2, with no colon: a line that gives a name and then the words, as match reports list their
/// managers' verdicts: <c>- Harbour boss Tom Fox "We deserved the win."</c> gives Tom Fox. The
/// name must open its sentence after a list's dash, and the quote must end it.
/// </summary>
internal sealed class LabelCue : ISieve
{
    private readonly Cues _cues;

    public LabelCue(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var start = 0;
        while (start < quote && sentence[start].Kind == TokenKind.Other)
        {
            start++;
        }

        // The list's dash or bullet is what makes the line a label.
        if (start == 0 || start >= quote || !sentence[quote - 1].IsCapitalized || !EndsSentence(sentence, quote))
        {
            return Subject.None;
        }

        // A full name, so that a title in capitals ("Acme "Premium" range") is no label.
        var name = _cues.Phrase.ReadForward(sentence, start);
        return name.Kind == SubjectKind.Name && name.End == quote && name.Text.IndexOf(' ') > 0 ? name : Subject.None;
    }

    private static bool EndsSentence(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = quote + 1; i < sentence.Count; i++)
        {
            if (sentence[i].Kind is not (TokenKind.Terminal or TokenKind.Other))
            {
                return false;
            }
        }

        return true;
    }
}
