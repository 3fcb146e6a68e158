using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S2 with no verb: a line that gives a name and then the words, as match reports list their
/// managers' verdicts: <c>- Harbour boss Tom Fox "We deserved the win."</c> and <c>Harbour boss Tom
/// Fox: "We deserved the win."</c> give Tom Fox. The name must open its sentence, after a list's
/// dash or before a colon, and the quote must end it.
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

        // The list's dash or bullet, or a colon after the name, is what makes the line a label.
        var end = quote > 0 && sentence[quote - 1].Kind == TokenKind.Colon ? quote - 1 : quote;
        if ((start == 0 && end == quote) || start >= end || !sentence[end - 1].IsCapitalized || !EndsSentence(sentence, quote))
        {
            return Subject.None;
        }

        // A full name, so that a title in capitals ("Acme "Premium" range") is no label.
        var name = _cues.Phrase.ReadForward(sentence, start);
        return name.Kind == SubjectKind.Name && name.End == end && name.Text.IndexOf(' ') > 0
            && (end == quote || OnlyDescribesTheName(sentence, start, end))
            ? name
            : Subject.None;
    }

    // Before a colon, the words are the name and what it holds ("Harbour boss", "BBC Two
    // controller"): a word in lower case that is no role or title is a clause's ("Fans cheered
    // mayor X:", "Una carta al alcalde X:"), and the name may be whom the words are about.
    private bool OnlyDescribesTheName(IReadOnlyList<Token> sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || (token.IsLower && !_cues.Is(token, WordClass.TitleOrRole | WordClass.Definite)))
            {
                return false;
            }
        }

        return true;
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
