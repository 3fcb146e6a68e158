using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A caption's one sentence signed at its end by the photographer's initials and surname in capitals ("… de archivo.
/// I. SOLOZÁBAL", "… sul sagrato. G. M. RIVA") or by an agency's credit line with its slash ("… este miércoles. RTVA /
/// Elena Marquina", "… am Hafen. Jonas Weber / dpa") is a caption: set aside, never a heading or a paragraph. A paragraph
/// of several sentences, or one that ends on an initialism or an abbreviation, is no caption.
/// </summary>
public sealed class SignedCaptionCreditTests
{
    [Theory]
    [InlineData("El muelle de Arrieta, en una imagen de archivo. I. SOLOZÁBAL")]
    [InlineData("Il sagrato della chiesa dopo il restauro. G. M. RIVA")]
    [InlineData("O cais do Ginjal ao fim da tarde. J. P. SANTOS")]
    [InlineData("Los vecinos, durante la protesta del lunes. M. A. GARCÍA-OLMEDO")]
    [InlineData("El puente viejo de Torrealta, este miércoles. RTVA / Elena Marquina")]
    [InlineData("Der alte Kran am Hafen, im Februar. Jonas Weber / dpa")]
    [InlineData("The flooded lane at Thornby on Tuesday. Jane Roe / PA")]
    public void ACaptionSignedAfterItsSentence_IsACaption(string text) => Assert.True(PageLines.IsCaption(text));

    [Theory]
    [InlineData("El pleno votó el lunes el presupuesto. Luego habló J. GARCÍA")]
    [InlineData("Llegó en 1998. Trabajó en Madrid. Volvió en 2004. A. PÉREZ")]
    [InlineData("The talks were held in Washington. U.S.A.")]
    [InlineData("The board met on Monday. Its chair is J. Roe")]
    [InlineData("La junta se reunió el lunes. Luego votó a favor / en contra")]
    public void AParagraphThatIsNoSignedCaption_IsNoCaption(string text) => Assert.False(PageLines.IsCaption(text));

    [Theory]
    [InlineData("es", "La lonja de Villamar, en una imagen de archivo. I. SOLOZÁBAL")]
    [InlineData("it", "Il mulino di Roccalta prima dei lavori. G. M. RIVA")]
    [InlineData("es", "La carretera cortada en Torrealta, este miércoles. RTVA / Elena Marquina")]
    public void ASignedCaption_BetweenParagraphs_IsSetAside(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport", p[0], p[1], caption, p[2], p[3], "© 2026 Site");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
