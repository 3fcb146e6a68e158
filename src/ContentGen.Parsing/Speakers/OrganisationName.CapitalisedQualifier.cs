using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class OrganisationName
{
    /// <summary>
    /// "l'Association Sportive de Valmont", "la Unión Comarcal de Regantes", "l'Unione Coltivatori
    /// d'Abruzzo": in a name written in capitals, the words that qualify its noun are capitalised
    /// too. One is read as the lower-case adjective is ("Agence régionale de santé"): after a
    /// capitalised noun, a plain capitalised word (no acronym, no verb or function word), and only
    /// where a link or an elided link follows the qualifiers, so the name has a complement. The
    /// look-ahead is at most <see cref="MaxAdjectives"/> tokens.
    /// </summary>
    private bool IsCapitalisedQualifier(IReadOnlyList<Token> sentence, ReadOnlySpan<char> noun, int at)
    {
        var token = sentence[at];
        if (!char.IsUpper(noun[0]) || !token.IsCapitalized || LetterCase.IsAcronym(token.Span) || !IsPlainWord(token))
        {
            return false;
        }

        for (var k = at + 1; k < sentence.Count && k <= at + MaxAdjectives; k++)
        {
            if (IsJoiner(sentence[k]) || IsElidedJoiner(sentence[k]))
            {
                return true;
            }

            if (!sentence[k].IsCapitalized || LetterCase.IsAcronym(sentence[k].Span) || !IsPlainWord(sentence[k]))
            {
                return false;
            }
        }

        return false;
    }
}
