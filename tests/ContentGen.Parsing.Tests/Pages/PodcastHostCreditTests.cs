using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 57: a podcast's episode page credits its host under the episode's headline and summary ("Hosted by Priya
/// Nandakumar", "Moderiert von Jana Weißhaupt"), with the date and the length under it. The credit is the page's byline
/// (HostCredits, read as BylinePrefixes with a capitalised name after them): read as none, it stood right over the date
/// and was taken for the headline, and the headline and the summary above it were lost with the page's chrome.
/// A sponsor's credit ("Sponsored by", "Presented by" in English) names a firm and stays no byline.
/// </summary>
public sealed class PodcastHostCreditTests
{
    [Theory]
    [InlineData("en", "The Harrowdale Hour · Episode 41", "Hosted by", "Priya Nandakumar", "Published 12 February 2026 · 31 min", "2026-02-12")]
    [InlineData("fr", "Les Voix du Val · Épisode 23", "Présenté par", "Camille Roussel", "Publié le 9 février 2026 · 27 min", "2026-02-09")]
    [InlineData("fr", "Les Voix du Val · Épisode 23", "Animé par", "Camille Roussel", "Publié le 9 février 2026 · 27 min", "2026-02-09")]
    [InlineData("de", "Tannenfeld hört zu · Folge 58", "Moderiert von", "Jana Weißhaupt", "Veröffentlicht am 10. Februar 2026 · 29 Min.", "2026-02-10")]
    [InlineData("es", "Voces del Jalón · Episodio 17", "Presentado por", "Lucía Berdejo", "Publicado el 11 de febrero de 2026 · 22 min", "2026-02-11")]
    [InlineData("it", "Voci di valle · Puntata 34", "Condotto da", "Giulia Ferrandi", "Pubblicato il 13 febbraio 2026 · 26 min", "2026-02-13")]
    [InlineData("pt", "Vozes do Ceira · Episódio 9", "Apresentado por", "Marta Sequeira", "Publicado a 10 de fevereiro de 2026 · 25 min", "2026-02-10")]
    [InlineData("nl", "Veenland Luistert · Aflevering 72", "Gepresenteerd door", "Sanne Wijnberg", "Gepubliceerd op 12 februari 2026 · 28 min", "2026-02-12")]
    public void AHostCreditOverTheEpisodesDate_IsTheBylineAndLeavesHeadlineAndSummary(
        string language, string kicker, string credit, string host, string dateline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "Harrowdale Gazette", "Home | News | Sport | Podcasts | Jobs", "Log in") + "\n\n"
            + string.Join("\n", kicker, p[0], p[1], credit + " " + host, dateline) + "\n\n"
            + string.Join("\n", "Play", "00:00 / 31:02", "1x") + "\n\n"
            + p[2] + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(host, article.Author);
        Assert.Equal(date, article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Hosted by Priya Nandakumar", "Priya Nandakumar")]
    [InlineData("Présenté par Camille Roussel", "Camille Roussel")]
    [InlineData("Moderiert von Jana Weißhaupt", "Jana Weißhaupt")]
    [InlineData("Presentado por Lucía Berdejo", "Lucía Berdejo")]
    [InlineData("Condotto da Giulia Ferrandi", "Giulia Ferrandi")]
    [InlineData("Apresentado por Marta Sequeira", "Marta Sequeira")]
    [InlineData("Gepresenteerd door Sanne Wijnberg", "Sanne Wijnberg")]
    public void AHostCredit_ReadsAsTheHostsName(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // A sponsor's credit names a firm; a credit going on in lower case heads a sentence or a headline.
    [Theory]
    [InlineData("Sponsored by Harrowdale Building Society")]
    [InlineData("Presented by Harrowdale Motors")]
    [InlineData("Präsentiert von Stadtwerke Tannenfeld")]
    [InlineData("Patrocinado por Caja Rural del Jalón")]
    [InlineData("Moderiert von zwei Schülerinnen: das Erzählcafé im Rathaus")]
    [InlineData("Presentado por el alcalde, el plan de aparcamientos")]
    [InlineData("Condotto da volontari il nuovo servizio di trasporto")]
    public void ASponsorsCreditOrASentence_IsNoByline(string line)
        => Assert.Null(AuthorReader.Read(line.AsSpan()));
}
