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
    public void ASecondLineGoingOnInLowerCase_ContinuesTheHeadline(string line, string next)
        => Assert.True(HeadlineLines.GoesOn(line, next));

    [Theory]
    [InlineData("The mill reopens after ten years.", "the owners said on Monday")] // the first line ends a sentence
    [InlineData("Fiestas", "recupera el desfile de carretas")] // a kicker's word
    [InlineData("Der alte Bahnhof von Kellerbach", "Wird zum Kulturzentrum umgebaut")] // the second line in capitals
    [InlineData("Le vieux moulin de Saint-Ambroix", "retrouve ses meules après dix ans.")] // the second line ends a sentence
    [InlineData("Il mercato coperto di Valdorno", "orari:")] // a label
    [InlineData("De oude veerpont van Zandwijk", "weer")] // a single word
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
}
