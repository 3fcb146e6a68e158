using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The innocent neighbours of session 19's page rules that a review found broken, each kept as it was before the rules:
/// a kicker in capitals over a genre's label over the date signs nothing; a menu's word in capitals set aside as chrome
/// does not make a teaser the headline; a paragraph ending on a slogan in capitals, and a practical line after a slash,
/// stay in the body; "Source : X." is no byline; a Catalan name's middle dot cuts no name.
/// </summary>
public sealed class ReviewS19PageGuardTests
{
    [Theory]
    [InlineData("es", "ATLÉTICO ARRIETA", "Crónica", "14 de mayo de 2025")]
    [InlineData("de", "BORUSSIA KLEINHAFEN", "Spielbericht", "14.05.2025")]
    [InlineData("it", "COSTA AZZURRA", "Reportage", "12 marzo 2025")]
    public void AKickerInCapitals_OverAGenresLabel_OverTheDate_IsNoWriter(string language, string kicker, string label, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", kicker + "\n" + label + "\n" + date, p[0], p[1], p[2], p[3]);

        Assert.Null(ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("Von Jana Kolb\n14.05.2025")]
    [InlineData("Jana Kolb\nRedakteurin\n14.05.2025")]
    public void AMenusWordInCapitalsSetAsideAsChrome_OverATeaser_MakesNoTeaserTheHeadline(string byline)
    {
        var p = Articles.Of("de");
        var headline = "Der Stadtrat von Kleinhafen beschließt nach langem Streit einen neuen Plan für den Umbau des alten Hafens";
        var page = string.Join("\n\n", "Kleinhafener Rundschau", "Startseite | Politik | Wirtschaft | Sport | Kultur", "POLITIK",
            "Bürgerfest am Hafen fällt in diesem Jahr aus", headline, byline, p[1], p[2]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "They stopped outside the town hall. The banner at the front carried three words in red paint. SAVE HARBOUR PLAYGROUND")]
    [InlineData("it", "Si sono fermati davanti al municipio. Lo striscione in testa al corteo portava due parole in rosso. GIÙ LE MANI")]
    [InlineData("nl", "Ze stopten bij het stadhuis. Op het spandoek stonden twee woorden in rode letters. SPEELTUIN BLIJFT")]
    public void AParagraphEndingOnCapitalsOrASlash_StaysInTheBody(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]);

        Assert.Equal(new[] { p[1], paragraph, p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // A practical line after a slash is no caption signed by a photographer (on a plain article it reads as before).
    [Theory]
    [InlineData("Tickets for the talk cost £5 on the door. / Under Twelves Free")]
    [InlineData("Doors open at seven. / Bring Your Own Chair")]
    public void APracticalLineAfterASlash_IsNoCaption(string line) => Assert.False(PageLines.IsCaption(line));

    [Theory]
    [InlineData("Source : Conseil Départemental.")]
    [InlineData("Texte : Jeanne Roux.")]
    public void ALabelsSourceWithAFullStop_IsNoByline(string line) => Assert.False(PageLines.IsByline(line.AsSpan()));

    [Theory]
    [InlineData("Por Marcel·lí Pons", "Marcel·lí Pons")]
    [InlineData("Texto: Marcel·la Puig · Fotos: Luis Peña", "Marcel·la Puig")]
    public void ACatalanNamesMiddleDot_CutsNoName(string line, string expected)
    {
        // The word reader parts "Marcel·lí" at the dot, so the whole name is not read yet; a cut one ("Marcel") is worse.
        var author = AuthorReader.Read(line.AsSpan());
        Assert.True(author is null || author == expected, author);
    }
}
