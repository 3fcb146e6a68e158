using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Der Netzbetreiber Nordstrom rechnet …", "La constructora Torrealba ha paralizado …", "The manufacturer
// Kelbrook will …", then "», teilte das Unternehmen mit", "», indicó la empresa en una nota", "the company
// said in a statement": a firm introduced by the noun of what it makes or does (the lexicons' FirmNouns; in
// German also a compound ending in one, "Netzbetreiber") is a firm of a trade, which a company's noun later
// means, as it means a firm introduced by a trade's noun ("a fábrica X", Cast.IsTradeOfCompany). Before,
// the name after such a noun was not recorded (the FirmNouns were read only in an appositive), and the
// company's noun meant no one.
// Stops:
// - only a noun right after a definite article, or a preposition written with one ("os clientes da operadora
//   Ondavia", "i clienti della startup Ventrelia", session 65), with a capitalised name right after it
//   ("the supplier said", "un fournisseur de gaz" record nothing);
// - the company's noun means the firm only when the article names no other firm (a firm of a trade, a
//   name introduced by a trade's or a company's noun, or one holding a company's word): two suppliers
//   named, "the company" may be either, and a wrong speaker is worse than none.
internal sealed partial class Cast
{
    // The caller found a definite article before `noun` and a capitalised word after it, from the
    // tokens' classes and case: only then is the noun looked up.
    private void ReadFirmOfTrade(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (IsFirmOfTradeNoun(sentence[noun].Span))
        {
            ReadAfterNoun(sentence, noun, paragraph, kind: sentence[noun].Text);
        }
    }

    // "constructora", "Hersteller", and in German a compound ending in one ("Netzbetreiber").
    private bool IsFirmOfTradeNoun(ReadOnlySpan<char> noun)
        => _cues.Words.FirmNouns.Contains(noun) || (_cues.Words.CapitalisesNouns && noun.Length > 0 && char.IsUpper(noun[0]) && _cues.Words.FirmNouns.EndsAny(noun));

    // Whether a company's noun means `name`, introduced by the firm's noun `own`: the one firm the article names.
    private bool IsOnlyFirmOfTrade(string name, string own, string noun)
    {
        if (!_cues.Words.CompanyNouns.Contains(noun.AsSpan()) || !IsFirmOfTradeNoun(own.AsSpan()))
        {
            return false;
        }

        foreach (var (other, _, _, document) in _recent)
        {
            if (other is null || document is not null || string.Equals(other, name, StringComparison.Ordinal))
            {
                continue;
            }

            if (HoldsCompanyWord(other) || (NounIn(other) is { } kind
                && (IsFirmOfTradeNoun(kind.AsSpan()) || _cues.Words.TradeNouns.Contains(kind.AsSpan()) || _cues.Words.CompanyNouns.Contains(kind.AsSpan()))))
            {
                return false;
            }
        }

        return true;
    }
}
