using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A response's noun brought on after the quote: <c>"…," came the reply from X</c>, <c>« … », fut la
/// réponse de X</c>, <c>«…», fue la respuesta de X</c>, <c>„…“, lautete die Antwort von X</c>. The one
/// named after the noun gave the reply. The name must close the sentence or its clause; a reply
/// given to someone ("came the reply to X") names its listener, and no one speaks.
/// </summary>
internal sealed partial class AdjacentCue
{
    private Subject ResponseAfterQuote(IReadOnlyList<Token> sentence, int i)
    {
        var words = _cues.Words;
        var verb = i;

        // "a été la réponse", "è stata la risposta": an auxiliary or a copula before the verb.
        if (verb + 1 < sentence.Count && sentence[verb].IsLower && sentence[verb + 1].IsWord
            && (words.Fillers.Contains(sentence[verb].Span) || words.Copulas.Contains(sentence[verb].Span))
            && IsResponseVerb(sentence[verb + 1]))
        {
            verb++;
        }

        var link = verb + 3;
        if (link + 1 >= sentence.Count || !sentence[verb].IsLower || !IsResponseVerb(sentence[verb])
            || !_cues.Is(sentence[verb + 1], WordClass.Definite) || !sentence[verb + 2].IsWord || !words.ResponseNouns.Contains(sentence[verb + 2].Span)
            || !sentence[link].IsWord || !sentence[link].IsLower || words.ListenerPrepositions.Contains(sentence[link].Span))
        {
            return Subject.None;
        }

        var named = _cues.Phrase.ReadForward(sentence, link + 1);
        return named.Kind == SubjectKind.Name && named.Text.IndexOf(' ') > 0
            && (named.End >= sentence.Count || sentence[named.End].Kind is TokenKind.Terminal or TokenKind.Comma)
            ? named
            : Subject.None;
    }

    // "came", "lautete", and a copula: "was the reply", "fue la respuesta".
    private bool IsResponseVerb(Token word)
        => word.IsWord && (_cues.Words.ResponseVerbs.Contains(word.Span) || _cues.Words.Copulas.Contains(word.Span));
}
