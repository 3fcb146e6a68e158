using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A header's menu printed with single spaces between its sections ("Home News Sport What's On Property Jobs Contact") has
/// no gaps to part its items: the lexicons' section names tell it, in every language, and it is never a headline. One such
/// name in sentence case between a headline and a site's name ("… - Vie locale - L'Écho du Val") is a section's label.
/// </summary>
public sealed class SingleSpacedMenuTests
{
    private const string Site = "The Valley Courier";

    private static string Menu(string language) => language switch
    {
        "en" => "Home News Sport What's On Property Jobs Contact",
        "fr" => "Accueil Actualités Vie locale Faits divers Sports Annonces",
        "de" => "Startseite Nachrichten Lokales Blaulicht Sport Kultur Veranstaltungen",
        "es" => "Portada Actualidad Comarcas Sucesos Deportes Cultura Hemeroteca",
        "it" => "Home Cronaca Attualità Sport Spettacoli Eventi Necrologie",
        "pt" => "Início Última hora Sociedade Desporto Cultura Classificados",
        _ => "Home Nieuws Regio Sport Cultuur Opinie Vacatures",
    };

    private static string Stamps(string language) => language switch
    {
        "en" => "By Jane Roe\n14 November 2025, 07:45",
        "fr" => "Par Claire Roy\n21 novembre 2025 à 18h10",
        "de" => "Von Jonas Berg\n28.10.2025, 16:30 Uhr",
        "es" => "Por Sergio Olmo\n12/11/2025 - 13:40",
        "it" => "di Paola Neri\n5 novembre 2025 alle 09:15",
        "pt" => "Por Ana Costa\n18 de agosto de 2025, 08:05",
        _ => "Door Els Smit\n3 december 2025, 14:25",
    };

    private static TextBlock Block(string text) => new(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ASingleSpacedMenuOfSections_IsNoHeadline(string language)
    {
        Assert.False(TitleFinder.IsHeadline(Block(Menu(language)), strict: true));
    }

    // Under the headline, between it and the article's prose, the menu heads nothing either.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ASingleSpacedMenuOfSections_HeadsNothing(string language)
    {
        var p = Articles.Of(language);
        Assert.False(Headings.IsHeading(Block(Menu(language)), Block(p[1]), Block(p[0])));
    }

    // The menu under the masthead, the headline over its standfirst and the byline's stack: the menu's items are a candidate
    // no more, in every language.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheMenu_OverAPageWhoseHeadlineStandsOverItsStandfirst_IsNotTheTitle(string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Site + "\n" + Menu(language), Articles.Headline(language), Articles.Closing(language), Stamps(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == Menu(language));
    }

    // A headline is a clause: it names what happened with words of its own, even when it opens on a section's name or
    // names several ("Sport and culture budgets cut", "Jobs fair draws 300 to the town hall").
    [Theory]
    [InlineData("Sport Culture Property Jobs Fair Draws Crowds")]
    [InlineData("News From The Valley Council")]
    [InlineData("Sport and culture budgets cut by a fifth")]
    [InlineData("Sociedade Cultura e Desporto perdem apoio municipal")]
    [InlineData("Home News Sport")]
    public void AHeadlineNamingSections_StaysHeadlineLike(string text)
    {
        Assert.True(TitleFinder.IsHeadline(Block(text), strict: false));
        Assert.Null(BoilerplateLines.ClassifyLine(text));
    }

    // "Saint-Méry : la passerelle restera fermée - Vie locale - The Valley Courier": a section named in sentence case.
    [Theory]
    [InlineData("Saint-Méry : la passerelle restera fermée jusqu'à l'été - Vie locale - The Valley Courier", "Saint-Méry : la passerelle restera fermée jusqu'à l'été")]
    [InlineData("Valdemoro limpiará el arroyo antes de las lluvias - Medio ambiente - The Valley Courier", "Valdemoro limpiará el arroyo antes de las lluvias")]
    [InlineData("Il rifugio resterà aperto tutto l'inverno | Tempo libero | The Valley Courier", "Il rifugio resterà aperto tutto l'inverno")]
    public void ASectionNamedInSentenceCase_IsALabel(string line, string headline)
    {
        Assert.Equal(headline, SectionLabels.Split(line)?.Headline);
    }

    // A headline's second clause in lower case is no label ("- but rebels warn -").
    [Fact]
    public void AClauseInLowerCase_IsNoLabel()
    {
        Assert.Null(SectionLabels.Split("Council keeps the library open - but cuts hours - The Valley Courier"));
    }
}
