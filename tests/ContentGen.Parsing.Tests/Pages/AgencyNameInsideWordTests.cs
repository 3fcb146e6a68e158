using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An agency's name is read as a whole word where the outlet is named (OutletNames.Foot, OutletNames.Mastheads): a paper
/// whose name merely opens on an agency's letters ("Knappenburger Zeitung" opens on "kna", "Lusalândia" on "Lusa",
/// "Reuterstown" on "Reuters") is a paper, not the agency's wire. And the agencies themselves, credited so, stay no
/// outlet. Invented names.
/// </summary>
public sealed class AgencyNameInsideWordTests
{
    private static string NoticeAlonePage(string language, string foot)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), foot);
    }

    private static string CreditedCopy(string language, string credit, string aggregator)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", aggregator + "\n" + Articles.GappedMenu(language), p[0], credit + "\n" + Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), "© 2025 " + aggregator);
    }

    // A rights notice alone at the foot, its holder a paper whose first word opens on an agency's name.
    [Theory]
    [InlineData("en", "© Reuterstown Evening News 2024", "Reuterstown Evening News")]
    [InlineData("de", "© 2025 Knappenburger Zeitung", "Knappenburger Zeitung")]
    [InlineData("pt", "© Lusalândia Jornal 2025", "Lusalândia Jornal")]
    [InlineData("it", "© Ansaldina Gazzetta - P.IVA 01234567890", "Ansaldina Gazzetta")]
    [InlineData("nl", "© Knapendaalse Courant", "Knapendaalse Courant")]
    public void ARightsNoticeNamingAPaperThatOpensOnAnAgencysLetters_IsTheSource(string language, string foot, string expected)
    {
        var article = ArticleParser.Parse(NoticeAlonePage(language, foot));

        Assert.Equal(expected, article.Source);
    }

    // Guard: the agency itself, as a whole word, holds no paper's notice.
    [Theory]
    [InlineData("pt", "© Lusa")]
    [InlineData("de", "© dpa")]
    [InlineData("fr", "© Belga 2025")]
    [InlineData("en", "© Reuters 2024")]
    public void ARightsNoticeNamingTheAgency_NamesNoSource(string language, string foot)
    {
        var article = ArticleParser.Parse(NoticeAlonePage(language, foot));

        Assert.Null(article.Source);
    }

    // An aggregator's copy crediting a paper whose name opens on an agency's letters: the credited paper is the source,
    // not the aggregator's masthead.
    [Theory]
    [InlineData("it", "Fonte: Ansaldina Gazzetta", "Ansaldina Gazzetta", "NotizieLocali")]
    [InlineData("de", "Quelle: Knappenburger Zeitung", "Knappenburger Zeitung", "NewsHub")]
    [InlineData("nl", "Bron: Knapendaalse Courant", "Knapendaalse Courant", "NieuwsBundel")]
    public void ACreditUnderTheHeadline_NamingAPaperThatOpensOnAnAgencysLetters_IsTheSource(string language, string credit, string outlet, string aggregator)
    {
        var article = ArticleParser.Parse(CreditedCopy(language, credit, aggregator));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(outlet, article.Source);
    }

    // An aggregator's copy crediting a paper lower down, between the article's paragraphs, whose name opens on an
    // agency's letters: another outlet is credited, so the aggregator's masthead, named again by its notice, is no source.
    [Theory]
    [InlineData("it", "Fonte: Ansaldina Gazzetta", "NotizieLocali")]
    [InlineData("de", "Quelle: Knappenburger Zeitung", "NewsHub")]
    [InlineData("nl", "Bron: Knapendaalse Courant", "NieuwsBundel")]
    [InlineData("pt", "Fonte: Lusalândia Jornal", "Agregador Notícias")]
    public void ACreditLowerDown_NamingAPaperThatOpensOnAnAgencysLetters_LeavesTheAggregatorsMastheadNoSource(string language, string credit, string aggregator)
    {
        var article = ArticleParser.Parse(CreditedLowerDown(language, credit, aggregator));

        Assert.Null(article.Source);
    }

    // Guard: the agency itself credited so is no other outlet; the masthead its notice names stays the source.
    [Theory]
    [InlineData("it", "Fonte: ANSA", "NotizieLocali")]
    [InlineData("de", "Quelle: dpa", "NewsHub")]
    [InlineData("pt", "Fonte: Lusa", "Agregador Notícias")]
    public void ACreditLowerDown_NamingAnAgency_LeavesTheMastheadTheSource(string language, string credit, string masthead)
    {
        var article = ArticleParser.Parse(CreditedLowerDown(language, credit, masthead));

        Assert.Equal(masthead, article.Source);
    }

    private static string CreditedLowerDown(string language, string credit, string masthead)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", masthead + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], credit, p[2], p[3], Articles.Closing(language), "© 2025 " + masthead);
    }
}
