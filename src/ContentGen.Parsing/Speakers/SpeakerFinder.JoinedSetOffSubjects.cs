using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Le maire, Jean Dupont, et son adjointe Claire Martin ont présenté le projet. « … », a-t-elle
// précisé.", "El director Luis Mora y la alcaldesa, Carmen Ruiz, visitaron la obra.": two people
// joined as the sentence's subject, one or both named after their role and set off by commas.
// Reporters write the pair this way as often as without commas, and either may be whom the next
// pronoun means, so no one is (SpeakerFinder.JoinedSubjects.cs). The commas hid the pair from that
// reading, and the pronoun went to the first name whatever gender its role showed.
//
// The sentence's opening is read again without its commas, with every guard of the joined reading
// (only an article and a role before the first name, a person's name after the conjunction, a verb
// after it): "El lunes, Rosa Gil recibió a …" opens on no role and "The mayor, Jon Vale, and North
// Haven" joins no second person. A list of names ("Vale, Tim Hale, Ben Kemp and Ian Pike") is left
// as it was read: its first name, the one the article was about, is most often the one meant; and
// a pair that holds the last speaker leaves the pronoun going on with that speaker.
internal sealed partial class SpeakerFinder
{
    // The opening read without commas: two role phrases, two names and the verb after them.
    private const int MaxSetOffOpening = 24;

    // Reused for each sentence read: no list is allocated per sentence.
    private readonly List<Token> _withoutCommas = new(MaxSetOffOpening);

    // Whether the sentence opens with two people joined as its subject once the commas setting off
    // their names are left out. Cheap first: only a sentence with a comma and a conjunction within
    // the opening is read again, and only its opening.
    private bool OpensWithJoinedSetOffPeople(IReadOnlyList<Token> sentence)
    {
        // A list of people needs its coordinator: most sentences have none (SentenceSummary).
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Coordinator))
        {
            return false;
        }

        var comma = false;
        var coordinator = false;
        for (var k = 1; k < sentence.Count && k < MaxSetOffOpening; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                // "Vale, Tim Hale, Ben Kemp and Ian Pike have …": a comma between two names lists
                // people, and the first of a list is most often whom the pronoun means; only a
                // comma after a role ("Der Bürgermeister, Jan Vogt") sets off a name.
                if (sentence[k - 1].IsCapitalized && !_cues.Is(sentence[k - 1], WordClass.RoleNoun)
                    && k + 1 < sentence.Count && sentence[k + 1].IsCapitalized)
                {
                    return false;
                }

                comma = true;
            }

            coordinator |= sentence[k].IsLower && _cues.Is(sentence[k], WordClass.Coordinator);
        }

        if (!comma || !coordinator || !sentence[0].IsWord)
        {
            return false;
        }

        // "« … », a assuré le maire, Paul Girard. Le maire, Paul Girard, et son adjoint, Marc Lenoir,
        // ont visité le chantier. « … », a-t-il déclaré.": the pair holds the speaker the article is
        // following, and the pronoun goes on with him, as it did before.
        var quoted = _state.LastQuoted is { } last ? LastWord(last) : null;
        _withoutCommas.Clear();
        for (var k = 0; k < sentence.Count && _withoutCommas.Count < MaxSetOffOpening; k++)
        {
            if (quoted is not null && sentence[k].IsCapitalized && sentence[k].Span.Equals(quoted.AsSpan(), StringComparison.Ordinal))
            {
                return false;
            }

            if (sentence[k].Kind != TokenKind.Comma)
            {
                _withoutCommas.Add(sentence[k]);
            }
        }

        return OpensWithJoinedPeople(_withoutCommas);
    }
}
