using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A masthead that prints its own legal form (OutletNames.LegalForms): the form's stop ends no sentence, so a club's or a
/// cooperative's name with it is still its masthead; the source drops the form where the page prints the name without it
/// and keeps it where that is its only form. Invented pages.
/// </summary>
public sealed class MastheadLegalFormTests
{
    private static string Page(string language, string header, string notice, string? inBody = null)
    {
        var p = Articles.Of(language);
        var parts = inBody is null
            ? new[] { header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), notice }
            : new[] { header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], inBody, p[2], p[3], Articles.Closing(language), notice };
        return string.Join("\n\n", parts);
    }

    // The masthead with a year in its name and its legal form, named again by the rights notice: its only form.
    [Theory]
    [InlineData("de", "TSV 1908 Kernhausen e.V.", "© 2026 TSV 1908 Kernhausen e.V. | Impressum | Datenschutz")]
    [InlineData("de", "SV Blau-Weiß Talheim 1921 e. V.", "© 2025 SV Blau-Weiß Talheim 1921 e. V.")]
    [InlineData("nl", "Omroep West-Zeeland 1987 B.V.", "© 2025 Omroep West-Zeeland 1987 B.V. | Privacy")]
    [InlineData("es", "Radio Ribera Alta 1983 S.L.", "© 2025 Radio Ribera Alta 1983 S.L. | Aviso legal")]
    public void AMastheadWithItsLegalForm_TheNoticeNames_IsTheSourceAsPrinted(string language, string masthead, string notice)
    {
        var article = ArticleParser.Parse(Page(language, masthead, notice));

        Assert.Equal(masthead, article.Source);
    }

    // The masthead with its legal form, the page printing the name without it in its text: the name without the form.
    [Theory]
    [InlineData("de", "Bürgerenergie Wendtal eG", "Die Bürgerenergie Wendtal lädt am Freitag zur Versammlung ein.", "Impressum  Datenschutz", "Bürgerenergie Wendtal")]
    [InlineData("en", "Harlow Rowing Club Ltd", "Harlow Rowing Club members meet on Friday.", "Privacy  Terms", "Harlow Rowing Club")]
    [InlineData("it", "Cantina Sociale Valfonda S.r.l.", "La Cantina Sociale Valfonda apre le porte venerdì.", "Privacy  Contatti", "Cantina Sociale Valfonda")]
    [InlineData("pt", "Cooperativa Agrícola Sorraiense, Lda.", "A Cooperativa Agrícola Sorraiense faz 40 anos na sexta-feira.", "Privacidade  Contactos", "Cooperativa Agrícola Sorraiense")]
    [InlineData("fr", "Radio Causse Noir SARL", "Radio Causse Noir fête ses 40 ans vendredi.", "Mentions légales  Contact", "Radio Causse Noir")]
    [InlineData("es", "Bodegas Ribera Alta S.L.", "Bodegas Ribera Alta abre sus puertas el viernes.", "Aviso legal  Cookies", "Bodegas Ribera Alta")]
    [InlineData("nl", "Zeeuwse Omroep B.V.", "De Zeeuwse Omroep bestaat vrijdag 40 jaar.", "Privacy  Contact", "Zeeuwse Omroep")]
    public void AMastheadWithItsLegalForm_PrintedWithoutIt_IsTheSourceWithoutIt(string language, string masthead, string inBody, string footer, string expected)
    {
        var article = ArticleParser.Parse(Page(language, masthead, footer, inBody));

        Assert.Equal(expected, article.Source);
    }

    // The masthead with its legal form after a comma, the page printing the name nowhere without it: its only form.
    [Theory]
    [InlineData("pt", "Rádio Sorraia FM, Lda.", "Privacidade  Contactos")]
    [InlineData("it", "Radio Valfonda FM S.r.l.", "Privacy  Contatti")]
    public void AMastheadWithItsLegalForm_PrintedOnlySo_IsTheSourceAsPrinted(string language, string masthead, string footer)
    {
        var article = ArticleParser.Parse(Page(language, masthead, footer));

        Assert.Equal(masthead, article.Source);
    }

    // Guard: a sentence over the masthead that ends on a company's legal form is a notice, not the masthead.
    [Theory]
    [InlineData("de", "Diese Seite betreibt die Wendtal Medien GmbH.", "Wendtaler Rundschau", "© Wendtaler Rundschau 2025")]
    [InlineData("en", "This website is operated by Harlow Media Ltd.", "Harlow Evening Post", "© 2025 Harlow Evening Post")]
    [InlineData("it", "Questo sito è gestito da Edizioni Serio S.r.l.", "La Voce del Serio", "© La Voce del Serio - Riproduzione riservata")]
    public void ASentenceEndingOnALegalForm_IsNoMasthead(string language, string sentence, string masthead, string notice)
    {
        var article = ArticleParser.Parse(Page(language, sentence + "\n" + masthead, notice));

        Assert.Equal(masthead, article.Source);
    }
}
