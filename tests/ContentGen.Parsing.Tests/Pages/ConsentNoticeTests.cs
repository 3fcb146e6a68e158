using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A consent wall's notice ("We and our partners store cookies … By clicking 'Agree' …") reads as a paragraph of
/// prose. Printed above the breadcrumb and the headline, close enough to the article's first paragraph, it must
/// not be taken for the article's opening: the headline under it is the title, and the notice is set aside.
/// </summary>
public sealed class ConsentNoticeTests
{
    public static TheoryData<string, string> Notices() => new()
    {
        { "nl", "Wij en onze partners plaatsen cookies en vergelijkbare technieken om de site te verbeteren en advertenties te tonen. Klik op 'Akkoord' om verder te gaan." },
        { "en", "We and our partners store cookies and similar technologies to improve the site and to show adverts. Click 'Agree' to carry on reading." },
        { "fr", "Avec nos partenaires, nous déposons des cookies et des traceurs pour améliorer le site et afficher des publicités. Cliquez sur « Accepter » pour continuer." },
        { "es", "Nosotros y nuestros socios guardamos cookies y tecnologías similares para mejorar el sitio y mostrar publicidad. Pulse «Aceptar» para seguir leyendo." },
        { "it", "Noi e i nostri partner usiamo cookie e tecnologie simili per migliorare il sito e mostrare pubblicità. Premi «Accetta» per continuare." },
        { "pt", "Nós e os nossos parceiros guardamos cookies e dados de navegação para melhorar o site e mostrar publicidade. Carregue em «Aceitar» para continuar." },
        { "de", "Wir und unsere Partner speichern Cookies und ähnliche Techniken, um die Seite zu verbessern und Werbung zu zeigen. Klicken Sie auf „Zustimmen“, um weiterzulesen." },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void AConsentNoticeNearTheArticle_IsNotItsOpening(string language, string notice)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip\nRiver Radio", notice, "News > Region > Towns", p[0], "12/03/2024 15:20", p[1], p[2], closing, p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == notice);
        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
