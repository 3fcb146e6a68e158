using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A photo gallery between the article's paragraphs numbers its pictures ("Foto 1 di 4", "Photo 2 of 5", "Bild 1
/// von 8") over each caption: the counter is the gallery's, never a subheading, and nothing of the gallery is
/// the article's text.
/// </summary>
public sealed class GalleryCounterTests
{
    public static TheoryData<string, string, string> Galleries() => new()
    {
        { "en", "Photo 1 of 4", "The new square seen from the bell tower. Picture: Jane Roe" },
        { "fr", "Photo 1 sur 4", "La nouvelle place vue du clocher (Photo : Jane Roe)" },
        { "de", "Bild 1 von 4", "Der neue Platz vom Kirchturm aus (Foto: Jane Roe)" },
        { "es", "Foto 1 de 4", "La nueva plaza vista desde el campanario (Foto: Jane Roe)" },
        { "it", "Foto 1 di 4", "La nuova piazza vista dal campanile (Foto: Jane Roe)" },
        { "pt", "Foto 1 de 4", "A nova praça vista da torre (Foto: Jane Roe)" },
        { "nl", "Foto 1 van 4", "Het nieuwe plein gezien vanaf de toren (Foto: Jane Roe)" },
    };

    [Theory]
    [MemberData(nameof(Galleries))]
    public void AGallerysCounter_BetweenParagraphs_HeadsNothing(string language, string counter, string caption)
    {
        var p = Articles.Of(language);
        var second = counter.Replace("1", "2", StringComparison.Ordinal);
        var gallery = string.Join("\n", counter, caption, second, caption.Replace("Jane Roe", "Tom Poe", StringComparison.Ordinal));
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], gallery, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // A sentence that counts pictures is the article's.
    [Theory]
    [InlineData("en", "Photo 1 of 4 shows the old square before the works began.")]
    [InlineData("it", "La foto 1 di 4 mostra la vecchia piazza prima dei lavori.")]
    public void ASentenceCountingPictures_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], sentence, p[2], p[3]);

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // A counter without the picture's word ("1 di 6", "2 of 5") is the gallery's too, where a short word joins the numbers.
    [Theory]
    [InlineData("it", "1 di 6", "La nuova piazza vista dal campanile (foto Studio Lario)")]
    [InlineData("en", "1 of 6", "The new square seen from the bell tower. Picture: Jane Roe")]
    [InlineData("de", "1 von 6", "Der neue Platz vom Kirchturm aus (Foto: Jane Roe)")]
    public void ABareCounter_IsTheGallerys(string language, string counter, string caption)
    {
        var p = Articles.Of(language);
        var gallery = string.Join("\n", counter, caption, counter.Replace("1", "2", StringComparison.Ordinal), caption);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], gallery, p[2], p[3], Articles.Closing(language));

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // A date ("3/12") or a line with more than the two numbers and their joiner is no bare counter.
    [Theory]
    [InlineData("3/12")]
    [InlineData("12 de 2024")]
    [InlineData("Step 2 of 5")]
    [InlineData("6 of 1")]
    public void OtherNumberLines_AreNoCounters(string line) => Assert.False(ContentGen.Parsing.Structure.PageLines.IsCaption(line));
}
