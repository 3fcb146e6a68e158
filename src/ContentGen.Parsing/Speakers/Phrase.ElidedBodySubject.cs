using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "L'entreprise affirme que « … »", "Lundi, l'association a estimé que", "L'azienda sostiene che «…»": a
// body's noun joined to its elided article is one token, so the reading of an article and then a body's noun
// ("la société affirme", "il consorzio sostiene") never saw it, and the quote went to no one. It speaks for
// the body the article named with that noun, as the unelided noun does. Only where the token opens its clause
// (the sentence's start, after a comma or a coordinator): after a preposition ("un salarié de l'entreprise
// affirme") the body is the complement of whoever speaks.
internal sealed partial class Phrase
{
    private Subject ElidedBodySubject(IReadOnlyList<Token> sentence, int at, int verb)
    {
        var noun = _organisations.ElidedNoun(sentence[at]);
        if (noun.IsEmpty)
        {
            return Subject.None;
        }

        // After a comma, only past a lower-case word ("mardi soir, l'entreprise"): a capitalised word
        // before the comma may be read as the body's own name set off by the noun ("Lundi, l'entreprise").
        var opensClause = at == 0
            || (at > 1 && sentence[at - 1].Kind == TokenKind.Comma && sentence[at - 2].IsWord && sentence[at - 2].IsLower)
            || (sentence[at - 1].IsLower && Is(sentence[at - 1], WordClass.Coordinator));
        return opensClause ? new Subject(SubjectKind.Organisation, Text.StringCache.Get(noun), verb) : Subject.None;
    }
}
