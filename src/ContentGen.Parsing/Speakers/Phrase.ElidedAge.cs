namespace ContentGen.Parsing.Speakers;

// "a confié l'octogénaire", "ha detto l'ottantenne": an age in words with its article elided into it is
// one token, the phrase's first, and means whom the article named as "le septuagénaire" does.
internal sealed partial class Phrase
{
    // "l'octogénaire", "l’ottantenne": a definite article elided into the word.
    private bool IsElidedDefinite(Token token)
        => token.IsLower && Elision.TrySplit(token.Span, out var head, out _) && _words.Definites.Contains(head);
}
