using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A header's menu printed with gaps of two spaces ("Startseite  Lokales  Politik  Sport") or one item a line, under the
/// site's name, is no headline: its items are a word or two with no function word, where a headline is a clause. The
/// headline under it is the title, in every language. A headline printed with doubled spaces stays one.
/// </summary>
public sealed class MenuOverHeadlineTests
{
    [Theory]
    [InlineData("de", "Startseite  Lokales  Vereine  Wirtschaft  Kultur", "Anmelden  Abo")]
    [InlineData("fr", "Accueil  Département  Agglomération  Sports  Loisirs", "S'abonner  Mon compte")]
    [InlineData("es", "Inicio  Comarcas  Huerta  Deportes  Fiestas", "Hazte socio")]
    [InlineData("it", "Home  Provincia  Valli  Sport  Spettacoli", "Abbonati  Accedi")]
    [InlineData("nl", "Voorpagina  Regio  Polders  Sport  Uitgaan", "Inloggen  Abonneren")]
    [InlineData("en", "Home  County  Villages  Sport  Leisure", "Newsletter  Subscribe")]
    public void AMenuOfShortItemsParted_ByDoubledSpaces_IsNoTitle(string language, string menu, string account)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(menu + "\n" + account, p, language));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // A long menu may name a section or two in a phrase ("Servicios para medios", "Avis de décès"): among four plain items or
    // more, twice as many, it is still the menu, over a page with no skip link and a dateline under the headline.
    [Theory]
    [InlineData("es", "Última hora  Comarcas  Economía  Deportes  Cultura  Servicios para medios")]
    [InlineData("fr", "Accueil  Actualité  Vernoux  Sports  Agenda  Avis de décès")]
    [InlineData("it", "Calcio  Basket  Volley  Ciclismo  Altri sport  Classifiche")]
    [InlineData("pt", "Região  Desporto  Economia  Cultura  Opinião  Ficha do leitor")]
    [InlineData("en", "News  Sport  Business  Weather  Things to do")]
    public void AMenuWithAPhraseAmongItsItems_IsNoTitle(string language, string menu)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Westmarsch Tagblatt\n" + menu, p[0], "14/03/2025 13:05", p[1], p[2], p[3], Articles.Closing(language)));

        Assert.Equal(p[0], article.Title);
    }

    // Guard: a headline in Title Case printed with doubled spaces joins its words with function words, each an item of its
    // own ("To", "The"): it stays the title, as do items of one phrase each.
    [Theory]
    [InlineData("en", "Council  Votes  To  Close  The  Old  Library")]
    [InlineData("es", "Vecinos de Arenales  Piden un Autobús  Para el Polígono")]
    public void ATitleCaseHeadlineWithDoubledSpaces_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
    }

    [Theory]
    [InlineData("es", "Inicio\nComarcas\nHuerta\nDeportes")]
    [InlineData("pt", "Início\nConcelhos\nSerra\nDesporto")]
    [InlineData("de", "Startseite\nLokales\nVereine\nKultur")]
    public void AMenuOfOneItemALine_IsNoTitle(string language, string menu)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(menu, p, language));

        Assert.Equal(p[0], article.Title);
    }

    // A clause printed with doubled spaces runs on in lower case or joins its words with function words: still a headline.
    [Theory]
    [InlineData("de", "Fähre  fährt  ab  Mai  zweimal  täglich")]
    [InlineData("en", "Harbour  wall  to  be  rebuilt  by  spring")]
    [InlineData("fr", "Le  marché  revient  sur  la  place")]
    public void AHeadlinePrintedWithDoubledSpaces_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
    }

    // A kicker over the headline, with no dateline or repeat to mark either: the headline is the longer line right over
    // the standfirst.
    [Theory]
    [InlineData("de", "Nach dem Sturm an der Küste")]
    [InlineData("fr", "Après la tempête sur la côte")]
    [InlineData("es", "Tras el temporal en la costa")]
    [InlineData("it", "Dopo la tempesta sulla costa")]
    [InlineData("nl", "Na de storm aan de kust")]
    public void AKickerOverTheHeadline_IsNoTitle(string language, string kicker)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page("Startseite  Lokales  Vereine  Wirtschaft  Kultur", p, language, kicker));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // A deck printed without its stop under the headline runs longer than a headline: the headline stays the title. A line
    // under the headline shorter than it is no headline under a kicker either.
    [Theory]
    [InlineData("de", "Der Kreis zahlt den Betrieb in den ersten beiden Jahren, danach sollen die Gemeinden einen Teil der Kosten tragen")]
    [InlineData("fr", "Le département paiera le service les deux premières années, puis les communes prendront en charge une part des frais")]
    [InlineData("es", "Tres líneas nuevas")]
    public void ALineUnderTheHeadline_LongerThanAHeadline_OrShorter_LeavesTheHeadline(string language, string under)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", SkipLink(language) + "\nWestmarsch Tagblatt\nStartseite  Lokales  Vereine  Wirtschaft  Kultur", p[0], under, p[1], p[2], p[3], Articles.Closing(language)));

        Assert.Equal(p[0], article.Title);
    }

    // A skip link, the site's name and its menu over the headline, a standfirst, a byline in capitals and the article, as a
    // dump prints them.
    private static string Page(string menu, string[] p, string language, string? kicker = null)
        => string.Join("\n\n", SkipLink(language) + "\nWestmarsch Tagblatt\n" + menu, kicker is null ? p[0] : kicker + "\n\n" + p[0], p[1], "MARTA WELLENKAMP", p[2], p[3], Articles.Closing(language));

    private static string SkipLink(string language) => language switch
    {
        "de" => "Zum Inhalt springen",
        "fr" => "Aller au contenu",
        "es" => "Saltar al contenido",
        "it" => "Vai al contenuto",
        "pt" => "Ir para o conteúdo",
        "nl" => "Naar de inhoud",
        _ => "Skip to content",
    };
}
