using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A regional page prints the writer's name, the town the story comes from on its own line, then the dateline
/// ("Jane Roe" / "Villaverde, Navarra" / "Publicado: …"): the town, shown one by its region or its capitals, parts no
/// name from its date.
/// </summary>
public sealed class NameOverPlaceTests
{
    [Theory]
    [InlineData("en", "HARBOURTON", "Published: 12/03/2024 08:15")]
    [InlineData("fr", "VALMONT", "Publié le 12/03/2024 à 08h15")]
    [InlineData("de", "Pforzheim, Enzkreis", "Veröffentlicht am 12.03.2024, 08:15 Uhr")]
    [InlineData("es", "Villaverde, Navarra", "Publicado: 12/03/2024 - 08:15 h")]
    [InlineData("it", "Ponterosso, Umbria", "12/03/2024 alle 08:15")]
    [InlineData("nl", "ZEEWOLDEN", "12 maart 2024 08:15")]
    public void TheWritersName_OverThePlaceAndTheDate_SignsThePage(string language, string place, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], string.Join("\n", "Jane Roe", place, dateline), p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A place or a section's label alone over the date signs nothing: no name stands above it.
    [Theory]
    [InlineData("en", "Harbourton")]
    [InlineData("es", "Cultura")]
    [InlineData("pt", "Vila Real, Douro")]
    public void APlaceAlone_SignsNothing(string language, string place)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], string.Join("\n", place, "12/03/2024 08:15"), p[1], p[2], p[3], Articles.Closing(language));

        Assert.Null(ArticleParser.Parse(page).Author);
    }

    // A capitalised word alone between a two-word line and the date is no sure town: the line above may be a region, a
    // club, or the person an obituary's section label follows. No writer is read.
    [Theory]
    [InlineData("fr", "Haute Vallée", "Lourmarin", "Publié le 12/03/2024 à 08h15")]
    [InlineData("de", "Johanna Kessler", "Traueranzeigen", "12.03.2024, 08:15 Uhr")]
    [InlineData("es", "Atlético Ribera", "Tudela", "12 de marzo de 2024 - 08:15")]
    [InlineData("en", "Sedge Valley", "Marrowby", "Published: 12/03/2024 08:15")]
    public void ATwoWordLine_OverAWordAndTheDate_SignsNothing(string language, string above, string word, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], string.Join("\n", above, word, dateline), p[1], p[2], p[3], Articles.Closing(language));

        Assert.Null(ArticleParser.Parse(page).Author);
    }
}
