using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Chrome, notices, captions, trailers and disclaimers leave the body but stay in the model.</summary>
public sealed class BoilerplateTests
{
    private const string Prose =
        "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move that residents have demanded for years.";

    private const string MoreProse =
        "Officials said the extra routes would start in the spring and that the cost would be shared with the neighbouring towns for the first two years.";

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Share this")]
    [InlineData("Advertisement")]
    [InlineData("Read more")]
    [InlineData("Lire aussi")]
    [InlineData("Partager Tweet")]
    [InlineData("Facebook Twitter Email")]
    [InlineData("We use cookies to improve your experience")]
    [InlineData("Sign up to our newsletter")]
    [InlineData("© 2024 Valley Courier. Tous droits réservés")]
    [InlineData("Copyright 2024 Valley Courier")]
    public void ChromeLine_BetweenParagraphs_IsSetAside(string chrome)
    {
        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + Prose + "\n\n" + chrome + "\n\n" + MoreProse);

        Assert.Equal(new[] { Prose, MoreProse }, article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == chrome);
    }

    [Fact]
    public void LinkToAnotherArticle_WithItsWrappedContinuation_IsSetAside()
    {
        var text = "Night buses reach the villages\n\n" + Prose + "\n\nLire aussi : Les trains régionaux seront plus nombreux cet été dans\ntoute la vallée\n\n" + MoreProse;
        var article = ArticleParser.Parse(text);

        Assert.Equal(new[] { Prose, MoreProse }, article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Navigation && b.Text.EndsWith("toute la vallée", StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatedCaption_IsSetAsideAsRepeated()
    {
        var caption = "A night bus waits at the village square in the rain";
        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + Prose + "\n\n" + caption + "\n" + caption + "\n\n" + MoreProse);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated && b.Text == caption);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains(caption + " " + caption, StringComparison.Ordinal));
    }

    [Fact]
    public void CommentsSection_AndEverythingAfter_IsTrailer()
    {
        var text = "Night buses reach the villages\n\n" + Prose + "\n\n" + MoreProse + "\n\n12 Comments\n\nI think this is a wonderful idea and I will take the bus every single night from now on.\n\nReply";
        var article = ArticleParser.Parse(text);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && b.Text == "12 Comments");
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && b.Text.StartsWith("I think", StringComparison.Ordinal));
    }

    [Fact]
    public void ShortLinesAfterTheLastParagraph_AreSetAside()
    {
        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + Prose + "\n\n" + MoreProse + "\n\nTransport\nVillages\nNight life\n\nMore stories from the valley");
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Contains(article.Boilerplate, b => b.Text == "Night life");
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && b.Text == "More stories from the valley");
    }

    [Fact]
    public void FinalBlockInAnotherLanguage_IsADisclaimer()
    {
        var text = "Night buses reach the villages\n\n" + Prose + "\n\n" + MoreProse
            + "\n\nCet article a été traduit automatiquement et ne reflète pas le point de vue de la rédaction, qui n'en est pas responsable.";
        var article = ArticleParser.Parse(text);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(BoilerplateKind.Disclaimer, article.Boilerplate[^1].Kind);
    }

    [Fact]
    public void CaptionWithCredit_IsSetAsideAsCaption()
    {
        var caption = "A night bus at the village square. (Jane Doe / AFP)";
        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + Prose + "\n\n" + caption + "\n\n" + MoreProse);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Caption && b.Text == caption);
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
