using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A news site's cards for other stories, dumped to text: the section's kicker glued to the headline
/// by a bullet ("société • Les feux de camp interdits sur la plage"), the date the card was
/// posted at its end ("… 29/12/2022"), often the blurb printed around it, wrapped into lines that read
/// like prose. Three such cards after the article start the page's footer. Before, their blurbs and
/// headlines stayed in the body as paragraphs, since they read as sentences.
/// </summary>
public sealed class TeaserCardTests
{
    private static readonly string[] s_article =
    [
        "Skip to content", "Valley Courier", "Home > News > Local", "",
        "Harbour wall reopens after two years of works | Valley Courier", "",
        "By Priya Nair", "Published 15 March 2024, 12:30", "",
        "The harbour wall reopened to walkers on Friday after two years of works that cost the council more than four million pounds, the largest repair in the town's history.", "",
        "Engineers rebuilt the outer face of the wall with granite from the old quarry, and raised the walkway by half a metre to keep it clear of winter storms.", "",
        "The council said the works came in under budget, and that the walkway would stay open through the night from the first of May.", "",
    ];

    private static readonly string[] s_cards =
    [
        "More on \"local\"", "",
        "transport • Valley buses will run every ten minutes from April, the operator said on Monday 29/12/2022", "",
        "Storm damage on the coast road will take weeks to repair. Storm damage on the coast road will take weeks to repair, the council warned on Friday.", "",
        "roads • Coast road to stay closed until the end of the month 28/12/2022", "",
        "health • Two more pharmacies will open on Sundays in the valley from January, in a trial the board will review in the summer 27/12/2022", "",
        "Find more news", "",
    ];

    [Fact]
    public void ThreeCardsAfterTheArticle_StartTheFooter()
    {
        var lines = s_article.Concat(s_cards).ToArray();
        var article = ArticleParser.Parse(string.Join("\n", lines));

        Assert.Equal(new[] { lines[9], lines[11], lines[13] }, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void AFrenchPagesCards_StartTheFooterToo()
    {
        var article = ArticleParser.Parse(string.Join("\n",
            "Aller au contenu", "Le Courrier de l'Estuaire", "Accueil > Société", "",
            "Le pont de Saint-Aubin rouvre après deux ans de travaux | Le Courrier de l'Estuaire", "",
            "Par Claire Dubois", "Publié le 12/03/2024 à 18h05", "",
            "Le pont de Saint-Aubin a rouvert vendredi aux piétons et aux cyclistes après deux ans de travaux, qui ont coûté plus de quatre millions d'euros à la commune et au département.", "",
            "Les ingénieurs ont renforcé les piles du pont et refait entièrement le tablier, qui était fermé aux voitures depuis l'hiver 2021 à cause de fissures.", "",
            "Plus sur le thème \"société\"", "",
            "environnement • Les feux de camp et les barbecues interdits sur la plage tout l'été 29/12/2022", "",
            "nautisme • Au port de Valmont, qui peut amarrer et pour combien ? La capitainerie publie ses tarifs 29/12/2022", "",
            "Pour surveiller les quais pendant les fêtes, la commune a recruté des gardiens à cheval.", "",
            "sécurité • Des gardiens à cheval pour surveiller les quais du port pendant les fêtes 28/12/2022"));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Les ingénieurs", article.Paragraphs[1].Text);
    }

    // One card inside the article (a "read also" insert) leaves the article whole, and a dateline's
    // bullet under the headline ("Jane Doe • Published …") is no card.
    [Fact]
    public void OneCardInsideTheArticle_EndsNothing()
    {
        var lines = s_article.Take(12).Concat(new[]
        {
            "transport • Valley buses will run every ten minutes from April, the operator said on Monday 29/12/2022", "",
            "The council said the works came in under budget, and that the walkway would stay open through the night from the first of May.", "",
            "Fishermen, who moor their boats along the inner face of the wall, had asked for the works to be finished before the spring season began.",
        }).ToArray();
        var article = ArticleParser.Parse(string.Join("\n", lines));

        Assert.Equal(lines[^1], article.Paragraphs[^1].Text);
        Assert.Contains(lines[14], article.Paragraphs.Select(p => p.Text));
    }

    // An article's own list of dates ("… salle des fêtes 12/03/2024") is no run of cards when the
    // article's prose goes on at length below it.
    [Fact]
    public void AnArticlesDatedListWithMuchProseBelow_StaysInTheBody()
    {
        var lines = s_article.Take(12).Concat(new[]
        {
            "The council will hold three meetings about the next stage of the works:", "",
            "The first meeting will be held in the main chamber of the town hall 18/03/2024", "",
            "The second meeting will be held in the sports hall of the harbour school 25/03/2024", "",
            "The third meeting will be held in the upper room of the sailing club 02/04/2024", "",
            "The council said the works came in under budget, and that the walkway would stay open through the night from the first of May.", "",
            "Fishermen, who moor their boats along the inner face of the wall, had asked for the works to be finished before the spring season began.", "",
            "The harbour master said the new wall would protect the inner basin for at least fifty years, even if winter storms grow stronger.",
        }).ToArray();
        var article = ArticleParser.Parse(string.Join("\n", lines));

        Assert.Equal(lines[^1], article.Paragraphs[^1].Text);
        Assert.Contains(lines[14], article.Paragraphs.Select(p => p.Text));
    }
}
