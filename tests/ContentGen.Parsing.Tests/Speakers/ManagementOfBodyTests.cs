namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's management speaks for the body: "la direzione", "la direction", "a direção", "de
/// directie", "die Geschäftsführung", "la dirección" after a quote, or as the agent of the document
/// that gives it ("si legge nel testo firmato dalla direzione"), is the organisation the article named
/// last, whatever its own noun. With no body named, the management is no one the article names.
/// </summary>
public sealed class ManagementOfBodyTests
{
    [Theory]
    [InlineData("it", "L'azienda Ferrolux ha diffuso un comunicato in serata. «Collaboreremo con gli inquirenti», si legge nel testo firmato dalla direzione.", "Ferrolux")]
    [InlineData("it", "La cooperativa Terre del Lago ha convocato i soci. «Il bilancio è in rosso», ha spiegato la direzione.", "Terre del Lago")]
    [InlineData("fr", "L'entreprise Lainex a réuni ses salariés lundi. « Nous ne fermerons pas le site », assure la direction.", "Lainex")]
    [InlineData("pt", "A empresa Conservas Marés reuniu os trabalhadores na terça-feira. “Fizemos tudo o que era possível”, afirmou a direção.", "Conservas Marés")]
    [InlineData("nl", "Het bedrijf Koelhuis Noord heeft de medewerkers maandag ingelicht. “We zien geen andere uitweg”, zegt de directie.", "Koelhuis Noord")]
    [InlineData("es", "La empresa Textiles Ribera reunió a la plantilla el lunes. «No hay otra salida», explicó la dirección.", "Textiles Ribera")]
    public void TheManagement_IsTheBodyNamedLast(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));

    // Guard: with no body named, the management is nobody the article names (not the mayor).
    [Fact]
    public void TheManagement_WithNoBodyNamed_IsNoNamedPerson()
        => Assert.DoesNotContain("Mario Fenzi", QuoteSpeakers.Under(
            "La scuola",
            LanguageLeads.Italian,
            "Il sindaco Mario Fenzi ha incontrato i genitori. «Le lezioni riprenderanno lunedì», ha spiegato la direzione."));
}

/// <summary>
/// A body mentioned again by its own noun ("L'azienda ha diffuso un comunicato", "L'entreprise a
/// répondu", "Het bedrijf heeft …") is the latest named from there on, so a noun of any kind after it
/// means it rather than a body named in between; without that mention, the body named last is meant.
/// </summary>
public sealed class BodyNounMentionTests
{
    [Theory]
    [InlineData("it", "L'azienda Ferrolux ha chiuso il reparto vernici. Il Comune di Valbruna ha chiesto nuove analisi. L'azienda ha diffuso un comunicato in serata. «Collaboreremo con gli inquirenti», si legge nel testo firmato dalla direzione.", "Ferrolux")]
    [InlineData("fr", "L'entreprise Lainex a fermé son atelier. La Ville de Morvan a demandé des analyses. L'entreprise a répondu mardi. « Nous ne fermerons pas le site », assure la direction.", "Lainex")]
    [InlineData("nl", "Het bedrijf Koelhuis Noord heeft de hal gesloten. De Omgevingsdienst Rijnmond doet onderzoek. Het bedrijf heeft maandag gereageerd. “We zien geen gevaar”, zegt de directie.", "Koelhuis Noord")]
    public void TheBodyMentionedByItsNoun_IsTheLatest(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));

    // Guard: with no mention by its noun, the body named in between is the latest.
    [Fact]
    public void WithoutTheMention_TheBodyNamedLastIsMeant()
        => Assert.Equal(new[] { "Comune di Valbruna" }, QuoteSpeakers.Under(
            "Notizia",
            LanguageLeads.Italian,
            "L'azienda Ferrolux ha chiuso il reparto vernici. Il Comune di Valbruna ha chiesto nuove analisi. «Collaboreremo con gli inquirenti», si legge nel testo firmato dalla direzione."));
}
