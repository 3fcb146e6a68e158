using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A news agency opens its story's first paragraph with a dateline and its own name in brackets ("HARBOURTON,
/// 4 March (AP) - …", "Pforzheim (dpa) – …"). The agency's mark is also a photo credit's, but a paragraph that
/// goes on after the dateline for a sentence is the article's, never a caption.
/// </summary>
public sealed class WireDatelineParagraphTests
{
    public static TheoryData<string, string> Datelines() => new()
    {
        { "en", "HARBOURTON, 4 March (AP) - " },
        { "en", "HARBOURTON, March 4 (Reuters) — " },
        { "fr", "VALMONT-SUR-LOIRE, 4 mars 2025 (AFP) - " },
        { "de", "Pforzheim (dpa) – " },
        { "es", "VILLAVERDE, 4 Mar. (EFE).- " },
        { "it", "PONTEROSSO, 4 MAR (ANSA) - " },
        { "pt", "VILA NOVA DE SOUTO, 4 mar 2025 (Lusa) – " },
        { "nl", "ZEEWOLDEN (ANP) - " },
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void AWiresFirstParagraph_OpenedByItsDateline_IsTheArticles(string language, string dateline)
    {
        var p = Articles.Of(language);
        var first = dateline + p[1];
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", first, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { first, p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The same marks closing a picture's caption, or a dateline over no sentence, stay the picture's.
    [Theory]
    [InlineData("en", "Fishing boats tied up in the harbour on Tuesday (AP)")]
    [InlineData("fr", "Les chalutiers à quai mardi matin (AFP) - Photo d'archives")]
    [InlineData("de", "Fischkutter im Hafen von Pforzheim am Dienstag (dpa)")]
    [InlineData("it", "PONTEROSSO (ANSA) - Il porto all'alba")]
    [InlineData("it", "Valdora (foto di Luca Resta) - i vigili del fuoco al lavoro sotto le mura crollate nella notte di martedì.")]
    [InlineData("es", "Tudela (Foto) - los bomberos trabajan junto al puente derrumbado durante la madrugada del lunes.")]
    public void ACaptionWithTheAgencysMark_StaysACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], caption, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == caption);
    }
}
