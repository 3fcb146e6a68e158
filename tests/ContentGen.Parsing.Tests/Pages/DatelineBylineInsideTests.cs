using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dateline that names its writer after the date ("Publié le … par Jeanne Roux"), clock times spaced or in
/// capitals ("18 h 05", "18H05"), ordinal indicators ("1º de março"), a final "p.m." whose full stop ends no
/// sentence, a writer's handle between name and dateline, and a signature alone under the last paragraph.
/// </summary>
public sealed class DatelineBylineInsideTests
{
    [Theory]
    [InlineData("Publié le 12 mars 2024 à 18h05 par Jeanne Roux", "Jeanne Roux")]
    [InlineData("12 mars 2024 à 18h05 - Par Jeanne Roux", "Jeanne Roux")]
    [InlineData("Pubblicato il 12 marzo 2024 di Marco Rossi", "Marco Rossi")]
    [InlineData("Gepubliceerd op 12 maart 2024 door Jan de Vries", "Jan de Vries")]
    public void AByline_AfterTheDate_NamesTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadBylineInside(line.AsSpan()));

    [Theory]
    [InlineData("Publié le 12 mars 2024 par la rédaction")]
    [InlineData("Par Jeanne Roux")]
    [InlineData("12 mars 2024 par AFP")]
    public void WithoutANameAfterTheOpeningWord_NoneIsRead(string line) => Assert.Null(AuthorReader.ReadBylineInside(line.AsSpan()));

    [Theory]
    [InlineData("Le 12 mars 2024 à 18 h 05", "2024-03-12T18:05")]
    [InlineData("12/03/2024 à 18H05", "2024-03-12T18:05")]
    [InlineData("1º de março de 2024", "2024-03-01")]
    [InlineData("Mar. 12, 2024 at 6:05 p.m.", "2024-03-12T18:05")]
    public void SpacedClocksOrdinalsAndMeridiems_AreRead(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Mar. 12, 2024 at 6:05 p.m.", true)]
    [InlineData("March 12, 2024, 6:05 a.m.", true)]
    [InlineData("The ferry left at 6:05 p.m.", false)]
    public void AClocksFinalFullStop_EndsNoSentence(string line, bool dateline) => Assert.Equal(dateline, PageLines.IsDateline(line));

    [Fact]
    public void AMeridiemDateline_IsNoParagraph()
    {
        var paragraphs = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "By Jane Roe\nMar. 12, 2024 at 6:05 p.m.", paragraphs[1], paragraphs[2], paragraphs[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(("Jane Roe", "2024-03-12T18:05"), (article.Author, article.Published));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void AHandleBetweenNameAndDateline_IsPassedOver()
    {
        var paragraphs = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "Jane Roe\n@janeroe\n12 March 2024", paragraphs[1], paragraphs[2], paragraphs[3]);

        Assert.Equal("Jane Roe", ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("fr", "Jeanne Roux", "Jeanne Roux")]
    [InlineData("de", "Anna Berg", "Anna Berg")]
    [InlineData("fr", "Partager sur Facebook", null)]
    public void ANameAloneUnderTheLastParagraph_SignsAPageWithNoByline(string language, string under, string? expected)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], under, "Mentions légales");
        var article = ArticleParser.Parse(page);

        Assert.Equal(expected, article.Author);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void TheBylineUnderTheHeadline_WinsOverANameUnderTheArticle()
    {
        var paragraphs = Articles.Of("fr");
        var page = string.Join("\n\n", "Accueil\nActualités", paragraphs[0], "Par Paul Mercier\n12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], "Jeanne Roux", "Mentions légales");

        Assert.Equal("Paul Mercier", ArticleParser.Parse(page).Author);
    }
}
