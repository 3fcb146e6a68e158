namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The browser's title printed under the page's header, "Headline | Site", that a dump wrapped right at its separator: the
/// first line ends on the bar or the dash, or the second opens with the dash. The site's name under it ends the title line:
/// it is neither the masthead printed again nor a list's item, and the headline is the title, the site its source.
/// </summary>
public sealed class BrowserTitleWrappedAtSeparatorTests
{
    // A masthead long enough that its second print would be set aside as a copy.
    private const string Site = "The Lower Valley Courier";

    private static string Header(string language) => CourierHeader.Lines(language).Replace(CourierHeader.Site, Site, StringComparison.Ordinal);

    // Headlines of one line, a little short of the dump's width, so that the separator or the site's name wraps.
    private static string Headline(string language) => language switch
    {
        "en" => "Why I finally sold the family car after twenty years of driving",
        "fr" => "Pourquoi j'ai fini par vendre la voiture familiale après vingt ans",
        "de" => "Warum ich das Familienauto nach zwanzig Jahren doch verkauft habe",
        "es" => "Por qué acabé vendiendo el coche familiar después de veinte años",
        "it" => "Perché alla fine ho venduto l'auto di famiglia dopo vent'anni",
        "pt" => "Porque acabei por vender o carro da família ao fim de vinte anos",
        _ => "Waarom ik de gezinsauto na twintig jaar toch heb verkocht aan de buren",
    };

    private static string Page(string language, string titleLines)
    {
        var p = Articles.Of(language);
        return Header(language) + "\n\n" + titleLines + "\n\n" + string.Join("\n\n", p[1], p[2], p[3], "© 2025 " + Site);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheSitesName_UnderATitleLineEndingOnItsBar_EndsTheTitleLine(string language)
    {
        var headline = Headline(language);

        var article = ArticleParser.Parse(Page(language, headline + " |\n" + Site));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheSitesName_UnderATitleLineEndingOnItsDash_EndsTheTitleLine(string language)
    {
        var headline = Headline(language);

        var article = ArticleParser.Parse(Page(language, headline + " –\n" + Site));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheSitesName_OpeningWithTheDash_UnderTheTitleLine_EndsIt(string language)
    {
        var headline = Headline(language);

        var article = ArticleParser.Parse(Page(language, headline + " - " + CourierHeader.Section(language) + "\n- " + Site));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
    }

    // The masthead printed again under a paragraph's sentence is a copy, set aside: no sentence goes on with a site's name.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheSitesName_UnderASentence_StaysACopySetAside(string language)
    {
        var p = Articles.Of(language);
        var page = Header(language) + "\n\n" + p[0] + "\n\n" + string.Join("\n\n", p[1], p[2], p[3] + "\n" + Site);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(Site, StringComparison.Ordinal));
    }

    // A list of sites, each after its bullet, keeps its items apart: the line above opens with a bullet too.
    [Fact]
    public void AListOfSites_EachAfterItsDash_KeepsItsItems()
    {
        var p = Articles.Of("en");
        var page = Header("en") + "\n\n" + p[0] + "\n\n" + string.Join("\n\n", p[1], p[2], "Our partners:\n- The Harbour Herald\n- " + Site, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains("Harbour Herald " + Site, StringComparison.Ordinal));
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }
}
