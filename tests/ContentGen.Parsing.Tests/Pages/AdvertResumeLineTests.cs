using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 60 (pages): the line a page prints under an advertisement's label to say the article goes on past it, in other
/// words than the navigation lines list ("Lees verder onder de advertentie"). The fresh regional page
/// nl-laadpalen-harkemaveen showed it read as a subheading, and the article's own subheading under it (a word alone) lost
/// as a menu's line. Probes in every language, two wordings each, none the page's but the Dutch one's shape: main read
/// en, de and nl right already and lost the subheading in fr, es, it and pt.
/// </summary>
public sealed class AdvertResumeLineTests
{
    // Language, the advert's label, the line under it, the article's subheading.
    public static TheoryData<string, string, string, string> Slots() => new()
    {
        { "en", "Advertisement", "The article continues after this advert", "Costs" },
        { "en", "Advert", "Story continues under the advertisement", "Costs" },
        { "fr", "Publicité", "L'article continue sous la publicité", "Financement" },
        { "fr", "Publicité", "Suite de l'article après cette publicité", "Financement" },
        { "de", "Anzeige", "Weiterlesen nach der Anzeige", "Kosten" },
        { "de", "Werbung", "Der Artikel geht unter der Werbung weiter", "Kosten" },
        { "es", "Publicidad", "Sigue leyendo debajo del anuncio", "Financiación" },
        { "es", "Publicidad", "La noticia continúa tras el anuncio", "Financiación" },
        { "it", "Pubblicità", "Continua a leggere sotto la pubblicità", "Costi" },
        { "it", "Pubblicità", "L'articolo prosegue dopo la pubblicità", "Costi" },
        { "pt", "Publicidade", "Continue a ler depois do anúncio", "Financiamento" },
        { "pt", "Publicidade", "O artigo continua abaixo da publicidade", "Financiamento" },
        { "nl", "Advertentie", "Lees verder onder de advertentie", "Kosten" },
        { "nl", "Advertentie", "Het artikel gaat verder na de advertentie", "Kosten" },
    };

    [Theory]
    [MemberData(nameof(Slots))]
    public void TheLineUnderAnAdvert_IsChrome_AndTheSubheadingUnderItHeads(string language, string label, string resume, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Opinion", p[0], "Ana Robledo\n" + Articles.Dateline(language), p[1], p[2],
            label + "\n" + resume, heading, p[3], Articles.Closing(language), "Share | Print");

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { heading }, article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text.Contains(resume, StringComparison.Ordinal) && b.Kind == BoilerplateKind.Navigation);
    }

    [Theory]
    [MemberData(nameof(Slots))]
    public void TheLineAlone_IsNavigation(string language, string label, string resume, string heading)
    {
        _ = (language, label, heading);
        Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(resume.AsSpan()));
    }

    // Guards: a subheading or a sentence that names advertising names something else too, or ends on a stop.
    [Theory]
    [InlineData("The row over the advert")]
    [InlineData("Le débat sur la publicité")]
    [InlineData("Streit um die Werbung")]
    [InlineData("Las cuentas de la publicidad")]
    [InlineData("Il caso dell'annuncio")]
    [InlineData("O peso da publicidade")]
    [InlineData("Ophef over de advertentie")]
    [InlineData("La publicité continue.")]
    [InlineData("Het artikel gaat verder onder de advertentie van de gemeente, zegt de wethouder")]
    public void ALineThatNamesAdvertisingOtherwise_IsNoChrome(string line) => Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan()));

    // A subheading naming advertising between the article's paragraphs still heads its section.
    [Theory]
    [InlineData("fr", "Le débat sur la publicité")]
    [InlineData("de", "Streit um die Werbung")]
    [InlineData("nl", "Ophef over de advertentie")]
    public void ASubheadingThatNamesAdvertising_StillHeads(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Opinion", p[0], "Ana Robledo\n" + Articles.Dateline(language), p[1], p[2],
            heading, p[3], Articles.Closing(language), "Share | Print");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { heading }, article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }
}
