using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Some templates print the byline over the headline, a blank line between, as others print the date there. A byline's
/// word opens it; a byline glued under another line up there is a teaser's, not the article's.
/// </summary>
public sealed class BylineOverHeadlineTests
{
    [Theory]
    [InlineData("en", "By Jane Roe", "Jane Roe")]
    [InlineData("fr", "Par Jean Dupont", "Jean Dupont")]
    [InlineData("de", "Von Jürgen Albers", "Jürgen Albers")]
    [InlineData("es", "Por María López", "María López")]
    [InlineData("it", "di Marco Rossi", "Marco Rossi")]
    [InlineData("pt", "Por Ana Costa e Rui Mendes", "Ana Costa; Rui Mendes")]
    [InlineData("nl", "Door Pieter de Vries", "Pieter de Vries")]
    public void ABylineOverTheHeadline_NamesTheWriter(string language, string byline, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", byline, p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(expected, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Line 0 or 1 is the byline's, and the headline stands on line 3 ("Read more" / blank / byline / headline).
    [Theory]
    [InlineData("Ferry timetable changes for the summer\nBy Tom Fox\n\nNight buses reach the villages")]
    [InlineData("Les horaires du bac changent cet été\nPar Paul Martin\n\nLes bus de nuit desservent les villages")]
    [InlineData("Neuer Fahrplan für die Fähre im Sommer\nVon Anna Schmidt\n\nNachtbusse fahren in die Dörfer")]
    [InlineData("Rassegna stampa\n\ndi notte i bus raggiungono i paesi\nI bus di notte")]
    public void ATeasersBylineGluedUnderItsHeadline_OrNoByline_NamesNoWriter(string page)
    {
        var lines = new List<SourceLine>();
        SourceLine.Split(page, lines);

        Assert.Null(BylinesOverHeadlines.Read(lines, page, 3));
    }

    [Theory]
    [InlineData("Menu\n\nBy Tom Fox\n\nNight buses reach the villages", 4, "Tom Fox")]
    [InlineData("By Tom Fox\nNight buses reach the villages", 1, "Tom Fox")]
    public void ABylineAloneOverTheHeadline_NamesTheWriter(string page, int title, string expected)
    {
        var lines = new List<SourceLine>();
        SourceLine.Split(page, lines);

        Assert.Equal(expected, BylinesOverHeadlines.Read(lines, page, title));
    }
}
