using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An agency's, a newsroom's or an office's name in title case ("Agencia Norte", "Ufficio Stampa") stands where a
/// writer's name stands, alone over the dateline or after a byline's word. It issued the text; it is nobody's name,
/// so the page names no author. A person's name in the same place still is the author.
/// </summary>
public sealed class DeskAuthorTests
{
    public static TheoryData<string, string> Desks() => new()
    {
        { "es", "Agencia Norte" },
        { "it", "Ufficio Stampa" },
        { "pt", "Gabinete de Imprensa" },
        { "de", "Pressestelle Hafenstadt" },
        { "fr", "Agence Littoral" },
        { "en", "Harbour News Agency" },
        { "nl", "Persbureau Kust" },
    };

    [Theory]
    [MemberData(nameof(Desks))]
    public void ADesksNameOverTheDateline_IsNoAuthor(string language, string desk)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], desk + "\n12/03/2024 13:27", p[1], p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "Marta Agenjo")]
    [InlineData("it", "Giulia Uffreduzzi")]
    [InlineData("fr", "Claire Bureau-Lenoir")]
    public void APersonsNameOverTheDateline_IsStillTheAuthor(string language, string name)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], name + "\n12/03/2024 13:27", p[1], p[2], p[3], "Share\nPrivacy policy");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }

    // Desk words are surnames and headline nouns outside the dateline's slot (review s15, item 4).
    [Theory]
    [InlineData("en", "By Robert Service", "Robert Service")]
    [InlineData("en", "By Dana Office", "Dana Office")]
    [InlineData("fr", "Par Marie Bureau", "Marie Bureau")]
    [InlineData("es", "Por Lucía Oficina", "Lucía Oficina")]
    public void ADeskWordAsASurnameAfterAByline_StaysInTheName(string language, string byline, string name)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], byline + "\n12/03/2024 13:27", p[1], p[2], p[3], "Share\nPrivacy policy");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("fr", "Marie Bureau")]
    [InlineData("en", "Robert Service")]
    [InlineData("fr", "Paul Cabinet")]
    public void ASurnameThatIsADeskWordOverTheDateline_IsTheAuthor(string language, string name)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], name + "\n12/03/2024 13:27", p[1], p[2], p[3], "Share\nPrivacy policy");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("de", "Neue Agentur für Hafenfragen", "12.03.2025, 13:27 Uhr")]
    [InlineData("it", "Nuovo Ufficio per il Porto", "12/03/2025 13:27")]
    public void AShortHeadlineHoldingADeskWordOverTheDateline_IsTheTitle(string language, string headline, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", headline, dateline, p[1], p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
