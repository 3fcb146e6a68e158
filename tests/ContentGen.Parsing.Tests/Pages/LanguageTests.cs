using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The document's language, and the closing block set aside as a disclaimer only when its
/// language is surely another and it reads as a notice about the text.
/// </summary>
public sealed class LanguageTests
{
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void EachLanguage_IsIdentified_AndItsLastParagraphStays(string language)
    {
        var article = ArticleParser.Parse(Articles.Text(language));

        Assert.Equal(language, article.Language);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(Articles.LastParagraph(language), article.Paragraphs[^1].Text);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Disclaimer);
    }

    [Fact]
    public void EnglishArticle_WithFrenchDisclaimer_SetsTheDisclaimerAside()
    {
        var disclaimer = "Cet article a été traduit automatiquement. Il ne reflète pas le point de vue de la rédaction, qui n'en est pas responsable.";
        var article = ArticleParser.Parse(Articles.Text("en") + "\n\n" + disclaimer);

        Assert.Equal("en", article.Language);
        Assert.Equal(Articles.LastParagraph("en"), article.Paragraphs[^1].Text);
        Assert.Equal(new Boilerplate(disclaimer, BoilerplateKind.Disclaimer, article.Boilerplate[^1].Position), article.Boilerplate[^1]);
    }

    [Fact]
    public void GermanArticle_WithEnglishDisclaimer_SetsTheDisclaimerAside()
    {
        var disclaimer = "Disclaimer: this article was translated automatically from the German original, which prevails in case of doubt.";
        var article = ArticleParser.Parse(Articles.Text("de") + "\n\n" + disclaimer);

        Assert.Equal("de", article.Language);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(disclaimer, Assert.Single(article.Boilerplate).Text);
        Assert.Equal(BoilerplateKind.Disclaimer, article.Boilerplate[0].Kind);
    }

    [Fact]
    public void FrenchArticle_WithEnglishNoticeAboutTheSite_SetsItAside()
    {
        var notice = "Registers an identifier that is used to count how each visitor uses the website and which pages they read.";
        var article = ArticleParser.Parse(Articles.Text("fr") + "\n\n" + notice);

        Assert.Equal("fr", article.Language);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(BoilerplateKind.Disclaimer, Assert.Single(article.Boilerplate).Kind);
    }

    [Fact]
    public void ForeignClosingParagraph_ThatIsNoNotice_Stays()
    {
        // A French article may end on a quotation in English: it is the article's, not a notice.
        var quote = "We have waited for this bus for ten years, and now we can finally go out in the evening without a car.";
        var article = ArticleParser.Parse(Articles.Text("fr") + "\n\n" + quote);

        Assert.Equal(quote, article.Paragraphs[^1].Text);
        Assert.Empty(article.Boilerplate);
    }

    [Fact]
    public void ClosingNotice_InTheBodysOwnLanguage_Stays()
    {
        var note = "This article was updated on Wednesday to add the council's figures, which were translated into Welsh as well.";
        var article = ArticleParser.Parse(Articles.Text("en") + "\n\n" + note);

        Assert.Equal(note, article.Paragraphs[^1].Text);
    }

    [Fact]
    public void TooFewWords_GiveNoLanguage()
    {
        var article = ArticleParser.Parse("Harbour plan approved\n\nWork starts in May.");

        Assert.Null(article.Language);
    }

    [Fact]
    public void SharedFunctionWords_DoNotDecide_BetweenSpanishAndPortuguese()
    {
        // "de", "que", "a", "se", "por": words both languages use, too few to name either.
        var article = ArticleParser.Parse("Nova linha\n\nA linha de que se fala por aqui.");

        Assert.Null(article.Language);
    }
}
