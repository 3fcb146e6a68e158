using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An obituary closes on a line of life dates ("Margaret Roe, ferry skipper, born 2 June 1937; died 8 March 2025"): a
/// name and dates, as a byline and a dateline give, yet the article's text. A birth's word and a death's word, each with
/// a date after it, make it one; a byline, a dateline or a line with one event stays what it was.
/// </summary>
public sealed class LifeSpanTests
{
    public static TheoryData<string, string> Lines() => new()
    {
        { "en", "Margaret Roe, ferry skipper, born 2 June 1937; died 8 March 2025" },
        { "fr", "Marguerite Roux, passeuse, née le 2 juin 1937, décédée le 8 mars 2025" },
        { "de", "Hildegard Roth, Chorleiterin, geboren am 2. Juni 1937, gestorben am 8. März 2025" },
        { "es", "Remedios Ruiz, barquera, nacida el 2 de junio de 1937, fallecida el 8 de marzo de 2025" },
        { "it", "Marta Rossi, traghettatrice, nata il 2 giugno 1937, morta l'8 marzo 2025" },
        { "pt", "Amélia Rocha, barqueira, nascida a 2 de junho de 1937, falecida a 8 de março de 2025" },
        { "nl", "Grietje de Roo, veerschipper, geboren op 2 juni 1937, overleden op 8 maart 2025" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void ALineOfLifeDates_UnderAnObituary_StaysTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "12/03/2025 16:00", p[1], p[2], p[3], Articles.Closing(language), line, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Equal(line, article.Paragraphs[^1].Text);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void BothDates_MakeALifeSpan(string language, string line)
    {
        _ = language;
        Assert.True(LifeSpans.IsLifeSpan(line.AsSpan()));
    }

    // One event, a date too far from its word, or dates with no event's word are a byline's or a dateline's.
    [Theory]
    [InlineData("Jane Roe, born 2 June 1937")]
    [InlineData("Died: 8 March 2025 | Updated 9 March 2025")]
    [InlineData("Published 2 June 2024; updated 8 March 2025")]
    [InlineData("Born in the valley to a family of boatmen and long remembered here, she died 8 March 2025")]
    [InlineData("Par Jeanne Roux, née à Lyon | Publié le 08/03/2025 à 10h05")]
    public void OtherLines_AreNoLifeSpan(string line) => Assert.False(LifeSpans.IsLifeSpan(line.AsSpan()));

    // The page's own dateline under the headline is still set aside and dates the article.
    [Fact]
    public void TheDatelineUnderTheHeadline_StillDatesTheObituary()
    {
        var p = Articles.Of("en");
        var line = "Margaret Roe, ferry skipper, born 2 June 1937; died 8 March 2025";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "By Alan Pryce\nThursday 13 March 2025, 4:00 pm", p[1], p[2], p[3], line, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Equal("2025-03-13T16:00", article.Published);
        Assert.Equal("Alan Pryce", article.Author);
        Assert.Equal(line, article.Paragraphs[^1].Text);
    }
}
