using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A clipping service (a press review's portal) prints its controls over each clipping, parted by bars: download the
/// clipping as a PDF, print it, forward it to a colleague. They are the service's buttons in every language, never the
/// clipping's headline; the same words in a sentence of the article stay the article's.
/// </summary>
public sealed class ClippingPrintControlTests
{
    [Theory]
    [InlineData("en", "Download as PDF | Print | Forward to a colleague")]
    [InlineData("fr", "Télécharger en PDF | Imprimer | Transférer à un collègue")]
    [InlineData("de", "Als PDF herunterladen | Drucken | An Kollegen weiterleiten")]
    [InlineData("es", "Descargar en PDF | Imprimir | Enviar a un compañero")]
    [InlineData("it", "Scarica in PDF | Stampa | Inoltra a un collega")]
    [InlineData("pt", "Descarregar em PDF | Imprimir | Enviar a um colega")]
    [InlineData("nl", "Downloaden als PDF | Afdrukken | Doorsturen naar een collega")]
    public void PrintControlsOverAClipping_AreChromeNotTheTitle(string language, string controls)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", controls, p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == controls && chrome.Kind == BoilerplateKind.Navigation);
    }

    // The controls' words in the article's own sentences: a verb, a subject and a full stop.
    [Theory]
    [InlineData("en", "Residents can download as PDF the full report and forward it to a colleague at the council.")]
    [InlineData("fr", "Les habitants peuvent télécharger en PDF le rapport complet sur le site de la mairie.")]
    [InlineData("de", "Bürger können den Bericht ab Montag als PDF herunterladen, teilte die Gemeinde mit.")]
    [InlineData("es", "Los vecinos podrán descargar en PDF el informe completo desde la web del ayuntamiento.")]
    [InlineData("it", "I cittadini possono scaricare in PDF il rapporto completo dal sito del comune.")]
    [InlineData("pt", "Os moradores podem descarregar em PDF o relatório completo no site da câmara.")]
    [InlineData("nl", "Inwoners kunnen het volledige rapport downloaden als PDF op de site van de gemeente.")]
    public void SentencesWithTheControlsWords_StayParagraphs(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], sentence, p[2]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], sentence, p[2] }, article.Paragraphs.Select(x => x.Text));
    }
}
