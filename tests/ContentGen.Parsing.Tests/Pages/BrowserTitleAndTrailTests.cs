using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Title lines a page's header prints in every language: an account's links parted by bars with the offer's price
/// ("Sign in | Subscribe from £1"), which is chrome; the browser's title "Headline - Section - Site" as the page's first
/// line, when the page prints its headline nowhere else; and a breadcrumb's trail on one line that ends on the headline.
/// </summary>
public sealed class BrowserTitleAndTrailTests
{
    private const string Site = CourierHeader.Site;

    [Theory]
    [InlineData("Sign in | Subscribe from £1")]
    [InlineData("Se connecter | S'abonner dès 1 €")]
    [InlineData("Anmelden | Abonnieren ab 0,99 €")]
    [InlineData("Iniciar sesión | Suscríbete desde 1 €")]
    [InlineData("Accedi | Abbonati da 1 €")]
    [InlineData("Entrar | Assine por 1 €")]
    [InlineData("Inloggen | Abonneren vanaf € 1")]
    public void AnAccountsLinksWithAnOffersPrice_PartedByBars_AreNavigation(string line)
    {
        Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(line));
    }

    [Theory]
    [InlineData("Home secretary resigns over leak | The Valley Courier")]
    [InlineData("Ferry fares rise by 5% | Subscribe")]
    [InlineData("Accueil des réfugiés : 120 places | Le Courrier du Val")]
    [InlineData("Startseite | Stadtrat beschließt 12 neue Radwege")]
    public void AHeadlineBesideABar_IsNoAccountsLinks(string line)
    {
        Assert.Null(BoilerplateLines.ClassifyLine(line));
    }

    private static (string Byline, string Date) Stamps(string language) => language switch
    {
        "en" => ("By Jane Roe", "14 November 2025, 07:45"),
        "fr" => ("Par Claire Roy", "21 novembre 2025 à 18h10"),
        "de" => ("Von Jonas Berg", "28.10.2025, 16:30 Uhr"),
        "es" => ("Por Sergio Olmo", "12/11/2025 - 13:40"),
        "it" => ("di Paola Neri", "5 novembre 2025 alle 09:15"),
        "pt" => ("Por Ana Costa", "18 de agosto de 2025, 08:05"),
        _ => ("Door Els Smit", "3 december 2025, 14:25"),
    };

    // A long standfirst, the byline's stack and the article, with the site's rights notice at the foot.
    private static string Article(string language)
    {
        var p = Articles.Of(language);
        var (byline, date) = Stamps(language);
        return string.Join("\n\n", Articles.Closing(language), byline + "\n" + date, p[1], p[2], p[3], "© 2025 " + Site);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheBrowsersTitle_OverTheHeader_NamesTheHeadlineAndTheSite(string language)
    {
        var headline = Articles.Headline(language);
        var page = headline + " - " + CourierHeader.Section(language) + " - " + Site + "\n" + CourierHeader.Lines(language) + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[0].Text);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheBrowsersTitle_WithTheHeadlinePrintedOverTheArticle_LeavesThePrintedCopyTheTitle(string language)
    {
        var headline = Articles.Headline(language);
        var page = headline + " - " + CourierHeader.Section(language) + " - " + Site + "\n" + CourierHeader.Lines(language) + "\n\n" + headline + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(7, article.TitlePosition.Line);
    }

    private static string Trail(string language) => language switch
    {
        "en" => "Home › Local › Crabley › ",
        "fr" => "Accueil › Vie locale › Saint-Méry › ",
        "de" => "Startseite › Lokales › Talheim › ",
        "es" => "Portada › Local › Valdemoro › ",
        "it" => "Home › Cronaca › Teglio › ",
        "pt" => "Início › Local › Ponte de Lima › ",
        _ => "Home › Regio › Kasterlee › ",
    };

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AHeadlineEndingTheTrail_OnItsLine_IsTheTitle(string language)
    {
        var headline = Articles.Headline(language);
        var page = CourierHeader.Lines(language) + "\n\n" + Trail(language) + headline + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(Trail(language).Length, article.TitlePosition.Column - 1);
        Assert.Contains(article.Boilerplate, b => b.Text == Trail(language).TrimEnd() && b.Kind == BoilerplateKind.Navigation);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[0].Text);
    }

    // The trail printed as a dump wraps it, inside the headline's crumb, where a word in lower case goes on.
    private static string WrappedInHeadline(string language)
    {
        var words = Articles.Headline(language).Split(' ');
        var at = Array.FindIndex(words, 2, w => char.IsLower(w[0]));
        return Trail(language) + string.Join(" ", words[..at]) + "\n" + string.Join(" ", words[at..]);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AHeadlineEndingTheTrail_WrappedInsideIt_IsTheTitle(string language)
    {
        var headline = Articles.Headline(language);
        var page = CourierHeader.Lines(language) + "\n\n" + WrappedInHeadline(language) + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == Trail(language).TrimEnd() && b.Kind == BoilerplateKind.Navigation);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[0].Text);
    }

    // A headline glued under the trail opens in capitals, as its own line: the trail's last crumb, a place, is no headline.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AHeadlineGluedUnderATrailEndingOnAPlace_IsTheTitleAlone(string language)
    {
        var headline = Articles.Headline(language);
        var page = CourierHeader.Lines(language) + "\n\n" + Trail(language).TrimEnd().TrimEnd('›').TrimEnd() + "\n" + headline + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain("›", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ATrailEndingOnASection_IsNoTitle_TheHeadlineUnderItIs(string language)
    {
        var headline = Articles.Headline(language);
        var page = CourierHeader.Lines(language) + "\n\n" + Trail(language) + CourierHeader.Section(language) + "\n\n" + headline + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(8, article.TitlePosition.Line);
    }
}

/// <summary>
/// Two copies of the headline that differ: the short one for search engines with the site's name first on the page, and
/// the printed one set apart over the standfirst and the byline's stack (the writer's name, the place and the date glued).
/// The printed one is the title, in every language.
/// </summary>
public sealed class PrintedHeadlineUnderBrowserTitleTests
{
    private const string Site = CourierHeader.Site;

    // The printed headline runs long, over two lines: a deck's length, which earns no headline's bonus for its words.
    private static (string Short, string Printed, string Name, string Dateline) Copies(string language) => language switch
    {
        "en" => ("Council approves parking plan", "Councillors back the parking plan for the old town with the votes of the opposition\nand the abstention of the ruling group", "Sergio Hale", "Crabley, 12/11/2025 - 13:40"),
        "fr" => ("Le conseil approuve le plan de stationnement", "Le conseil municipal adopte le plan de stationnement du centre avec les voix de l'opposition\net l'abstention de la majorité", "Claire Roy", "Saint-Méry, 21/11/2025 - 18:10"),
        "de" => ("Stadtrat billigt Parkplan", "Der Stadtrat stimmt mit den Stimmen der Opposition für den neuen Parkplan der Altstadt\nund gegen den Willen der Mehrheit", "Jonas Berg", "Talheim, 28.10.2025, 16:30 Uhr"),
        "es" => ("Valdemoro aprueba el plan de aparcamiento", "El pleno de Valdemoro da luz verde al plan de aparcamiento con los votos de la oposición\ny la abstención del equipo de gobierno", "Sergio Olmedo", "Valdemoro, 12/11/2025 - 13:40"),
        "it" => ("Il consiglio approva il piano parcheggi", "Il consiglio comunale approva il piano dei parcheggi del centro con i voti dell'opposizione\ne l'astensione della maggioranza", "Paola Neri", "Teglio, 05/11/2025 - 09:15"),
        "pt" => ("Câmara aprova plano de estacionamento", "A assembleia municipal aprova o plano de estacionamento do centro com os votos da oposição\ne a abstenção da maioria", "Ana Costa", "Ponte de Lima, 18/08/2025 - 08:05"),
        _ => ("Raad keurt parkeerplan goed", "De gemeenteraad stemt met de stemmen van de oppositie in met het nieuwe parkeerplan\nvoor de oude binnenstad", "Els Smit", "Kasterlee, 03/12/2025 - 14:25"),
    };

    private static string Page(string language, bool masthead)
    {
        var (shortCopy, printed, name, dateline) = Copies(language);
        var p = Articles.Of(language);
        var header = shortCopy + " | " + Site + "\nSkip to content\n" + (masthead ? Site + "\n" : string.Empty) + "Local  Region  Sport  Culture  Opinion";
        return string.Join("\n\n", header, printed, Articles.Closing(language), name + "\n" + dateline, p[1], p[2], p[3]);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ThePrintedHeadline_OverTheStandfirstAndTheBylinesStack_IsTheTitle(string language)
    {
        var article = ArticleParser.Parse(Page(language, masthead: true));

        Assert.Equal(Copies(language).Printed.Replace('\n', ' '), article.Title);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("de")]
    [InlineData("nl")]
    public void TheSameCopyPrintedOverTheStandfirst_IsTheTitle_OnItsPrintedLine(string language)
    {
        var (shortCopy, _, name, dateline) = Copies(language);
        var p = Articles.Of(language);
        var header = shortCopy + " | " + Site + "\nSkip to content\n" + Site + "\nLocal  Region  Sport  Culture  Opinion";
        var page = string.Join("\n\n", header, shortCopy, Articles.Closing(language), name + "\n" + dateline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(shortCopy, article.Title);
        Assert.Equal(6, article.TitlePosition.Line);
    }
}
