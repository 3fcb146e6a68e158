using System;

namespace ContentGen.Parsing.Speakers;

// "A Conservas Atlântida, a última fábrica de conservas da vila, vai encerrar …" and, paragraphs
// on, "Contactada pelo jornal, fonte da empresa rejeitou …", "A empresa garante que …": a company's
// noun ("a empresa", "la compañía", "l'azienda") means the one firm the article names, however far
// back, when a trade's noun introduced it ("a fábrica", "la naviera", "la fabbrica"). Before, such a
// firm named beyond the reach of a few paragraphs was no one's, and the body named last kept the
// turn. Stops: only when nothing within the reach was meant; only a company's noun (an association,
// a council or a document's noun is read as before); only a firm of a trade ("Monitoring firm
// Netcraft" is a firm by a company's noun, which means it only within a sentence, as before, since
// "the company" may be another named with no noun); and only when the article names
// no second firm (a name with a company's word, or introduced by a trade's or a company's noun),
// nor a body the cast holds with no known kind, which may be one: the noun then means none.
internal sealed partial class Cast
{
    private string? OnlyFirm(string noun)
    {
        if (noun.Length == 0 || !_cues.Words.CompanyNouns.Contains(noun.AsSpan()))
        {
            return null;
        }

        string? firm = null;
        foreach (var (name, _, _, document) in _recent)
        {
            if (name is null || document is not null)
            {
                continue;
            }

            // "Lycos Europe", named with no noun of its kind, may be the firm meant as well.
            if (!IsFirm(name))
            {
                if (NounIn(name) is null)
                {
                    return null;
                }

                continue;
            }

            if (firm is not null && !string.Equals(firm, name, StringComparison.Ordinal))
            {
                return null;
            }

            firm = name;
        }

        return firm is not null && NounIn(firm) is { } kind && IsTradeOfCompany(kind, noun) ? firm : null;
    }

    // A firm: introduced by a trade's or a company's noun, or holding a company's word ("Tubalis SA").
    private bool IsFirm(string name)
        => HoldsCompanyWord(name)
        || (NounIn(name) is { } own && (_cues.Words.TradeNouns.Contains(own.AsSpan()) || _cues.Words.CompanyNouns.Contains(own.AsSpan())));
}
