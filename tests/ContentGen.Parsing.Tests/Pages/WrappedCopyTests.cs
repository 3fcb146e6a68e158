using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump wraps every unit of a page at one width, so a headline and a lede that opens with its words, or the browser's
/// title and the headline, print the same first line. The units part on the line under it: neither first line is a copy
/// of the other, and both units stay whole. A unit printed twice, wrapped the same way, is still a copy.
/// </summary>
public sealed class WrappedCopyTests
{
    private const int Width = 60;

    // Headlines longer than the width, whose second wrapped line goes on in lower case; each lede opens with its headline's words.
    public static TheoryData<string, string, string> Headlines() => new()
    {
        { "en", "Night buses will reach the valley villages from the first week of spring", ", the regional council decided on Tuesday after a long debate about the cost." },
        { "es", "El mercado de abastos de Valdelosa abrirá por las tardes a partir de abril", ", según acordó el pleno municipal en su sesión del miércoles por unanimidad." },
        { "pt", "A piscina municipal de Vale de Sousa reabre depois de dois anos fechada", ", anunciou a câmara municipal na sexta-feira depois de concluídas as obras." },
        { "fr", "La piscine municipale de Vauclerc rouvrira ses portes dès le mois de juin", ", a annoncé mardi le maire à l'issue du conseil municipal de la commune." },
        { "de", "Das Hallenbad in Oberwaldau öffnet nach zwei Jahren wieder seine Türen", ", wie der Bürgermeister am Dienstag nach der Sitzung des Gemeinderats sagte." },
        { "it", "La piscina comunale di Valdorsa riaprirà le sue porte a partire da giugno", ", ha annunciato martedì il sindaco al termine del consiglio comunale." },
        { "nl", "Het zwembad in Oosterbroek gaat na twee jaar weer open voor de zwemmers", ", zei de burgemeester dinsdag na afloop van de vergadering van de raad." },
    };

    private static string Page(string language, string top, string headline, string lede)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { lede, p[1], p[2], p[3] }.Select(text => HardWrap.Lines(text, Width)));
        return (top.Length > 0 ? top + "\n" : string.Empty) + CourierHeader.Lines(language) + "\n\n" + HardWrap.Lines(headline, Width) + "\n\n12/03/2024 08:15\n\n" + body;
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void ALedeThatOpensWithTheHeadlinesWords_StaysWhole(string language, string headline, string rest)
    {
        var lede = headline + rest;
        Assert.Equal(HardWrap.Lines(headline, Width).Split('\n')[0], HardWrap.Lines(lede, Width).Split('\n')[0]);

        var article = ArticleParser.Parse(Page(language, string.Empty, headline, lede));

        Assert.Equal(headline, article.Title);
        Assert.Equal(lede, article.Paragraphs[0].Text);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated);
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void TheBrowsersTitleOverTheHeadline_LeavesTheHeadlineWhole(string language, string headline, string rest)
    {
        _ = rest;
        var browserTitle = HardWrap.Lines(headline + " | " + CourierHeader.Site, Width);

        var article = ArticleParser.Parse(Page(language, browserTitle, headline, Articles.Closing(language)));

        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated && b.Position.Line > 3);
    }

    // A headline of one line whose browser's title wraps before the bar ("… quarant'anni" / "| Il Corriere …"): the headline
    // is no copy of the title's first line.
    [Theory]
    [InlineData("it", "Il mulino di Castelvetro torna a macinare dopo quarant'anni")]
    [InlineData("en", "Old watermill at Castlebrook grinds flour after forty years")]
    [InlineData("nl", "Watermolen van Kasteelbroek maalt weer na veertig jaar stil")]
    public void AOneLineHeadline_UnderABrowsersTitleWrappedBeforeItsBar_IsTheTitle(string language, string headline)
    {
        var browserTitle = HardWrap.Lines(headline + " | " + CourierHeader.Site, Width);
        Assert.StartsWith("| ", browserTitle.Split('\n')[1], StringComparison.Ordinal);

        var article = ArticleParser.Parse(Page(language, browserTitle, headline, Articles.Closing(language)));

        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated);
    }

    // The same wrapped sentence printed twice, its lines alike: the second print is the copy, set aside once.
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("pt")]
    public void AUnitPrintedTwiceAlike_IsStillACopy(string language)
    {
        var p = Articles.Of(language);
        var pullQuote = HardWrap.Lines(p[1], Width);
        var page = CourierHeader.Lines(language) + "\n\n" + p[0] + "\n\n12/03/2024 08:15\n\n"
            + string.Join("\n\n", HardWrap.Lines(p[1], Width), HardWrap.Lines(p[2], Width), pullQuote, HardWrap.Lines(p[3], Width));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated);
    }
}
