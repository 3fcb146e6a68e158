using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A site name is split off a short headline when it reads as a publication's name; a headline's
/// own attribution ("… - Moss") stays.
/// </summary>
public sealed class SiteSuffixTests
{
    [Theory]
    [InlineData("Harbour plan approved | Coastal Gazette", "Harbour plan approved", "Coastal Gazette")]
    [InlineData("Stadtrat beschließt neues Radwegenetz | Nordstädter Zeitung", "Stadtrat beschließt neues Radwegenetz", "Nordstädter Zeitung")]
    [InlineData("Câmara aprova novo mercado municipal – Jornal da Ribeira", "Câmara aprova novo mercado municipal", "Jornal da Ribeira")]
    [InlineData("Vignes : la grêle ravage 300 hectares — La Voix des Vallées", "Vignes : la grêle ravage 300 hectares", "La Voix des Vallées")]
    [InlineData("Port extension approved - Diario del Litoral", "Port extension approved", "Diario del Litoral")]
    [InlineData("Ferry fares rise :: Island Times", "Ferry fares rise", "Island Times")]
    public void ShortHeadline_LosesAPublicationsName(string line, string title, string source)
        => Assert.Equal((title, source), TitleSplitter.Split(line));

    [Theory]
    [InlineData("Abortion not a poll issue - Blair")]
    [InlineData("Fares must come down - Jane Moss")]
    [InlineData("Wood - Ireland can win Grand Slam")]
    [InlineData("Tevez - an Argentine in Brazil")]
    [InlineData("Ferry fares rise | more to come in spring")]
    [InlineData("Approved | Coastal Gazette")]
    public void HeadlineAttributionAndOwnWords_Stay(string line) => Assert.Equal((line, (string?)null), TitleSplitter.Split(line));

    [Theory]
    [InlineData("Coastal Gazette", true)]
    [InlineData("Dagblad van de Kust", true)]
    [InlineData("Le Courrier de l'Estuaire", true)]
    [InlineData("The Riverside Post", true)]
    [InlineData("Ireland can win Grand Slam", false)]
    [InlineData("A Very Long Name Of Six Words", false)]
    [InlineData("Rhein Courier English", true)]
    public void Suffix_ReadsAsAPublication(string suffix, bool expected) => Assert.Equal(expected, TitleSplitter.ReadsAsPublication(suffix));
}

/// <summary>A page whose byline opens on a line of its own ("Par", the name below) gives its headline, author and date.</summary>
public sealed class BylineLeadTitleTests
{
    [Fact]
    public void PageWithABylineLead_ReadsTitleAuthorAndDate()
    {
        var paragraphs = Articles.Of("fr");
        var page = string.Join(
            "\n\n",
            "Menu",
            "Accueil",
            "Sciences",
            "Rechercher",
            "Se connecter",
            "1. Accueil\n2. Sciences\n3. " + paragraphs[0],
            paragraphs[0],
            "Ajouter l'article à vos favoris",
            "Transports",
            "Les habitants des villages attendaient ce service depuis des années, rappelle une étude\n"
                + "Un bus de nuit à l'arrêt de la place du village, le 7 juillet 2022. © Jean Dupont / AFP\nPar",
            "Julien Martin\nPublié vendredi 8 juillet 2022 à 17:30",
            paragraphs[1],
            paragraphs[2],
            paragraphs[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs[0], article.Title);
        Assert.Equal(("Julien Martin", "2022-07-08T17:30"), (article.Author, article.Published));
    }
}
