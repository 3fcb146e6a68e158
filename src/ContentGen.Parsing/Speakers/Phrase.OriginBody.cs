using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A body an opening phrase gives as where the words come from, before a verb with no one as its
// subject: "Dal Comune fanno sapere", "Du côté de la mairie, on assure", "Na câmara, garante-se".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body the phrase opening the sentence gives words from: after a preposition of source
    /// ("Dal Comune", "Bei der Stadtverwaltung"), after a side's noun and its link ("Du côté de la
    /// mairie", "Por parte del Ayuntamiento", "Da parte da câmara"), or after a preposition of place
    /// ("En el Ayuntamiento", "Na câmara", "À la préfecture"). <see cref="Subject.None"/> when the
    /// phrase names no body. Only a verb with no subject of its own after the phrase makes it the
    /// speaker: that is for the caller to read.
    /// </summary>
    public Subject OriginBody(IReadOnlyList<Token> sentence)
    {
        if (BodyFrom(sentence, 0) is { IsFound: true } from)
        {
            return from;
        }

        var side = SideNounAt(sentence);
        if (side >= 0 && BodyAfter(sentence, side + 1, _words.OrganisationLinks) is { IsFound: true } sided)
        {
            return sided;
        }

        return BodyAfter(sentence, 0, _words.Locatives);
    }

    // "Côté de …" or "Du côté de …": the side's noun opening the sentence or right after its
    // preposition, a link after it; -1 otherwise.
    private int SideNounAt(IReadOnlyList<Token> sentence)
    {
        for (var k = 0; k <= 1 && k + 1 < sentence.Count; k++)
        {
            if (sentence[k].IsWord && _words.SourceSides.Contains(sentence[k].Span) && sentence[k + 1].IsLower
                && _words.OrganisationLinks.Contains(sentence[k + 1].Span)
                && (k == 0 || IsSidePreposition(sentence[0])))
            {
                return k;
            }
        }

        return -1;
    }

    // "Du", "Da", "Por" before the side's noun: the prepositions of source, of agents and of links.
    private bool IsSidePreposition(Token token)
        => Is(token, WordClass.Preposition) || _words.OrganisationLinks.Contains(token.Span) || _words.SourcePrepositions.Contains(token.Span)
        || _words.PassiveAgents.Contains(token.Span);
}
