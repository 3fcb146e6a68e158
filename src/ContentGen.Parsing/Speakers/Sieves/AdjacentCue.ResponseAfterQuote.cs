using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A response's noun brought on after the quote: <c>"…," came the reply from X</c>, <c>« … », fut la
/// réponse de X</c>, <c>«…», fue la respuesta de X</c>, <c>„…“, lautete die Antwort von X</c>, and a
/// verdict given so (<c>"…," was the verdict of X</c>, <c>"…," was X's assessment</c>). The one named
/// after the noun, or owning it, gave the reply. The name must close the sentence or its clause; a reply
/// given to someone ("came the reply to X") names its listener, and a verdict passed on someone
/// ("was the verdict on X") its target: no one speaks.
/// </summary>
internal sealed partial class AdjacentCue
{
    /// <summary>
    /// The owner of a reply or a verdict that a sentence of its own gives right after a quote that
    /// stood alone: <c>«…». È il commento di X.</c>, <c>"…" This was the verdict of X.</c>
    /// </summary>
    public Subject ResponseOpening(IReadOnlyList<Token> next) => ResponseAfterQuote(next, 0, opensSentence: true);

    // The words at `i` give a response's noun and its owner. A sentence's first word is
    // capitalised whatever it is; elsewhere the verb, demonstrative and article are lower-case.
    private Subject ResponseAfterQuote(IReadOnlyList<Token> sentence, int i, bool opensSentence = false)
    {
        var words = _cues.Words;
        var verb = i;
        bool Lower(int k) => sentence[k].IsLower || (opensSentence && k == i && sentence[k].IsWord);

        // "questo il commento di X", "esa fue la valoración de X": a demonstrative that points at the quote.
        if (verb + 1 < sentence.Count && Lower(verb) && words.Demonstratives.Contains(sentence[verb].Span))
        {
            verb++;
        }

        // "a été la réponse", "è stata la risposta": an auxiliary or a copula before the verb.
        if (verb + 1 < sentence.Count && Lower(verb) && sentence[verb + 1].IsWord
            && WordClasses.Has(words, sentence[verb], WordClass.Filler | WordClass.Copula)
            && IsResponseVerb(sentence[verb + 1]))
        {
            verb++;
        }

        if (PossessedResponseAfterQuote(sentence, verb) is { IsFound: true } owner)
        {
            return owner;
        }

        // "«…», il giudizio di X": the noun may come with no verb at all.
        var article = verb < sentence.Count && Lower(verb) && IsResponseVerb(sentence[verb]) ? verb + 1 : verb;
        var link = article + 2;
        if (link + 1 >= sentence.Count || !Lower(article) || !_cues.Is(sentence[article], WordClass.Definite)
            || !sentence[article + 1].IsWord || !words.ResponseNouns.Contains(sentence[article + 1].Span)
            || !sentence[link].IsWord || !sentence[link].IsLower || !_cues.LinksToHolder(sentence[link].Span))
        {
            return Subject.None;
        }

        var named = _cues.Phrase.ReadForward(sentence, link + 1);
        return named.Kind == SubjectKind.Name && named.Text.IndexOf(' ') > 0
            && (named.End >= sentence.Count || sentence[named.End].Kind is TokenKind.Terminal or TokenKind.Comma)
            ? named
            : Subject.None;
    }

    // "…," was Mr Marr's assessment: a response's owner in the possessive, the noun closing the
    // sentence or its clause.
    private Subject PossessedResponseAfterQuote(IReadOnlyList<Token> sentence, int verb)
    {
        if (verb + 2 >= sentence.Count || !sentence[verb].IsLower || !IsResponseVerb(sentence[verb]))
        {
            return Subject.None;
        }

        var owner = _cues.Phrase.PossessedNounAt(sentence, verb + 1, _cues.Words.ResponseNouns);
        return owner.IsFound && (owner.End >= sentence.Count || sentence[owner.End].Kind is TokenKind.Terminal or TokenKind.Comma)
            ? owner
            : Subject.None;
    }

    // "came", "lautete", and a copula: "was the reply", "fue la respuesta".
    private bool IsResponseVerb(Token word)
        => word.IsWord && (_cues.Words.ResponseVerbs.Contains(word.Span) || _cues.Is(word, WordClass.Copula));
}
