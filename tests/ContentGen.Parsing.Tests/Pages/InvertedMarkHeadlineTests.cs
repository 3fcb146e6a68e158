using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Spanish opens a question with "¿" and an exclamation with "¡": a headline that asks or exclaims opens on that mark,
/// not on a capital, and is a headline all the same, under a page's chrome and over its standfirst and byline.
/// </summary>
public sealed class InvertedMarkHeadlineTests
{
    private const string Header = "Ir al contenido principal\nRadio Ribera Alta\nDirecto   Programas   Podcasts   Contacto\n\nNoticias · Comarca";

    private const string Standfirst = "El ayuntamiento y la comunidad de regantes se reparten la culpa mientras el agua sigue llegando turbia a las casas del barrio de la Estación.";

    private static string Page(string headline) => string.Join(
        "\n\n",
        Header,
        headline,
        Standfirst,
        "Redacción Radio Ribera Alta\nVillacampo, 14/10/2025 - 08:20",
        Articles.Of("es")[1],
        Articles.Of("es")[2],
        Articles.Closing("es"));

    [Theory]
    [InlineData("¿Quién pagará la nueva depuradora de Villacampo antes del verano?")]
    [InlineData("¿Por qué el agua del grifo sale turbia en el barrio de la Estación?")]
    [InlineData("¡Por fin llega el agua limpia a los barrios altos de Villacampo!")]
    public void AHeadlineOpeningOnAnInvertedMark_IsTheTitle(string headline)
    {
        var article = ArticleParser.Parse(Page(headline));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Standfirst, article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("¿Quién pagará la nueva depuradora de Villacampo?")]
    [InlineData("¡Por fin llega el agua limpia a Villacampo!")]
    public void AQuestionOrExclamation_IsHeadlineLike(string text)
    {
        Assert.True(TitleFinder.IsHeadline(Block(text), strict: true));
    }

    // The mark alone or over a word in lower case opens no headline: "¿y ahora qué?" goes on from a sentence, "¡" is a glyph.
    [Theory]
    [InlineData("¿y ahora qué pasará con la depuradora?")]
    [InlineData("¡¡¡")]
    [InlineData("¿ ?")]
    public void AMarkOverNoCapital_IsNoHeadline(string text)
    {
        Assert.False(TitleFinder.IsHeadline(Block(text), strict: false));
    }

    private static TextBlock Block(string text) => new(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());
}
