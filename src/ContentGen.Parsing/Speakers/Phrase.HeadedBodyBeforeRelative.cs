using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Même colère au Comité régional des pêches de Basse-Manche, qui dénonce une saisie « … »", "Stessa
// rabbia al Consorzio dei pescatori di Valle Scura, che denuncia …": a relative clause set off after a
// body whose noun heads its name, lower-case words and links going on to a capitalised place, describes
// the body. The capitals before the comma were read back alone, as a person's name would be, and the
// quote went to the place ("Basse-Manche"). The body's whole name is read as the reading of a subject
// reads it (OrganisationName), only when it ends right at the comma. A body inside an apposition after
// a name ("Jean Dupont, président du Comité … de Basse-Manche, qui", "Hélène Da Costa, économiste à
// l'université de Lorvaux, qui") is the apposition's complement, and the clause describes the name, as
// NameBeforeApposedComplement reads a place there.
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

            var start = noun > 0 && sentence[noun - 1].IsLower && Is(sentence[noun - 1], WordClass.Definite) ? noun - 1 : noun;
            return ApposedNameEndBefore(sentence, start) is var apposed and >= 0
                ? FromRun(sentence, ApposedNameStart(sentence, apposed), apposed + 1, verb)
                : headed;
        }

        return Subject.None;
    }

    // The last token of a name set off before an apposition that holds the body starting at `start`: "Jean Dupont,
    // président du Comité", "Hélène Da Costa, économiste de la santé à l'université de Lorvaux". The apposition opens
    // on a role, a title, a profession or a person's noun (past its article) and holds lower-case words only; or -1.
    private int ApposedNameEndBefore(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxApposedWords = 6;
        for (var k = start - 1; k > 0 && start - k <= MaxApposedWords + 1; k--)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                var first = k + 1 < start && sentence[k + 1].IsLower && Is(sentence[k + 1], WordClass.Definite) ? k + 2 : k + 1;
                return first < start && sentence[k - 1].IsCapitalized && IsApposedPersonNoun(sentence[first]) ? k - 1 : -1;
            }

            if (!token.IsWord || !token.IsLower || _words.ReportingVerbs.Contains(token.Span) || IsRelativePronoun(token))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsApposedPersonNoun(Token word)
        => IsTitleOrRole(word) || _words.ProfessionEpithets.Contains(word.Span) || _words.PeopleNouns.Contains(word.Span);
}
