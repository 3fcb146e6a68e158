using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A regional site's menu names its service sections beside the news (weather, traffic, going out: "Weer", "Verkeer",
/// "Uit", "Tiempo", "Tráfico", "Traffico", "Tempo", "Trânsito"). With one of them missing from the lexicon's section names,
/// the menu was read as the headline ("Nieuws  Regio  Sport  Cultuur  Uit  Weer"). The same words in a headline's clause,
/// in lower case or among words of its own, leave it a headline.
/// </summary>
public sealed class ServiceSectionMenuTests
{
    private static TextBlock Block(string text) => new(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());

    [Theory]
    [InlineData("Nieuws  Regio  Sport  Cultuur  Uit  Weer")]
    [InlineData("Nieuws Regio Verkeer Weer")]
    [InlineData("Portada  Comarca  Deportes  Tiempo  Tráfico")]
    [InlineData("Cronaca Sport Meteo Traffico")]
    [InlineData("Início  Região  Desporto  Tempo  Trânsito")]
    public void AMenuWithServiceSections_IsNoHeadline(string menu)
    {
        Assert.True(SectionMenus.IsMenuLine(menu.AsSpan()));
        Assert.False(TitleFinder.IsHeadline(Block(menu), strict: true));
    }

    [Theory]
    [InlineData("nl", "Nieuws  Regio  Sport  Cultuur  Uit  Weer", "Door Els Smit\n3 december 2025, 14:25")]
    [InlineData("es", "Portada  Comarca  Deportes  Tiempo  Tráfico", "Por Sergio Olmo\n12/11/2025 - 13:40")]
    [InlineData("pt", "Início  Região  Desporto  Tempo  Trânsito", "Por Ana Costa\n18 de agosto de 2025, 08:05")]
    public void TheMenu_OverTheHeadline_IsNotTheTitle(string language, string menu, string stamps)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nThe Valley Courier\n" + menu, p[0], stamps, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // A headline is a clause: the weather or the traffic it reports on are its words, not its menu's.
    [Theory]
    [InlineData("Weer en verkeer zitten tegen bij de eerste zeilwedstrijd")]
    [InlineData("Uit de kast: Regio Sport Weer")]
    [InlineData("Tiempo de espera en el centro de salud sube a doce días")]
    [InlineData("Trânsito cortado na ponte velha até sexta-feira")]
    public void AHeadlineAboutWeatherOrTraffic_StaysHeadlineLike(string text)
    {
        Assert.False(SectionMenus.IsMenuLine(text.AsSpan()));
        Assert.True(TitleFinder.IsHeadline(Block(text), strict: false));
    }
}
