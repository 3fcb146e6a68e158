using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump sets a page's subheading apart with blank lines. A short line glued to the text under it (a
/// teaser's headline over its blurb, inside the article's run) heads nothing on a dumped page; a plain
/// article keeps its plain heading rules.
/// </summary>
public sealed class GluedHeadlineTests
{
    public static TheoryData<string, string, string> Teasers() => new()
    {
        { "en", "Harbour ferry to get a new pier", "The port authority has chosen the design for the pier, which will be built over\nthe winter and open to the ferries in the spring of next year." },
        { "fr", "Le bac du port aura un nouveau ponton", "Le syndicat du port a choisi le projet du ponton, qui sera construit pendant\nl'hiver et ouvert aux bateaux au printemps de l'année prochaine." },
        { "de", "Neuer Anleger für die Hafenfähre", "Die Hafenbehörde hat den Entwurf für den Anleger gewählt, der im Winter gebaut\nwird und im Frühjahr des nächsten Jahres für die Fähren öffnet." },
        { "es", "El transbordador del puerto tendrá un nuevo muelle", "La autoridad portuaria ha elegido el proyecto del muelle, que se construirá\ndurante el invierno y abrirá a los barcos en la primavera del año que viene." },
        { "it", "Un nuovo pontile per il traghetto del porto", "L'autorità portuale ha scelto il progetto del pontile, che sarà costruito\nin inverno e aperto ai traghetti nella primavera del prossimo anno." },
        { "pt", "O ferry do porto vai ter um novo cais", "A administração do porto escolheu o projeto do cais, que será construído\ndurante o inverno e aberto aos barcos na primavera do próximo ano." },
        { "nl", "Nieuwe steiger voor de havenpont", "Het havenbedrijf heeft het ontwerp voor de steiger gekozen, die in de winter\nwordt gebouwd en in het voorjaar van volgend jaar opengaat voor de ponten." },
    };

    [Theory]
    [MemberData(nameof(Teasers))]
    public void AHeadlineGluedToItsBlurbInsideTheArticle_HeadsNothingOnADumpedPage(string language, string headline, string blurb)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], headline + "\n" + blurb, closing, p[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(closing, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }

    // The same subheading set apart by blank lines heads its section.
    [Theory]
    [MemberData(nameof(Teasers))]
    public void TheSameLineSetApart_HeadsItsSection(string language, string headline, string blurb)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], headline, blurb, closing, p[3]));

        Assert.Contains(article.Sections, s => s.Heading == headline);
    }
}
