using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Finding the headline of a dumped page below cookie walls, forms and teaser lists: the page's
/// own title line, a byline under it, and its place right above the first paragraph.
/// </summary>
public sealed class TitleEvidenceTests
{
    private const string Headline = "Les bus de nuit desserviront enfin les villages de la vallée";

    private const string Prose =
        "Le conseil régional a voté mardi l'extension du service de bus de nuit vers les villages de la vallée, une mesure que les habitants réclamaient depuis des années.";

    private const string MoreProse =
        "Les nouvelles lignes seront ouvertes au printemps et le coût sera partagé avec les communes voisines pendant les deux premières années du contrat.";

    private static string Page(params string[] blocks) => string.Join("\n\n", blocks.Concat(new[] { Prose, MoreProse }));

    [Fact]
    public void TheLynxHeaderLine_NamesTheHeadline_AndIsNoTitleItself()
    {
        var article = ArticleParser.Parse(Page(
            "#Le Journal » Flux Le Journal » Flux des commentaires Le Journal » " + Headline + " Flux des commentaires alternate",
            "Se connecter",
            "Un autre sujet du jour dans la région",
            "7 janvier 2023",
            Headline,
            "Le standfirst du jour sur les bus"));

        Assert.Equal(Headline, article.Title);
    }

    // The header and the headline are compared flat: white space runs as one space, ’ as '.
    [Theory]
    [InlineData("L’État paiera les bus de nuit des villages de la vallée")]
    [InlineData("L'État  paiera les bus de nuit des villages de la vallée")]
    public void TheLynxHeaderLine_NamesAHeadline_WrittenWithATypographicApostropheOrWideSpaces(string headline)
    {
        var article = ArticleParser.Parse(Page(
            "#Le Journal » Flux Le Journal » " + headline.Replace("  ", " ", StringComparison.Ordinal) + " Flux des commentaires alternate",
            "Se connecter",
            "Un autre sujet du jour dans la région",
            "7 janvier 2023",
            headline,
            "Le standfirst du jour sur les bus"));

        Assert.Equal(headline, article.Title);
    }

    // The breadcrumb repeats the headline over two lines, with ’ for '; read flat, it is the
    // same text, so the headline recurs and outscores the page's first line. A breadcrumb that
    // does not repeat it gives no such evidence, and the first line stays the title.
    [Theory]
    [InlineData("Accueil > Transports > L’État paiera les bus de nuit\ndes villages de la vallée", "L'État paiera les bus de nuit des villages de la vallée")]
    [InlineData("Accueil > Transports > Les tarifs des lignes de nuit", "Un autre sujet du jour dans la région")]
    public void AHeadlineThePageRepeats_EvenWrappedAndWithATypographicApostrophe_WinsOverTheFirstLine(string breadcrumb, string title)
    {
        var article = ArticleParser.Parse(Page(
            "Un autre sujet du jour dans la région",
            breadcrumb,
            "L'État paiera les bus de nuit des villages de la vallée"));

        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void HeadlinesEachFollowedByADate_AreTeasers_NotTheHeadline()
    {
        var article = ArticleParser.Parse(Page(
            "La sottise des élites du moment",
            "7 janvier 2023",
            "Pourquoi si tard, monsieur le ministre ?",
            "6 janvier 2023",
            "Le monde rêvé des grandes villes",
            "5 janvier 2023",
            "Adieu voiture, bonjour la marche",
            "4 janvier 2023",
            "Newsletters",
            Headline,
            "Photo d'illustration"));

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void TheNoticeUnderAForm_IsNotTheArticle_SoTheHeadlineBelowItIsFound()
    {
        var notice = "Le Journal, en tant que responsable de traitement, recueille dans ce formulaire des informations qui sont utilisées pour la gestion de votre compte et de vos abonnements.";
        var article = ArticleParser.Parse(Page(
            "Nom ____________________",
            "Adresse e-mail ____________________",
            "[ ] J'ai lu et accepté les conditions",
            notice,
            notice.Replace("recueille", "conserve", StringComparison.Ordinal),
            "Je choisis mon édition favorite",
            "Vallée Transports : bus de nuit dans les villages",
            "Par La rédaction avec AFP - 31 déc. 2022 à 14:12 | mis à jour le 31 déc. 2022 à 16:02 - Temps de lecture :"));

        Assert.Equal("Vallée Transports : bus de nuit dans les villages", article.Title);
    }

    [Fact]
    public void TheLineRightAboveTheFirstParagraph_WinsOverARepeatedWelcome()
    {
        var article = ArticleParser.Parse(Page(
            "Menu Le journal Vidéos Se connecter",
            "Communes Région Faits divers",
            "Sports Economie Emploi",
            "Immobilier Shopping",
            "Bienvenue sur votre site d'actualité régionale",
            "Bienvenue sur votre site d'actualité régionale",
            "Votre compte",
            "Accueil Région Vallée",
            Headline));

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void TheNamesUnderArticleRedigePar_AreNotTheHeadline()
    {
        var article = ArticleParser.Parse(Page(
            "Accueil France Info",
            Headline,
            "Publié le 06/12/2022 21:52",
            "Article rédigé par",
            "J.Dupont, M.Martin, Ph.Durand, L.Petit - France 2",
            "Journal télévisé",
            "Édition du mardi 6 décembre 2022"));

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void ARelativeDate_IsADateline_NotTheHeadline()
    {
        var article = ArticleParser.Parse(Page(
            "Accueil Monde Société",
            Headline,
            "2264 Vues",
            "Il y a 6 jours",
            "Il y a 6 jours",
            "Transports"));

        Assert.Equal(Headline, article.Title);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Byline && b.Text == "Il y a 6 jours");
    }

    [Fact]
    public void HeadlinesListedAfterTheLastParagraphOfAPage_AreSetAsideWithTheFooter()
    {
        var article = ArticleParser.Parse(string.Join(
            "\n\n",
            "Menu Le journal Vidéos Se connecter",
            "Accueil Région Vallée",
            Headline,
            "Publié le 12/03/2024 à 08:15",
            Prose,
            MoreProse,
            "Avec AFP",
            "Moscou annonce l'avancée de ses forces dans la région",
            "Le maire présente ses excuses après ses déclarations",
            "Caricatures : manifestation devant l'ambassade",
            "Le ministre dénonce « la banalisation du retard »",
            "Bureaux à l'étranger"));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.Quotes);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && b.Text.StartsWith("Moscou", StringComparison.Ordinal));
    }

    [Fact]
    public void APlainArticlesClosingList_StaysInTheBody()
    {
        var article = ArticleParser.Parse(string.Join(
            "\n\n",
            "Cup draw pairs the valley clubs",
            "The draw for the fifth round of the cup was made on Sunday, and the valley clubs will meet each other if they both win their replays in the coming week.",
            "Rovers v United or City",
            "Athletic v Town or Harriers",
            "Wanderers or Albion v Rangers",
            "County v Villa or Forest",
            "Ties to be played on the same weekend."));

        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer);
        Assert.Contains(article.Paragraphs, p => p.Text == "Wanderers or Albion v Rangers");
        Assert.Equal("Ties to be played on the same weekend.", article.Paragraphs[^1].Text);
    }
}
