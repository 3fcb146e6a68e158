using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A column prints a line about its writer under the byline, before the text ("Ein Kommentar von Jane Roe" /
/// "Jane Roe leitet die Lokalredaktion …", "Jane Roe" / "Columnist" / "Jane Roe schrijft elke week …"): the note
/// opens with the name the byline gives, and is the writer's, not the article's first paragraph.
/// </summary>
public sealed class WritersNoteUnderBylineTests
{
    [Theory]
    [InlineData("en", "A column by Jane Roe", "Jane Roe has covered the harbour and its ferries since 2015.")]
    [InlineData("de", "Ein Kommentar von Jane Roe", "Jane Roe leitet die Lokalredaktion in Pforzheim.")]
    [InlineData("fr", "Par Jane Roe", "Jane Roe suit la vie municipale de Valmont depuis dix ans.")]
    [InlineData("nl", "Jane Roe\nColumnist", "Jane Roe schrijft elke week over het leven in de wijk.")]
    [InlineData("it", "Di Jane Roe", "Jane Roe scrive di ambiente e di trasporti.")]
    public void ANoteOnTheWriter_UnderTheByline_IsNoParagraph(string language, string byline, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], byline + "\n" + note, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The article's first paragraph about someone else, or about the writer once the article has begun, stays.
    [Theory]
    [InlineData("en", "Tom Poe has run the night ferry for thirty years and says he has never seen a winter like this one.")]
    [InlineData("de", "Tom Poe fährt seit dreißig Jahren die Nachtfähre und hat so einen Winter noch nie erlebt.")]
    [InlineData("es", "Tom Poe lleva treinta años al mando del ferri nocturno y nunca había visto un invierno así.")]
    public void AParagraphOnAnotherPerson_Stays(string language, string lead)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "By Jane Roe", "12/03/2024 08:15", lead, p[1], p[2], p[3]);

        Assert.Equal(new[] { lead, p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // A piece on the writer's own life opens its first paragraph with the writer's name, under a blank line: it stays.
    [Theory]
    [InlineData("en", "By Walter Greaves", "Walter Greaves had never run further than the bus stop until the spring he turned sixty-eight.")]
    [InlineData("de", "Von Anna Hofer", "Anna Hofer und ihre Schwester Greta haben die Mühle an der Lauter im Januar übernommen.")]
    [InlineData("fr", "Par Jane Roe", "Jane Roe a appris à nager à soixante ans, dans le lac derrière la maison de sa tante.")]
    [InlineData("it", "Di Jane Roe", "Jane Roe non aveva mai visto il mare prima di compiere quarant'anni.")]
    public void TheWritersOwnStory_UnderABlankLine_Stays(string language, string byline, string lead)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], byline, lead, p[1], p[2], p[3]);

        Assert.Equal(new[] { lead, p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
