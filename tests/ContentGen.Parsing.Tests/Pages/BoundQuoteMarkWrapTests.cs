using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// French and Swiss typography binds a guillemet to its word with a no-break space (<c>« mot</c>), which a
/// dump wraps as one unit and then prints as a plain space. A line that opens with the mark, a space and a
/// word left the line above no room for the three of them: it goes on with that line's paragraph, however
/// much room the mark alone would have had.
/// </summary>
public sealed class BoundQuoteMarkWrapTests
{
    private static string[] Split(params string[] lines) => SplitBlocks.Of(lines);

    [Theory]
    [InlineData("«")]
    [InlineData("‹")]
    public void AMarkSpacedFromItsWord_WrapsWithTheWord(string mark)
    {
        var width = new string('w', 50);

        // 44 + 1 + "« yyyyyy" (8) = 53 > 50: the line had no room for the mark and its word.
        Assert.Single(Split(width, new string('x', 44), mark + " yyyyyy zz"));
    }

    [Fact]
    public void ALineWithRoomForTheMarkAndItsWord_StillEndsItsParagraph()
    {
        var width = new string('w', 50);

        // 40 + 1 + "« yyy" (5) = 46 <= 50: the line left room, so its paragraph ended there.
        Assert.Equal(2, Split(width, new string('x', 40), "« yyy zz").Length);
    }

    [Fact]
    public void AMarkGluedToItsWord_CountsAsThatWord()
    {
        var width = new string('w', 50);

        // "«yyy" is one word of 4: 44 + 1 + 4 = 49 <= 50, room was left.
        Assert.Equal(2, Split(width, new string('x', 44), "«yyy zz").Length);
    }

    [Fact]
    public void AFrenchQuoteOpeningAWrappedLine_StaysInItsParagraph()
    {
        var paragraph = ArticleParser.Parse(string.Join("\n",
            "Rétention : un rapport critique",
            "",
            "Le rapport relève aussi une hausse de la durée moyenne de rétention, passée",
            "de 23 à 31 jours en deux ans. Une évolution que les auteurs attribuent à",
            "l'allongement de la durée maximale voté l'an dernier, qu'ils jugent",
            "« inefficace » : selon eux, la part des éloignements effectivement exécutés",
            "n'a pas augmenté.",
            "")).Paragraphs;

        Assert.Single(paragraph);
    }
}
