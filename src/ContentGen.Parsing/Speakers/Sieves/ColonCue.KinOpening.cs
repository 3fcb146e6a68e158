using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "His wife added: "…"", "Su hija resumió el sentimiento de la familia: «…»", "Zijn dochter is stelliger: “…”", "Sa fille est plus directe : « … »", "La sua compagna sorride: «…»",
// "A sua irmã acrescentou: «…»": a sentence that opens on a possessive (after its article where Italian
// and Portuguese write one) and a family tie, then its verb, and ends in the colon before the quote gives
// the quote to the relative, as "«…», dijo su hija" is read after the quote (Phrase.KinTie.cs). The clause
// reading takes the capitalised possessive for a name it cannot find ("Su", "His") and left the
// quote to no one. The tie is a role that only the person the article gave it holds ("su hija Pilar
// Tirado"), so a tie the article gave no one names no one, never the person in focus. A definite article
// before a tie reads so too ("La hija dijo:", "A irmã acrescentou:"), but not an everyday word for anyone
// ("la mujer", "la femme": LooseKinNouns), which only a possessive makes a tie ("su mujer", "sa femme"), nor
// in German, where "Die Frau" is any woman (as Phrase.KinEpithet.cs reads no German noun);
// German is not read at all ("Seine Frau ergänzt:" is left as it was, see the guard).
// Stops: a name right after the tie ("Su hija Pilar dijo:") is the phrase reading's; the clause up to the
// colon holds no comma, no quote, no capitalised word but a German noun after its article or preposition,
// and brings in no role, document, passive agent, verb of quoting or of reading out, whose words the quote may be.
internal sealed partial class ColonCue
{
    private Subject KinOpening(IReadOnlyList<Token> sentence, int quote)
    {
        // Not where every noun is capitalised: German reads "Seine Tochter" as a name before this sieve, and "Frau"
        // is a title as well as a tie.
        if (_cues.Words.CapitalisesNouns || quote < 4 || quote > MaxClauseTokens || !sentence[0].IsWord || !sentence[0].IsCapitalized)
        {
            return Subject.None;
        }

        var words = _cues.Words;
        var owner = _cues.Is(sentence[0], WordClass.Possessive) ? 0
            : _cues.Is(sentence[0], WordClass.Definite) && sentence[1].IsWord && sentence[1].IsLower && _cues.Is(sentence[1], WordClass.Possessive) ? 1
            : -1;
        var noun = owner >= 0 ? owner + 1 : 1;
        var tie = sentence[noun];
        if (!tie.IsWord || !(tie.IsLower || words.CapitalisesNouns) || !(words.MaleKinNouns.Contains(tie.Span) || words.FemaleKinNouns.Contains(tie.Span)))
        {
            return Subject.None;
        }

        // "La hija dijo:" with no possessive: as after the quote (Phrase.KinEpithet.cs), never a loose tie, and
        // never where every noun is capitalised ("Die Frau sagte:" is any woman).
        if (owner < 0 && (!_cues.Is(sentence[0], WordClass.Definite) || words.CapitalisesNouns || words.LooseKinNouns.Contains(tie.Span)))
        {
            return Subject.None;
        }

        var verb = noun + 1;
        if (verb >= quote - 1 || !sentence[verb].IsWord || !sentence[verb].IsLower
            || _cues.Is(sentence[verb], WordClass.Preposition | WordClass.EmployerLink | WordClass.NameJoiner | WordClass.Article | WordClass.Coordinator))
        {
            return Subject.None;
        }

        for (var k = verb; k < quote - 1; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || _cues.Is(token, WordClass.TitleOrRole) || words.DocumentNouns.Contains(token.Span) || words.QuotingVerbs.Contains(token.Span)
                || words.DocumentVerbs.Contains(token.Span) || words.PassiveAgents.Contains(token.Span)
                || words.ReadAloudVerbs.Contains(token.Span) || words.ReadAloudParticiples.Contains(token.Span) || words.ReadAloudTexts.Contains(token.Span)
                || (token.IsCapitalized && !(words.CapitalisesNouns && sentence[k - 1].IsLower && _cues.Is(sentence[k - 1], WordClass.Article | WordClass.Preposition))))
            {
                return Subject.None;
            }
        }

        return new Subject(SubjectKind.Role, tie.Text, verb);
    }
}
