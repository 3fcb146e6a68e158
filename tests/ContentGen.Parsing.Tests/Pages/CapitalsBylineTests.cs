using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines that print the writer's name in capitals ("By MARTHA QUILL", "Door ROOS VAN DAM"): the name is
/// read as printed, while an agency's acronyms ("AFP", "ANSA"), a desk ("PAR LA RÉDACTION") or a job stay no
/// name, and a section's label in capitals over the dateline ("HARBOUR WORKS") stays no writer.
/// </summary>
public sealed class CapitalsBylineTests
{
    [Theory]
    [InlineData("By MARTHA QUILL", "MARTHA QUILL")]
    [InlineData("BY MARTHA QUILL, Local Democracy Reporter", "MARTHA QUILL")]
    [InlineData("Par ODILE FERRAND et LUC AUBRY", "ODILE FERRAND; LUC AUBRY")]
    [InlineData("Von HANNA-LUISE KOCH", "HANNA-LUISE KOCH")]
    [InlineData("Por INÉS CALVO", "INÉS CALVO")]
    [InlineData("Di ELISA BRUNI", "ELISA BRUNI")]
    [InlineData("Por TIAGO SERRA", "TIAGO SERRA")]
    [InlineData("Door ROOS VAN DAM", "ROOS VAN DAM")]
    [InlineData("Tom Hale et ODILE FERRAND", null)] // no byline's word: only beside a dateline
    public void ANameInCapitals_AfterABylinesWord_IsTheWriter(string line, string? expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("By AFP")]
    [InlineData("By AFP and AP")]
    [InlineData("Di ANSA AGI")]
    [InlineData("PAR LA RÉDACTION")]
    [InlineData("BY STAFF REPORTER")]
    [InlineData("By BBC NEWS")]
    public void AgenciesDesksAndJobsInCapitals_AreNoName(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("en", "MARTHA QUILL", "12 March 2024", "MARTHA QUILL")]
    [InlineData("fr", "ODILE FERRAND", "Publié le 12/03/2024 à 18h05", "ODILE FERRAND")]
    [InlineData("nl", "ROOS VAN DAM", "12 maart 2024", "ROOS VAN DAM")]
    [InlineData("es", "Por INÉS CALVO - 12 de marzo de 2024", "", "INÉS CALVO")]
    public void ANameInCapitals_BesideTheDateline_SignsTheArticle(string language, string byline, string dateline, string author)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], (byline + "\n" + dateline).Trim(), paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], author), (article.Title, article.Author));
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("en", "HARBOUR WORKS", "The harbour works will start in May, when the ferries run less often.")]
    [InlineData("de", "HAFEN BERGSTADT", "Im Hafen von Bergstadt beginnen die Arbeiten im Mai, wenn weniger Fähren fahren.")]
    [InlineData("fr", "TRAVAUX PORTUAIRES", "Les travaux débuteront en mai, quand les bacs seront moins nombreux sur le fleuve.")]
    public void ASectionsLabelInCapitals_WhoseWordsTheProseUses_IsNoWriter(string language, string label, string sentence)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], label + "\n12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3] + " " + sentence, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Equal("2024-03-12", article.Published);
    }
}
