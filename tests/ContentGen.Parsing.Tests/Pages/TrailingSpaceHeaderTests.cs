using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Spaces, a tab or a no-break space that a dump leaves at the end of a header's line do not part that line from the menu
/// printed under it: the menu stays a line of the header, and the headline set apart below is the title.
/// </summary>
public sealed class TrailingSpaceHeaderTests
{
    // language | home link | site | menu | account line | breadcrumb
    public static TheoryData<string, string, string, string, string, string, string> Headers()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        var headers = new[]
        {
            ("en", "Home", "valleynews.co.uk", "News Sport Business Travel Puzzles", "Email Sign in", "News > Local > Transport"),
            ("fr", "Accueil", "levalnews.fr", "Actualités Sport Économie Voyages Jeux", "E-mail Connexion", "Actualités > Région > Transports"),
            ("de", "Startseite", "talbote.de", "Nachrichten Sport Finanzen Auto Reisen Spiele", "E-Mail Login", "Nachrichten > Region > Verkehr"),
            ("es", "Inicio", "diariodelvalle.es", "Noticias Deportes Economía Viajes Juegos", "Correo Acceder", "Noticias > Región > Transporte"),
            ("it", "Home", "gazzettadellavalle.it", "Notizie Sport Economia Viaggi Giochi", "Email Accedi", "Notizie > Regione > Trasporti"),
            ("pt", "Início", "jornaldovale.pt", "Notícias Desporto Economia Viagens Jogos", "Email Entrar", "Notícias > Região > Transportes"),
            ("nl", "Home", "dalbode.nl", "Nieuws Sport Economie Reizen Puzzels", "E-mail Inloggen", "Nieuws > Regio > Verkeer"),
        };
        foreach (var (language, home, site, menu, account, crumbs) in headers)
        {
            foreach (var trailing in new[] { "  ", "\t", "\u00A0 " })
            {
                data.Add(language, home, site + trailing, menu, account, crumbs, trailing);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void TrailingSpaces_OnTheSiteLine_ReadAsTheLineWithout(string language, string home, string site, string menu, string account, string crumbs, string trailing)
    {
        var p = Articles.Of(language);
        string Page(string siteLine) => string.Join("\n", home, siteLine, menu, account) + "\n\n" + crumbs + "\n\n"
            + string.Join("\n\n", p[0], p[1], p[2], Articles.Closing(language), p[3]);

        var with = ArticleParser.Parse(Page(site));
        var without = ArticleParser.Parse(Page(site[..^trailing.Length]));

        Assert.Equal(without.Title, with.Title);
        Assert.Equal(without.Paragraphs.Select(x => x.Text), with.Paragraphs.Select(x => x.Text));
    }

    // The headers where the menu was read as the headline once the site's line ended on spaces.
    [Theory]
    [InlineData("de", "Startseite", "talbote.de  ", "Nachrichten Sport Finanzen Auto Reisen Spiele", "E-Mail Login", "Nachrichten > Region > Verkehr")]
    [InlineData("fr", "Accueil", "levalnews.fr\t", "Actualités Sport Économie Voyages Jeux", "E-mail Connexion", "Actualités > Région > Transports")]
    [InlineData("it", "Home", "gazzettadellavalle.it \u00A0", "Notizie Sport Economia Viaggi Giochi", "Email Accedi", "Notizie > Regione > Trasporti")]
    [InlineData("nl", "Home", "dalbode.nl  ", "Nieuws Sport Economie Reizen Puzzels", "E-mail Inloggen", "Nieuws > Regio > Verkeer")]
    public void TheHeadline_StaysTheTitle(string language, string home, string site, string menu, string account, string crumbs)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", home, site, menu, account) + "\n\n" + crumbs + "\n\n" + string.Join("\n\n", p[0], p[1], p[2], Articles.Closing(language), p[3]);

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }
}
