using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An agency's story may close its last paragraph with the agency's name in brackets ("… settimane». (ANSA).", "…
/// ersetzt werden muss. (dpa)"), or open its first with the bracket before the place ("(ANSA) - VALDORSO, 3 MAR - …").
/// The bracket is a photo credit's mark too, but a paragraph so closed or opened is the article's text: losing it is the
/// worst a page reader can do.
/// </summary>
public sealed class AgencyClosingParagraphTests
{
    public static TheoryData<string, string> Credits() => new()
    {
        { "en", " (AFP)" },
        { "en", " (Reuters)." },
        { "fr", " (AFP)." },
        { "de", " (dpa)" },
        { "es", " (EFE)" },
        { "it", " (ANSA)." },
        { "pt", " (Lusa)" },
        { "nl", " (ANP)" },
    };

    [Theory]
    [MemberData(nameof(Credits))]
    public void ALastParagraph_ClosedByTheAgencysName_IsTheArticles(string language, string credit)
    {
        var p = Articles.Of(language);
        var last = Articles.Closing(language) + credit;
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], last, "Privacy | Contact");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], last }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("it", "(ANSA) - PONTEROSSO, 4 MAR - ")]
    [InlineData("en", "(AP) - HARBOURTON, March 4 - ")]
    [InlineData("nl", "(ANP) - ZEEWOLDEN - ")]
    public void AFirstParagraph_OpenedByTheAgencysBracket_IsTheArticles(string language, string dateline)
    {
        var p = Articles.Of(language);
        var first = dateline + p[1];
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", first, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { first, p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A caption's short sentence closed by the credit, or a long line that ends no sentence, stays the picture's.
    [Theory]
    [InlineData("de", "Fischkutter liegen am Dienstag im Hafen von Pforzheim. (dpa)")]
    [InlineData("it", "Il sindaco durante la conferenza stampa in municipio. (ANSA).")]
    [InlineData("es", "Los bomberos trabajan junto al puente derrumbado durante la madrugada del lunes en Tudela. (EFE)")]
    [InlineData("en", "Fishing boats tied up in the harbour on Tuesday morning as the storm passed over the headland and the quay wall (AP)")]
    // A caption of sixteen words or more that ends a sentence before the credit, set between two paragraphs: no closing.
    [InlineData("es", "Los bomberos trabajan junto al puente derrumbado durante la madrugada del lunes en Tudela, donde la crecida del Ebro arrastró dos coches. (EFE)")]
    [InlineData("de", "Fischkutter liegen am Dienstag im Hafen von Pforzheim, wo die Fischer seit Wochen auf besseres Wetter und höhere Preise warten. (dpa)")]
    public void ACaptionClosedByTheAgencysName_StaysACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], caption, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == caption);
    }
}
