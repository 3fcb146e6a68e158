namespace ContentGen.Parsing.Speakers;

// "a confié l'octogénaire", "ha detto l'ottantenne", "l'homme politique": a definite article elided
// into the phrase's first word makes one token of them, which the phrase readers take as the article
// and its noun.
internal sealed partial class Phrase
{
    // "l'octogénaire", "l’ottantenne": a definite article elided into the word.
    private bool IsElidedDefinite(Token token)
        => token.IsLower && Elision.TrySplit(token.Span, out var head, out _) && _words.Definites.Contains(head);
}
