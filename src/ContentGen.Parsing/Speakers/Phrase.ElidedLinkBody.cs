using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Nella lettera dell'azienda Nordassi si legge: «…»", "un portavoce dell'assicurazione Nordassi":
// Italian elides its link into the body's kind noun, so the link and the noun are one word; the
// body named after the noun (past its adjectives) is the one the document or spokesperson is of,
// as it is after "della cooperativa", "de la aseguradora", "da seguradora".
internal sealed partial class Phrase
{
    // The body named after a kind noun elided into its link at `link`, or None (no such word, or no
    // name after it: the bare noun is left to the readings that resolve it).
    private Subject BodyUnderElidedLink(IReadOnlyList<Token> sentence, int link)
    {
        if (link + 1 >= sentence.Count || !ElidedBodyNoun(sentence[link], _words.ElidedLinks).IsFound)
        {
            return Subject.None;
        }

        return NameAfterKindNoun(sentence, PastKindAdjectives(sentence, link + 1)) is { IsFound: true } named ? named : Subject.None;
    }
}
