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
            "Le silence des experts du jour",
            "7 janvier 2023",
            "Pourquoi attendre, madame la maire ?",
            "6 janvier 2023",
            "La ville idéale des urbanistes",
            "5 janvier 2023",
            "Adieu scooter, bonjour le vélo",
            "4 janvier 2023",
            "Newsletters",
            Headline,
            "Photo d'illustration"));

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void TheNoticeUnderAForm_IsNotTheArticle_SoTheHeadlineBelowItIsFound()
    {
        var notice = "Harbour Infos, responsable de traitement, recueille via ce formulaire vos coordonnées afin de tenir votre compte client et de suivre vos abonnements.";
        var article = ArticleParser.Parse(Page(
            "Nom ____________________",
            "Adresse e-mail ____________________",
            "[ ] J'ai lu et accepté les conditions",
            notice,
            notice.Replace("recueille", "conserve", StringComparison.Ordinal),
            "Choisir mon édition locale",
            "Vallée Transports : bus de nuit dans les villages",
            "Par Claire Morel - 14 févr. 2023 à 09:40 | mis à jour le 14 févr. 2023 à 11:05 - Temps de lecture :"));

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
            "Bienvenue sur Harbour Infos, la vallée au quotidien",
            "Bienvenue sur Harbour Infos, la vallée au quotidien",
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
            "Publié le 03/03/2023 10:15",
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
            "Valmont annonce la fermeture de son port pour l'hiver",
            "Le maire de Harbour s'excuse après sa sortie sur les marins",
            "Pêche : rassemblement devant la préfecture",
            "Le ministre dénonce « la lenteur des chantiers »",
            "Bureaux à l'étranger"));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.Quotes);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && b.Text.StartsWith("Valmont", StringComparison.Ordinal));
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
