using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests;

/// <summary>Finding the headline and splitting a site name off it.</summary>
public sealed class TitleTests
{
    private const string Prose =
        "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move that residents have demanded for years.";

    private const string MoreProse =
        "Officials said the extra routes would start in the spring and that the cost would be shared with the neighbouring towns for the first two years.";

    [Fact]
    public void PlainArticle_TitleIsTheFirstLine()
    {
        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + Prose + "\n\n" + MoreProse);
        Assert.Equal("Night buses reach the villages", article.Title);
        Assert.Null(article.Source);
        Assert.Equal(1, article.TitlePosition.Line);
    }

    [Fact]
    public void WebPage_MenusBeforeTheHeadlineAreSkipped_AndTheWrappedHeadlineIsJoined()
    {
        var page = string.Join(
            "\n",
            "Menu",
            "",
            "Accueil",
            "Région",
            "Sports",
            "",
            "Ajouter le site à votre écran d'accueil",
            "",
            "Transports : les bus de nuit desserviront enfin les villages de la",
            "vallée dès le printemps prochain",
            "",
            "Publié le 12/03/2024 à 08:15",
            "",
            "Le conseil régional a voté mardi l'extension du service de bus de nuit",
            "vers les villages de la vallée, une mesure que les habitants",
            "réclamaient depuis des années.",
            "",
            "Les nouvelles lignes seront ouvertes au printemps et le coût sera",
            "partagé avec les communes voisines pendant les deux premières années.");
        var article = ArticleParser.Parse(page);

        Assert.Equal("Transports : les bus de nuit desserviront enfin les villages de la vallée dès le printemps prochain", article.Title);
        Assert.Equal(9, article.TitlePosition.Line);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Le conseil régional a voté mardi", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Byline && b.Text.StartsWith("Publié", StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatedHeadline_WinsOverEarlierChrome()
    {
        var page = string.Join(
            "\n",
            "Bienvenue sur Harbour Infos, la vallée au quotidien",
            "",
            "Accueil > Région > Les bus de nuit arrivent dans les villages",
            "",
            "Les bus de nuit arrivent dans les villages",
            "",
            "Le conseil régional a voté mardi l'extension du service de bus de nuit vers les villages de la vallée, une mesure attendue.",
            "",
            "Les nouvelles lignes seront ouvertes au printemps et le coût sera partagé avec les communes voisines pendant deux ans.");
        Assert.Equal("Les bus de nuit arrivent dans les villages", ArticleParser.Parse(page).Title);
    }

    [Theory]
    [InlineData("Night buses finally reach the outer villages – The Valley Courier", "Night buses finally reach the outer villages", "The Valley Courier")]
    [InlineData("Night buses finally reach the outer villages — Courier", "Night buses finally reach the outer villages", "Courier")]
    [InlineData("Night buses finally reach the outer villages | Valley News", "Night buses finally reach the outer villages", "Valley News")]
    [InlineData("Night buses finally reach the outer villages :: Valley News", "Night buses finally reach the outer villages", "Valley News")]
    [InlineData("Night buses finally reach the outer villages » Valley News", "Night buses finally reach the outer villages", "Valley News")]
    [InlineData("Night buses finally reach the outer villages - Valley News", "Night buses finally reach the outer villages", "Valley News")]
    public void SiteSuffix_IsSplitAtTheLastSeparator(string line, string title, string source)
        => Assert.Equal((title, source), TitleSplitter.Split(line));

    [Theory]
    [InlineData("Budget plans unveiled - Hartley")]
    [InlineData("Buses arrive | more to come")]
    [InlineData("Buses arrive - Valley Residents")]
    [InlineData("A headline with no separator at all")]
    public void HeadlineKeptWhole_WhenTheTailIsAttributionOrNoPublication(string line)
        => Assert.Equal((line, (string?)null), TitleSplitter.Split(line));

    [Theory]
    [InlineData("La grève des ferries s'achève - mais les négociations continuent")]
    [InlineData("Termina la huelga de ferris en el puerto – pero las negociaciones siguen")]
    [InlineData("Finisce lo sciopero dei traghetti nel porto — ma le trattative continuano")]
    [InlineData("Night buses finally reach the outer villages - but not on Sundays")]
    [InlineData("Night buses finally reach the outer villages - but only until 1.30am")]
    [InlineData("Termina la huelga de ferris en el puerto de Salinas - y Madrid responde")]
    public void AClauseAfterADash_IsTheHeadlinesOwn(string line)
        => Assert.Equal((line, (string?)null), TitleSplitter.Split(line));

    [Theory]
    [InlineData("Night buses finally reach the outer villages - valleynews.example", "valleynews.example")]
    [InlineData("Night buses finally reach the outer villages | hafen online", "hafen online")]
    public void ASiteInLowerCase_IsStillSplit(string line, string source)
        => Assert.Equal(("Night buses finally reach the outer villages", source), TitleSplitter.Split(line));

    [Theory]
    [InlineData("De gemeenteraad stemt in met de nieuwe veerterminal aan de kade - de Havenkrant", "de Havenkrant")]
    [InlineData("Il consiglio comunale approva il nuovo terminal dei traghetti - la Gazzetta di Valmora", "la Gazzetta di Valmora")]
    [InlineData("El ayuntamiento aprueba la nueva terminal de ferris del puerto – el Heraldo del Valle", "el Heraldo del Valle")]
    [InlineData("A câmara aprova o novo terminal de ferries no porto - o Correio do Vale", "o Correio do Vale")]
    public void ASiteWithItsArticleInLowerCase_IsStillSplitAfterADash(string line, string source)
        => Assert.Equal(source, TitleSplitter.Split(line).Source);

    [Theory]
    [InlineData("Stadtrat beschließt Fährterminal - Hafenzeitung", "Stadtrat beschließt Fährterminal", "Hafenzeitung")]
    [InlineData("Raad stemt in met veerterminal - Havenkrant", "Raad stemt in met veerterminal", "Havenkrant")]
    [InlineData("Stadtrat beschließt Fährterminal - Nordkurier", "Stadtrat beschließt Fährterminal", "Nordkurier")]
    public void APapersNameInOneWord_IsASite(string line, string title, string source)
        => Assert.Equal((title, source), TitleSplitter.Split(line));

    [Theory]
    [InlineData("Stadtrat beschließt Fährterminal - Zeitung")] // the paper's word alone could be a surname
    [InlineData("Raad stemt in met veerterminal - Vermeulen")]
    [InlineData("Night buses finally reach the outer villages - Rosenblatt")] // surnames end on "-blatt", "-blad", "-post"
    [InlineData("Fahrpreise müssen sinken - Anna Rosenblatt")]
    [InlineData("Fares must come down - Anna Lindblad")]
    [InlineData("Harbour council approves the new ferry terminal at the quay - Outpost")]
    public void AOneWordSurname_IsStillTheHeadlinesAttribution(string line)
        => Assert.Equal((line, (string?)null), TitleSplitter.Split(line));

    [Fact]
    public void KnownSource_IsSplitEvenWhenTheHeadIsShort()
        => Assert.Equal(("Buses arrive", (string?)"Valley News"), TitleSplitter.Split("Buses arrive | Valley News", knownSource: "Valley News"));

    [Fact]
    public void KnownSource_ThatDoesNotEndTheLine_FallsBackToTheUsualSplit()
        => Assert.Equal(("Buses arrive", "Valley News"), TitleSplitter.Split("Buses arrive | Valley News", knownSource: "Coast Daily"));

    [Fact]
    public void FindRecurring_ReturnsSuffixesSharedByTwoDocuments()
    {
        var recurring = SiteNames.FindRecurring(new[]
        {
            "Buses arrive in the villages | Valley News",
            "Council votes on the new budget | Valley News",
            "Budget plans unveiled - Hartley",
            "Storm closes the coast road – Coast Daily",
            null,
        });
        Assert.Equal(new[] { "Valley News" }, recurring);
    }
}
