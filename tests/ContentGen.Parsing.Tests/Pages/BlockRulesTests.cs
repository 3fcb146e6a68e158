using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The rules that judge one block alone: plainly good prose (150 characters, a fifth of them
/// function words, no credit), a sentence of body text however short, a menu item, and the line
/// that ends an article (a comments or related-stories heading, or a comment count).
/// </summary>
public sealed class BlockRulesTests
{
    // "the" is the only stopword in these words, in any language.
    private static string Repeated(string words, int times) => string.Join(" ", Enumerable.Repeat(words, times));

    [Fact]
    public void AGoodBlock_HasAHundredAndFiftyCharacters()
    {
        var text = Repeated("the quay", 16) + " walls.";

        Assert.Equal(150, text.Length);
        Assert.True(BlockQuality.IsGood(Facts(text)));
        Assert.False(BlockQuality.IsGood(Facts(text.Remove(text.Length - 2, 1))));
    }

    [Fact]
    public void AGoodBlock_HasAFifthOfItsWordsFunctionWords_AndNoCredit()
    {
        Assert.True(BlockQuality.IsGood(Facts(Repeated("the quay wall stone pier", 7))));
        Assert.False(BlockQuality.IsGood(Facts(Repeated("the quay wall stone pier dock", 7))));
        Assert.False(BlockQuality.IsGood(Facts(Repeated("the quay wall stone pier", 7) + " © Jane Doe")));
    }

    [Theory]
    [InlineData("The quay wall was rebuilt today.", true)]
    [InlineData("The quay wall was rebuilt.", false)]
    [InlineData("The quay wall was rebuilt today", false)]
    [InlineData("The quay wall was rebuilt \"today\"", true)]
    [InlineData("The quay wall stone pier dock gate road.", true)]
    [InlineData("The quay wall stone pier dock gate road lane.", false)]
    public void AProseBlock_EndsAsASentence_InSixWords_OneInEightAFunctionWord(string text, bool prose)
        => Assert.Equal(prose, BlockQuality.IsProse(Facts(text)));

    [Theory]
    [InlineData("Rebuilt.", true)]
    [InlineData("Rebuilt?\"", true)]
    [InlineData("He called it “rebuilt”", true)]
    [InlineData("Il l'a dit «reconstruit»", true)]
    [InlineData("Rebuilt", false)]
    [InlineData("", false)]
    public void ASentence_EndsWithItsMark_OrWithAClosingQuote(string text, bool ends)
        => Assert.Equal(ends, BlockQuality.EndsLikeSentence(text));

    [Theory]
    [InlineData("Harbour News Sport", true)]
    [InlineData("Harbour News Sport Weather Travel Jobs", true)]
    [InlineData("Harbour News Sport Weather Travel Jobs Homes", false)]
    [InlineData("Harbour News.", false)]
    [InlineData("Harbour and News", false)]
    [InlineData("L'Équipe Sport", false)]
    public void ALinkLikeLine_IsSixWordsAtMost_WithoutAFunctionWordOrAFullStop(string text, bool link)
        => Assert.Equal(link, BlockQuality.IsLinkLike(text));

    [Theory]
    [InlineData("Comments", true)]
    [InlineData("Related stories", true)]
    [InlineData("Newsletter: sign up for our daily briefing", true)]
    [InlineData("Comments are welcome on this page from every reader of the paper", true)]
    [InlineData("Comments are welcome on this page from every reader of the paper today", false)]
    [InlineData("", false)]
    [InlineData("24 réponses", true)]
    [InlineData("3 Comments", true)]
    [InlineData("0 Commentaire(s)", true)]
    [InlineData("3 replies", true)]
    [InlineData("3 Comments so far", false)]
    [InlineData("24", false)]
    [InlineData("Three comments", false)]
    [InlineData("3 days", false)]
    public void AnArticlesEnd_IsAHeadingOfTwelveWordsAtMost_OrACommentCount(string text, bool terminator)
        => Assert.Equal(terminator, Terminators.IsTerminator(text));

    private static BlockFacts Facts(string text)
        => new TextBlock([new LineSegment(SourceLine.Split(text)[0], text)]).Facts;
}
