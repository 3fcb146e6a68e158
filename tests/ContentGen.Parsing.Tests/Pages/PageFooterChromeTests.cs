using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What a dumped page prints after its article, shaped otherwise than the labelled pages: once a sign-up
/// or appeal, a rights line or a rule stands under the article's end (parted from it by more than one
/// line of chrome, since one line, "Inscrivez-vous à notre newsletter", may stand inside an article), the prose below it is the page's
/// (a newsletter's error message, a promo), not the article's; a masthead under the skip links is no
/// headline; the writer and agency joined by a co-author word sign the article; a one-line caption
/// keeps the credit printed under it.
/// </summary>
public sealed class PageFooterChromeTests
{
    private const string Chrome = "Menu";

    [Theory]
    [InlineData("fr", "Recevez chaque matin l'actualité dans votre boîte mail.\nJe m'inscris", "Nous n’avons pas pu enregistrer votre demande, merci de réessayer un peu plus tard.")]
    [InlineData("en", "Sign up for our newsletter\nSubscribe", "Something went wrong on our side and we could not add you, so please try again in a few minutes.")]
    [InlineData("de", "© Nordsee Bote 2024\nImpressum Datenschutz", "Mit der Nutzung dieser Seite erklären Sie sich mit der Verwendung der Daten durch uns und unsere Partner einverstanden.")]
    public void ProseUnderTheFooterChrome_AfterTheArticle_IsThePages(string language, string chrome, string prose)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], chrome, prose));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == prose);
    }

    // The article goes on after a newsletter insert when what follows is article-sized prose.
    [Fact]
    public void TheArticleGoingOnUnderANewsletterInsert_Stays()
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], "Recevez chaque matin l'actualité dans votre boîte mail.", closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void AMastheadUnderTheSkipLinks_IsNoHeadline()
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Accéder au contenu\nInfo Centre Val de Loire\nAccueil Actualités Vidéos Podcasts Direct", p[0], "Photo d'illustration AFP", p[1], p[2], p[3], "Info Centre Val de Loire, une radio du groupe Ondes de France"));

        Assert.Equal(p[0], article.Title);
    }

    [Fact]
    public void AMastheadOnTheFirstLine_PrintedAgainBelow_IsNoHeadline()
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Radio Vallée Info\nMenu", p[0], p[1], p[2], p[3], "Écouter Radio Vallée Info"));

        Assert.Equal(p[0], article.Title);
    }

    [Fact]
    public void APlainArticlesShortFirstLine_IsItsHeadline()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", "Harbour Plan Approved", p[1], p[2], p[3]));

        Assert.Equal("Harbour Plan Approved", article.Title);
    }

    [Theory]
    [InlineData("Thomas Girard avec AFP", "Thomas Girard")]
    [InlineData("Jane Roe with AP", "Jane Roe")]
    [InlineData("Jonas Weber mit DPA", "Jonas Weber")]
    public void AWriterWithTheAgency_IsTheAuthor(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("HBRS avec Claire Morel")]
    [InlineData("Marie avec AFP")]
    public void ACoAuthorWordWithoutAWriterAndAnAgency_GivesNoCredit(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("fr", "La navette électrique fera une boucle toutes les vingt minutes.", "©Archives Bertrand Lapègue")]
    [InlineData("es", "Un hidroavión descarga agua sobre la sierra de Mijas, este miércoles.", "Jorge Zapata / EFE")]
    public void AOneLineSentenceOverItsPhotosCredit_IsACaption(string language, string caption, string credit)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], caption + "\n" + credit, p[1], p[2], p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text.StartsWith(caption, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Téléchargez l'application gratuite et retrouvez toute l'actualité de votre région.")]
    [InlineData("en", "Download our app to get the latest local news on your smartphone.")]
    [InlineData("it", "Scarica l'app per leggere le notizie della tua città.")]
    public void AnAppsPromo_IsSetAside(string language, string promo)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], promo));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // A TV channel's other reports: each headline with the date it was posted, then its blurb.
    [Fact]
    public void TeasersWithTheirDatesAndBlurbs_AfterTheArticle_AreSetAside()
    {
        var p = Articles.Of("fr");
        var teasers = new[]
        {
            "Marseille : le tunnel Prado-Carénage fermé trois nuits pour travaux\nPublié le 05/01/2024 à 20:38\nLes automobilistes devront emprunter la déviation. La fermeture débutera lundi à 21 heures.",
            "Hyères : les salines accueillent les flamants roses plus tôt que prévu\nPublié le 05/01/2024 à 20:35\nLes ornithologues ont compté plus de 800 oiseaux cette semaine, un record.",
            "Avignon : le pont Saint-Bénézet rouvre aux visiteurs après sa restauration\nPublié le 05/01/2024 à 20:32\nLes travaux ont duré quatorze mois. Les visites reprennent samedi.",
        };
        var article = ArticleParser.Parse(string.Join("\n\n", new[] { Chrome, p[0], p[1], p[2], p[3] }.Concat(teasers)));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void NamesUnderAnArticleWrittenByLead_AreTheAuthors()
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], "Article rédigé par\nJulie Marchetti, Karim Benali\nTélé Provence Info Provence\nPublié le 05/01/2024 à 20:41", p[1], p[2], p[3]));

        Assert.Equal(("Julie Marchetti; Karim Benali", "2024-01-05T20:41"), (article.Author, article.Published));
    }

    // Readers' comments, each with its author and the whole date it was posted, after the article.
    [Fact]
    public void CommentsDatedUnderTheArticle_AreSetAside()
    {
        var p = Articles.Of("fr");
        var comments = "Jean-Pierre64\n06/01/2024 à 09:12\nEnfin ! On attendait ça depuis des années dans le quartier de la gare, merci à la région.\n\n"
            + "Mimi_H\n06/01/2024 à 10:03\nDommage que ça ne roule pas le dimanche soir, mais c'est un bon début pour les jeunes.";
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], comments));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // A live report stamps its own entries with a time alone: they stay.
    [Fact]
    public void EntriesStampedWithATimeAlone_Stay()
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], "17h51\n" + p[3], "17h48\n" + closing));

        Assert.Equal(new[] { p[1], p[2], p[3], closing }, article.Paragraphs.Select(x => x.Text));
    }

    // A live page prints its stamps together under its standfirst ("Aktualisiert: …" over "Erstellt: …"), then its entries,
    // each under the time it was posted and its title: the two stamps date one item, the page itself, and the entries stay.
    [Theory]
    [InlineData("de", "Von Lena Schröder\nAktualisiert: 18.09.2025, 17:05 Uhr\nErstellt: 17.09.2025, 06:30 Uhr", "2025-09-17T06:30")]
    [InlineData("en", "By Jane Roe\nUpdated 18 September 2025, 17:05\nPublished 17 September 2025, 06:30", "2025-09-17T06:30")]
    public void StampsPrintedTogether_UnderALivePagesStandfirst_DateOneItem(string language, string stamps, string published)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", Chrome + "\nNews\nSport", p[0], closing, stamps, "17:05\nFirst entry's title here", p[1], "15:40\nSecond entry's title here", p[2], "13:15\nThird entry's title here", p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(published, article.Published);
    }

    // Guard: comments whose stamps stand apart, each over its text, still start the page's footer.
    [Fact]
    public void CommentsWithTwoStampsEach_AreSetAside()
    {
        var p = Articles.Of("fr");
        var comments = "Jean-Pierre64\n06/01/2024 à 09:12\nModifié le 06/01/2024 à 09:30\nEnfin ! On attendait ça depuis des années dans le quartier de la gare, merci à la région.\n\n"
            + "Mimi_H\n06/01/2024 à 10:03\nDommage que ça ne roule pas le dimanche soir, mais c'est un bon début pour les jeunes.";
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], comments));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // Other stories, each under its section's name, with a blurb.
    [Fact]
    public void TeasersUnderTheirSectionsNames_AreSetAside()
    {
        var p = Articles.Of("fr");
        var teasers = "Faits divers\nSaint-Malo : un voilier s'échoue sur la grande plage\nLe skipper, seul à bord, a été secouru par les sauveteurs en mer.\n\n"
            + "Société\nRennes : les Transmusicales présentent leur affiche\nL'affiche a été choisie par un jury de lycéens parmi trente projets.\n\n"
            + "Économie\nLorient : la zone commerciale s'agrandit\nLe projet prévoit une quarantaine de nouvelles enseignes d'ici 2026.";
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], teasers));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }
}
