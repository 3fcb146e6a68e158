using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page may glue its writer's name and job under the headline ("Night buses …" / "Jane Roe" / "Transport
/// Correspondent"): the name over the job is the byline, as a name over a date is (TitleStamps), and the title is the
/// headline alone. A headline whose last words are a job with no name over it keeps them.
/// </summary>
public sealed class NameOverJobUnderHeadlineTests
{
    [Theory]
    [InlineData("en", "Jane Roe\nTransport Correspondent")]
    [InlineData("fr", "Jeanne Roux\nJournaliste")]
    [InlineData("de", "Jana Roth\nRedakteurin")]
    [InlineData("en", "Jane Roe\nTransport Correspondent\n12 March 2024")]
    public void ANameOverAJob_GluedUnderTheHeadline_IsTheByline(string language, string stamps)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", p[0] + "\n" + stamps, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(stamps.Split('\n')[0], article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The job's words end the headline's sentence when no name stands over them.
    [Fact]
    public void AHeadlineEndingOnAJob_KeepsIt()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews", "Ferry firm names the harbour's long-serving pilot as its new\nTransport Correspondent", p[1], p[2], p[3]);

        Assert.Equal("Ferry firm names the harbour's long-serving pilot as its new Transport Correspondent", ArticleParser.Parse(page).Title);
    }
}
