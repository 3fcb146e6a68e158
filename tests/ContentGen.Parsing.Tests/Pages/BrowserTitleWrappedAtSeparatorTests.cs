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

    // Every language with the title line cut after its bar and after its dash.
    public static TheoryData<string, string> LanguagesAndSeparators()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "fr", "de", "es", "it", "pt", "nl" })
        {
            data.Add(language, " |");
            data.Add(language, " –");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndSeparators))]
    public void TheSitesName_UnderATitleLineEndingOnItsSeparator_EndsTheTitleLine(string language, string separator)
    {
        var headline = Headline(language);

        var article = ArticleParser.Parse(Page(language, headline + separator + "\n" + Site));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
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

    // A list of sites under a hard-wrapped paragraph (a group wider than the wrap's least width, so its lines are read as
    // wrapped): the lead-in stays a block of its own, and each item keeps its own, though each reads as a publication.
    [Fact]
    public void AListOfSites_EachAfterItsDash_UnderAWrappedParagraph_KeepsItsLeadInAndItems()
    {
        var blocks = SplitBlocks.Of(
            "The two papers share a printing press and a newsroom on the",
            "quay, the editor wrote in a note to readers.",
            "Our partners:",
            "- The Harbour Herald",
            "- " + Site);

        Assert.Contains("Our partners:", blocks);
        Assert.Contains("- The Harbour Herald", blocks);
        Assert.Contains("- " + Site, blocks);
    }

    // A list's lead-in with no title separator of its own is no browser's title: its first item, in Title Case, is an item,
    // not a site's name ending the line above.
    [Fact]
    public void AListsLeadIn_WithNoSeparator_StaysApartFromItsFirstItem()
    {
        var blocks = SplitBlocks.Of(
            "Related coverage",
            "- Harbour Wall Plan Goes Ahead",
            "- Council sets out its budget for the next two years after a long row");

        Assert.Equal("Related coverage", blocks[0]);
        Assert.Equal("- Harbour Wall Plan Goes Ahead", blocks[1]);
    }
}
