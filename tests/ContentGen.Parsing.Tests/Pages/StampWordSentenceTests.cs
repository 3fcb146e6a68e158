using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A sentence of five words or more that opens with a stamp's word and gives no date ("Bijgewerkt wordt het
/// plan elke week.") is the article's, not an undated stamp; a short one ("Mis à jour hier.", "Aktualisiert vor
/// einer Stunde.") and a longer stamp without a final full stop stay stamps.
/// </summary>
public sealed class StampWordSentenceTests
{
    [Theory]
    [InlineData("en", "Updated plans were shown to residents.")]
    [InlineData("fr", "Mis à jour, le plan reste flou.")]
    [InlineData("de", "Aktualisiert wird der Plan wöchentlich.")]
    [InlineData("es", "Actualizado, el plan sigue igual.")]
    [InlineData("it", "Aggiornato ogni mese, il piano resta uguale.")]
    [InlineData("pt", "Atualizado, o plano continua igual.")]
    [InlineData("nl", "Bijgewerkt wordt het plan elke week.")]
    public void ASentenceOpeningWithAStampWord_StaysInTheBody(string language, string sentence)
    {
        var paragraphs = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], sentence, paragraphs[2], paragraphs[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(p => p.Text));
        Assert.False(PageLines.IsDateline(sentence));
    }

    [Theory]
    [InlineData("Mis à jour hier.")]
    [InlineData("Aktualisiert vor einer Stunde.")]
    [InlineData("Updated yesterday")]
    [InlineData("Bijgewerkt op dinsdag om negen uur")]
    public void AShortUndatedStamp_IsStillADateline(string line) => Assert.True(PageLines.IsDateline(line));
}
