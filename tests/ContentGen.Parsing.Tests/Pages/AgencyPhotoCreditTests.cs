using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Each language's photo credit with its agency's name, printed between the article's paragraphs,
/// is a caption: set aside, and the paragraphs on both sides stay whole.
/// </summary>
public sealed class AgencyPhotoCreditTests
{
    [Theory]
    [InlineData("en", "Photo: Jane Roe / Reuters")]
    [InlineData("fr", "Photo : Kevin Tanguy / AFP")]
    [InlineData("de", "Foto: Jonas Weber / dpa")]
    [InlineData("es", "Fotografía: Ana Gil / EFE")]
    [InlineData("it", "Foto di Marco Rinaldi (ANSA)")]
    [InlineData("pt", "Fotografia: Rui Ferreira / Lusa")]
    [InlineData("nl", "Beeld: Sanne de Vries / ANP")]
    public void AnAgencysPhotoCredit_BetweenParagraphs_IsACaption(string language, string credit)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], credit, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == credit && b.Kind == BoilerplateKind.Caption);
    }
}
