using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Même colère au Comité régional des pêches de Basse-Manche, qui dénonce une saisie « … »", "Stessa
// rabbia al Consorzio dei pescatori di Valle Scura, che denuncia …": a relative clause set off after a
// body whose noun heads its name, lower-case words and links going on to a capitalised place, describes
// the body. The capitals before the comma were read back alone, as a person's name would be, and the
// quote went to the place ("Basse-Manche"). The body's whole name is read as the reading of a subject
// reads it (OrganisationName), only when it ends right at the comma. A body inside an apposition after
// a name ("Jean Dupont, président du Comité … de Basse-Manche, qui") is the apposition's complement,
// and the clause describes the name, as NameBeforeApposedComplement reads the place there.
internal sealed partial class Phrase
{
    // The body's name may run over adjectives and two or three links: "Comité régional des pêches de
    // Basse-Manche" is six tokens, "Sindicato dos Trabalhadores na Indústria de Calçados do Itaúna" nine.
    private const int MaxHeadedBodyTokens = 10;

    /// <summary>
    /// The body whose noun heads a name ending at <paramref name="last"/>, right before a relative clause's comma, or
    /// the name before an apposition the body is the complement of; <see cref="Subject.None"/> when no headed name ends there.
    /// </summary>
    private Subject HeadedBodyBeforeRelative(IReadOnlyList<Token> sentence, int last, int verb)
    {
        for (var noun = last; noun >= 0 && last - noun < MaxHeadedBodyTokens && sentence[noun].IsWord; noun--)
        {
            if ((!Is(sentence[noun], WordClass.OrganisationNoun) && _organisations.ElidedNoun(sentence[noun]).IsEmpty
                    && _organisations.CapitalisedElidedNoun(sentence[noun]).IsEmpty)
                || _organisations.Read(sentence, noun) is not { IsFound: true, IsOrganisation: true } headed || headed.End != last + 1)
            {
                continue;
            }

            // The link before the body's noun (or its article): "président du Comité", "presidente della Unione".
            var link = noun > 0 && sentence[noun - 1].IsLower && Is(sentence[noun - 1], WordClass.Definite) ? noun - 2 : noun - 1;
            if (link > 0 && sentence[link].IsLower && NameBeforeApposedComplement(sentence, link) is var apposed and >= 0)
            {
                return FromRun(sentence, ApposedNameStart(sentence, apposed), apposed + 1, verb);
            }

            return headed;
        }

        return Subject.None;
    }
}
