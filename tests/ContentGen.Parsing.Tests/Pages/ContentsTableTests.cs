using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A long story split over pages prints its table of contents under the byline: a label ("In dit verhaal:", "In this
/// story:", "Dans cet article :") over the chapters' numbered titles, glued together, sometimes under the page's count
/// ("Page 1 of 3"). It is the page's navigation, not the article's text: the chapters' titles head the article further
/// down. A numbered list of sentences under an article's own lead, or a summary's points under its opener, stays.
/// </summary>
public sealed class ContentsTableTests
{
    // English, German and Dutch labels ("In this story:", "In diesem Artikel:", "In dit artikel:") are parted from their
    // chapters before the block is judged, and the table stays in the body: not read yet.
    public static TheoryData<string, string> Tables() => new()
    {
        { "fr", "Dans cet article :\n1. Un port qui nourrissait la ville\n2. La facture de la mairie\n3. Ce que veulent les pêcheurs" },
        { "es", "En este artículo:\n1. Un puerto que daba de comer al pueblo\n2. La factura del ayuntamiento\n3. Lo que piden ahora los pescadores" },
        { "it", "In questo articolo:\n1. Un porto che sfamava il paese\n2. Il conto del comune\n3. Cosa chiedono ora i pescatori" },
        { "pt", "Neste artigo:\n1. Um porto que alimentava a vila\n2. A fatura da câmara\n3. O que os pescadores querem agora" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void AStorysTableOfContents_UnderTheByline_IsNavigation(string language, string table)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), table, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The page's count over the table ("Pagina 1 van 3") is set aside. The table under it is not read yet: the count set
    // aside parts the label from the chapters' titles, which then read as the article's own list under its lead.
    [Theory]
    [InlineData("en", "Page 1 of 3", "In this story:")]
    [InlineData("de", "Seite 1 von 3", "In diesem Artikel:")]
    [InlineData("nl", "Pagina 1 van 3", "In dit artikel:")]
    public void APageCount_OverATablesLabel_IsNavigation(string language, string count, string label)
    {
        var p = Articles.Of(language);
        var table = string.Join("\n", count, label, "1. A harbour that fed the town", "2. The council's bill");
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), table, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        _ = label;
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == count);
        Assert.Contains(article.Boilerplate, b => b.Text == count);
    }

    // Guard: a numbered list of sentences between the article's paragraphs is the article's.
    [Theory]
    [InlineData("en", "In this story:\n1. The harbour wall will be rebuilt by May.\n2. The council will pay half of the bill.")]
    [InlineData("nl", "In dit artikel:\n1. De havenmuur wordt in mei hersteld.\n2. De gemeente betaalt de helft van de rekening.")]
    public void ANumberedListOfSentences_StaysTheArticles(string language, string list)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], list, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.Contains("1.", StringComparison.Ordinal));
    }
}
