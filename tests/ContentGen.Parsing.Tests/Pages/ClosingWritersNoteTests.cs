using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A note on the writers closing the article ("Eva Molenaar en Sem Bakker zijn verslaggevers van …") is the byline's,
/// also when the byline prints the names in capitals and names one writer only as the reader reads it, and when the note
/// names both writers before its copula. A last paragraph on someone the byline does not name stays.
/// </summary>
public sealed class ClosingWritersNoteTests
{
    private static string Page(string language, string byline, string last)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Home\nNews\nLocal", p[0], p[1], byline + "\n12/03/2024 11:05", p[2], p[3], Articles.Closing(language), last, "Share\nPrivacy policy");
    }

    [Theory]
    [InlineData("nl", "Door EVA MOLENAAR en SEM BAKKER", "Eva Molenaar en Sem Bakker zijn verslaggevers van Het Veluwse Dagblad.")]
    [InlineData("en", "By JANE ROE and TOM POE", "Jane Roe and Tom Poe are reporters at the Coastal Gazette.")]
    [InlineData("fr", "Par Jeanne Roux", "Jeanne Roux est journaliste à L'Écho du Bocage.")]
    [InlineData("de", "Von Jan Berg", "Jan Berg ist Redakteur im Lokalressort.")]
    public void ANoteOnTheWriters_ClosingTheArticle_IsTheBylines(string language, string byline, string note)
    {
        var article = ArticleParser.Parse(Page(language, byline, note));

        Assert.DoesNotContain(note, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("en", "By Tom Poe", "Jane Roe is the new harbour master, and she starts in April.")]
    [InlineData("nl", "Door Eva Molenaar", "Sem Bakker en Ruud Bosma zijn de nieuwe eigenaren van de molen.")]
    public void ALastParagraphOnSomeoneElse_Stays(string language, string byline, string last)
    {
        var article = ArticleParser.Parse(Page(language, byline, last));

        Assert.Equal(last, article.Paragraphs[^1].Text);
    }
}
