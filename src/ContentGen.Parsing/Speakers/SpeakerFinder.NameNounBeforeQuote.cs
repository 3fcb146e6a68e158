using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "under the name "Eyes on the quay"", "unter dem Namen „…“", "sous le nom de « … »", "con el nombre
// de «…»", "con il nome di «…»", "com o nome «…»", "onder de naam ‘…’": the noun "name" after its
// article, right before the quote or over one preposition, says what something is called. The quote is
// a name, quoted from nobody, whoever reports in the sentence or is its subject. German capitalises
// the noun, which the lower-case naming words of SpeakerFinder.CalledByName.cs never are.
// Stopped where other words stand between the noun and the quote ("whose name is on the list, said:
// "…""), and where no article or preposition stands before the noun ("residents name "…" as", a
// verb; "col nome di" passes, "col" being a preposition).
internal sealed partial class SpeakerFinder
{
    private bool IsNamedByNameNoun(IReadOnlyList<Token> sentence, int quote)
    {
        var noun = NounBeforeQuote(sentence, quote, _cues.Words.NameNouns);
        return noun >= 1 && _cues.Is(sentence[noun - 1], WordClass.Article | WordClass.Preposition);
    }

    // Where a noun of `nouns` stands right before the quote, or over one lower-case preposition ("sous le nom de « … »",
    // "dal titolo «…»"), with a word before it for the caller to judge; -1 where none does. Shared by the name noun
    // here and the title noun (SpeakerFinder.TitleBeforeQuote.cs), which differ only in what may stand before the noun.
    private int NounBeforeQuote(IReadOnlyList<Token> sentence, int quote, WordTable nouns)
    {
        var at = quote - 1;
        if (at >= 1 && sentence[at].IsWord && sentence[at].IsLower && _cues.Is(sentence[at], WordClass.Preposition)
            && !nouns.Contains(sentence[at].Span))
        {
            at--;
        }

        return at >= 1 && sentence[at].IsWord && nouns.Contains(sentence[at].Span) && sentence[at - 1].IsWord ? at : -1;
    }
}
