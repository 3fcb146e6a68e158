using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that holds prose never reads as a title alone: when the walk keeps no paragraph, or far less than a run of
/// prose a title found too low set aside above it, the page is read again loosely and the densest run of prose is the
/// article, with the headline over it as its title (as Readability reads a page again when its first pass finds too
/// little). A page with no article (menus, a section's teasers, a sign-up box) stays empty, and a kept article's
/// readers' comments stay out.
/// </summary>
public sealed class LooseRereadTests
{
    // A press release whose headline is printed as a sentence, whose paragraphs each open with its dateline, and whose
    // press contact at the end was the only line left to be the title.
    public static TheoryData<string, string[], string> PressReleases() => new()
    {
        {
            "Home | Press | Releases",
            new[]
            {
                "Valley Water cuts its tariff from 1 April.",
                "Harbourton, 12 March 2024 – Valley Water will cut the price of a cubic metre of drinking water by twelve pence from 1 April.",
                "Harbourton, 12 March 2024 – The cut applies to about 14,000 homes in the town and in the villages around it.",
            },
            "Press contact: Communications office, 01234 567890"
        },
        {
            "Accueil | Presse | Communiqués",
            new[]
            {
                "La régie des eaux baisse ses tarifs au 1er avril.",
                "Rennes, le 12 mars 2024 – La régie des eaux de Rennes baisse au 1er avril le prix du mètre cube de 12 centimes pour tous les foyers.",
                "Rennes, le 12 mars 2024 – Cette baisse concerne environ 14 000 abonnés de la métropole et de ses communes voisines.",
            },
            "Contact presse : Service communication, 02 99 00 00 00"
        },
        {
            "Home | Stampa | Comunicati",
            new[]
            {
                "L'azienda dei trasporti abbassa il prezzo degli abbonamenti.",
                "Torino, 12 marzo 2024 – L'azienda dei trasporti abbassa dal primo aprile il prezzo degli abbonamenti mensili per gli studenti.",
                "Torino, 12 marzo 2024 – Il nuovo prezzo vale per tutte le linee urbane e per le linee della collina.",
            },
            "Contatti stampa: Ufficio comunicazione, 011 000000"
        },
        {
            "Home | Pers | Persberichten",
            new[]
            {
                "Waterbedrijf verlaagt het tarief per 1 april.",
                "Utrecht, 12 maart 2024 – Het waterbedrijf verlaagt per 1 april het tarief voor drinkwater met twaalf cent per kubieke meter.",
                "Utrecht, 12 maart 2024 – De verlaging geldt voor alle huishoudens in de stad en in de dorpen rond de stad.",
            },
            "Perscontact: Afdeling communicatie, 030 000 0000"
        },
    };

