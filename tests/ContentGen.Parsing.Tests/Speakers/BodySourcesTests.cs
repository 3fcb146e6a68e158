namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Unnamed sources of a body given by the body's noun or name: "aseguran fuentes de la empresa",
/// "disse fonte da empresa", "spiegano fonti dell'azienda", "Fonte do ministério disse que …". No
/// one of them is named, so the body speaks, as it does for its spokesman: the one the article
/// named with that noun. The sources after their verb were not read in any language, and opening
/// the sentence a link with its article in one word ("del", "da", "dell'") stopped the reading.
/// </summary>
public sealed class BodySourcesTests
{
    [Theory]
    [InlineData("es", "La empresa Aguas del Norte cerrará la planta. «Habrá ofertas para todos», aseguran fuentes de la empresa.", "Aguas del Norte")]
    [InlineData("es", "La Guardia Civil investiga el incendio. «La investigación sigue abierta», aseguran fuentes de la Guardia Civil.", "Guardia Civil")]
    [InlineData("pt", "A empresa Águas do Norte vai fechar a fábrica. «Haverá ofertas para todos», disse fonte da empresa.", "Águas do Norte")]
    [InlineData("it", "L'azienda Edilnova ha chiuso il cantiere. «Non ci sono alternative», spiegano fonti dell'azienda.", "Edilnova")]
    [InlineData("it", "La società Funivie Alto Raso ha fermato l'impianto. «Riapriremo a maggio», spiegano fonti della società.", "Funivie Alto Raso")]
    [InlineData("en", "Acme Ferries plans to sell the ship. \"The sale is all but certain,\" sources at the company said.", "Acme Ferries")]
    [InlineData("fr", "L'entreprise Laiterie Morel ferme son site. « La fermeture est inévitable », indique une source de l'entreprise.", "Laiterie Morel")]
    [InlineData("nl", "Het bedrijf Northvault bouwt niet in Eemsveld. \"De bouw gaat voorlopig niet door\", zeiden bronnen bij het bedrijf.", "Northvault")]
    public void SourcesAfterTheirVerb_AreTheBodys(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // The link holds the body's article: "del", "da", "do", "dell'".
    [Theory]
    [InlineData("es", "El Ministerio de Trabajo vigila el cierre. Fuentes del ministerio aseguran que la plantilla recibirá «ofertas de recolocación».", "Ministerio de Trabajo")]
    [InlineData("pt", "O Ministério da Saúde acompanha o caso. Fonte do ministério disse que a situação está a ser “acompanhada de perto”.", "Ministério da Saúde")]
    [InlineData("pt", "A empresa Águas do Norte vai fechar a fábrica. Fontes da empresa garantem que a situação está a ser “acompanhada de perto”.", "Águas do Norte")]
    [InlineData("it", "L'azienda Edilnova ha chiuso il cantiere. Fonti dell'azienda spiegano che la chiusura è «inevitabile».", "Edilnova")]
    public void SourcesOpeningTheSentence_ThroughALinkWithItsArticle(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // An article before the sources ("Des sources", "Unas fuentes"), or a workplace's link ("bij").
    [Theory]
    [InlineData("fr", "L'entreprise Laiterie Morel ferme son site. Des sources de l'entreprise assurent que la fermeture est « inévitable ».", "Laiterie Morel")]
    [InlineData("es", "La empresa Aguas del Norte cerrará la planta. Unas fuentes de la empresa aseguran que la plantilla recibirá «ofertas de recolocación».", "Aguas del Norte")]
    [InlineData("nl", "Het bedrijf Northvault bouwt niet in Eemsveld. Bronnen bij het bedrijf zeiden dat de bouw \"voorlopig\" niet doorgaat.", "Northvault")]
    public void SourcesOpeningTheSentence_AfterAnArticleOrAtTheirWorkplace(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // "un porte-parole de l'entreprise": the body's article elided into its noun.
    [Fact]
    public void ASpokespersonOfTheBodyByItsElidedNoun_IsTheBodys()
        => Assert.Equal(
            new[] { "Laiterie Morel" },
            QuoteSpeakers.Under("Probe", LanguageLeads.French, "L'entreprise Laiterie Morel ferme son site. « Nous regrettons cette décision », a indiqué un porte-parole de l'entreprise."));

    // Guards: a body the article never named by that noun, or one it gives no more of ("una
    // empresa"), is no one's; never the person quoted before.
    [Theory]
    [InlineData("es", "«Queremos respuestas», dijo Pablo Ruiz. «Habrá ofertas para todos», aseguran fuentes de la empresa.", "Pablo Ruiz")]
    [InlineData("pt", "«Queremos respostas», disse Rui Costa. «Haverá ofertas para todos», disse fonte do ministério.", "Rui Costa")]
    [InlineData("it", "«Vogliamo risposte», ha detto Paolo Fenu. «Non ci sono alternative», spiegano fonti della banca.", "Paolo Fenu")]
    [InlineData("es", "«Queremos respuestas», dijo Pablo Ruiz. «Habrá ofertas para todos», aseguran fuentes de una empresa del sector.", "Pablo Ruiz")]
    [InlineData("fr", "« Nous voulons des réponses », a dit Paul Morvan. « La fermeture est inévitable », indique une source de l'entreprise.", "Paul Morvan")]
    [InlineData("nl", "\"We willen duidelijkheid\", zei Jan de Vries. \"De bouw gaat voorlopig niet door\", zeiden bronnen bij het bedrijf.", "Jan de Vries")]
    public void SourcesOfABodyNotNamed_AreNoOnes(string language, string paragraph, string first)
        => Assert.Equal(new[] { first, null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // A bank is no association: sources of a body of another kind are no one's.
    [Fact]
    public void SourcesOfABodyOfAnotherKind_AreNoOnes()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.Italian, "L'associazione Amici del Borgo ha raccolto firme. «È una scelta dolorosa», spiegano fonti della banca."));

    // "fuentes cercanas al alcalde" is a person's circle, read as before: no link of a body follows the noun.
    [Fact]
    public void SourcesCloseToAPerson_AreNoBodys()
        => Assert.NotEqual(
            "alcalde",
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "El alcalde Pablo Ruiz no quiso hablar. «No habrá dimisión», aseguran fuentes cercanas al alcalde.")[^1]);
}
