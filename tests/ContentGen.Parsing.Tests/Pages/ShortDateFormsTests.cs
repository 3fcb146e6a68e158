using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 55: dates printed shorter than the first forms. A two-digit year after a day of two digits and a month of one
/// ("12.3.24", "12/3/24", "12-3-24"), or after a month's name ("12 Mar 24", "5 mars 24"); and an ISO 8601 stamp with its
/// time glued to the day ("2024-03-12T18:05:33+01:00", "…Z"), as a page's metadata line copies it. A run that opens with one
/// digit ("3/9/24") stays none, as does two digits after a month that run on as a count ("12 mars 24 heures").
/// </summary>
public sealed class ShortDateFormsTests
{
    [Theory]
    [InlineData("12.3.24", "2024-03-12")]
    [InlineData("Mi., 13.3.24, 09:12 Uhr", "2024-03-13T09:12")]
    [InlineData("27/8/25 18:05", "2025-08-27T18:05")]
    [InlineData("Publicado em 30/1/25 às 07h40", "2025-01-30T07:40")]
    [InlineData("15-9-23", "2023-09-15")]
    [InlineData("12 Mar 24", "2024-03-12")]
    [InlineData("Thu 21 Nov 24, 07:30", "2024-11-21T07:30")]
    [InlineData("5 mars 24 - 18h05", "2024-03-05T18:05")]
    [InlineData("16 ott 25 | 3 min", "2025-10-16")]
    [InlineData("9 Jan 25 18:05", "2025-01-09T18:05")]
    public void ShortYear_ReadsAsIso8601(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("2024-03-12T18:05:33+01:00", "2024-03-12T18:05")]
    [InlineData("Published 2025-11-04T07:41:02Z", "2025-11-04T07:41")]
    [InlineData("Veröffentlicht: 2025-06-30T23:59:00+02:00", "2025-06-30T23:59")]
    [InlineData("datePublished 2025-02-01T08:00", "2025-02-01T08:00")]
    public void IsoStamp_WithItsTime_ReadsTheDayAndTheClock(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Published: 3/9/24")]
    [InlineData("Version 2.10.24")]
    [InlineData("12 mars 24 heures de grève")]
    [InlineData("On 12 March 24 people left the island")]
    [InlineData("12 mars 18:05")]
    [InlineData("Tue 12 Mar 18.05 GMT")]
    [InlineData("2024-03-32T18:05:00Z")]
    [InlineData("Build 2024-03-12X18")]
    public void OtherNumberRuns_GiveNone(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("de", "Di., 12.3.24", "2024-03-12")]
    [InlineData("nl", "12-3-24, 18:05", "2024-03-12T18:05")]
    [InlineData("en", "Tue 12 Mar 24", "2024-03-12")]
    [InlineData("it", "2024-03-12T18:05:33+01:00", "2024-03-12T18:05")]
    public void TheShortDateUnderTheHeadline_DatesThePage(string language, string dateline, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], dateline, p[1], p[2], p[3], "© 2025 Site"));

        Assert.Equal(published, article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    // Guard: a short date inside the article's prose dates nothing.
    [Theory]
    [InlineData("de", "Die Frist lief am 12.3.24 ab, sagte der Sprecher der Verwaltung am Abend.")]
    [InlineData("en", "The log showed 2024-03-12T18:05:33Z as the moment the pump failed, the engineers said.")]
    public void AShortDateInProse_DatesNothing(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], sentence, p[2], p[3], "© 2025 Site"));

        Assert.Null(article.Published);
    }
}