    [Theory]
    [MemberData(nameof(PressReleases))]
    public void APressRelease_WhoseParagraphsOpenWithItsDateline_KeepsThem(string menu, string[] release, string contact)
    {
        var page = string.Join("\n\n", menu, release[0], release[1], release[2], contact, "© 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal(release[0], article.Title);
        Assert.Equal(new[] { release[1], release[2] }, article.Paragraphs.Select(x => x.Text));
    }

    // A German headline holding an ordinal date ("zum 1. April") reads as two sentences to the strict headline rule.
    [Fact]
    public void APressRelease_UnderAHeadlineWithAnOrdinalDate_KeepsItsParagraphs()
    {
        var paragraphs = new[]
        {
            "Eichenau, 12. März 2024 – Die Stadtwerke Eichenau senken zum 1. April den Arbeitspreis für Erdgas um 1,2 Cent.",
            "Eichenau, 12. März 2024 – Davon profitieren rund 14.000 Haushalte im Versorgungsgebiet der Stadtwerke.",
        };
        var page = string.Join("\n\n", "Startseite | Presse | Mitteilungen", "Stadtwerke Eichenau senken den Gaspreis zum 1. April", paragraphs[0], paragraphs[1],
            "Pressekontakt: Stadtwerke Eichenau, Telefon 08141 123456", "© Stadtwerke Eichenau 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Stadtwerke Eichenau senken den Gaspreis zum 1. April", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // A page of sentences too short for the strict prose rules, over another story's headline and the date it was
    // posted: that dated headline was taken for the title, and the article above it set aside as the page's header.
    public static TheoryData<string, string, string[], string> ShortParagraphsOverADatedTeaser() => new()
    {
        {
            "Accueil > Actualités > Commune",
            "La boulangerie du village rouvre ses portes\n\nPublié le 12/03/2024 à 09h15",
            new[] { "Elle avait fermé en mai.", "Trois bénévoles la font vivre.", "On y trouve du pain.", "La mairie paie le loyer.", "Les habitants sont ravis." },
            "Sur le même thème\n\nLe marché de Noël revient place de l'église\nPublié le 11/03/2024 à 17h00"
        },
        {
            "Inicio > Noticias > Comarca",
            "La panadería del pueblo vuelve a abrir\n\nPublicado el 12/03/2024 a las 09:15",
            new[] { "Había cerrado en mayo.", "Tres vecinos la llevan ahora.", "Venden pan cada mañana.", "El ayuntamiento paga el alquiler.", "Los vecinos están contentos." },
            "Más noticias\n\nEl mercado de Navidad vuelve a la plaza\nPublicado el 11/03/2024 a las 17:00"
        },
        {
            "Início > Notícias > Concelho",
            "A padaria da aldeia volta a abrir\n\nPublicado a 12/03/2024 às 09:15",
            new[] { "Tinha fechado em maio.", "Três vizinhos tomam conta dela.", "Vendem pão todas as manhãs.", "A junta paga a renda.", "Os moradores estão contentes." },
            "Mais notícias\n\nO mercado de Natal volta à praça\nPublicado a 11/03/2024 às 17:00"
        },
        {
            "Zum Inhalt springen\nStartseite | Lokales | Eichenau",
            "Ehrenamtliche retten den Dorfladen\n\nVon Jana Roth\n12. März 2024",
            new[] { "Der Laden schloss im Mai.", "Freiwillige öffneten ihn im Juni.", "Es gibt Brot und Milch.", "Zwanzig Leute arbeiten dort.", "Die meisten sind in Rente." },
            "Mehr aus Eichenau\n\nBäckerei gewinnt Preis für Brot\n11. März 2024"
        },
        {
            "Naar hoofdinhoud\nHome | Nieuws | Regio",
            "Vrijwilligers redden de dorpswinkel\n\nDoor Jan de Vries\n12 maart 2024",
            new[] { "De winkel sloot in mei.", "Vrijwilligers openden hem in juni.", "Er is brood en melk.", "Twintig mensen werken er.", "De meesten zijn gepensioneerd." },
            "Meer uit de regio\n\nBakkerij wint prijs voor brood\n11 maart 2024"
        },
    };

    [Theory]
    [MemberData(nameof(ShortParagraphsOverADatedTeaser))]
    public void APageOfShortParagraphs_OverADatedTeaser_KeepsThemUnderItsHeadline(string menu, string header, string[] paragraphs, string footer)
    {
        var page = string.Join("\n\n", menu, header, string.Join("\n\n", paragraphs), footer, "© 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal(header.Split('\n')[0], article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // The byline's date and a teaser's date read as two items dated after an article the strict rules found no prose of:
    // everything under the byline was the page's footer.
    [Fact]
    public void ShortParagraphsUnderTheBylinesDate_StayTheArticles()
    {
        var paragraphs = new[] { "The shop closed in May.", "Volunteers reopened it.", "It sells bread and milk.", "Twenty people work shifts.", "Most are retired." };
        var page = string.Join("\n\n", "Skip to content\nHome | News | Local", "Village shop saved by volunteers", "By Jane Roe\n12 March 2024",
            string.Join("\n\n", paragraphs), "More from Valley News", "Bakery wins regional bread award\n11 March 2024", "© Valley News 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Village shop saved by volunteers", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
        Assert.Equal("Jane Roe", article.Author);
    }

    // A page with no article: menus, a sign-up box, a cookie notice and the footer. Nothing is read as its text.
    [Fact]
    public void APageOfChromeOnly_StaysEmpty()
    {
        var page = string.Join("\n\n", "Skip to content\nHome | News | Sport | Weather\nSearch", "Weather", "Sign up for our newsletter\nYour email address\nSubscribe",
            "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.\nAccept cookies",
            "About us | Contact | Privacy | Cookies\n© Valley News 2024");

        Assert.Empty(ArticleParser.Parse(page).Paragraphs);
    }

    // A section's page of dated teasers with one-line blurbs: the blurbs are other stories', parted by their headlines
    // and dates, and make no article.
    [Fact]
    public void ASectionsTeasers_MakeNoArticle()
    {
        var page = string.Join("\n\n", "Skip to content\nHome | News | Sport | Weather", "Local news",
            "Harbour wall to be rebuilt\n12 March 2024\nRepairs start next week.", "School bus times change\n12 March 2024\nPupils will leave earlier.",
            "Library opens on Sundays\n11 March 2024\nIt is a trial month.", "Ferry fares to rise\n11 March 2024\nFuel costs went up.", "© Valley News 2024");

        Assert.Empty(ArticleParser.Parse(page).Paragraphs);
    }

    // A section's teasers under the date it was updated, each headline set apart over its blurb, the last one taken for
    // the title: the blurbs above it, one under each headline, are other stories', and the title stays.
    [Fact]
    public void TeasersPartedByTheirHeadlines_OverATitleFoundLow_StayOut()
    {
        var page = string.Join("\n\n", "Skip to content\nHome | News | Sport | Weather", "Local news", "12 March 2024", "Harbour wall to be rebuilt",
            "Repairs to the old wall start next week.", "School bus times change", "Pupils in the villages will leave earlier.", "Library opens on Sundays",
            "It is a trial month for the library.", "Ferry fares to rise", "Fuel costs went up.", "11 March 2024", "© Valley News 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Ferry fares to rise", article.Title);
        Assert.Equal(new[] { "Fuel costs went up." }, article.Paragraphs.Select(x => x.Text));
    }

    // The reading again weighs prose set aside above the title only: short lines under an article's comments label stay
    // out, however many they are.
    [Fact]
    public void LinesUnderTheCommentsLabel_UnderAKeptStandfirst_StayOut()
    {
        var standfirst = "Nach zwei Jahren Bauzeit ist die neue Brücke über die Amper fertig, und die Stadt plant schon das Fest zur Eröffnung im Mai.";
        var page = string.Join("\n\n", "Startseite > Lokales > Eichenau", "Neue Brücke über die Amper wird im Mai eröffnet", "12.03.2024", standfirst, "Kommentare",
            "Die Brücke ist fertig.", "Sie wird am 15. Mai eröffnet.", "Die Bauarbeiten dauerten zwei Jahre.", "Die Stadt zahlt drei Millionen Euro.", "Impressum | Datenschutz");

        Assert.Equal(new[] { standfirst }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // A header's promo (another story's headline and blurb over the article's headline) weighs less than the article
    // under the headline: the title and the promo stay where the first reading put them.
    [Fact]
    public void AHeadersPromo_OverTheHeadline_StaysOut()
    {
        var paragraphs = new[]
        {
            "The village shop, which closed in May after its owners retired, has been reopened by a group of volunteers who now run it on their own.",
            "Twenty people from the village work shifts behind the counter, and most of them are retired themselves, according to the parish council.",
            "The parish council pays the rent for the first year.",
        };
        var page = string.Join("\n\n", "Skip to content\nHome | News | Local",
            "Top story\nFerry fares to rise by five per cent\nThe operator blamed the rising cost of fuel for the new fares, which take effect next month.",
            "Village shop saved by volunteers", "By Jane Roe\n12 March 2024", string.Join("\n\n", paragraphs), "© Valley News 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Village shop saved by volunteers", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // Two promos over the headline, each a headline glued over its blurb, outweigh a short article: the article's headline
    // with its byline and date right under it is where the page's evidence puts the title, and the promos stay out.
    [Fact]
    public void HeaderPromos_OverAShortArticlesStampedHeadline_StayOut()
    {
        var paragraphs = new[] { "The shop closed in May and reopened in June.", "Twenty volunteers now run it." };
        var page = string.Join("\n\n", "Skip to content\nHome | News | Local",
            "Ferry fares to rise by five per cent\nThe operator blamed the rising cost of fuel for the new fares, which take effect next month on every route.",
            "Library to open on Sundays from April\nThe town library will open from noon to four on every Sunday in April as part of a trial agreed by the council.",
            "Village shop saved by volunteers", "By Jane Roe\n12 March 2024", string.Join("\n\n", paragraphs), "© Valley News 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Village shop saved by volunteers", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // A "page not found" page keeps what the first reading kept, and gains nothing.
    [Fact]
    public void APageNotFound_KeepsItsOneSentence()
    {
        var page = string.Join("\n\n", "Skip to content\nHome | News | Sport | Weather\nSearch", "Page not found",
            "Sorry, we could not find the page you were looking for.", "Go to the home page", "About us | Contact | Privacy | Cookies\n© Valley News 2024");

        Assert.Equal(new[] { "Sorry, we could not find the page you were looking for." }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
