using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// "Más información:" is a link's label and an info line's lead: before an office's details (a phone, an e-mail, a web
/// address) under the last paragraph it is the article's practical line; before another story's headline or the
/// footer's links it is still chrome.
/// </summary>
public sealed class InfoLineLinkLabelTests
{
    [Theory]
    [InlineData("es", "Más información: Oficina de Turismo, tel. 976 123 456, www.turismo-valle.example")]
    [InlineData("de", "Weitere Informationen: Verkehrsverbund Tal, Telefon 0711 123456, www.vvt.example")]
    public void AnInfoLineUnderTheLastParagraph_StaysTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nNews", p[0], "12/03/2024 08:15", p[1], p[2], p[3], line, "© 2024");

        Assert.Equal(new[] { p[1], p[2], p[3], line }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "Más información: La Diputación aprueba el plan de caminos rurales")]
    [InlineData("es", "Más información: Política de privacidad | Cookies")]
    public void TheLabelBeforeALinkOrTheFootersLinks_StaysChrome(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nNews", p[0], "12/03/2024 08:15", p[1], p[2], p[3], line, "© 2024");

        Assert.Equal(new[] { p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
