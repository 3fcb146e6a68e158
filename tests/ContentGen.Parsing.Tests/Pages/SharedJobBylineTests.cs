using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines whose writers share one job after their names ("By Tom Hale and Priya Nair, Courts Reporters"), or whose first
/// writer's job is a lower-case word no newsroom list names ("Par Claire Morel, prévisionniste, et Julien Hamon"): the
/// writers' names only, never the job read as a third writer, and the second writer after the job still read.
/// </summary>
public sealed class SharedJobBylineTests
{
    [Theory]
    [InlineData("By Tom Hale and Priya Nair, Courts Reporters", "Tom Hale; Priya Nair")]
    [InlineData("By Tom Hale and Priya Nair, Courts Reporters, at Harrowby Crown Court", "Tom Hale; Priya Nair")]
    [InlineData("Par Julie Marchand et Paul Roux, journalistes", "Julie Marchand; Paul Roux")]
    [InlineData("Von Anna Berg und Jonas Weber, Redakteure", "Anna Berg; Jonas Weber")]
    [InlineData("Por Ana Gil y Luis Peña, Corresponsales", "Ana Gil; Luis Peña")]
    [InlineData("Di Marco Ferri e Giulia Conti, Inviati", "Marco Ferri; Giulia Conti")]
    [InlineData("Door Sanne de Vries en Bram Kok, Verslaggevers", "Sanne de Vries; Bram Kok")]
    public void AJobTheWritersShare_IsNoWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par Claire Morel, prévisionniste, et Julien Hamon", "Claire Morel; Julien Hamon")]
    [InlineData("Por Ana Gil, fotógrafa, y Luis Peña", "Ana Gil; Luis Peña")]
    [InlineData("By Jane Roe, weather forecaster, and Tom Poe", "Jane Roe; Tom Poe")]
    [InlineData("Von Anna Berg, freie Autorin, und Jonas Weber", "Anna Berg; Jonas Weber")]
    public void ALowerCaseJob_AfterTheFirstWriter_PartsTwoWriters(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Guards: a lower-case apposition parts writers only in a byline opened by its word; a caption listing people, a
    // sentence and a byline with no second writer read as before.
    [Theory]
    [InlineData("Marie Roux, agricultrice, et Paul Roux devant leur ferme")]
    [InlineData("Jane Roe, a farmer, and Tom Poe, her neighbour, at the gate")]
    [InlineData("Par ailleurs, le maire, absent, et Paul Roux")]
    [InlineData("By then, the ferry, late, and Tom Poe")]
    public void PeopleListedWithoutABylinesWord_AreNoWriters(string line)
        => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par Claire Morel, prévisionniste", "Claire Morel")]
    [InlineData("By Jane Roe, and more", "Jane Roe")]
    [InlineData("By Jane Roe, Political Correspondent", "Jane Roe")]
    public void ABylineWithOneWriter_StaysOneWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Guard: the plural jobs are read after a byline's names only; a last paragraph that says who a person told stays the
    // article's, under that person's name printed alone (a portrait's caption) as anywhere.
    [Fact]
    public void TellingReporters_UnderAName_StaysTheArticles()
    {
        var p = Articles.Of("en");
        const string last = "Roe told reporters after the meeting that she would ask the council to publish the figures for every village.";
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", p[0], "By Tom Poe\nPublished 12 March 2024", p[1], p[2], p[3], "Jane Roe", last, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(last, article.Paragraphs[^1].Text);
        Assert.Equal("Tom Poe", article.Author);
    }

    [Fact]
    public void WordsAndPhotographs_WithColons_NameTheWriter()
    {
        Assert.Equal("Anna Bell", AuthorReader.Read("Words: Anna Bell. Photographs: Joe Crane".AsSpan()));
        Assert.Equal("Anna Bell", AuthorReader.Read("Words: Anna Bell".AsSpan()));
        Assert.Null(AuthorReader.Read("Words: 1,200".AsSpan()));
    }
}
