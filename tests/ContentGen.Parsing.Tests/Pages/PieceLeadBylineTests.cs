using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An opinion page names the kind of piece in its byline ("Ein Kommentar von Jane Roe", "Une tribune de Jane Roe",
/// "A column by Jane Roe"): a byline under the headline, never the headline, when a name follows; the same words
/// over a lower-case word ("Une tribune de presse") head a part of the text.
/// </summary>
public sealed class PieceLeadBylineTests
{
    [Theory]
    [InlineData("en", "A column by Jane Roe")]
    [InlineData("fr", "Une tribune de Jane Roe")]
    [InlineData("de", "Ein Kommentar von Jane Roe")]
    [InlineData("es", "Una tribuna de Jane Roe")]
    [InlineData("it", "Un commento di Jane Roe")]
    [InlineData("pt", "Uma crónica de Jane Roe")]
    [InlineData("nl", "Een column van Jane Roe")]
    public void APiecesByline_UnderTheHeadline_SignsIt(string language, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", "Opinion", p[0], byline, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Over a lower-case word, a town or a single surname, the lead's words are a subheading's.
    [Theory]
    [InlineData("fr", "Une tribune de presse comble")]
    [InlineData("de", "Ein Kommentar von außen")]
    [InlineData("es", "Una columna de humo negro")]
    [InlineData("nl", "Een column van vroeger")]
    [InlineData("fr", "Une chronique de Toulon")]
    [InlineData("pt", "Uma crónica de Coimbra")]
    [InlineData("de", "Ein Essay von Hölderlin")]
    [InlineData("it", "Un commento di Verdi")]
    public void TheLeadsWords_OverALowerCaseWord_HeadAPart(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], heading, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == heading);
        Assert.Null(article.Author);
    }

    // As the headline, over a town, the lead's words are the title and name no writer.
    [Theory]
    [InlineData("fr", "Une chronique de Montauban")]
    [InlineData("pt", "Uma crónica de Setúbal")]
    public void TheLeadsWords_OverATown_AreTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", headline, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Null(article.Author);
    }
}
