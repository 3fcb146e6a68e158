using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S3: the person opening the sentence whose verb of wanting or hoping opens the clause that holds
/// a partial quote: <c>L'architecte X a voulu un bâtiment « … »</c>, <c>X espera que … “…”</c>
/// (Cues.WishingComplement.cs).
/// </summary>
internal sealed class WishingComplement : ISieve
{
    private readonly Cues _cues;

    public WishingComplement(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote) => _cues.WishingComplementSubject(sentence, quote);
}
