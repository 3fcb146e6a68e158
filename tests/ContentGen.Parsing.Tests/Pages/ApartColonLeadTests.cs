using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A short colon line set apart over glued lines heads the article's list only when the lines are items ("10 h :
/// ouverture"); over the page's address ("Contact the newsroom:" / the outlet, its street, its town) it is the
/// footer's, and the address stays out of the body (review s15, item 5).
/// </summary>
public sealed class ApartColonLeadTests
{
    public static TheoryData<string, string, string> Footers() => new()
    {
        { "en", "Contact the newsroom:", "Harbour Gazette\n12 Quay Street\nHarbourtown" },
        { "fr", "Nous suivre :", "La Gazette du Port\n4 rue des Mouettes\n29000 Portville" },
        { "de", "So erreichen Sie uns:", "Hafenbote Redaktion\nKaistraße 7\n26000 Hafenstadt" },
        { "es", "Contacto:", "Gaceta del Puerto\nCalle del Muelle 9\n15000 Puertoviejo" },
    };

    [Theory]
    [MemberData(nameof(Footers))]
    public void AnAddressUnderAnApartColonLine_IsNotTheArticles(string language, string lead, string address)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], lead, address, "© 2024");
        var article = ArticleParser.Parse(page);
        var kept = string.Join(" ", article.Paragraphs.Select(x => x.Text));

        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(address.Split('\n')[1], kept, StringComparison.Ordinal);
    }
}
