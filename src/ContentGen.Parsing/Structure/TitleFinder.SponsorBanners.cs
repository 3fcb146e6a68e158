using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 63 (pages2): a sponsor's banner over a partner's page. Its label ("CONTENU SPONSORISÉ", "ANZEIGE") is a navigation
/// line already; the line under it that brings in the partner ("En partenariat avec", "En colaboración con", alone on its
/// line, <see cref="LexiconTables.SponsorLeads"/>) has the partner's name glued under it, and often a sentence of disclosure
/// under that ("Ce contenu a été réalisé par … La rédaction … n'y a pas participé."). The partner's name was read as the
/// headline, scored by its repeat in the disclosure, and the disclosure as the article's first paragraph, so the headline
/// under the banner was searched for above it.
/// </summary>
internal static partial class TitleFinder
{
    // The partner's name: a line glued right under a sponsor's lead alone on its line.
    private static bool IsPartnerName(IReadOnlyList<TextBlock> blocks, int i)
        => i > 0 && blocks[i].LineCount == 1 && blocks[i - 1].LineCount == 1 && Glued(blocks[i - 1], blocks[i]) && IsSponsorLead(blocks[i - 1].Text);

    // The banner's disclosure: a block glued right under the partner's name.
    private static bool IsBannerDisclosure(IReadOnlyList<TextBlock> blocks, int i)
        => i > 1 && Glued(blocks[i - 1], blocks[i]) && IsPartnerName(blocks, i - 1);

    // "En partenariat avec", "In partnership with:": the lead's whole line, a colon after it allowed.
    private static bool IsSponsorLead(string text) => LexiconTables.SponsorLeads.Contains(text.AsSpan().Trim().TrimEnd(':').TrimEnd());
}
