using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A bare date, or a writer's name over the dateline, printed on the lines right under the headline with no
/// blank line between ("12 March 2024", "Jane Roe" / "Publié le …"): a dump glues them to the headline, since
/// it is the group's longest line and they would have fitted on it. They are the page's byline and dateline,
/// not the headline's second line.
/// </summary>
public sealed class LinesUnderHeadlineTests
{
    [Theory]
    [InlineData("en", "12 March 2024", "2024-03-12")]
    [InlineData("en", "Tue 12 Mar 2024 18.05 GMT", "2024-03-12T18:05")]
    [InlineData("de", "12.03.2024, 18:05 Uhr", "2024-03-12T18:05")]
    [InlineData("es", "12 de marzo de 2024", "2024-03-12")]
    [InlineData("it", "12 marzo 2024", "2024-03-12")]
    [InlineData("nl", "12 maart 2024", "2024-03-12")]
    [InlineData("pt", "12 de março de 2024", "2024-03-12")]
    public void ADateAloneUnderTheHeadline_IsTheDateline(string language, string dateline, string expected)
    {
        var paragraphs = Articles.Of(language);
        var page = paragraphs[0] + "\n" + dateline + "\n\n" + string.Join("\n\n", paragraphs[1..]);
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], expected), (article.Title, article.Published));
        Assert.Equal(paragraphs[1..], article.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Theory]
    [InlineData("en", "Jane Roe\nPolitical correspondent", "Jane Roe")]
    [InlineData("fr", "Jean Dupont\nPublié le 12/03/2024 à 18h05", "Jean Dupont")]
    [InlineData("de", "Jürgen Albers\nStand: 12.03.2024, 18:05 Uhr", "Jürgen Albers")]
    [InlineData("es", "María López\nMadrid, 12 de marzo de 2024", "María López")]
    [InlineData("it", "Marco Rossi\n12 marzo 2024", "Marco Rossi")]
    [InlineData("nl", "Pieter de Vries\n12 maart 2024, 18:05", "Pieter de Vries")]
    public void AWritersNameOverTheDatelineUnderTheHeadline_IsTheByline(string language, string lines, string author)
    {
        var paragraphs = Articles.Of(language);
        var page = paragraphs[0] + "\n" + lines + "\n\n" + string.Join("\n\n", paragraphs[1..]);
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], author), (article.Title, article.Author));
        Assert.Equal(paragraphs[1..], article.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void AHeadlineEndingOnAWordThatIsAnotherLanguagesFunctionWord_StillEnds()
    {
        var paragraphs = Articles.Of("en");
        var page = "Ferry crews count the cost of the fare war\nJane Roe\n12 March 2024\n\n" + string.Join("\n\n", paragraphs[1..]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(("Ferry crews count the cost of the fare war", "Jane Roe", "2024-03-12"), (article.Title, article.Author, article.Published));
    }

    [Theory]
    [InlineData("Night buses will reach the valley villages from April, says\nJane Roe")] // a wrapped headline's last words, over no dateline
    [InlineData("Night buses will reach the valley villages from April, says\nJane Roe\nof the council")]
    [InlineData("Night buses: what to remember from the interview of\nJane Roe\n12 March 2024")]
    [InlineData("Ce qu'il faut retenir de l'interview de la maire du village de\nJeanne Roux\n12/03/2024")]
    public void ANameGoingOnWithTheHeadline_StaysInIt(string lines)
    {
        var paragraphs = Articles.Of("en");
        var article = ArticleParser.Parse(lines + "\n\n" + string.Join("\n\n", paragraphs[1..]));

        Assert.Contains(lines.Split('\n')[1], article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The council met in the old hall by the harbour to vote on the plan for the new ferry quay on\n12 March 2024.")]
    [InlineData("Le conseil s'est réuni dans l'ancienne salle du port pour voter le projet du nouveau quai le\n12 mars 2024 à 18h05.")]
    [InlineData("Le conseil a voté le projet du nouveau quai dans l'ancienne salle du port lors de la séance du\nmardi 12 mars 2024")]
    [InlineData("Il consiglio ha approvato il progetto del nuovo molo nella vecchia sala del porto nella seduta di\nmartedì 12 marzo 2024")]
    public void AWrappedLineGoingOnWithADate_StaysOneBlock(string wrapped)
    {
        var language = wrapped.StartsWith("Le ", StringComparison.Ordinal) ? "fr" : wrapped.StartsWith("Il ", StringComparison.Ordinal) ? "it" : "en";
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", paragraphs[0], paragraphs[1], wrapped, paragraphs[2]);
        var article = ArticleParser.Parse(page);

        var joined = wrapped.Replace('\n', ' ');
        Assert.Contains(joined, article.Paragraphs.Select(paragraph => paragraph.Text).Concat(article.Boilerplate.Select(item => item.Text)));
    }
}
