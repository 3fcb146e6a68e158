using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72: a broadcast's page credits the host who presents the item ("Moderation: Jana Weißhaupt") and, over the
/// article printed with it, the writer ("Von Matthias Kroner"). The writer's byline signs the text, whichever stands
/// first; the host's credit is the byline only when no writer's byline is given (session 57, PodcastHostCreditTests).
/// </summary>
public sealed class WriterOverHostCreditTests
{
    public static TheoryData<string, string, string, string, string> Credits() => new()
    {
        { "en", "Hosted by", "Priya Nandakumar", "By", "Tom Ashcombe" },
        { "fr", "Présenté par", "Camille Roussel", "Par", "Julien Marchetti" },
        { "fr", "Animé par", "Camille Roussel", "Par", "Julien Marchetti" },
        { "de", "Moderation:", "Jana Weißhaupt", "Von", "Matthias Kroner" },
        { "de", "Moderiert von", "Jana Weißhaupt", "Von", "Matthias Kroner" },
        { "es", "Presentado por", "Lucía Berdejo", "Por", "Andrés Valcárcel" },
        { "it", "Condotto da", "Giulia Ferrandi", "Di", "Marco Bellandi" },
        { "pt", "Apresentado por", "Marta Sequeira", "Por", "Rui Carvalhais" },
        { "nl", "Presentatie:", "Sanne Wijnberg", "Door", "Pieter Hoogland" },
        { "nl", "Gepresenteerd door", "Sanne Wijnberg", "Door", "Pieter Hoogland" },
    };

    // The broadcast's item: headline and summary, the host's credit and the date, the player, then the article.
    private static string Page(string language, string? hostCredit, string? writerByline, bool bylinePastLead = false, bool dateOverCredit = false)
    {
        var p = Articles.Of(language);
        var credit = hostCredit is null ? "" : hostCredit + "\n";
        var byline = writerByline is null ? "" : writerByline + "\n\n";
        return string.Join("\n", "Radio Harrowdale", "Home | News | Programmes | Podcasts | Live", "Log in") + "\n\n"
            + string.Join("\n", "Region in the Morning", p[0], p[1]) + "\n" + (dateOverCredit ? "4.12.2026 07:40\n" + credit : credit + "4.12.2026 07:40\n") + "\n"
            + string.Join("\n", "Play", "00:00 / 4:52", "1x") + "\n\n"
            + (bylinePastLead ? p[2] + "\n\n" + byline : byline + p[2] + "\n\n") + p[3];
    }

    [Theory]
    [MemberData(nameof(Credits))]
    public void AHostsCreditThenAWritersByline_TheWriterIsTheAuthor(string language, string hostWords, string host, string writerWords, string writer)
    {
        var article = ArticleParser.Parse(Page(language, hostWords + " " + host, writerWords + " " + writer));

        var p = Articles.Of(language);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(writer, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // "4.12.2026 07:40" over "Moderation: Jana Weißhaupt": the host's name is read beside the date, the writer still wins.
    [Theory]
    [MemberData(nameof(Credits))]
    public void ADateOverAHostsCreditThenAWritersByline_TheWriterIsTheAuthor(string language, string hostWords, string host, string writerWords, string writer)
        => Assert.Equal(writer, ArticleParser.Parse(Page(language, hostWords + " " + host, writerWords + " " + writer, dateOverCredit: true)).Author);

    [Theory]
    [MemberData(nameof(Credits))]
    public void ADateOverAHostsCreditAlone_TheHostIsTheAuthor(string language, string hostWords, string host, string writerWords, string writer)
    {
        _ = (writerWords, writer);
        Assert.Equal(host, ArticleParser.Parse(Page(language, hostWords + " " + host, null, dateOverCredit: true)).Author);
    }

    [Theory]
    [MemberData(nameof(Credits))]
    public void AHostsCreditAlone_TheHostIsTheAuthor(string language, string hostWords, string host, string writerWords, string writer)
    {
        _ = (writerWords, writer);
        var article = ArticleParser.Parse(Page(language, hostWords + " " + host, null));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(host, article.Author);
    }

    [Theory]
    [MemberData(nameof(Credits))]
    public void AWritersBylineAlone_TheWriterIsTheAuthor(string language, string hostWords, string host, string writerWords, string writer)
    {
        _ = (hostWords, host);
        var article = ArticleParser.Parse(Page(language, null, writerWords + " " + writer));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(writer, article.Author);
    }

    // Past the article's lead, a byline signs a quoted piece or a box, not the item the host presents: the host stays.
    [Theory]
    [MemberData(nameof(Credits))]
    public void AWritersBylinePastTheLead_LeavesTheHost(string language, string hostWords, string host, string writerWords, string writer)
    {
        var article = ArticleParser.Parse(Page(language, hostWords + " " + host, writerWords + " " + writer, bylinePastLead: true));

        Assert.Equal(host, article.Author);
    }

    // A sponsor's credit is no host's: the writer's byline under it is the author, as without it.
    [Theory]
    [InlineData("en", "Presented by Harrowdale Motors", "By Tom Ashcombe", "Tom Ashcombe")]
    public void ASponsorsCreditThenAWritersByline_TheWriterIsTheAuthor(string language, string sponsor, string byline, string writer)
        => Assert.Equal(writer, ArticleParser.Parse(Page(language, sponsor, byline)).Author);
}
