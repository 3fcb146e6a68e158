using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page may print its headline over two short lines, the second going on with the clause in lower case: both lines are
/// the headline. A line that ends as a sentence, a label, a kicker of a word or two, or a second line in capitals is not
/// such a continuation.
/// </summary>
public sealed class HeadlineOverTwoLinesTests
{
    [Theory]
    [InlineData("La feria del ganado de Villaseca", "recupera el desfile de carretas")]
    [InlineData("Out on the salt marsh at first light,", "the last reed cutters of Hollin Bay")]
    [InlineData("Der alte Bahnhof von Kellerbach", "wird zum Kulturzentrum umgebaut")]
    [InlineData("Le vieux moulin de Saint-Ambroix", "retrouve ses meules après dix ans")]
    [InlineData("Il mercato coperto di Valdorno", "riapre dopo due anni di lavori")]
    [InlineData("De oude veerpont van Zandwijk", "vaart deze zomer weer uit")]
    [InlineData("\"We never planned to sell bread\": the baker of Mill Lane on", "thirty years at the oven")]
    [InlineData("„Wir wollten nie Brot verkaufen“: die Bäckerin vom Mühlweg über", "dreißig Jahre am Ofen")]
    public void ASecondLineGoingOnInLowerCase_ContinuesTheHeadline(string line, string next)
        => Assert.True(HeadlineLines.GoesOn(line, next));

    [Theory]
    [InlineData("The mill reopens after ten years.", "the owners said on Monday")] // the first line ends a sentence
    [InlineData("Fiestas", "recupera el desfile de carretas")] // a kicker's word
    [InlineData("Der alte Bahnhof von Kellerbach", "Wird zum Kulturzentrum umgebaut")] // the second line in capitals
    [InlineData("Le vieux moulin de Saint-Ambroix", "retrouve ses meules après dix ans.")] // the second line ends a sentence
    [InlineData("Il mercato coperto di Valdorno", "orari:")] // a label
    [InlineData("De oude veerpont van Zandwijk", "weer")] // a single word
    [InlineData("\"we never planned to sell bread\", she said of", "thirty years at the oven")] // a quote in lower case
    public void OtherPairsOfLines_DoNotContinueAHeadline(string line, string next)
        => Assert.False(HeadlineLines.GoesOn(line, next));

    public static TheoryData<string, string, string> Headlines() => new()
    {
        { "es", "La feria del ganado de Villaseca", "recupera el desfile de carretas" },
        { "de", "Der alte Bahnhof von Kellerbach", "wird zum Kulturzentrum umgebaut" },
        { "it", "Il mercato coperto di Valdorno", "riapre dopo due anni di lavori" },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public void AHeadlineOverTwoLinesUnderAMenu_IsReadWhole(string language, string line, string next)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home  News  Sport  Weather", line + "\n" + next, p[1], p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(line + " " + next, article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }

    public static TheoryData<string, string, string> HeadlinesInEveryLanguage() => new()
    {
        { "en", "Out on the salt marsh at first light,", "the last reed cutters of Hollin Bay" },
        { "fr", "Le vieux moulin de Saint-Ambroix", "retrouve ses meules après dix ans" },
        { "de", "Der alte Bahnhof von Kellerbach", "wird zum Kulturzentrum umgebaut" },
        { "es", "La feria del ganado de Villaseca", "recupera el desfile de carretas" },
        { "it", "Il mercato coperto di Valdorno", "riapre dopo due anni di lavori" },
        { "pt", "O velho mercado de Vila Seca", "reabre depois de dois anos de obras" },
        { "nl", "De oude veerpont van Zandwijk", "vaart deze zomer weer uit" },
        { "en", "\"We never planned to sell bread\": the baker of Mill Lane on", "thirty years at the oven" },
    };

    // The same page printed a paragraph a line with no blank line anywhere: the headline's two lines are no group of their
    // own, but a page that prints every paragraph whole on its line broke the headline itself, so they are still one.
    [Theory]
    [MemberData(nameof(HeadlinesInEveryLanguage))]
    public void AHeadlineOverTwoLines_OnAPageWithNoBlankLines_IsReadWhole(string language, string line, string next)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n", "Home  News  Sport  Weather", "Local", line, next, p[1], p[2], p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(line + " " + next, article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(closing, article.Paragraphs.Select(x => x.Text));
    }

    // On such a page a line that goes on in lower case into a third line is no headline's second half: the three short
    // lines are a verse or a list, and the first keeps its own block.
    [Fact]
    public void ThreeShortLinesGoingOnInLowerCase_OnAPageWithNoBlankLines_AreNotGluedAsAHeadline()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var page = string.Join("\n", p[0], p[1], "The old ferry song goes round the quay,", "over the water and under the hill", "and back to the harbour wall", p[2], p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == "The old ferry song goes round the quay, over the water and under the hill");
    }
}
