using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class SpeakerFinder
{
    // How many lower-case words may stand between a naming word and its link or quote: a place
    // and who calls it so ("conocido en el barrio como", "che in paese ormai tutti chiamano").
    private const int MaxWordsBeforeName = 4;

    // "known locally as "the hut"", "conocido en el pueblo como «el Chiringuito»", "che in paese
    // tutti chiamano “il bancomat”", "apelidado pelos alunos de “a lata velha”": the quote is what
    // something is called, a name quoted from nobody, whoever the sentence's subject is. A word of
    // being known names only through its link right before the quote ("known for his notices" does not).
    private bool IsCalledByName(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        var at = quote - 1;
        // The link is the word that says what something is: "as", "como", "come", "comme", "als".
        var linked = at >= 0 && sentence[at].Kind == TokenKind.Word && words.PredicateLinks.Contains(sentence[at].Span);
        if (linked)
        {
            at--;
        }

        for (var read = 0; read < MaxWordsBeforeName && at >= 0; read++, at--)
        {
            var word = sentence[at];
            if (word.Kind != TokenKind.Word || !word.IsLower)
            {
                return false;
            }

            if (words.NamingWords.Contains(word.Span) || (linked && words.KnownAsWords.Contains(word.Span)))
            {
                return true;
            }
        }

        return false;
    }
}
