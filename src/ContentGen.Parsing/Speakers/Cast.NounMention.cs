using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "L'azienda, che dà lavoro a 140 persone, ha diffuso un comunicato.", "De fabriek heeft maandag
// …", "L'entreprise a réuni ses salariés": a body the article mentions again by its own noun (the
// noun its name holds or was introduced by) is the latest named from there on, as if named again,
// so that a noun of any kind after it ("la direzione", "die Behörde", "the body") means it and not
// a body named in between. Only the noun standing alone: before a name ("l'azienda Plastivalle") or
// a complement ("la direzione dell'ospedale") it names a body of its own, read elsewhere.
internal sealed partial class Cast
{
    private void ReadNounMention(IReadOnlyList<Token> sentence, int at, int paragraph)
    {
        var token = sentence[at];
        if (!token.IsWord || _recent.Count == 0)
        {
            return;
        }

        // Every word of every sentence passes here: the token's classes, read when it was, come
        // before any lookup.
        System.ReadOnlySpan<char> noun;
        if (_cues.Is(token, WordClass.OrganisationNoun) && (token.IsLower || (_cues.Words.CapitalisesNouns && token.IsCapitalized))
            && at > 0 && sentence[at - 1].IsWord && _cues.Is(sentence[at - 1], WordClass.Definite))
        {
            noun = token.Span;
        }
        else
        {
            noun = _cues.Phrase.ElidedOrganisationNoun(token);
        }

        if (noun.IsEmpty || _cues.Words.DocumentNouns.Contains(noun) || _cues.Words.AnyBodyNouns.Contains(noun))
        {
            return;
        }

        var next = at + 1;
        if (next < sentence.Count && sentence[next].IsWord
            && (sentence[next].IsCapitalized || _cues.Words.OrganisationLinks.Contains(sentence[next].Span)))
        {
            return;
        }

        if (NamedByKind(Text.StringCache.Get(noun)) is { Name: { } name, Ambiguous: false })
        {
            if (!string.Equals(name, _recent[0].Name, System.StringComparison.Ordinal))
            {
                Organisation(name, paragraph);
            }
            else
            {
                // "L'entreprise a répondu" after "La Ville de Morvan a demandé …": the latest body,
                // mentioned again, stands after the name no one classed.
                _unclassedOpening = -1;
            }
        }
    }
}
